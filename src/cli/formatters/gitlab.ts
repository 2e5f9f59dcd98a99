/** GitLab Code Quality (Code Climate) JSON, for the merge-request widget. */
import { fingerprints, hashOf } from '../fingerprint';
import type { RunReport } from '../report';
import { jsonText } from '../printable';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

export function formatGitlab(report: RunReport): string {
  const issues: object[] = [];
  for (const file of report.files) {
    if (file.error) {
      issues.push({
        type: 'issue',
        description: file.error,
        check_name: 'partnerlint',
        fingerprint: hashOf(file.key, 'unreadable'),
        severity: 'blocker',
        location: { path: file.path, lines: { begin: 1 } },
      });
      continue;
    }
    const findings = file.result?.findings ?? [];
    const prints = fingerprints(file.key, file.result ?? { data: undefined }, findings);
    findings.forEach((f, i) => {
      issues.push({
        type: 'issue',
        description: f.message,
        check_name: f.ruleId,
        fingerprint: prints[i],
        severity: SEVERITY[f.severity],
        location: { path: file.path, lines: { begin: f.range.start.line, end: f.range.end.line } },
      });
    });
  }
  return jsonText(issues);
}
