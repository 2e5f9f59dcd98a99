/**
 * A view as DOM nodes (the preview panel's webview, the playground): strings become text nodes and attributes are
 * set one by one, so nothing is ever parsed as HTML. Written against the few DOM calls it makes, so that the core
 * compiles without the DOM's types.
 */
import type { ViewNode } from './tree';

export interface DomElement<N> {
  setAttribute(name: string, value: string): void;
  append(...nodes: N[]): void;
}

export interface DomDocument<N, E extends N & DomElement<N>> {
  createTextNode(text: string): N;
  createElement(tag: string): E;
  createElementNS(namespace: string, tag: string): E;
}

const SVG = 'http://www.w3.org/2000/svg';

export function toDom<N, E extends N & DomElement<N>>(node: ViewNode, document: DomDocument<N, E>): N {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = node.svg ? document.createElementNS(SVG, node.tag) : document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
  element.append(...node.children.map((child) => toDom(child, document)));
  return element;
}
