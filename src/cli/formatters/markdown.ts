/**
 * A pull-request comment or job summary: the readiness verdict per file, every finding with a link to its rule, then
 * per file the reasons of its verdict and its charts (Mermaid, each with a text equivalent); within GitHub's size limits.
 */
import { CHECK_IDS, codeSpan, markdownMessage, markdownText, previewModel, reasonPointer } from '../../core/index';
import type { Locale } from '../../core/index';
import { previewLabels } from '../../core/view/labels';
import { words as cliWords } from '../texts';
import { ltvAgainstThreshold, purposeMatrix } from '../mermaid';
import type { FileReport, RunReport } from '../report';
import { countFindings, leftOutClauses, readinessChange, reportLocale, shownRef } from '../report';
import { printable } from '../printable';

const SEVERITY_ICON = { error: '🔴', warning: '🟡', info: 'ℹ️' } as const;
const STATUS_ICON = { clear: '✅', 'at-risk': '⚠️', unknown: '❔' } as const;

/** GitHub's limit on a comment is 65,536 characters; the report stays under this, and under this many UTF-8 bytes. */
export const MARKDOWN_LIMITS = { characters: 60_000, bytes: 250_000 };
/** How many files show their charts open; later files fold theirs in `<details>`. */
const OPEN_CHARTS = 3;

/** What one file adds to each part of the report, so that a report too large for GitHub can leave out whole files. */
interface FilePart {
  changeRow?: string;
  readinessRow: string;
  findingRows: string[];
  section: string[];
}

export function formatMarkdown(report: RunReport): string {
  // The run's words in the files' language where they share one; each file's cells in its own.
  const locale = reportLocale(report);
  const words = cliWords(locale);
  const table = words.cli.markdown;
  const c = table.columns;
  const head = [
    '## partnerlint',
    '',
    cell([table.counts(report.files.length, ...countsOf(report)), ...leftOutClauses(report, locale)].join(words.cli.clauseSeparator)),
    '',
  ];
  // The first few files with a section show their charts; later ones fold them.
  // Each file's part is made when the report reaches it: a run too large for GitHub draws no chart it leaves out.
  const parts: FilePart[] = [];
  let sections = 0;
  const partsUpTo = (count: number): FilePart[] => {
    while (parts.length < count) {
      const file = report.files[parts.length]!;
      if (hasSection(file)) sections++;
      parts.push(filePart(file, report, locale, sections > OPEN_CHARTS));
    }
    return parts.slice(0, count);
  };
  const removedRows = (report.newSince?.removed ?? []).map(
    (removed) =>
      `| ${code(removed.path)} | ${cell(`${readinessChange(removed.readiness, null, locale)} (${words.cli.removedSince(shownRef(report.newSince!.ref))})`)} | 0 | ${removed.findings} |`,
  );
  /** The report of the first `count` files (and a line saying how many were left out). */
  const assemble = (count: number): string => {
    const shown = partsUpTo(count);
    const out = [...head];
    if (report.newSince) {
      // What the change did, first: each file's readiness at the ref and now, and its new and fixed findings.
      out.push(
        `| ${c.file} | ${c.readiness} | ${c.new} | ${c.fixed} |`,
        '| --- | --- | --- | --- |',
        ...shown.flatMap((p) => p.changeRow ?? []),
        ...removedRows,
        '',
      );
    }
    out.push(`| ${c.file} | ${c.readiness} | ${CHECK_IDS.map((id) => cell(words.checks[id])).join(' | ')} |`);
    out.push(`| --- | --- | ${CHECK_IDS.map(() => ':---:').join(' | ')} |`, ...shown.map((p) => p.readinessRow));
    const rows = shown.flatMap((p) => p.findingRows);
    if (rows.length > 0) {
      out.push('', `### ${table.findings}`, '');
      out.push(`| ${c.file} | ${c.position} | ${c.severity} | ${c.rule} | ${c.message} |`, '| --- | --- | --- | --- | --- |', ...rows);
    }
    const fileSections = shown.flatMap((p) => p.section);
    if (fileSections.length > 0) out.push('', `### ${table.perFile}`, ...fileSections);
    if (count < report.files.length) out.push('', `> ${table.leftOut(report.files.length - count)}`);
    return `${out.join('\n')}\n`;
  };
  // The most files that fit GitHub's limits, whole files only, the first ones kept: counted file by file from what each
  // adds, then checked on the report itself (a table's heading comes with its first row).
  const total = report.files.length;
  const budget = sizeOf([assemble(0)]);
  let count = 0;
  while (count < total) {
    const added = sizeOf(partLines(partsUpTo(count + 1)[count]!));
    if (budget.characters + added.characters > MARKDOWN_LIMITS.characters || budget.bytes + added.bytes > MARKDOWN_LIMITS.bytes) break;
    budget.characters += added.characters;
    budget.bytes += added.bytes;
    count++;
  }
  // Without the line that says what was left out, the last file may fit after all.
  if (count === total - 1 && withinLimits(assemble(total))) return assemble(total);
  let text = assemble(count);
  while (count > 0 && !withinLimits(text)) text = assemble(--count);
  return text;
}

function partLines(part: FilePart): string[] {
  return [...(part.changeRow === undefined ? [] : [part.changeRow]), part.readinessRow, ...part.findingRows, ...part.section];
}

