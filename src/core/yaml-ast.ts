/**
 * All navigation of the `yaml` library's nodes lives here, so that a new major version of `yaml` touches one file.
 * Spans are UTF-16 offsets; turning them into lines and columns is positions.ts's job.
 */
import { Alias, Composer, Parser, YAMLParseError, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { CST, Document, Node, ParsedNode, YAMLError } from 'yaml';
import type { Span, YamlPath } from './types';

import { MAX_ALIAS_NODES, MAX_DEPTH } from './limits';

export { MAX_ALIAS_NODES, MAX_DEPTH };

// logLevel 'error': the library would print its warnings (a collection as a key) to the console; they are findings.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, version: '1.2', strict: true, merge: true, logLevel: 'error' } as const;

export interface YamlProblem {
  /** The `yaml` library's error code, or one of ours: TOO_DEEP, ALIAS_EXPANSION, ALIAS_CYCLE, UNRESOLVED_ALIAS, BAD_MERGE, YAML_VERSION. */
  code: string;
  span: Span;
  /** Values for the message: `key` (DUPLICATE_KEY), `version` (YAML_VERSION), `limit`, `alias`. */
  args: Record<string, string | number>;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  /** Parse errors, duplicate keys, several documents, alias bombs: anything that makes the content untrustworthy. */
  problems: YamlProblem[];
  data: unknown;
  /** The concrete syntax tree, for comments. Empty when the text was refused before composing. */
  tokens: readonly CST.Token[];
  /** The text as given, and as parsed (yamlSource): of the same length, so every offset holds for both. */
  text: string;
  source: string;
  /** Each alias node's anchored node, when the aliases were checked. */
  aliasTargets: ReadonlyMap<Alias, Node>;
}

export interface Comment {
  /** The text after '#'. */
  text: string;
  span: Span;
  /** True when nothing but white space precedes the comment on its line. */
  ownLine: boolean;
}

/**
 * The text as the `yaml` library should read it, with every offset kept: YAML 1.2 reads CR, LF and CRLF as line breaks
 * and the library knows only the last two, so a lone CR becomes LF; a leading byte order mark becomes LF too, since the
 * library's error recovery differs after one (an empty first line changes nothing in YAML).
 */
export function yamlSource(text: string): string {
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  return source.charCodeAt(0) === 0xfeff ? `\n${source.slice(1)}` : source;
}

/**
 * The parser's tokens, or where the text nests too deep. The `yaml` parser unwinds a deep nesting by recursion, and a
 * text of thousands of nested levels followed by a line at the top (`- - - … x` then `a: 0`) exhausts the stack: that
 * is reported as too deep, at the first line that nests past the limit, never thrown.
 */
function tokenize(source: string): { tokens: CST.Token[] } | { tooDeepAt: number } {
  let tokens: CST.Token[];
  try {
    tokens = Array.from(new Parser().parse(source));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { tooDeepAt: roughlyTooDeep(source) };
  }
  const tooDeepAt = firstTooDeep(tokens);
  return tooDeepAt === undefined ? { tokens } : { tooDeepAt };
}

/** The start of the first line that nests past MAX_DEPTH, counting its indentation, `- ` and `? ` markers and open brackets. */
function roughlyTooDeep(source: string): number {
  let brackets = 0;
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const markers = /^[ \t]*(?:[-?][ \t]+)*/.exec(line)![0];
    if (markers.length / 2 + brackets > MAX_DEPTH) return lineStart;
    for (const c of line) {
      if (c === '[' || c === '{') brackets++;
      else if ((c === ']' || c === '}') && brackets > 0) brackets--;
      if (brackets > MAX_DEPTH) return lineStart;
    }
    lineStart += line.length + 1;
  }
  return 0;
}

/** A text, or its parse to reuse (an editor keeps one per document version): what the helpers over a strategy take. */
export type YamlInput = string | ParsedYaml;

/** The parse of `input`: the one given, or a new one of the text. */
export function parsedOf(input: YamlInput): ParsedYaml {
  return typeof input === 'string' ? parseYaml(input) : input;
}

