/** A pull-request comment or job summary: the readiness verdict per file, then every finding with a link to its rule. */
import { CHECK_IDS, reasonPointer } from '../../core/index';
import { words as cliWords } from '../texts';
import type { RunReport } from '../report';
import { countFindings, leftOutClauses, readinessChange, reportLocale, shownRef } from '../report';
import { printable } from '../printable';

const SEVERITY_ICON = { error: '🔴', warning: '🟡', info: 'ℹ️' } as const;
const STATUS_ICON = { clear: '✅', 'at-risk': '⚠️', unknown: '❔' } as const;

export function formatMarkdown(report: RunReport): string {
  // The run's words in the files' language where they share one; each file's cells in its own.
  const locale = reportLocale(report);
  const words = cliWords(locale);
  const table = words.cli.markdown;
  const fileWords = (file: RunReport['files'][number]) => cliWords(file.result?.locale ?? locale);
  const out: string[] = ['## partnerlint', ''];
  const counts = countFindings(report.files);
  out.push(
    cell([table.counts(report.files.length, counts.errors, counts.warnings, counts.infos), ...leftOutClauses(report, locale)].join(words.cli.clauseSeparator)),
    '',
  );
  if (report.newSince) {
    // What the change did, first: each file's readiness at the ref and now, and its new and fixed findings.
    const c = table.columns;
    out.push(`| ${c.file} | ${c.readiness} | ${c.new} | ${c.fixed} |`, '| --- | --- | --- | --- |');
    for (const file of report.files) {
      const change = file.base ? readinessChange(file.base.readiness, file.result?.readiness ?? null, file.result?.locale ?? locale, (t) => `**${t}**`) : '—';
      out.push(`| ${code(file.path)} | ${cell(change)} | ${file.result?.findings.length ?? 0} | ${file.base?.fixed.length ?? 0} |`);
    }
    for (const removed of report.newSince.removed) {
      out.push(
        `| ${code(removed.path)} | ${cell(`${readinessChange(removed.readiness, null, locale)} (${words.cli.removedSince(shownRef(report.newSince.ref))})`)} | 0 | ${removed.findings} |`,
      );
    }
    out.push('');
  }
  out.push(`| ${table.columns.file} | ${table.columns.readiness} | ${CHECK_IDS.map((id) => cell(words.checks[id])).join(' | ')} |`);
  out.push(`| --- | --- | ${CHECK_IDS.map(() => ':---:').join(' | ')} |`);
  for (const file of report.files) {
    const readiness = file.result?.readiness;
    const own = fileWords(file);
    const verdict = file.error ? table.notLinted : readiness ? `**${own.verdicts[readiness.verdict]}**` : table.syntaxError;
    const checks = CHECK_IDS.map((id) => (readiness ? `${STATUS_ICON[readiness.checks[id].status]} ${own.checkStatus[readiness.checks[id].status]}` : '—'));
    out.push(`| ${code(file.path)} | ${verdict} | ${checks.join(' | ')} |`);
  }
  // No unexplained verdict: every check that is not clear, with the finding behind it.
  const explained = report.files.filter((file) => file.result?.readiness && file.result.readiness.verdict !== 'ready');
  if (explained.length > 0) out.push('', `### ${table.reasons}`);
  for (const file of explained) {
    const readiness = file.result!.readiness!;
    const own = fileWords(file);
    const fileLocale = file.result!.locale;
    out.push('', `${code(file.path)}: **${own.verdicts[readiness.verdict]}**`, '');
    for (const id of CHECK_IDS) {
      const check = readiness.checks[id];
      for (const reason of check.reasons) {
        out.push(
          `- ${STATUS_ICON[reason.status]} ${own.cli.markdown.checkWithStatus(cell(own.checks[id]), own.checkStatus[reason.status])}: ${cell(reason.message)}${cell(reasonPointer(reason, fileLocale))}`,
        );
      }
    }
    for (const reason of readiness.otherReasons)
      out.push(`- ❔ ${cell(own.report.otherReasons)}: ${cell(reason.message)}${cell(reasonPointer(reason, fileLocale))}`);
  }
  const rows = report.files.flatMap((file) => [
    ...(file.error ? [`| ${code(file.path)} | | 🔴 ${words.severities.error} | | ${cell(file.error)} |`] : []),
    ...(file.result?.findings ?? []).map(
      (f) =>
        `| ${code(file.path)} | ${f.range.start.line}:${f.range.start.column} | ${SEVERITY_ICON[f.severity]} ${fileWords(file).severities[f.severity]} | [${f.ruleId}](${f.docsUrl}) | ${cell(f.message)} |`,
    ),
  ]);
  if (rows.length > 0) {
    const c = table.columns;
    out.push('', `### ${table.findings}`, '');
    out.push(`| ${c.file} | ${c.position} | ${c.severity} | ${c.rule} | ${c.message} |`);
    out.push('| --- | --- | --- | --- | --- |', ...rows);
  }
  return `${out.join('\n')}\n`;
}

/** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
export function cell(text: string): string {
  return printable(text.replace(/\r?\n/g, ' ')).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

function code(path: string): string {
  return `\`${printable(path).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