/** Characters and UTF-8 bytes of lines joined by line breaks. */
function sizeOf(lines: readonly string[]): { characters: number; bytes: number } {
  const size = { characters: 0, bytes: 0 };
  for (const line of lines) {
    size.characters += line.length + 1;
    size.bytes += Buffer.byteLength(line) + 1;
  }
  return size;
}

function withinLimits(text: string): boolean {
  return text.length <= MARKDOWN_LIMITS.characters && Buffer.byteLength(text) <= MARKDOWN_LIMITS.bytes;
}

function countsOf(report: RunReport): [number, number, number] {
  const counts = countFindings(report.files);
  return [counts.errors, counts.warnings, counts.infos];
}

/** A file has a section of its own where it has a verdict (it parsed). */
function hasSection(file: FileReport): boolean {
  return file.result?.readiness !== null && file.result?.readiness !== undefined;
}

function filePart(file: FileReport, report: RunReport, runLocale: Locale, foldCharts: boolean): FilePart {
  const fileLocale = file.result?.locale ?? runLocale;
  const own = cliWords(fileLocale);
  const table = own.cli.markdown;
  const readiness = file.result?.readiness ?? null;
  const part: FilePart = { readinessRow: '', findingRows: [], section: [] };
  if (report.newSince) {
    const change = file.base ? readinessChange(file.base.readiness, readiness, fileLocale, (t) => `**${t}**`) : '—';
    part.changeRow = `| ${code(file.path)} | ${ours(change)} | ${file.result?.findings.length ?? 0} | ${file.base?.fixed.length ?? 0} |`;
  }
  const verdict = file.error ? table.notLinted : readiness ? `**${own.verdicts[readiness.verdict]}**` : table.syntaxError;
  const checks = CHECK_IDS.map((id) => (readiness ? `${STATUS_ICON[readiness.checks[id].status]} ${own.checkStatus[readiness.checks[id].status]}` : '—'));
  part.readinessRow = `| ${code(file.path)} | ${verdict} | ${checks.join(' | ')} |`;
  if (file.error) part.findingRows.push(`| ${code(file.path)} | | 🔴 ${own.severities.error} | | ${cell(file.error)} |`);
  for (const f of file.result?.findings ?? []) {
    part.findingRows.push(
      `| ${code(file.path)} | ${f.range.start.line}:${f.range.start.column} | ${SEVERITY_ICON[f.severity]} ${own.severities[f.severity]} | [${f.ruleId}](${f.docsUrl}) | ${cell(f.message)} |`,
    );
  }
  if (!file.result || !readiness) return part;
  const section = part.section;
  section.push('', `#### ${code(file.path)}: **${own.verdicts[readiness.verdict]}**`, '');
  if (file.base) section.push(`${own.cli.readinessChange}: ${ours(readinessChange(file.base.readiness, readiness, fileLocale, (t) => `**${t}**`))}`, '');
  // No unexplained verdict: every check that is not clear, with the finding behind it.
  const reasons: string[] = [];
  for (const id of CHECK_IDS) {
    for (const reason of readiness.checks[id].reasons) {
      reasons.push(
        `- ${STATUS_ICON[reason.status]} ${table.checkWithStatus(cell(own.checks[id]), own.checkStatus[reason.status])}: ${cell(reason.message)}${cell(reasonPointer(reason, fileLocale))}`,
      );
    }
  }
  for (const reason of readiness.otherReasons)
    reasons.push(`- ❔ ${cell(own.report.otherReasons)}: ${cell(reason.message)}${cell(reasonPointer(reason, fileLocale))}`);
  if (reasons.length) section.push(...reasons, '');
  if (file.text !== undefined) {
    const model = previewModel(file.text, file.result, fileLocale);
    const labels = previewLabels(fileLocale);
    const charts = [purposeMatrix(model, labels, table.charts), ltvAgainstThreshold(model, labels, table.charts)].flatMap((chart) =>
      chart ? [...(chart.mermaid ? ['```mermaid', chart.mermaid, '```', ''] : []), ...(chart.table ? [chart.table, ''] : []), prose(chart.text), ''] : [],
    );
    if (foldCharts) section.push('<details>', `<summary>${cell(table.chartsOf)}</summary>`, '', ...charts, '</details>');
    else section.push(...charts);
    while (section.at(-1) === '') section.pop();
  }
  return part;
}

/**
 * Text in a table cell or a list item, from a strategy or about one: one line, its code spans kept as code, everything
 * else shown as the characters it is (src/core/markdown.ts): no markup, link, image, mention or reference from it.
 */
export function cell(text: string): string {
  return markdownMessage(printable(text.replace(/\r?\n/g, ' ')), { table: true });
}

/** Our own words with our own emphasis (`**ready**`), in a table cell: only pipes and line breaks to mind. */
function ours(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Strategy text as a markdown paragraph: nothing in it is read as markup (code, emphasis, links, HTML). */
function prose(text: string): string {
  return markdownText(printable(text.replace(/\r?\n/g, ' ')));
}

/** A path as code in a table cell, fenced to hold any backtick it has. */
function code(path: string): string {
  return codeSpan(printable(path)).replace(/\|/g, '\\|');
}