export function parseYaml(text: string): ParsedYaml {
  const source = yamlSource(text);
  const tokenized = tokenize(source);
  if ('tooDeepAt' in tokenized) {
    const span = { start: tokenized.tooDeepAt, end: Math.min(tokenized.tooDeepAt + 1, source.length) };
    return {
      doc: parseDocument('', PARSE_OPTIONS),
      problems: [{ code: 'TOO_DEEP', span, args: { limit: MAX_DEPTH } }],
      data: undefined,
      tokens: [],
      text,
      source,
      aliasTargets: new Map(),
    };
  }
  const { tokens } = tokenized;
  const doc = compose(tokens, source);
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => problemOf(error, source, doc));
  // `%YAML 1.1` would switch the parser to YAML 1.1 (dates become timestamps, `yes` a boolean); docs/reference/format.md says 1.2.
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    const directive = /^%YAML[^\n]*/m.exec(source);
    const start = directive?.index ?? 0;
    problems.push({ code: 'YAML_VERSION', span: { start, end: start + (directive?.[0].length ?? 0) }, args: { version: version.version } });
  }
  let data: unknown;
  let aliasTargets: ReadonlyMap<Alias, Node> = new Map();
  if (problems.length === 0) {
    const checked = checkAliases(doc);
    aliasTargets = checked.targets;
    if (checked.problem) problems.push(checked.problem);
    // The expansion is bounded above; yaml's own guard counts references, which would refuse legitimate reuse.
    else data = toData(doc, aliasTargets);
  }
  return { doc, problems, data, tokens, text, source, aliasTargets };
}

/**
 * The document as plain data. `yaml` finds each alias's anchor by scanning the document's anchors and aliases up to it,
 * which makes a file of 2,000 `<<: *base` merges quadratic; the anchors are already known here (checkAliases), so each
 * alias is given its own, for this one conversion.
 */
function toData(doc: Document.Parsed, targets: ReadonlyMap<Alias, Node>): unknown {
  const resolve = Alias.prototype.resolve;
  for (const [alias, target] of targets) {
    Object.defineProperty(alias, 'resolve', {
      configurable: true,
      // The anchor is converted before any alias after it; where it is not yet, yaml's own search does the rest.
      value(this: Alias, document: Document, ctx?: { anchors?: Map<Node, unknown> }) {
        return ctx?.anchors?.has(target) ? target : resolve.call(this, document, ctx as never);
      },
    });
  }
  try {
    return doc.toJS({ maxAliasCount: -1 });
  } finally {
    for (const alias of targets.keys()) delete (alias as { resolve?: unknown }).resolve;
  }
}

/** What `parseDocument` does, from tokens already parsed (and checked for depth). */
function compose(tokens: readonly CST.Token[], source: string, options: ConstructorParameters<typeof Composer>[0] = PARSE_OPTIONS): Document.Parsed {
  const composer = new Composer(options);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, source.length)) {
    if (!doc) doc = next as Document.Parsed;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

/**
 * The offset of the first collection nested deeper than MAX_DEPTH, walking the tree without recursion. Two plain stacks
 * rather than an object per node: this walk visits every token of the file.
 */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: CST.Token[] = [...tokens];
  const depths: number[] = tokens.map(() => 0);
  const push = (token: CST.Token | null | undefined, depth: number): void => {
    if (!token) return;
    stack.push(token);
    depths.push(depth);
  };
  while (stack.length > 0) {
    const token = stack.pop()!;
    const depth = depths.pop()!;
    const collection = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const nested = collection ? depth + 1 : depth;
    if (nested > MAX_DEPTH) return token.offset;
    if (token.type === 'document') push(token.value, nested);
    else if (collection) {
      for (const item of token.items) {
        push((item as { key?: CST.Token | null }).key, nested);
        push(item.value, nested);
      }
    }
  }
  return undefined;
}

/**
 * Resolves every alias to its anchor once (the last node with that anchor before it, as YAML says), and measures what
 * the aliases would add to the data: too many nodes (an alias bomb), too deep, an alias inside its own anchor, an alias
 * without an anchor, or a merge key (`<<`) whose value is not a map.
 */
