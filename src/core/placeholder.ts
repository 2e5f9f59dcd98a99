/**
 * Placeholders: text that stands in for a value not written yet ("TBD", "未定"). A placeholder is well-formed, so the
 * schema accepts it, but it says nothing: rule `placeholder-text` points at it, and every other rule and the readiness
 * verdict read it as absent. The list below is the only copy in the code; docs/rules/placeholder-text.md lists it too,
 * and a test holds the two together.
 */
import { isRecord, own } from './data';
import { resolveRef, schemaAt } from './schema-info';
import type { YamlPath } from './types';

/**
 * The markers, as a person writes them; matched case-insensitively, after NFKC (so `ＴＢＤ` and `？` count). The three
 * made of punctuation only (`?`, `…`, `-`) are covered by the rule that text left empty once punctuation is trimmed is
 * a placeholder; they are listed for the docs.
 */
export const PLACEHOLDER_MARKERS: readonly string[] = [
  'TBD',
  'TBC',
  'TODO',
  'FIXME',
  'N/A',
  'NA',
  'none',
  'unknown',
  '?',
  '…',
  '-',
  'to be decided',
  'to be confirmed',
  'to be determined',
  'not yet',
  '未定',
  '未記入',
  '検討中',
  '調整中',
  '確認中',
  'なし',
  '要確認',
  '仮',
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORD_MARKERS = PLACEHOLDER_MARKERS.filter((marker) => /[\p{L}\p{N}]/u.test(marker))
  .map((marker) => marker.normalize('NFKC').toLowerCase())
  // Longest first, so that `na` never shadows `n/a` and `none`.
  .sort((a, b) => b.length - a.length);

/**
 * Trimmed of spaces and punctuation, the text is a marker, or begins with one that a punctuation mark, a dash or a
 * bracket follows ("TBD. Partners would shadow…", "未定（採用予定）", "TBD – recruiting"); or nothing is left at all.
 */
const PLACEHOLDER = new RegExp(`^[\\s\\p{P}]*(?:(?:${WORD_MARKERS.map(escapeRegExp).join('|')})(?:[\\s\\p{P}]*$|\\s*\\p{P})|$)`, 'u');

export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return PLACEHOLDER.test(value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' '));
}

type SchemaNode = Record<string, unknown>;

/**
 * Where the strategy holds a placeholder: the paths of its strings that the schema takes as free text (not an enum
 * value, and of the pattern the schema asks for, if any), and that are placeholders. A string the schema rejects is the
 * schema's to report, not this.
 */
export function findPlaceholders(data: unknown): YamlPath[] {
  const found: YamlPath[] = [];
  const walk = (value: unknown, schema: SchemaNode | undefined, path: (string | number)[]): void => {
    if (!schema) return;
    if (typeof value === 'string') {
      if (isFreeText(schema, value) && isPlaceholder(value)) found.push([...path]);
    } else if (Array.isArray(value)) {
      const items = isRecord(schema.items) ? resolved(schema.items as SchemaNode) : undefined;
      value.forEach((item, index) => walk(item, items, [...path, index]));
    } else if (isRecord(value)) {
      const properties = isRecord(schema.properties) ? (schema.properties as Record<string, SchemaNode>) : undefined;
      if (!properties) return;
      for (const key of Object.keys(value)) {
        const child = own(properties, key);
        walk(value[key], child ? resolved(child) : undefined, [...path, key]);
      }
    }
  };
  walk(data, schemaAt([]), []);
  return found;
}

const resolvedNodes = new WeakMap<SchemaNode, SchemaNode>();

/** The node with its `$ref` followed, as schemaAt does for a path; each node resolved once. */
function resolved(node: SchemaNode): SchemaNode {
  let result = resolvedNodes.get(node);
  if (!result) {
    result = resolveRef(node);
    resolvedNodes.set(node, result);
  }
  return result;
}

const patterns = new Map<string, RegExp>();

function isFreeText(schema: SchemaNode, value: string): boolean {
  if (schema.type !== 'string' || Array.isArray(schema.enum) || schema.const !== undefined) return false;
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
  if (typeof schema.pattern !== 'string') return true;
  let pattern = patterns.get(schema.pattern);
  if (!pattern) {
    pattern = new RegExp(schema.pattern, 'u');
    patterns.set(schema.pattern, pattern);
  }
  return pattern.test(value);
}

/**
 * The document as the content rules read it: every placeholder removed, as if not written. A list keeps its length,
 * so that positions by index still hold: a placeholder item becomes `undefined`. Only the containers on the way to a
 * placeholder are copied.
 */
export function withoutPlaceholders(data: unknown, placeholders: readonly YamlPath[]): unknown {
  if (placeholders.length === 0) return data;
  const copies = new Set<unknown>();
  const root = shallowCopy(data, copies);
  for (const path of placeholders) {
    let container = root as Record<string | number, unknown>;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i]!;
      let child = container[segment];
      if (!copies.has(child)) {
        child = shallowCopy(child, copies);
        container[segment] = child;
      }
      container = child as Record<string | number, unknown>;
    }
    const last = path[path.length - 1]!;
    if (Array.isArray(container)) container[last as number] = undefined;
    else delete container[last];
  }
  return root;
}

function shallowCopy(value: unknown, copies: Set<unknown>): unknown {
  const copy = Array.isArray(value) ? [...value] : isRecord(value) ? Object.defineProperties({}, Object.getOwnPropertyDescriptors(value)) : value;
  copies.add(copy);
  return copy;
}
