/**
 * A finding's identity across versions of a file (docs/ci.md, "Finding identity"): its rule id and its location
 * key, never its line, so that edits above it keep it. One function makes the key; the baseline, `--new-since`, SARIF
 * and GitLab fingerprints all use it.
 */
import { isRecord } from './data';
import type { Finding, LintResult, YamlPath } from './types';

/**
 * The YAML path of a node as a JSON Pointer, a list item named by its `id` or `name` where it has one
 * (`/partners[name=Kansai OA Systems]/segments/0`), else by its index. `data` is the document the path is in.
 */
export function locationKey(data: unknown, path: YamlPath): string {
  let current = data;
  let key = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(current) ? current[segment] : undefined;
      const name = nameOf(item);
      key += name === undefined ? `/${segment}` : `[${name}]`;
      current = item;
    } else {
      key += `/${escapeSegment(segment)}`;
      current = isRecord(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    }
  }
  return key;
}

/**
 * Only what `locationKey` reads of `data` for `paths`: the keys along each path, and the `id` and `name` of the list
 * items it passes; every other value is null or left out. What `--cache` keeps of a file's document: a fraction of it,
 * with the same location keys.
 */
export function identityData(data: unknown, paths: readonly YamlPath[]): unknown {
  if (paths.length === 0) return undefined;
  let kept: unknown;
  for (const path of paths) kept = keepPath(data, path, kept);
  return kept;
}

/** `kept` with the values `locationKey` reads along `path` added, copied from `data`. */
function keepPath(data: unknown, path: YamlPath, kept: unknown): unknown {
  if (path.length === 0) return kept;
  const [segment, ...rest] = path;
  if (typeof segment === 'number') {
    if (!Array.isArray(data)) return kept;
    const list: unknown[] = Array.isArray(kept) ? kept : Array.from({ length: data.length }, () => null);
    const item: unknown = data[segment];
    let copy = list[segment] ?? null;
    if (isRecord(item)) {
      const named: Record<string, unknown> = isRecord(copy) ? copy : Object.create(null);
      for (const field of ['id', 'name']) if (Object.hasOwn(item, field)) named[field] = item[field];
      copy = named;
    }
    list[segment] = keepPath(item, rest, copy);
    return list;
  }
  if (!isRecord(data) || !Object.hasOwn(data, segment!)) return kept;
  // No prototype: a key named __proto__ is a key like any other.
  const record: Record<string, unknown> = isRecord(kept) ? kept : Object.create(null);
  const before = Object.hasOwn(record, segment!) ? record[segment!] : undefined;
  record[segment!] = rest.length === 0 ? (before ?? null) : keepPath(data[segment!], rest, before);
  return record;
}

/** `id=kansai-smb` or `name=Kansai OA Systems`, for an item that has text under one of them. */
function nameOf(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  for (const field of ['id', 'name']) {
    const value = Object.hasOwn(item, field) ? item[field] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return `${field}=${escapeSegment(value).replace(/\]/g, '~2')}`;
  }
  return undefined;
}

/** A JSON Pointer's escapes (`~` → `~0`, `/` → `~1`), so that a key's own slashes cannot read as steps. */
function escapeSegment(text: string): string {
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The identity of one finding in its file: `ruleId` and location key. Equal identities are the same finding. */
export interface FindingIdentity {
  ruleId: string;
  location: string;
}

export function identityOf(result: Pick<LintResult, 'data'>, finding: Pick<Finding, 'ruleId' | 'path'>): FindingIdentity {
  return { ruleId: finding.ruleId, location: locationKey(result.data, finding.path) };
}

/** Counts of findings by identity, as a baseline holds them: rule id → location key → count. */
export type IdentityCounts = Map<string, Map<string, number>>;

export function countIdentities(identities: readonly FindingIdentity[]): IdentityCounts {
  const counts: IdentityCounts = new Map();
  for (const { ruleId, location } of identities) {
    const byLocation = counts.get(ruleId) ?? new Map<string, number>();
    byLocation.set(location, (byLocation.get(location) ?? 0) + 1);
    counts.set(ruleId, byLocation);
  }
  return counts;
}

/**
 * The findings not accounted for by `known`, in order: as many findings of an identity as `known` counts are matched
 * (the first ones), the rest are new. Also what `known` counts that no finding matched, for stale baselines and fixed
 * findings.
 */
export function subtractKnown<F>(
  findings: readonly F[],
  identities: readonly FindingIdentity[],
  known: IdentityCounts,
): { unknown: F[]; matched: F[]; unmatched: (FindingIdentity & { count: number })[] } {
  const left: IdentityCounts = new Map([...known].map(([ruleId, byLocation]) => [ruleId, new Map(byLocation)]));
  const unknown: F[] = [];
  const matched: F[] = [];
  findings.forEach((finding, i) => {
    const { ruleId, location } = identities[i]!;
    const byLocation = left.get(ruleId);
    const count = byLocation?.get(location) ?? 0;
    if (count > 0) {
      byLocation!.set(location, count - 1);
      matched.push(finding);
    } else unknown.push(finding);
  });
  const unmatched = [...left].flatMap(([ruleId, byLocation]) =>
    [...byLocation].filter(([, count]) => count > 0).map(([location, count]) => ({ ruleId, location, count })),
  );
  return { unknown, matched, unmatched };
}
