/**
 * All navigation of the `yaml` library's nodes lives here, so that a new major version of `yaml` touches one file.
 * Spans are UTF-16 offsets; turning them into lines and columns is positions.ts's job.
 */
import { Parser, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, ParsedNode, YAMLError } from 'yaml';
import type { Span, YamlPath } from './types';

/** Aliases expanded when converting to data; more than this is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlProblem {
  code: string;
  message: string;
  span: Span;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  /** Parse errors, duplicate keys, several documents, alias bombs: anything that makes the content untrustworthy. */
  problems: YamlProblem[];
  data: unknown;
}

export interface Comment {
  /** The text after '#'. */
  text: string;
  span: Span;
  /** True when nothing but white space precedes the comment on its line. */
  ownLine: boolean;
}

export function parseYaml(text: string): ParsedYaml {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, version: '1.2', strict: true });
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => problemOf(error, text, doc));
  // `%YAML 1.1` would switch the parser to YAML 1.1 (dates become timestamps, `yes` a boolean); format.md says 1.2.
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    const directive = /^%YAML[^\r\n]*/m.exec(text);
    const start = directive?.index ?? 0;
    problems.push({
      code: 'YAML_VERSION',
      message: `%YAML ${version.version} is not supported; a partner strategy is YAML 1.2`,
      span: { start, end: start + (directive?.[0].length ?? 0) },
    });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml throws a ReferenceError for alias bombs and for aliases it cannot resolve; only the first are bombs.
      const unresolved = unresolvedAliasSpan(doc);
      problems.push({
        code: unresolved ? 'UNRESOLVED_ALIAS' : 'EXCESSIVE_ALIASES',
        message: error instanceof Error ? error.message : String(error),
        span: unresolved ?? firstAliasSpan(doc) ?? { start: 0, end: 0 },
      });
    }
  }
  return { doc, problems, data };
}

function unresolvedAliasSpan(doc: Document.Parsed): Span | undefined {
  let span: Span | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      if (node.range) span = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return span;
}

/** The key node that starts at `offset` (yaml marks only a duplicate key's first character). */
function keyAt(doc: Document.Parsed, offset: number): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key as Node | null;
      if (key?.range?.[0] !== offset) return undefined;
      found = key;
      return visit.BREAK;
    },
  });
  return found;
}

function problemOf(error: YAMLError, text: string, doc: Document.Parsed): YamlProblem {
  const [start, end] = error.pos;
  const safeStart = Math.min(Math.max(start, 0), text.length);
  const problem = { code: error.code, message: error.message, span: { start: safeStart, end: Math.min(Math.max(end, safeStart), text.length) } };
  // yaml's message does not name the duplicate key, and its span is the key's first character: name it and cover it.
  const key = error.code === 'DUPLICATE_KEY' ? keyAt(doc, start) : undefined;
  if (key?.range && isScalar(key)) {
    problem.message = `${error.message}: "${String(key.value)}"`;
    problem.span.end = Math.min(Math.max(key.range[1], safeStart), text.length);
  }
  return problem;
}

function firstAliasSpan(doc: Document.Parsed): Span | undefined {
  let span: Span | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) span = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return span;
}

interface Located {
  node: ParsedNode | null;
  /** The key node of the pair that holds `node`, when it is a map value. */
  key: ParsedNode | null;
}

/**
 * Walks `path` as far as the document goes. Returns the node at the full path (`found: true`), or the deepest node
 * that exists on the way (`found: false`). Aliases are followed to the node they name.
 */
export function locate(doc: Document.Parsed, path: YamlPath): Located & { found: boolean; depth: number } {
  let current: Located = { node: doc.contents, key: null };
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth];
    const container = resolve(doc, current.node);
    let next: Located | undefined;
    if (isMap(container)) {
      const pair = container.items.find((item) => isScalar(item.key) && keyText(item.key.value) === String(segment));
      if (pair) next = { node: (pair.value as ParsedNode | null) ?? null, key: pair.key as ParsedNode };
    } else if (isSeq(container) && typeof segment === 'number') {
      const item = container.items[segment];
      if (item !== undefined) next = { node: item as ParsedNode, key: null };
    }
    if (!next) return { ...current, found: false, depth };
    current = next;
  }
  return { ...current, found: true, depth: path.length };
}

/** A scalar key as it becomes a property name of the data (yaml's toJS turns a null key into ''). */
function keyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function resolve(doc: Document.Parsed, node: ParsedNode | null): ParsedNode | null {
  if (isAlias(node)) return (node.resolve(doc) as ParsedNode | undefined) ?? null;
  return node;
}

/** Where a finding about `path` is shown. */
export type Anchor = 'value' | 'key';

/**
 * The narrowest span for a finding about `path` (rules.md): the value where there is one (a collection value is shown at
 * its key, so that the squiggle is one line); the key with `anchor: 'key'`; where the path is missing, the key of the
 * nearest enclosing entry that is present; where that is the root, line 1.
 */
export function spanForPath(doc: Document.Parsed, text: string, path: YamlPath, anchor: Anchor = 'value'): Span {
  const located = locate(doc, path);
  if (!located.found && located.depth === 0) return lineOneSpan(text);
  const preferKey = !located.found || anchor === 'key';
  if (preferKey && located.key?.range) return nodeSpan(located.key);
  const node = located.node;
  if (node?.range) {
    // `key:` with nothing after it: the empty value has no width to show, so show its key.
    if (isScalar(node) && node.range[0] === node.range[1] && located.key?.range) return nodeSpan(located.key);
    if (!isCollection(node) || isFlowOnOneLine(node, text)) return withoutTrailingLineBreak(nodeSpan(node), text);
    if (located.key?.range) return nodeSpan(located.key);
    return firstLineOf(node, text);
  }
  if (located.key?.range) return nodeSpan(located.key);
  return lineOneSpan(text);
}