function checkAliases(doc: Document.Parsed): { problem?: YamlProblem; targets: Map<Alias, Node> } {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const measured = new Map<Node, { nodes: number; depth: number }>();
  const open = new Set<Node>();
  let added = 0;
  class Stop {
    constructor(readonly problem: YamlProblem) {}
  }
  const stop = (code: string, node: Node, args: YamlProblem['args'] = {}): never => {
    throw new Stop({ code, span: nodeSpan(node), args });
  };
  const measure = (node: unknown, depth: number): { nodes: number; depth: number } => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return stop('UNRESOLVED_ALIAS', node, { alias: node.source });
      if (open.has(target)) return stop('ALIAS_CYCLE', node, { alias: node.source });
      targets.set(node, target);
      const size = measured.get(target)!;
      added += size.nodes;
      if (added > MAX_ALIAS_NODES) stop('ALIAS_EXPANSION', node, { limit: MAX_ALIAS_NODES });
      if (depth + size.depth > MAX_DEPTH) stop('TOO_DEEP', node, { limit: MAX_DEPTH });
      return size;
    }
    if (!isScalar(node) && !isCollection(node)) return { nodes: 0, depth: 0 };
    if (node.anchor) anchors.set(node.anchor, node);
    let size = { nodes: 1, depth: 0 };
    if (isCollection(node)) {
      open.add(node);
      let deepest = 0;
      for (const item of node.items) {
        const parts = isPair(item) ? [item.key, item.value] : [item];
        for (const part of parts) {
          const inner = measure(part, depth + 1);
          size.nodes += inner.nodes;
          deepest = Math.max(deepest, inner.depth);
        }
        if (isPair(item) && isMergeKey(item.key) && !isMergeSource(item.value, targets)) stop('BAD_MERGE', (item.value as Node | null) ?? (item.key as Node));
      }
      open.delete(node);
      size = { nodes: size.nodes, depth: deepest + 1 };
    }
    if (node.anchor) measured.set(node, size);
    return size;
  };
  try {
    measure(doc.contents, 0);
    return { targets };
  } catch (error) {
    if (error instanceof Stop) return { problem: error.problem, targets };
    throw error;
  }
}

/** `<<` as a merge key (the `yaml` library's merge option makes its value a symbol). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

/** A merge key's value: a map, an alias of one, or a list of those. */
function isMergeSource(value: unknown, targets: ReadonlyMap<Alias, Node>): boolean {
  const isMapSource = (node: unknown): boolean => isMap(isAlias(node) ? targets.get(node) : node);
  return isSeq(value) ? value.items.every(isMapSource) : isMapSource(value);
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
  const problem: YamlProblem = { code: error.code, args: {}, span: { start: safeStart, end: Math.min(Math.max(end, safeStart), text.length) } };
  // yaml's message does not name the duplicate key, and its span is the key's first character: name it and cover it.
  const key = error.code === 'DUPLICATE_KEY' ? keyAt(doc, start) : undefined;
  if (key?.range && isScalar(key)) {
    problem.args.key = keyText(key.value);
    problem.span.end = Math.min(Math.max(key.range[1], safeStart), text.length);
  }
  return problem;
}

interface Located {
  node: ParsedNode | null;
  /** The key node of the pair that holds `node`, when it is a map value. */
  key: ParsedNode | null;
}

/**
 * Walks `path` as far as the document goes. Returns the node at the full path (`found: true`), or the deepest node
 * that exists on the way (`found: false`). Aliases are followed to the node they name. A key merged in with `<<: *base`
 * is found at that alias (`merged`): a finding about merged content is shown there (docs/reference/format.md).
 */
export function locate(parsed: ParsedYaml, path: YamlPath): Located & { found: boolean; depth: number; merged?: ParsedNode } {
  let current: Located = { node: parsed.doc.contents, key: null };
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth];
    const container = resolve(parsed, current.node);
    let next: Located | undefined;
    if (isMap(container)) {
      const pair = container.items.find((item) => isScalar(item.key) && !isMergeKey(item.key) && keyText(item.key.value) === String(segment));
      if (pair) next = { node: (pair.value as ParsedNode | null) ?? null, key: pair.key as ParsedNode };
      else {
        const alias = mergedFrom(parsed, container, String(segment));
        if (alias) return { node: alias, key: null, found: true, depth: path.length, merged: alias };
      }
    } else if (isSeq(container) && typeof segment === 'number') {
      const item = container.items[segment];
      if (item !== undefined) next = { node: item as ParsedNode, key: null };
    }
    if (!next) return { ...current, found: false, depth };
    current = next;
  }
  return { ...current, found: true, depth: path.length };
}

