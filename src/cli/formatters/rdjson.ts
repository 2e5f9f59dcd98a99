/** reviewdog's Diagnostic JSON (rdjson): columns count UTF-8 bytes, 1-based, end exclusive. */
import { fixesOf, LineIndex, markdownMessage, utf8Column } from '../../core/index';
import type { Position } from '../../core/index';
import type { RunReport } from '../report';
import { jsonText } from '../printable';

const SEVERITY = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

export function formatRdjson(report: RunReport): string {
  const diagnostics: object[] = [];
  for (const file of report.files) {
    if (file.error) {
      diagnostics.push({ message: markdownMessage(file.error), location: { path: file.path }, severity: 'ERROR', source: { name: 'partnerlint' } });
      continue;
    }
    const lines = new LineIndex(file.text ?? '');
    const bytes = (position: Position): { line: number; column: number } => ({
      line: position.line,
      column: utf8Column(lines.lineText(position.line), position.column),
    });
    for (const f of file.result?.findings ?? []) {
      const range = { start: bytes(f.range.start), end: bytes(f.range.end) };
      diagnostics.push({
        // reviewdog posts it as a review comment, in Markdown: nothing of a strategy's text may become markup there.
        message: markdownMessage(f.message),
        location: { path: file.path, range },
        severity: SEVERITY[f.severity],
        source: { name: 'partnerlint' },
        code: { value: f.ruleId, url: f.docsUrl },
        // The core's safe fixes, which reviewdog offers as one-click suggested changes.
        ...(fixesOf(f).length
          ? {
              suggestions: fixesOf(f).map((fix) => ({
                range: { start: bytes(lines.positionAt(fix.span.start)), end: bytes(lines.positionAt(fix.span.end)) },
                text: fix.replacement,
              })),
            }
          : {}),
      });
    }
  }
  return jsonText({ source: { name: 'partnerlint', url: 'https://github.com/partnerlint/partnerlint' }, diagnostics });
}
