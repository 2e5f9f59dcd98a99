/** Blocks to fill in: the quick fixes that insert a missing part. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { YAMLMap } from 'yaml';
import { parsedOf } from './yaml-ast';
import type { YamlInput } from './yaml-ast';
import { blockLines } from './new-strategy';
import { rules } from './rules/index';
import type { Block, Locale, Localized, Span } from './types';

export interface TextEdit {
  span: Span;
  text: string;
}

export interface BlockFix {
  title: Localized;
  edit: TextEdit;
}

/** Which rule's finding a missing block answers: from each rule's `meta.insertsBlock`. */
export const BLOCK_FOR_RULE: Readonly<Record<string, Block>> = Object.fromEntries(
  rules.flatMap((rule) => (rule.meta.insertsBlock ? [[rule.meta.id, rule.meta.insertsBlock]] : [])),
);

const BLOCK_TITLES: Record<Block, Localized> = {
  purposes: { en: 'Add `purposes` to fill in', ja: '`purposes` のひな形を追加' },
  partners: { en: 'Add `partners` to fill in', ja: '`partners` のひな形を追加' },
  kpis: { en: 'Add `kpis` to fill in', ja: '`kpis` のひな形を追加' },
  executiveSponsor: { en: 'Add `executiveSponsor` to fill in', ja: '`executiveSponsor` のひな形を追加' },
  owner: { en: 'Add `owner` to fill in', ja: '`owner` のひな形を追加' },
};

/**
 * The edit that inserts the block a finding of `ruleId` asks for, or undefined when the text has no simple place for
 * it (e.g. `organization: Acme`). Top-level lists go at the end of the file (or replace an empty one); `executiveSponsor`
 * and `owner` go first under `organization`. In a document or an `organization` written in flow style, the block goes
 * into the flow map as one entry.
 */
export function missingBlockFix(input: YamlInput, ruleId: string, locale: Locale): BlockFix | undefined {
  // Own keys only: a rule id such as `constructor` must not find Object.prototype's.
  const block = Object.hasOwn(BLOCK_FOR_RULE, ruleId) ? BLOCK_FOR_RULE[ruleId] : undefined;
  if (!block) return undefined;
  const parsed = parsedOf(input);
  const text = parsed.text;
  if (parsed.problems.length > 0 || !isMap(parsed.doc.contents)) return undefined;
  const root = parsed.doc.contents;
  const title = BLOCK_TITLES[block];
  /**
   * Adds `entry` as the last entry of a flow map (`{a: 1}` becomes `{a: 1, entry}`): right after its last entry (and
   * its comma, if it has one), so that a map over several lines keeps its indentation and comments.
   */
  const intoFlowMap = (map: YAMLMap, entry: string): BlockFix | undefined => {
    const open = map.range?.[0];
    if (open === undefined || parsed.source[open] !== '{') return undefined;
    const last = map.items.at(-1);
    const lastNode = (last?.value ?? last?.key) as { range?: [number, number, number] } | null | undefined;
    if (!last) return { title, edit: { span: { start: open + 1, end: open + 1 }, text: entry } };
    if (!lastNode?.range) return undefined;
    const after = /^[ \t]*,/.exec(parsed.source.slice(lastNode.range[1]));
    const at = after ? lastNode.range[1] + after[0].length : lastNode.range[1];
    return { title, edit: { span: { start: at, end: at }, text: after ? ` ${entry}` : `, ${entry}` } };
  };
  const organizationPair = root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'organization');
  const organization = organizationPair?.value;
  if (root.flow || (isMap(organization) && organization.flow && (block === 'executiveSponsor' || block === 'owner'))) {
    return flowFix(parsed.source, root, block, title, intoFlowMap);
  }
  const eol = text.includes('\r\n') ? '\r\n' : /\r(?!\n)/.test(text) ? '\r' : '\n';
  const lines = blockLines(block, locale);
  // The root's keys may stand at any column (an indented document): new top-level keys go in the same column.
  const rootIndent = columnOf(parsed.source, (root.items[0]?.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0);
  const appendAtEnd = (blockText: string[]): BlockFix => {
    // Before a `...` document end marker, not after it, where it would start a second document.
    const end = parsed.doc.directives?.docEnd ? parsed.doc.range[1] : text.length;
    const needsBreak = end > 0 && text[end - 1] !== '\n' && text[end - 1] !== '\r';
    return { title, edit: { span: { start: end, end }, text: `${needsBreak ? eol : ''}${indented(blockText, rootIndent).join(eol)}${eol}` } };
  };
  if (block === 'executiveSponsor' || block === 'owner') {
    if (!organizationPair) return appendAtEnd(['organization:', ...lines.map((line) => `  ${line}`)]);
    const value = organization;
    const keyNode = organizationPair.key as { range?: [number, number, number] };
    const keyStart = keyNode.range?.[0] ?? 0;
    const keyIndent = columnOf(parsed.source, keyStart);
    // `organization: Acme` or `organization: ~` (a scalar written out): children under it would not parse.
    if (value !== null && !isMap(value) && !(isScalar(value) && value.range?.[0] === value.range?.[1])) return undefined;
    // The block is there (e.g. no-dedicated-owner on `dedicated: false`): nothing to insert.
    if (isMap(value) && value.items.some((pair) => isScalar(pair.key) && pair.key.value === block)) return undefined;
    const firstChild = isMap(value) ? (value.items[0]?.key as { range?: [number, number, number] } | undefined) : undefined;
    const childIndent = firstChild?.range ? columnOf(parsed.source, firstChild.range[0]) : keyIndent + 2;
    const organizationLineEnd = lineEndAfter(text, keyStart);
    if (organizationLineEnd < 0) return appendAtEnd(indented(lines, childIndent - rootIndent));
    const insertAt = organizationLineEnd + (text.startsWith('\r\n', organizationLineEnd) ? 2 : 1);
    return { title, edit: { span: { start: insertAt, end: insertAt }, text: `${indented(lines, childIndent).join(eol)}${eol}` } };
  }
  const existing = root.items.find((pair) => isScalar(pair.key) && pair.key.value === block);
  if (existing) {
    const value = existing.value;
    const empty = value === null || (isScalar(value) && (value.value === null || value.value === '')) || (isSeq(value) && value.items.length === 0);
    const keyRange = (existing.key as { range?: [number, number, number] }).range;
    if (!empty || !keyRange) return undefined;
    const valueEnd = (value as { range?: [number, number, number] } | null)?.range?.[1] ?? keyRange[1] + 1;
    const [first, ...rest] = lines;
    const replacement = [first!, ...indented(rest, columnOf(parsed.source, keyRange[0]))].join(eol);
    return { title, edit: { span: { start: keyRange[0], end: Math.max(valueEnd, keyRange[1] + 1) }, text: replacement } };
  }
  return appendAtEnd(lines);
}