function nodeSpan(node: Node): Span {
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: range[1] };
}

/** A block scalar's range takes in the line break after it; a finding about it ends on its last line, not the next. */
function withoutTrailingLineBreak(span: Span, text: string): Span {
  let end = span.end;
  while (end > span.start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return { start: span.start, end };
}

function isFlowOnOneLine(node: Node, text: string): boolean {
  const [start, end] = node.range ?? [0, 0];
  return (isMap(node) || isSeq(node)) && node.flow === true && !text.slice(start, end).includes('\n');
}

/** A block collection with no key (a sequence item): its first entry's key, or its first line. */
function firstLineOf(node: Node, text: string): Span {
  if (isMap(node)) {
    const first = node.items[0];
    if (isPair(first) && isScalar(first.key) && first.key.range) return nodeSpan(first.key);
  }
  const [start] = node.range ?? [0];
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return { start, end: text.charCodeAt(end - 1) === 13 ? end - 1 : end };
}

/** Line 1's content, or an empty span at offset 0 when line 1 is blank. */
export function lineOneSpan(text: string): Span {
  const match = /^[^\r\n]*/.exec(text);
  return { start: 0, end: match ? match[0].length : 0 };
}


/** Every comment in the text, with its span. Only meaningful for text that parses. */
export function comments(text: string): Comment[] {
  const found: Comment[] = [];
  const seen = new Set<number>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      if (!seen.has(token.offset)) {
        seen.add(token.offset);
        const lineStart = text.lastIndexOf('\n', token.offset - 1) + 1;
        found.push({
          text: token.source.slice(1),
          span: { start: token.offset, end: token.offset + token.source.length },
          ownLine: text.slice(lineStart, token.offset).trim() === '',
        });
      }
      return;
    }
    for (const child of Object.values(value)) walk(child);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found.sort((a, b) => a.span.start - b.span.start);
}

export interface PlaceInDocument {
  path: YamlPath;
  /** On a key, or on a (scalar) value. */
  kind: 'key' | 'value';
  span: Span;
}

/** The key or scalar value under `offset`, with its path: what a hover is about. */
export function placeAt(doc: Document.Parsed, offset: number): PlaceInDocument | undefined {
  const inside = (node: unknown): node is Node => {
    const range = (node as Node | null)?.range;
    return range !== undefined && range !== null && offset >= range[0] && offset <= range[1];
  };
  const walk = (node: unknown, path: YamlPath): PlaceInDocument | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const segment = isScalar(key) ? keyText(key.value) : undefined;
        if (segment === undefined) continue;
        if (inside(key)) return { path: [...path, segment], kind: 'key', span: nodeSpan(key as Node) };
        const found = walk(pair.value, [...path, segment]);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const found = walk(item, [...path, index]);
        if (found) return found;
      }
    } else if (isScalar(node) && inside(node) && path.length > 0 && node.range![1] > node.range![0]) {
      // (An empty value, as in `key:`, has no text to be on.)
      return { path, kind: 'value', span: nodeSpan(node) };
    }
    return undefined;
  };
  return walk(doc.contents, []);
}

export interface CompletionPlace {
  /** For a key: the path of the map it goes in; for a value: the path of its key. */
  path: YamlPath;
  kind: 'key' | 'value';
  /** What has been typed of the key or value so far, and where it starts. */
  prefix: string;
  start: number;
  /** Keys already present in that map (for key completion). */
  siblings: string[];
}

const CURSOR = '__partnerlint_cursor__';

/**
 * Where completion is asked for, in text that is usually half-written: the current line is replaced by a placeholder
 * key or value and the text parsed again, so that the `yaml` parser's own recovery works out the path.
 */
export function completionPlaceAt(text: string, offset: number): CompletionPlace | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const before = text.slice(lineStart, offset);
  const valueMatch = /^(\s*(?:-\s+)*)([^\s#:'"{}[\],][^#:{}[\],]*?):[ \t]+([^\s#]*)$/.exec(before);
  const keyMatch = valueMatch ? null : /^(\s*(?:-\s+)*)([A-Za-z_-]*)$/.exec(before);
  if (!valueMatch && !keyMatch) return undefined;
  const indent = (valueMatch ?? keyMatch)![1]!;
  const patchedLine = valueMatch ? `${indent}${valueMatch[2]}: ${CURSOR}` : `${indent}${CURSOR}: 0`;
  const patched = text.slice(0, lineStart) + patchedLine + text.slice(lineEnd);
  const doc = parseDocument(patched, { prettyErrors: false, uniqueKeys: false, version: '1.2' });
  const found = findCursor(doc.contents, []);
  if (!found) return undefined;
  const prefix = valueMatch ? valueMatch[3]! : keyMatch![2]!;
  return { ...found, kind: valueMatch ? 'value' : 'key', prefix, start: offset - prefix.length };
}

function findCursor(node: unknown, path: YamlPath): { path: YamlPath; siblings: string[] } | undefined {
  if (isMap(node)) {
    const keys = node.items.flatMap((pair) => (isScalar(pair.key) ? [keyText(pair.key.value)] : []));
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.value === CURSOR) return { path, siblings: keys.filter((k) => k !== CURSOR) };
      if (!isScalar(pair.key)) continue;
      const segment = keyText(pair.key.value);
      if (isScalar(pair.value) && pair.value.value === CURSOR) return { path: [...path, segment], siblings: [] };
      const found = findCursor(pair.value, [...path, segment]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = findCursor(item, [...path, index]);
      if (found) return found;
    }
  }
  return undefined;
}
