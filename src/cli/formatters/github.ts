/** GitHub Actions workflow commands: one annotation per finding, errors first. */
import type { RunReport } from '../report';
import { printable } from '../printable';

/** GitHub shows at most this many annotations of one type per step. */
export const ANNOTATIONS_SHOWN_PER_TYPE = 10;

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** GitHub's escaping of a command's message; control characters are shown as escapes first (a log renders ANSI). */
export function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Command = 'error' | 'warning' | 'notice';

export function formatGithub(report: RunReport): string {
  return annotations(report)
    .map((e) => `${e.line}\n`)
    .join('');
}

/** How many findings GitHub will not show as annotations: beyond its limit for each type (the job summary says so). */
export function notAnnotated(report: RunReport): number {
  const entries = annotations(report);
  return (['error', 'warning', 'notice'] as const).reduce(
    (sum, type) => sum + Math.max(0, entries.filter((e) => e.type === type).length - ANNOTATIONS_SHOWN_PER_TYPE),
    0,
  );
}

/** One workflow command per finding and per file that could not be read, errors first. */
function annotations(report: RunReport): { order: number; line: string; type: Command }[] {
  const entries: { order: number; line: string; type: Command }[] = [];
  for (const file of report.files) {
    if (file.error) entries.push({ order: -1, type: 'error', line: `::error file=${escapeProperty(file.path)},title=partnerlint::${escapeData(file.error)}` });
    for (const f of file.result?.findings ?? []) {
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${f.range.start.line}`,
        `col=${f.range.start.column}`,
        `endLine=${f.range.end.line}`,
        `endColumn=${f.range.end.column}`,
        `title=${escapeProperty(`partnerlint(${f.ruleId})`)}`,
      ];
      entries.push({ order: ORDER[f.severity], type: COMMAND[f.severity], line: `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}` });
    }
  }
  // Stable: within a severity, files and findings keep their sorted order.
  entries.sort((a, b) => a.order - b.order);
  return entries;
}
