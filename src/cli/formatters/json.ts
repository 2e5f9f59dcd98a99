/** The JSON report of cli.md: one object per file. */
import type { Readiness } from '../../core/index';
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
      readiness: readinessJson(readiness ?? null),
      ...(file.error ? { error: file.error } : {}),
      ...(report.baseline !== undefined && file.result ? { baselined: file.baselined ?? 0, staleBaselineEntries: file.stale ?? 0 } : {}),
      ...(file.base
        ? {
            base: {
              ...(file.base.added ? { added: true } : {}),
              ...(file.base.renamedFrom !== undefined ? { renamedFrom: file.base.renamedFrom } : {}),
              readiness: readinessJson(file.base.readiness),
              findings: file.base.findings,
              existing: file.base.existing,
              fixed: file.base.fixed.map((f) => ({ ruleId: f.ruleId, location: f.location, line: f.line, message: f.message })),
            },
          }
        : {}),
    };
  });
  // Files deleted since the --new-since ref: no findings now, and what they were at the ref.
  const removed = (report.newSince?.removed ?? []).map((file) => ({
    filePath: file.path,
    messages: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    readiness: null,
    removed: true,
    base: { readiness: readinessJson(file.readiness), findings: file.findings, existing: 0, fixed: [] },
  }));
  return jsonText([...files, ...removed]);
}

function readinessJson(readiness: Readiness | null): object | null {
  return readiness ? { verdict: readiness.verdict, checks: Object.fromEntries(Object.entries(readiness.checks).map(([id, check]) => [id, check.status])) } : null;
}
