/** lint(text) for one strategy file: parse, schema, rules, suppression, severities, readiness. */
import { LineIndex } from './positions';
import { comments, lineOneSpan, MAX_ALIAS_COUNT, parseYaml, spanForPath } from './yaml-ast';
import type { ParsedYaml } from './yaml-ast';
import { describeContentErrors, describeSchemaErrors } from './schema-errors';
import type { SchemaProblem } from './schema-errors';
import { validateStrategy } from './validators';
import strategySchema from '../../schemas/partner-strategy.schema.json';
import { mergeConfig } from './config';
import type { ResolvedConfig } from './config';
import { strategyLtv } from './ltv';
import { readiness } from './readiness';
import { applyDirectives, parseDirectives, UNSUPPRESSIBLE } from './suppression';
import { closest } from './suggest';
import { catalogue } from './i18n';
import { ruleById, rules, RULE_IDS } from './rules/index';
import type { Report, Rule } from './rule';
import type { Finding, LintResult, Locale, Severity, Span } from './types';
import { isRecord } from './data';

export interface LintOptions {
  /** The configuration in force (discoverConfig or mergeConfig); defaults apply without one. */
  config?: ResolvedConfig;
  /** Message language; else the configuration's, else English. */
  locale?: Locale;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? mergeConfig([]);
  const locale = options.locale ?? config.locale ?? 'en';
  const lines = new LineIndex(text);
  const parsed = parseYaml(text);
  const findings = new FindingBuilder(text, lines, parsed, config, locale);

  if (parsed.problems.length > 0) {
    for (const problem of parsed.problems) findings.add(ruleById('syntax'), syntaxReport({ ...problem, span: visibleSpan(problem.span, text) }, text));
    return { findings: sortFindings(findings.list), suppressed: [], readiness: null, ltv: null, data: undefined };
  }

  const data = parsed.data;
  const schemaProblems: SchemaProblem[] = validateStrategy(data) ? [] : describeSchemaErrors(validateStrategy.errors ?? [], data, locale, strategySchema);
  schemaProblems.push(...describeContentErrors(data, locale, (path) => lines.positionAt(spanForPath(parsed.doc, text, path).start).line));
  for (const problem of schemaProblems) findings.add(ruleById('schema'), problem);

  const ltv = strategyLtv(data, config.thresholds);
  // A document that is not a map has no content to judge; the schema finding says what it is instead.
  for (const rule of isRecord(data) ? rules : []) {
    rule.check?.({ data, thresholds: config.thresholds, ltv, locale, report: (report) => findings.add(rule, report) });
  }

  // Finding comments re-parses the text: skip that for the many files without a directive.
  const directives = text.includes('partnerlint-') ? parseDirectives(comments(text), lines) : [];
  const outcome = applyDirectives(findings.list, directives);
  const kept = [...outcome.kept];
  const unusedRule = ruleById('unused-disable');
  for (const unused of outcome.unused) {
    const rule = unused.ruleId;
    const report: Report = { path: [], span: unused.span, messageId: 'unused', args: {} };
    if (rule !== undefined) {
      report.args = { rule, suggestion: closest(rule, RULE_IDS) ?? '' };
      report.messageId = !RULE_IDS.includes(rule) ? 'unknownRule' : UNSUPPRESSIBLE.has(rule) ? 'unsuppressible' : 'unusedRule';
    }
    const finding = findings.make(unusedRule, report);
    if (finding) kept.push(finding);
  }

  return {
    findings: sortFindings(kept),
    suppressed: sortFindings(outcome.suppressed),
    readiness: readiness(kept, data, ltv, locale),
    ltv,
    data,
  };
}

function syntaxReport(problem: ParsedYaml['problems'][number], text: string): Report {
  switch (problem.code) {
    case 'DUPLICATE_KEY':
      // The library puts the error at the repeated key and does not name it.
      return { path: [], span: problem.span, messageId: 'duplicateKey', args: { key: text.slice(problem.span.start, problem.span.end).replace(/^(["'])(.*)\1$/s, '$2') } };
    case 'MULTIPLE_DOCS':
      return { path: [], span: problem.span, messageId: 'multipleDocs', args: {} };
    case 'YAML_VERSION':
      return { path: [], span: problem.span, messageId: 'yamlVersion', args: { version: /%YAML (\S+)/.exec(problem.message)?.[1] ?? '' } };
    case 'TAB_AS_INDENT':
      return { path: [], span: problem.span, messageId: 'tabIndent', args: {} };
    case 'EXCESSIVE_ALIASES':
      return { path: [], span: problem.span, messageId: 'aliasBomb', args: { max: MAX_ALIAS_COUNT } };
    default:
      return { path: [], span: problem.span, messageId: 'generic', args: { detail: problem.message.replace(/\.$/, '') } };
  }
}

/** An empty span (the YAML library's "here") widened to one character, so that editors can show it. */
function visibleSpan(span: Span, text: string): Span {
  if (span.end > span.start) return span;
  const atLineEnd = span.start >= text.length || text[span.start] === '\n' || text[span.start] === '\r';
  if (!atLineEnd) return { start: span.start, end: span.start + 1 };
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return span.start > lineStart ? { start: span.start - 1, end: span.start } : span;
}

/** Turns rule reports into findings: severity from the configuration, span from the path, message in the locale. */
class FindingBuilder {
  readonly list: Finding[] = [];

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly parsed: ParsedYaml,
    private readonly config: ResolvedConfig,
    private readonly locale: Locale,
  ) {}

  add(rule: Rule, report: Report & { replacement?: string }): void {
    const finding = this.make(rule, report);
    if (finding) this.list.push(finding);
  }

  make(rule: Rule, report: Report & { replacement?: string }): Finding | undefined {
    const setting = this.config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') return undefined;
    const span = report.span ?? (this.parsed.problems.length ? lineOneSpan(this.text) : spanForPath(this.parsed.doc, this.text, report.path, report.anchor));
    const messages = rule.messages[this.locale];
    const messageId = report.messageId ?? Object.keys(messages)[0]!;
    const format = messages[messageId];
    if (!format) throw new Error(`Rule ${rule.meta.id} has no message "${messageId}" in ${this.locale}`);
    const finding: Finding = {
      ruleId: rule.meta.id,
      severity: setting as Severity,
      message: format(report.args ?? {}, this.locale),
      path: report.path,
      span,
      range: this.lines.rangeOf(span),
      docsUrl: rule.meta.docsUrl,
    };
    if (report.replacement !== undefined) {
      finding.suggestions = [{
        title: { en: catalogue('en').replaceWith(report.replacement), ja: catalogue('ja').replaceWith(report.replacement) },
        span,
        replacement: report.replacement,
      }];
    }
    return finding;
  }
}

export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
