/**
 * A view as plain data: elements with attributes and children, where every string is text. The preview panel turns it
 * into DOM nodes (textContent and setAttribute), the HTML report into markup with `toHtml`: neither ever parses strategy
 * text as markup, so a name like `<img src=x onerror=…>` stays what it is.
 */
import { splitCodeSpans } from '../code-spans';

export interface ViewElement {
  tag: string;
  attributes: Record<string, string>;
  children: ViewNode[];
  /** SVG elements are made in their own namespace by the DOM. */
  svg?: true;
}

export type ViewNode = ViewElement | string;

/** What a child may be: absent ones (null, undefined, false) are left out, so views can say `cond ? h(...) : null`. */
export type ViewChild = ViewNode | null | undefined | false;

/**
 * Control characters but line breaks and tabs, and the bidirectional overrides and isolates that would turn the text
 * after them around (`\u202e`): shown as escapes, so that strategy text can neither hide nor reorder what follows it.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visibleText(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const present = (children: ViewChild[]): ViewNode[] =>
  children.flatMap((c) => (c === null || c === undefined || c === false ? [] : [typeof c === 'string' ? visibleText(c) : c]));

/** An HTML element. Attribute names are the view's own, never strategy text; values and text children may be anything. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: ViewChild[]): ViewElement {
  return { tag, attributes, children: present(children) };
}

/** An SVG element; numbers in attributes are written as they are. */
export function svg(tag: string, attributes: Record<string, string | number> = {}, ...children: ViewChild[]): ViewElement {
  const values = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, String(value)]));
  return { tag, attributes: values, children: present(children), svg: true };
}

/**
 * A message's code spans as code elements and the rest as text: messages quote keys and values that way, as CommonMark
 * reads them (src/core/code-spans.ts); a backtick run that nothing closes stays as it is. Nothing is read as markup.
 */
export function withCode(text: string): ViewNode[] {
  return splitCodeSpans(text).map((part) => (part.code ? h('code', {}, part.text) : part.text));
}

/** HTML's void elements: no children, no closing tag. */
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'base', 'source']);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values as markup: `&`, `<`, `>` and both quotes escaped, so nothing in them is read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]!);
}

/** The view as HTML markup; a tag or attribute name that is not a plain name is refused (they are the view's own). */
export function toHtml(nodes: readonly ViewNode[]): string {
  let out = '';
  const write = (node: ViewNode): void => {
    if (typeof node === 'string') {
      out += escapeHtml(node);
      return;
    }
    if (!/^[a-z][a-zA-Z0-9-]*$/.test(node.tag)) throw new Error(`not a tag name: ${node.tag}`);
    out += `<${node.tag}`;
    for (const [name, value] of Object.entries(node.attributes)) {
      if (!/^[a-zA-Z][a-zA-Z0-9:-]*$/.test(name)) throw new Error(`not an attribute name: ${name}`);
      out += ` ${name}="${escapeHtml(value)}"`;
    }
    out += '>';
    if (VOID.has(node.tag) && !node.svg) return;
    for (const child of node.children) write(child);
    out += `</${node.tag}>`;
  };
  for (const node of nodes) write(node);
  return out;
}
