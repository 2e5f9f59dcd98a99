/** A pull-request comment or job summary: the readiness verdict per file, then every finding with a link to its rule. */
import { catalogue, CHECK_IDS } from '../../core/index';
import type { RunReport } from '../report';
import { countFindings, leftOutClauses, readinessChange, shownRef } from '../report';
import { printable } from '../printable';

const SEVERITY_ICON = { error: '🔴', warning: '🟡', info: 'ℹ️' } as const;
const STATUS_ICON = { clear: '✅', 'at-risk': '⚠️', unknown: '❔' } as const;

export function formatMarkdown(report: RunReport): string {
  const words = catalogue(report.locale);
  const table = words.cli.markdown;
  const out: string[] = ['## partnerlint', ''];
  const counts = countFindings(report.files);
  out.push(cell([table.counts(report.files.length, counts.errors, counts.warnings, counts.infos), ...leftOutClauses(report)].join(words.cli.clauseSeparator)), '');
  if (report.newSince) {
    // What the change did, first: each file's readiness at the ref and now, and its new and fixed findings.
    const c = table.columns;
    out.push(`| ${c.file} | ${c.readiness} | ${c.new} | ${c.fixed} |`, '| --- | --- | --- | --- |');
    for (const file of report.files) {
      const change = file.base ? readinessChange(file.base.readiness, file.result?.readiness ?? null, report.locale, (t) => `**${t}**`) : '—';
      out.push(`| ${code(file.path)} | ${cell(change)} | ${file.result?.findings.length ?? 0} | ${file.base?.fixed.length ?? 0} |`);
    }
    for (const removed of report.newSince.removed) {
      out.push(`| ${code(removed.path)} | ${cell(`${readinessChange(removed.readiness, null, report.locale)} (${words.cli.removedSince(shownRef(report.newSince.ref))})`)} | 0 | ${removed.findings} |`);
    }
    out.push('');
  }
  out.push(`| ${table.columns.file} | ${table.columns.readiness} | ${CHECK_IDS.map((id) => cell(words.checks[id])).join(' | ')} |`);
  out.push(`| --- | --- | ${CHECK_IDS.map(() => ':---:').join(' | ')} |`);
  for (const file of report.files) {
    const readiness = file.result?.readiness;
    const verdict = file.error ? table.notLinted : readiness ? `**${words.verdicts[readiness.verdict]}**` : table.syntaxError;
    const checks = CHECK_IDS.map((id) => (readiness ? `${STATUS_ICON[readiness.checks[id].status]} ${words.checkStatus[readiness.checks[id].status]}` : '—'));
    out.push(`| ${code(file.path)} | ${verdict} | ${checks.join(' | ')} |`);
  }
  const rows = report.files.flatMap((file) => [
    ...(file.error ? [`| ${code(file.path)} | | 🔴 ${words.severities.error} | | ${cell(file.error)} |`] : []),
    ...(file.result?.findings ?? []).map(
      (f) => `| ${code(file.path)} | ${f.range.start.line}:${f.range.start.column} | ${SEVERITY_ICON[f.severity]} ${words.severities[f.severity]} | [${f.ruleId}](${f.docsUrl}) | ${cell(f.message)} |`,
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
