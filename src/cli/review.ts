/**
 * What a reviewer of a pull request needs on top of the findings (docs/ci.md): the baseline of findings a
 * repository already had, and what a change made new since a git ref. Both work on the run's file reports, by the
 * core's finding identity, and leave in `result.findings` only what is reported and counts for the exit code.
 */
import { countIdentities, identityOf, subtractKnown } from '../core/index';
import type { Baseline, FindingIdentity, IdentityCounts, LintResult } from '../core/index';
import type { FileReport, FixedFinding } from './report';

function identities(result: LintResult): FindingIdentity[] {
  return result.findings.map((finding) => identityOf(result, finding));
}

/** The baseline of the run's current findings, for `--baseline-write`. */
export function baselineOf(files: readonly FileReport[]): Baseline {
  const baseline: Baseline = new Map();
  for (const file of files) {
    if (file.result?.findings.length) baseline.set(file.key, countIdentities(identities(file.result)));
  }
  return baseline;
}

/**
 * The baseline without what no longer matches, for `--baseline-prune`: each count lowered to what the run still finds,
 * for the files it linted and for files that no longer exist (`exists`).
 */
export function prunedBaseline(baseline: Baseline, files: readonly FileReport[], exists: (key: string) => boolean): { baseline: Baseline; removed: number } {
  const linted = new Map(files.filter((file) => file.result).map((file) => [file.key, file]));
  const pruned: Baseline = new Map();
  let removed = 0;
  for (const [key, counts] of baseline) {
    const file = linted.get(key);
    if (!file && exists(key)) {
      pruned.set(key, counts);
      continue;
    }
    const current = file?.result ? countIdentities(identities(file.result)) : new Map<string, Map<string, number>>();
    const kept: IdentityCounts = new Map();
    for (const [ruleId, byLocation] of counts) {
      for (const [location, count] of byLocation) {
        const still = Math.min(count, current.get(ruleId)?.get(location) ?? 0);
        removed += count - still;
        if (still > 0) kept.set(ruleId, (kept.get(ruleId) ?? new Map<string, number>()).set(location, still));
      }
    }
    if (kept.size) pruned.set(key, kept);
  }
  return { baseline: pruned, removed };
}

/** Leaves out the findings the baseline covers; notes per file how many it covered and how many entries are stale. */
export function applyBaseline(files: FileReport[], baseline: Baseline): void {
  for (const file of files) {
    const known = baseline.get(file.key);
    if (!file.result || !known) continue;
    const { unknown, matched, unmatched } = subtractKnown(file.result.findings, identities(file.result), known);
    file.result.findings = unknown;
    file.baselined = matched.length;
    file.stale = unmatched.reduce((sum, entry) => sum + entry.count, 0);
  }
}

/** Keeps only the findings that are new since `base`, the same file's lint at the ref (undefined: the file is new). */
export function applyNewSince(file: FileReport, base: LintResult | undefined): void {
  if (!file.result) return;
  const now = identities(file.result);
  const then = base ? identities(base) : [];
  const { unknown, matched } = subtractKnown(file.result.findings, now, countIdentities(then));
  // The base's findings beyond what the file still has, in the base's order: those the change fixed.
  const fixed: FixedFinding[] = base
    ? subtractKnown(
        base.findings.map((finding, i) => ({ finding, identity: then[i]! })),
        then,
        countIdentities(now),
      ).unknown.map(({ finding, identity }) => ({ ...identity, line: finding.range.start.line, message: finding.message }))
    : [];
  file.result.findings = unknown;
  file.base = {
    ...file.base,
    ...(base ? {} : { added: true as const }),
    readiness: base?.readiness ?? null,
    existing: matched.length,
    findings: base?.findings.length ?? 0,
    fixed,
  };
}