/** The block as one flow entry, for a document (or an `organization`) written in flow style: no comments fit there. */
const FLOW_ENTRIES: Record<Block, string> = {
  purposes: 'purposes: [{type: majority-reach, description: ""}]',
  partners: 'partners: [{name: "", type: reseller, customerRelationships: false}]',
  kpis: 'kpis: [{name: "", target: 0, due: ""}]',
  executiveSponsor: 'executiveSponsor: {name: "", understandsLongTerm: true, budget: requested, headcount: requested, priority: high}',
  owner: 'owner: {name: "", dedicated: true, directSalesQuota: false}',
};

/** The fix for a flow-style root or `organization`: the entry goes into the flow map, or replaces an empty value. */
function flowFix(
  source: string,
  root: YAMLMap,
  block: Block,
  title: Localized,
  intoFlowMap: (map: YAMLMap, entry: string) => BlockFix | undefined,
): BlockFix | undefined {
  const entry = FLOW_ENTRIES[block];
  const find = (map: YAMLMap, key: string) => map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  if (block === 'executiveSponsor' || block === 'owner') {
    const organization = find(root, 'organization');
    if (!organization) return intoFlowMap(root, `organization: {${entry}}`);
    const value = organization.value;
    if (!isMap(value) || !value.flow || find(value, block)) return undefined;
    return intoFlowMap(value, entry);
  }
  const existing = find(root, block);
  if (!existing) return intoFlowMap(root, entry);
  const value = existing.value;
  const keyRange = (existing.key as { range?: [number, number, number] }).range;
  const empty = value === null || (isScalar(value) && (value.value === null || value.value === '')) || (isSeq(value) && value.items.length === 0);
  if (!empty || !keyRange || source[keyRange[1]] !== ':') return undefined;
  const valueEnd = (value as { range?: [number, number, number] } | null)?.range?.[1] ?? keyRange[1] + 1;
  return { title, edit: { span: { start: keyRange[0], end: Math.max(valueEnd, keyRange[1] + 1) }, text: entry } };
}

function indented(lines: readonly string[], columns: number): string[] {
  return lines.map((line) => `${' '.repeat(columns)}${line}`);
}

/**
 * The indentation of the line that holds `offset`: the spaces that start it. A key of a block map stands right after
 * them; anything else before it (a second byte order mark) is part of the key, not indentation.
 */
function columnOf(text: string, offset: number): number {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return /^ */.exec(text.slice(lineStart, offset))![0].length;
}

/** The offset of the first line break at or after `offset`, or -1. */
function lineEndAfter(text: string, offset: number): number {
  const found = /\r\n?|\n/.exec(text.slice(offset));
  return found ? offset + found.index : -1;
}
