/** The JSON report of cli.md: one object per file. */
import { countFindings } from '../report';
import type { RunReport } from '../report';
import { jsonText } from '../printable';

export function formatJson(report: RunReport): string {
  const files = report.files.map((file) => {
    const findings = file.result?.findings ?? [];
    const counts = countFindings([file]);
    const readiness = file.result?.readiness;
    return {
      filePath: file.path,
      messages: findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line,
        column: f.range.start.column,
        endLine: f.range.end.line,
        endColumn: f.range.end.column,
        docsUrl: f.docsUrl,
      })),
      errorCount: counts.errors,
      warningCount: counts.warnings,
      infoCount: counts.infos,
      readiness: readiness
        ? { verdict: readiness.verdict, checks: Object.fromEntries(Object.entries(readiness.checks).map(([id, check]) => [id, check.status])) }
        : null,
      ...(file.error ? { error: file.error } : {}),
    };
  });
  return jsonText(files);
}
