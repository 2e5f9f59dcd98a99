/** The JSON report of docs/reference/cli.md: one object per file. */
import { CHECK_IDS } from '../../core/index';
import type { CheckId, CheckReason, CheckStatus, Readiness, Severity, Verdict } from '../../core/index';
import { countFindings } from '../report';
import type { RunReport } from '../report';
import { jsonText } from '../printable';

/** A finding as the report writes it. */
export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl: string;
}

export interface JsonReason {
  ruleId: string | null;
  line: number | null;
  column: number | null;
  message: string;
  status: CheckStatus;
}

export interface JsonReadiness {
  verdict: Verdict;
  checks: Record<CheckId, CheckStatus>;
  reasons: Partial<Record<CheckId, JsonReason[]>>;
  otherReasons?: JsonReason[];
}

/** What every file's entry holds (the baseline's, --new-since's and removed files' fields are left out here). */
export interface JsonFile {
  filePath: string;
  messages: JsonFinding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  readiness: JsonReadiness | null;
  error?: string;
}

export function formatJson(report: RunReport): string {
  const files = report.files.map((file): JsonFile & Record<string, unknown> => {
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
function readinessJson(readiness: Readiness | null): JsonReadiness | null {
  if (!readiness) return null;
  const reason = ({ ruleId, line, column, message, status }: CheckReason): JsonReason => ({ ruleId, line, column, message, status });
  const notClear = CHECK_IDS.filter((id) => readiness.checks[id].status !== 'clear');
  return {
    verdict: readiness.verdict,
    // Object.fromEntries of every check id: the record is whole.
    checks: Object.fromEntries(CHECK_IDS.map((id) => [id, readiness.checks[id].status])) as Record<CheckId, CheckStatus>,
    reasons: Object.fromEntries(notClear.map((id) => [id, readiness.checks[id].reasons.map(reason)])),
    ...(readiness.otherReasons.length ? { otherReasons: readiness.otherReasons.map(reason) } : {}),
  };
}