/** The alias of the `<<` merge that gives `map` its key `key`, if any (the first merge source wins, as in YAML). */
function mergedFrom(parsed: ParsedYaml, map: Node, key: string, seen = new Set<Node>()): ParsedNode | undefined {
  if (!isMap(map) || seen.has(map)) return undefined;
  seen.add(map);
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const target = resolve(parsed, source as ParsedNode | null);
      if (!isMap(target)) continue;
      const has = target.items.some((item) => isScalar(item.key) && !isMergeKey(item.key) && keyText(item.key.value) === key);
      if (has || mergedFrom(parsed, target, key, seen)) return source as ParsedNode;
    }
  }
  return undefined;
}

/** A scalar key as it becomes a property name of the data (yaml's toJS turns a null key into ''). */
function keyText(value: unknown): string {
  if (typeof value === 'symbol') return '<<';
  return value === null || value === undefined ? '' : String(value);
}

function resolve(parsed: ParsedYaml, node: ParsedNode | null): ParsedNode | null {
  if (!isAlias(node)) return node;
  // Resolved once when parsing; asking the library again walks the whole document for each alias.
  return ((parsed.aliasTargets.get(node) ?? node.resolve(parsed.doc)) as ParsedNode | undefined) ?? null;
}

/** Where a finding about `path` is shown. */
export type Anchor = 'value' | 'key';

/**
 * The narrowest span for a finding about `path` (docs/reference/rules.md): the value where there is one (a collection value is shown at
 * its key, so that the squiggle is one line); the key with `anchor: 'key'`; where the path is missing, the key of the
 * nearest enclosing entry that is present; where that is the root, line 1.
 */
export function spanForPath(parsed: ParsedYaml, path: YamlPath, anchor: Anchor = 'value'): Span {
  const text = parsed.source;
  const located = locate(parsed, path);
  if (located.merged) return nodeSpan(located.merged);
  if (!located.found && located.depth === 0) return lineOneSpan(parsed.text);
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
  return lineOneSpan(parsed.text);
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

/** Every comment of a parsed text, with its span (walked without recursion: the token tree may be deep). */
export function comments(parsed: ParsedYaml): Comment[] {
  const text = parsed.source;
  const found: Comment[] = [];
  const seen = new Set<number>();
  const stack: unknown[] = [...parsed.tokens];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
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
      continue;
    }
    stack.push(...Object.values(value));
  }
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
  // Only the entries whose text can hold `offset` are walked into: a hover in a file of thousands of entries visits few.
  const before = (node: unknown): boolean => {
    const range = (node as Node | null)?.range;
    return range !== undefined && range !== null && range[2] < offset;
  };
  const walk = (node: unknown, path: YamlPath): PlaceInDocument | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const segment = isScalar(key) ? keyText(key.value) : undefined;
        if (segment === undefined || before(pair.value ?? key)) continue;
        if (inside(key)) return { path: [...path, segment], kind: 'key', span: nodeSpan(key as Node) };
        const found = walk(pair.value, [...path, segment]);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        if (before(item)) continue;
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
  return completionReading(text, offset, false).place;
}

/**
 * Where completion is, read from the skeleton of the cursor's line (skeletonAround) where that parses cleanly, else
 * from the whole text; `wholeText` reads the whole text only. `clean`: the text read parsed without errors (a test
 * holds the skeleton to the whole text's reading wherever that one is clean).
 */
