/** The terminal report: per file, aligned rows with the source line and a marker under each finding. */
import { styleText } from 'node:util';
import { LineIndex } from '../../core/index';
import { words as cliWords } from '../texts';
import type { Finding, Locale, Readiness } from '../../core/index';
import { CHECK_IDS, reasonPointer } from '../../core/index';
import { countFindings, leftOutClauses, readinessChange, reportLocale, shownRef } from '../report';
import type { FormatContext, RunReport } from '../report';
import { displayWidth, padEnd } from '../../core/index';
import { printable } from '../printable';
import { excerpt } from '../excerpt';

type Style = Parameters<typeof styleText>[0];

export function formatStylish(report: RunReport, options: FormatContext): string {
  const paint = (style: Style, text: string): string => (options.color ? styleText(style, text) : text);
  const severityStyle: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  // The run's words in the files' language where they share one; each file's block in its own (one language per file).
  const runLocale = reportLocale(report);
  const out: string[] = [];
  for (const file of report.files) {
    const locale = file.result?.locale ?? runLocale;
    const words = cliWords(locale);
    const findings = file.result?.findings ?? [];
    const base = file.base;
    const changed =
      base !== undefined &&
      (base.fixed.length > 0 || base.renamedFrom !== undefined || base.added === true || base.readiness?.verdict !== file.result?.readiness?.verdict);
    if (!file.error && findings.length === 0 && !options.summary && !changed && !file.stale) continue;
    out.push(paint('underline', printable(file.path)));
    if (file.error) out.push(`  ${paint('red', words.severities.error)}  ${printable(file.error)}`);
    if (base?.renamedFrom !== undefined) out.push(`  ${printable(words.cli.renamedFrom(base.renamedFrom))}`);
    if (base && report.newSince) {
      const added = base.added ? ` (${printable(words.cli.addedSince(shownRef(report.newSince.ref)))})` : '';
      out.push(`  ${words.cli.readinessChange}: ${readinessChange(base.readiness, file.result?.readiness ?? null, locale)}${added}`);
    }
    if (file.stale) out.push(`  ${paint('blue', words.severities.info)}  ${words.cli.staleBaseline(file.stale)}`);
    const lines = file.text === undefined ? undefined : new LineIndex(file.text);
    const positionWidth = Math.max(0, ...findings.map((f) => `${f.range.start.line}:${f.range.start.column}`.length));
    const severityWidth = Math.max(0, ...findings.map((f) => displayWidth(words.severities[f.severity])));
    const messageWidth = Math.min(100, Math.max(0, ...findings.map((f) => displayWidth(printable(f.message)))));
    for (const finding of findings) {
      const position = `${finding.range.start.line}:${finding.range.start.column}`;
      out.push(
        `  ${paint('dim', position.padStart(positionWidth))}  ${paint(severityStyle[finding.severity], padEnd(words.severities[finding.severity], severityWidth))}  ` +
          `${padEnd(printable(finding.message), messageWidth)}  ${paint('dim', finding.ruleId)}`,
      );
      if (lines) out.push(...excerpt(lines, finding, positionWidth).map((line) => paint('dim', line)));
    }
    if (options.summary && file.result?.readiness) out.push(...verdictLines(file.result.readiness, locale));
    out.push('');
  }
  const words = cliWords(runLocale);
  const counts = countFindings(report.files);
  const total = counts.errors + counts.warnings + counts.infos;
  const unreadable = report.files.filter((f) => f.error).length;
  const unmatched = report.unmatched.length;
  for (const removed of report.newSince?.removed ?? []) {
    out.push(
      paint('underline', printable(removed.path)),
      `  ${printable(words.cli.removedSince(shownRef(report.newSince!.ref)))}: ${readinessChange(removed.readiness, null, runLocale)}`,
      '',
    );
  }
  const clauses = leftOutClauses(report, runLocale).map(printable);
  const summary = [words.cli.summary(total, counts.errors, counts.warnings, counts.infos, report.files.length, unreadable, unmatched), ...clauses].join(
    words.cli.clauseSeparator,
  );
  // A failed run (exit 2: no file, a file not linted, a pattern that matched nothing...) never ends with ✔.
  const failed = report.failed || counts.errors || unreadable || unmatched || report.files.length === 0;
  out.push(paint(failed ? 'red' : counts.warnings ? 'yellow' : 'green', `${total || failed ? '✖' : '✔'} ${summary}`));
  return `${out.join('\n')}\n`;
}

/**
 * The verdict, then each check: its name, status and reason, and where the reason comes from (`(ltv-too-low, line
 * 33)`); a check with several reasons has one line each. Columns are aligned by display width.
 */
function verdictLines(readiness: Readiness, locale: Locale): string[] {
  const words = cliWords(locale);
  const nameWidth = Math.max(...CHECK_IDS.map((id) => displayWidth(words.checks[id])));
  const statusWidth = Math.max(...Object.values(words.checkStatus).map(displayWidth));
  const rows: string[] = [`  ${words.cli.readiness}: ${words.verdicts[readiness.verdict]}`];
  for (const id of CHECK_IDS) {
    const check = readiness.checks[id];
    // A check that is not clear: one line per reason, each with its own status (a pending budget beside a refusal).
    const lines = check.reasons.length
      ? check.reasons.map((reason) => ({ status: reason.status, text: `${reason.message}${reasonPointer(reason, locale)}` }))
      : [{ status: check.status, text: check.reason }];
    lines.forEach(({ status, text }, i) => {
      rows.push(`    ${padEnd(i === 0 ? words.checks[id] : '', nameWidth)}  ${padEnd(words.checkStatus[status], statusWidth)}  ${printable(text)}`);
    });
  }
  for (const reason of readiness.otherReasons) rows.push(`    ${words.report.otherReasons}: ${printable(reason.message + reasonPointer(reason, locale))}`);
  return rows;
}
