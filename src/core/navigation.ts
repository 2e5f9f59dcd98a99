/**
 * Navigation in a strategy (docs/reference/language-server.md): its outline, and segment ids as symbols — where each is defined
 * (`market.segments[].id`), where it is used (`purposes[].segment`, `partners[].segments[]`), and renaming it.
 */
import { at, isRecord, recordsAt } from './data';
import { catalogue } from './i18n';
import { locate, parsedOf, spanForPath } from './yaml-ast';
import type { ParsedYaml, YamlInput } from './yaml-ast';
import type { Locale, Span, YamlPath } from './types';

export interface SegmentOccurrence {
  id: string;
  /** The id's text, without quotes. */
  span: Span;
  kind: 'definition' | 'reference';
}

/** Where a value's text is, without its quotes (`'kansai-smb'` → kansai-smb). */
function innerSpan(parsed: ParsedYaml, path: YamlPath): Span {
  const span = spanForPath(parsed, path);
  const first = parsed.source[span.start];
  return (first === '"' || first === "'") && span.end - span.start >= 2 ? { start: span.start + 1, end: span.end - 1 } : span;
}

/** Found once per parse: definition, references, highlights and rename each ask for them. */
const occurrencesOf = new WeakMap<ParsedYaml, SegmentOccurrence[]>();

/** Every segment id of the text, defined or used; none when the text does not parse. */
export function segmentOccurrences(input: YamlInput): SegmentOccurrence[] {
  const parsed = parsedOf(input);
  const known = occurrencesOf.get(parsed);
  if (known) return known;
  const found = findOccurrences(parsed);
  occurrencesOf.set(parsed, found);
  return found;
}

function findOccurrences(parsed: ParsedYaml): SegmentOccurrence[] {
  if (parsed.problems.length > 0) return [];
  const data = parsed.data;
  const out: SegmentOccurrence[] = [];
  const add = (id: unknown, path: YamlPath, kind: SegmentOccurrence['kind']): void => {
    if (typeof id === 'string' && id !== '') out.push({ id, span: innerSpan(parsed, path), kind });
  };
  for (const { item, index } of recordsAt(data, 'market', 'segments')) add(item.id, ['market', 'segments', index, 'id'], 'definition');
  for (const { item, index } of recordsAt(data, 'purposes')) add(item.segment, ['purposes', index, 'segment'], 'reference');
  for (const { item, index } of recordsAt(data, 'partners')) {
    if (Array.isArray(item.segments)) item.segments.forEach((id, i) => add(id, ['partners', index, 'segments', i], 'reference'));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** `purposes[i].segment` or `partners[i].segments[j]`: where a segment id is expected (what completion offers there). */
export function isSegmentReference(path: YamlPath): boolean {
  return (path[0] === 'purposes' && path[2] === 'segment' && path.length === 3) || (path[0] === 'partners' && path[2] === 'segments' && path.length >= 3);
}

/** The segment id at `offset` and all its occurrences, or undefined when no segment id is there. */
export function segmentAt(input: YamlInput, offset: number): { id: string; occurrences: SegmentOccurrence[] } | undefined {
  const all = segmentOccurrences(input);
  const here = all.find((o) => offset >= o.span.start && offset <= o.span.end);
  return here ? { id: here.id, occurrences: all.filter((o) => o.id === here.id) } : undefined;
}

const SEGMENT_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The edits that rename the segment id at `offset` everywhere in the file, or why it cannot be renamed to `newId`. */
export function renameSegment(input: YamlInput, offset: number, newId: string, locale: Locale): { edits: { span: Span; text: string }[] } | { error: string } {
  const words = catalogue(locale).rename;
  const parsed = parsedOf(input);
  const found = segmentAt(parsed, offset);
  if (!found) return { error: words.notSegment };
  if (!SEGMENT_ID.test(newId)) return { error: words.badId(newId) };
  if (newId !== found.id && segmentOccurrences(parsed).some((o) => o.kind === 'definition' && o.id === newId)) return { error: words.taken(newId) };
  return { edits: found.occurrences.map((o) => ({ span: o.span, text: newId })) };
}

/** The span of the value at `path` (an inlay hint after `monthlyPrice`), or undefined when the text has none there. */
export function valueSpan(input: YamlInput, path: YamlPath): Span | undefined {
  const parsed = parsedOf(input);
  if (parsed.problems.length > 0 || at(parsed.data, ...path) === undefined) return undefined;
  return spanForPath(parsed, path);
}

export interface OutlineSymbol {
  name: string;
  /** What the entry is: a section of the file, or an item of one of its lists. */
  kind: 'section' | 'segment' | 'purpose' | 'partner' | 'kpi';
  /** The whole entry, and the part to select (its key, or its name). */
  span: Span;
  selection: Span;
  children: OutlineSymbol[];
}

/** The outline of a strategy: product, market and its segments, purposes, organization, partners and KPIs, by name. */
export function outline(input: YamlInput, locale: Locale): OutlineSymbol[] {
  const parsed = parsedOf(input);
  if (parsed.problems.length > 0 || !isRecord(parsed.data)) return [];
  const data = parsed.data;
  const whole = (path: YamlPath): Span => {
    const located = locate(parsed, path);
    const key = located.key?.range;
    const value = located.node?.range;
    const start = key ? key[0] : value ? value[0] : 0;
    const end = value ? value[1] : key ? key[1] : start;
    return { start, end: Math.max(start, end) };
  };
  const keySpan = (path: YamlPath): Span => spanForPath(parsed, path, 'key');
  const item = (path: YamlPath, name: unknown, kind: OutlineSymbol['kind'], fallback: string, nameKey = 'name'): OutlineSymbol => ({
    name: typeof name === 'string' && name.trim() ? name : fallback,
    kind,
    span: whole(path),
    selection: typeof name === 'string' ? spanForPath(parsed, [...path, nameKey]) : whole(path),
    children: [],
  });
  const section = (key: string, name: string, children: OutlineSymbol[] = []): OutlineSymbol[] =>
    Object.hasOwn(data, key) ? [{ name, kind: 'section', span: whole([key]), selection: keySpan([key]), children }] : [];
  const labels = catalogue(locale).outline;
  const product = at(data, 'product', 'name');
  return [
    ...section('product', typeof product === 'string' && product.trim() ? `${labels.product}: ${product}` : labels.product),
    ...section(
      'market',
      labels.market,
      recordsAt(data, 'market', 'segments').map(({ item: s, index }) => item(['market', 'segments', index], s.name ?? s.id, 'segment', `#${index + 1}`)),
    ),
    ...section('economics', labels.economics),
    ...section(
      'purposes',
      labels.purposes,
      recordsAt(data, 'purposes').map(({ item: p, index }) => item(['purposes', index], p.type, 'purpose', `#${index + 1}`, 'type')),
    ),
    ...section('organization', labels.organization),
    ...section(
      'partners',
      labels.partners,
      recordsAt(data, 'partners').map(({ item: p, index }) => item(['partners', index], p.name, 'partner', `#${index + 1}`)),
    ),
    ...section(
      'kpis',
      labels.kpis,
      recordsAt(data, 'kpis').map(({ item: k, index }) => item(['kpis', index], k.name, 'kpi', `#${index + 1}`)),
    ),
  ];
}