export function completionReading(text: string, offset: number, wholeText: boolean): { place?: CompletionPlace; clean: boolean } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const before = text.slice(lineStart, offset);
  const valueMatch = /^(\s*(?:-\s+)*)([^\s#:'"{}[\],][^#:{}[\],]*?):[ \t]+([^\s#]*)$/.exec(before);
  const keyMatch = valueMatch ? null : /^(\s*(?:-\s+)*)([A-Za-z_-]*)$/.exec(before);
  if (!valueMatch && !keyMatch) return { clean: true };
  const indent = (valueMatch ?? keyMatch)![1]!;
  const patchedLine = valueMatch ? `${indent}${valueMatch[2]}: ${CURSOR}` : `${indent}${CURSOR}: 0`;
  const skeleton = wholeText ? undefined : skeletonAround(text, lineStart, lineEnd, indent.length, patchedLine);
  const inSkeleton = skeleton === undefined ? undefined : cursorIn(skeleton);
  const reading = inSkeleton?.clean ? inSkeleton : cursorIn(text.slice(0, lineStart) + patchedLine + text.slice(lineEnd));
  if (!reading.found) return { clean: reading.clean };
  const prefix = valueMatch ? valueMatch[3]! : keyMatch![2]!;
  return { place: { ...reading.found, kind: valueMatch ? 'value' : 'key', prefix, start: offset - prefix.length }, clean: reading.clean };
}

/** The cursor's path in a patched text, and whether that text parsed without errors. */
function cursorIn(patched: string): { found?: { path: YamlPath; siblings: string[] }; clean: boolean } {
  const tokenized = tokenize(yamlSource(patched));
  if (!('tokens' in tokenized)) return { clean: false };
  const doc = compose(tokenized.tokens, patched, { prettyErrors: false, uniqueKeys: false, version: '1.2', logLevel: 'error' });
  const found = findCursor(doc.contents, []);
  return { ...(found ? { found } : {}), clean: doc.errors.length === 0 };
}

/**
 * The lines of `text` that decide where the cursor line is, so that completion parses a few lines rather than the file
 * (a strategy of thousands of partners): the cursor's own map (its siblings, as written), each enclosing line, and the
 * entries before each enclosing one, cut to `key:` or `- 0` (they count list indexes and nothing more). Lines nested in
 * other entries are left out. Undefined where indentation alone cannot tell (tabs, document markers, directives).
 */
function skeletonAround(text: string, lineStart: number, lineEnd: number, column: number, patchedLine: string): string | undefined {
  if (/^(?:---|\.\.\.|%)/m.test(text) || /^ *\t/m.test(text)) return undefined;
  /** The indentation of the line from `start` to `end`, or undefined for a blank or comment line (read in place: most lines are skipped). */
  const content = (start: number, end: number): number | undefined => {
    let at = start;
    while (at < end && text.charCodeAt(at) === 32) at++;
    const next = text.charCodeAt(at);
    return at === end || next === 35 /* # */ || next === 13 /* \r */ ? undefined : at - start;
  };
  const kept: string[] = [];
  let level = column;
  /** Whether the line after this one (in the file) was left out: nested deeper than the map that was being followed. */
  let followedByNested = false;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const indentation = content(start, end);
    const lineEnd = end;
    end = start - 1;
    if (indentation === undefined) continue;
    const nested = indentation > level;
    const nestsDeeper = followedByNested;
    followedByNested = nested;
    if (nested) continue;
    const line = text.slice(start, lineEnd);
    if (indentation === column && level === column) kept.push(line);
    else if (indentation < level) {
      // An enclosing line whose entries are indented otherwise than the cursor's: indentation cannot tell the path.
      if (nestsDeeper) return undefined;
      kept.push(line);
      level = indentation;
    } else
      kept.push(
        line.startsWith('- ', indentation)
          ? `${line.slice(0, indentation)}- 0`
          : (/^ *(?:[^\s#:'"{}[\],][^#:{}[\],]*?|"[^"]*"|'[^']*'):(?=\s|$)/.exec(line)?.[0] ?? line),
      );
  }
  kept.reverse();
  kept.push(patchedLine);
  // The line right after the cursor's, even nested, decides how the cursor's line reads (`key: |` and its text).
  let rightAfter = true;
  let start = lineEnd + 1;
  while (start > 0 && start <= text.length) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const indentation = content(start, end);
    const line = start;
    start = next < 0 ? -1 : next + 1;
    if (indentation === undefined) continue;
    const nestedAfter = indentation > column && !rightAfter;
    rightAfter = false;
    if (nestedAfter) continue;
    if (indentation < column) break;
    kept.push(text.slice(line, end));
  }
  return kept.join('\n');
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
