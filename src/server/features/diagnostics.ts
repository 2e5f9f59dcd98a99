/** Findings as LSP diagnostics: at their exact range, with their rule and its docs; those the baseline covers as Information. */
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, LintResult, Severity } from '../../core/index';
import type { DocumentPositions } from '../positions';
import { serverTexts } from '../texts';
import type { Linted } from '../snapshot';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function diagnostics({ snapshot, locale }: Linted, result: LintResult, baselined: ReadonlySet<Finding>): Diagnostic[] {
  const words = serverTexts(locale);
  return result.findings.map((finding) => {
    const diagnostic = toDiagnostic(finding, snapshot.positions);
    return baselined.has(finding) ? { ...diagnostic, severity: DiagnosticSeverity.Information, message: `${finding.message}${words.baselined}` } : diagnostic;
  });
}

function toDiagnostic(finding: Finding, at: DocumentPositions): Diagnostic {
  return {
    range: at.range(finding.span.start, finding.span.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: 'partnerlint',
    message: finding.message,
    data: { ruleId: finding.ruleId, start: finding.span.start, end: finding.span.end },
  };
}

/** A diagnostic at line 1 about the whole file (unreadable, too large, its configuration broken). */
export function lineOne(message: string, severity: DiagnosticSeverity): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, source: 'partnerlint', message };
}
