/** The JSON report of docs/reference/cli.md: one object per file. */
import { CHECK_IDS } from '../../core/index';
import type { CheckReason, Readiness } from '../../core/index';
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

/** `reasons`: for each check that is not clear, the findings behind it (rule and line; both null for an input named without one). */
function readinessJson(readiness: Readiness | null): object | null {
  if (!readiness) return null;
  const reason = ({ ruleId, line, column, message, status }: CheckReason) => ({ ruleId, line, column, message, status });
  const notClear = CHECK_IDS.filter((id) => readiness.checks[id].status !== 'clear');
  return {
    verdict: readiness.verdict,
    checks: Object.fromEntries(CHECK_IDS.map((id) => [id, readiness.checks[id].status])),
    reasons: Object.fromEntries(notClear.map((id) => [id, readiness.checks[id].reasons.map(reason)])),
    ...(readiness.otherReasons.length ? { otherReasons: readiness.otherReasons.map(reason) } : {}),
  };
}
