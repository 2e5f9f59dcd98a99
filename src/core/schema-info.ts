/** What the JSON Schema says about a place in a strategy: for hover text and completion in editors. */
import strategySchema from '../../schemas/partner-strategy.schema.json';
import { isRecord, own } from './data';
import type { Locale, Span, YamlPath } from './types';
import { placeAt } from './yaml-ast';
import type { ParsedYaml } from './yaml-ast';

type SchemaNode = Record<string, unknown>;

const strategyRoot = strategySchema as unknown as SchemaNode;

export function resolveRef(node: SchemaNode, root: SchemaNode = strategyRoot): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/') || !isRecord(root.$defs)) return node;
  const target = own(root.$defs as Record<string, SchemaNode>, ref.slice('#/$defs/'.length));
  return target ? { ...resolveRef(target, root), ...withoutRef(node) } : node;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/**
 * The schema of the value at `path` (list indexes step into `items`) in `root` (the strategy's schema unless said), or
 * undefined outside the schema.
 */
export function schemaAt(path: YamlPath, root: SchemaNode = strategyRoot): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    const resolved: SchemaNode = resolveRef(node, root);
    if (typeof segment === 'number') node = isRecord(resolved.items) ? (resolved.items as SchemaNode) : undefined;
    else node = isRecord(resolved.properties) ? own(resolved.properties as Record<string, SchemaNode>, segment) : undefined;
  }
  return node ? resolveRef(node, root) : undefined;
}

/** The keys a map at `path` may hold, by the schema `root`. */
export function allowedKeysAt(path: YamlPath, root: SchemaNode = strategyRoot): string[] {
  const schema = schemaAt(path, root);
  return schema && isRecord(schema.properties) ? Object.keys(schema.properties) : [];
}

export function describe(schema: SchemaNode | undefined, locale: Locale): string | undefined {
  if (!schema) return undefined;
  const text = locale === 'ja' ? (schema['x-description-ja'] ?? schema.description) : schema.description;
  return typeof text === 'string' ? text : undefined;
}

/** The meaning of the key at `path`, in the locale. */
export function keyDescription(path: YamlPath, locale: Locale): string | undefined {
  return describe(schemaAt(path), locale);
}

export interface KeyInfo {
  key: string;
  description: string;
  required: boolean;
  /** Whether the value is a map, a list or a scalar: decides what completion inserts after the key. */
  shape: 'map' | 'list' | 'scalar';
}

/** The keys a map at `path` may hold. */
export function keysAt(path: YamlPath, locale: Locale): KeyInfo[] {
  const schema = schemaAt(path);
  if (!schema || !isRecord(schema.properties)) return [];
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return Object.entries(schema.properties as Record<string, SchemaNode>).map(([key, child]) => {
    const resolved = resolveRef(child, strategyRoot);
    const shape = resolved.type === 'object' ? 'map' : resolved.type === 'array' ? 'list' : 'scalar';
    return { key, description: describe(resolved, locale) ?? '', required: required.includes(key), shape };
  });
}

/** The values allowed at `path` when they are a fixed list (enum, const or boolean). */
export function valuesAt(path: YamlPath): string[] {
  const schema = schemaAt(path);
  if (!schema) return [];
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  if (schema.const !== undefined) return [String(schema.const)];
  if (schema.type === 'boolean') return ['true', 'false'];
  return [];
}

/**
 * The meaning of one enum value, taken from its key's description when the description explains it: in English
 * "a: …; b: …", in Japanese "a（…）、b（…）" (docs/reference/japanese-style.md: lists take 、, never a slash).
 */
export function valueDescription(path: YamlPath, value: string, locale: Locale): string | undefined {
  const text = keyDescription(path, locale);
  if (!text) return undefined;
  const about = (part: string): boolean => part.startsWith(`${value}:`) || part.startsWith(`${value} `) || part.startsWith(`${value}（`);
  // A part ends at "; " or at a 、 that opens the next value; a 、 inside a meaning stays.
  const parts = text.split(/\s*;\s*|、(?=[a-z][a-z-]*[（:])/).map((part, index) =>
    // The first part may open with what the key is about ("予算: approved（承認済み）"): look past that lead-in too.
    index === 0 && !about(part) ? part.replace(/^[^:]*:\s*/, '') : part,
  );
  // The description's closing full stop ends its sentence, not the last value's meaning.
  return parts
    .find(about)
    ?.trim()
    .replace(/(?<!\.)[.。]$/, '');
}

/** What hover shows of the schema at a place: the key's name, what it or its value means, and the span it is about. */
export interface SchemaHover {
  span: Span;
  title: string;
  text: string;
}

/**
 * The schema's words for the key or value at `offset` of a parse (the language server's hover and the playground's),
 * or undefined where the schema says nothing.
 */
export function schemaHoverAt(parsed: ParsedYaml, offset: number, locale: Locale): SchemaHover | undefined {
  const place = placeAt(parsed.doc, offset);
  if (!place) return undefined;
  // A quoted value means what it holds.
  const written = parsed.text.slice(place.span.start, place.span.end).replace(/^(["'])(.*)\1$/s, '$2');
  const text = place.kind === 'key' ? keyDescription(place.path, locale) : valueDescription(place.path, written, locale);
  if (!text) return undefined;
  return { span: place.span, title: String(place.path.filter((segment) => typeof segment === 'string').at(-1) ?? ''), text };
}
