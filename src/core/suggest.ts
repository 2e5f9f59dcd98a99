/** The correction of a near-miss key, value or id. */

/**
 * The candidate nearest to `input`, if it is close enough to be a likely typo (or differs only in case) and no other
 * candidate is as close: a correction offered, and applied by `--fix`, must need no judgement of the author's.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of new Set(candidates)) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  // Short words are close to everything: allow one edit for them, more for longer ones.
  const allowed = input.length <= 3 ? 1 : Math.max(2, Math.floor(input.length / 3));
  if (best !== undefined && bestDistance <= allowed && best !== input) return tied ? undefined : best;
  // An abbreviation (`warn` for `warning`) is a likely intent too, when it abbreviates one candidate only.
  const extended = input.length >= 3 ? [...new Set(candidates)].filter((candidate) => candidate.toLowerCase().startsWith(lower) && candidate !== input) : [];
  return extended.length === 1 ? extended[0] : undefined;
}

/** Levenshtein distance, with a transposition counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      row[j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
