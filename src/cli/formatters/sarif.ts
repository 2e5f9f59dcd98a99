/** SARIF 2.1.0 for code scanning (GitHub) and other SARIF viewers. */
import { pathToFileURL } from 'node:url';
import { fixesOf, LineIndex, rules } from '../../core/index';
import type { Finding, SuppressedFinding } from '../../core/index';
import { fingerprints } from '../fingerprint';
import { countLeftOut } from '../report';
import type { FormatContext, RunReport } from '../report';
import { jsonText } from '../printable';
import { cliTexts } from '../texts';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
export const INFORMATION_URI = 'https://github.com/partnerlint/partnerlint';

export function formatSarif(report: RunReport, options: FormatContext): string {
  // The working folder as a file URI ending in '/': the base of every artifact URI.
  const baseUri = pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).href;
  const locale = report.locale;
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const results: object[] = [];
  const notifications: object[] = [];
  for (const file of report.files) {
    const artifactLocation = { uri: encodeUriPath(file.path), uriBaseId: 'SRCROOT' };
    if (file.error) {
      notifications.push({
        level: 'error',
        message: { text: plainMessage(`${file.path}: ${file.error}`) },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      continue;
    }
    if (file.result && file.result.readiness === null) {
      const firstSyntax = file.result.findings.find((f) => f.ruleId === 'syntax');
      notifications.push({
        level: 'error',
        message: { text: plainMessage(`${file.path}: ${firstSyntax?.message ?? cliTexts(locale).yamlDoesNotParse}`) },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
    }
    const findings: (Finding | SuppressedFinding)[] = [...(file.result?.findings ?? []), ...(file.result?.suppressed ?? [])];
    const prints = fingerprints(file.key, file.result ?? { data: undefined }, findings);
    const lines = new LineIndex(file.text ?? '');
    findings.forEach((finding, i) => {
      const result: Record<string, unknown> = {
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: plainMessage(finding.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: finding.range.start.line,
                startColumn: finding.range.start.column,
                endLine: finding.range.end.line,
                endColumn: Math.max(finding.range.end.column, finding.range.end.line === finding.range.start.line ? finding.range.start.column : 1),
              },
            },
          },
        ],
        partialFingerprints: { 'partnerlintFinding/v1': prints[i] },
        ...sarifFixes(finding, artifactLocation, lines, locale),
        // With --new-since every result reported is one the change introduced.
        ...(report.newSince ? { baselineState: 'new' } : {}),
      };
      if ('justification' in finding) {
        result.suppressions = [{ kind: 'inSource', ...(finding.justification ? { justification: finding.justification } : {}) }];
      }
      results.push(result);
    });
  }
  for (const pattern of report.unmatched) notifications.push({ level: 'error', message: { text: cliTexts(locale).noMatch(pattern) } });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'partnerlint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              name: ruleName(rule.meta.id),
              shortDescription: { text: sentence(rule.meta.title[locale]) },
              fullDescription: { text: rule.meta.rationale[locale] },
              helpUri: rule.meta.docsUrl,
              help: { text: `${rule.meta.rationale[locale]} ${rule.meta.docsUrl}` },
              defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: baseUri } },
        invocations: [{ executionSuccessful: notifications.length === 0 && !report.failed, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
        ...leftOutProperties(report),
      },
    ],
  };
  return jsonText(sarif);
}

/** The finding's safe fixes as SARIF fixes: a replacement of the span, by UTF-16 columns as the run counts them. */
function sarifFixes(finding: Finding, artifactLocation: object, lines: LineIndex, locale: RunReport['locale']): { fixes?: object[] } {
  const fixes = fixesOf(finding);
  if (fixes.length === 0) return {};
  return {
    fixes: fixes.map((fix) => {
      const range = lines.rangeOf(fix.span);
      return {
        description: { text: fix.title[locale] },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [
              {
                deletedRegion: { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column },
                insertedContent: { text: fix.replacement },
              },
            ],
          },
        ],
      };
    }),
  };
}

/** How many findings the baseline and --new-since left out, in the run's property bag. */
function leftOutProperties(report: RunReport): { properties?: object } {
  if (report.baseline === undefined && !report.newSince) return {};
  const leftOut = countLeftOut(report);
  return {
    properties: {
      ...(report.baseline !== undefined ? { baseline: report.baseline, baselined: leftOut.baselined, staleBaselineEntries: leftOut.stale } : {}),
      ...(report.newSince ? { newSince: { ref: report.newSince.ref, existing: leftOut.existing, fixed: leftOut.fixed } } : {}),
    },
  };
}

/** A readable name that differs from the id, as SARIF asks (`ltv-too-low` → `LtvTooLow`, `syntax` → `SyntaxRule`). */
function ruleName(id: string): string {
  const name = id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return name.toLowerCase() === id ? `${name}Rule` : name;
}

function sentence(text: string): string {
  return /[.。!?]$/.test(text) ? text : `${text}.`;
}

function encodeUriPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * A SARIF plain-text message: SARIF reads `[text](target)` in one as an embedded link (SARIF 2.1.0, 3.11.6), so the
 * brackets and backslashes of user text are escaped and no link is made from it.
 */
function plainMessage(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}
