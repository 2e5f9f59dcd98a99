/**
 * The baseline (docs/ci.md): the findings a repository already had when it adopted partnerlint, counted per
 * file, rule id and location key, so that CI fails only on new ones. Read and written here; the CLI finds the file.
 */
import { isRecord } from './data';
import type { IdentityCounts } from './identity';

export const BASELINE_FILE_NAME = '.partnerlint-baseline.json';

/** File (repository-relative, forward slashes) → rule id → location key → count. */
export type Baseline = Map<string, IdentityCounts>;

/** A baseline file that cannot be used; `reason` says why, in English words the CLI puts in its own sentence. */
export class BaselineError extends Error {
  constructor(
    readonly reason: 'notJson' | 'shape',
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function parseBaseline(text: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BaselineError('notJson', error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(json) || json.version !== 1 || !isRecord(json.files)) throw new BaselineError('shape', '{"version": 1, "files": {…}}');
  const baseline: Baseline = new Map();
  for (const [file, byRule] of Object.entries(json.files)) {
    if (!isRecord(byRule)) throw new BaselineError('shape', `files["${file}"]`);
    const counts: IdentityCounts = new Map();
    for (const [ruleId, byLocation] of Object.entries(byRule)) {
      if (!isRecord(byLocation)) throw new BaselineError('shape', `files["${file}"]["${ruleId}"]`);
      const locations = new Map<string, number>();
      for (const [location, count] of Object.entries(byLocation)) {
        if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1)
          throw new BaselineError('shape', `files["${file}"]["${ruleId}"]["${location}"]`);
        locations.set(location, count);
      }
      if (locations.size) counts.set(ruleId, locations);
    }
    if (counts.size) baseline.set(file, counts);
  }
  return baseline;
}

/** Sorted keys, two-space JSON and a final newline, so that a baseline's diffs review well. */
export function serializeBaseline(baseline: Baseline): string {
  const sorted = <V>(map: Map<string, V>): [string, V][] => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const files: Record<string, Record<string, Record<string, number>>> = {};
  for (const [file, byRule] of sorted(baseline)) {
    if (byRule.size === 0) continue;
    const rules: Record<string, Record<string, number>> = {};
    for (const [ruleId, byLocation] of sorted(byRule)) {
      if (byLocation.size) rules[ruleId] = Object.fromEntries(sorted(byLocation));
    }
    // `defineProperty`: a file or rule named `__proto__` is data, never the object's prototype.
    Object.defineProperty(files, file, { value: rules, enumerable: true, writable: true, configurable: true });
  }
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}
