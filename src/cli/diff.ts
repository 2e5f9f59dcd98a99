/** A unified diff of a file and its fixed text (`--fix-dry-run`), in the form `git apply` and `patch` read. */

const CONTEXT = 3;

/** The lines of `text` without their line ends, so that CRLF files show no stray `\r`. */
function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Changed line ranges between `before` and `after`: [start, end) in each. */
function changes(before: string[], after: string[]): { from: [number, number]; to: [number, number] }[] {
  if (before.length === after.length) {
    // Fixes replace a key or value within its line: compare line by line, each run of changed lines one change.
    const out: { from: [number, number]; to: [number, number] }[] = [];
    for (let i = 0; i < before.length; i++) {
      if (before[i] === after[i]) continue;
      let end = i;
      while (end < before.length && before[end] !== after[end]) end++;
      out.push({ from: [i, end], to: [i, end] });
      i = end;
    }
    return out;
  }
  // Otherwise one change between the common start and the common end.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ from: [start, before.length - end], to: [start, after.length - end] }];
}

export function unifiedDiff(path: string, beforeText: string, afterText: string): string {
  if (beforeText === afterText) return '';
  const before = linesOf(beforeText);
  const after = linesOf(afterText);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  const all = changes(before, after);
  // Changes whose contexts touch are one hunk.
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.from[0] - all[j]!.from[1] <= 2 * CONTEXT) j++;
    const fromStart = Math.max(0, all[i]!.from[0] - CONTEXT);
    const fromEnd = Math.min(before.length, all[j]!.from[1] + CONTEXT);
    const shift = all[i]!.to[0] - all[i]!.from[0];
    const toStart = fromStart + shift;
    const toEnd = Math.min(after.length, all[j]!.to[1] + CONTEXT);
    const body: string[] = [];
    let line = fromStart;
    for (let k = i; k <= j; k++) {
      const change = all[k]!;
      for (; line < change.from[0]; line++) body.push(` ${before[line]}`);
      for (let m = change.from[0]; m < change.from[1]; m++) body.push(`-${before[m]}`);
      for (let m = change.to[0]; m < change.to[1]; m++) body.push(`+${after[m]}`);
      line = change.from[1];
    }
    for (; line < fromEnd; line++) body.push(` ${before[line]}`);
    const range = (start: number, end: number): string => `${end - start === 0 ? start : start + 1},${end - start}`;
    out.push(`@@ -${range(fromStart, fromEnd)} +${range(toStart, toEnd)} @@`, ...body);
    i = j + 1;
  }
  return `${out.join('\n')}\n`;
}
