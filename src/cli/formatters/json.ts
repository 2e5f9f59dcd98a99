/** The JSON report of cli.md: one object per file. */
import type { RunReport } from '../report';

export function formatJson(report: RunReport): string {
  const files = report.files.map((file) => {
    const findings = file.result?.findings ?? [];
    const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
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
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
      readiness: readiness
        ? { verdict: readiness.verdict, checks: Object.fromEntries(Object.entries(readiness.checks).map(([id, check]) => [id, check.status])) }
        : null,
      ...(file.error ? { error: file.error } : {}),
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
}
