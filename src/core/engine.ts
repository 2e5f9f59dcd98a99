/** lint(text) for one strategy file: parse, schema, rules, suppression, severities, readiness. */
import { LineIndex } from './positions';
import { comments, lineOneSpan, parsedOf, parseYaml, spanForPath } from './yaml-ast';
import { syntaxReport } from './rules/syntax';
import type { ParsedYaml, YamlInput } from './yaml-ast';
import { describeContentErrors, describeSchemaErrors } from './schema-errors';
import type { SchemaProblem } from './schema-errors';
import { validateStrategy } from './validators';
import strategySchema from '../../schemas/partner-strategy.schema.json';
import { mergeConfig } from './config';
import type { ResolvedConfig } from './config';
import { strategyLtv } from './ltv';
import { overlaps, readiness } from './readiness';
import type { ReadinessSignal } from './readiness';
import { findPlaceholders, withoutPlaceholders } from './placeholder';
import { applyDirectives, parseDirectives, UNSUPPRESSIBLE } from './suppression';
import { closest } from './suggest';
import { codeSpan } from './code-spans';
import { catalogue } from './i18n';
import { ruleById, rules, RULE_IDS } from './rules/index';
import type { Report, Rule } from './rule';
import type { Finding, LintResult, Locale, Severity, SeveritySetting, Span, YamlPath } from './types';
import { at, isRecord, own } from './data';

export interface LintOptions {
  /** The configuration in force (discoverConfig or mergeConfig); defaults apply without one. */
  config?: ResolvedConfig;
  /** Message language; else the configuration's, else English. */
  locale?: Locale;
}

/** Lints a strategy's text, or its parse (an editor parses each version once for every feature). */
export function lint(input: YamlInput, options: LintOptions = {}): LintResult {
  const config = options.config ?? mergeConfig([]);
  const locale = options.locale ?? config.locale ?? 'en';
  const parsed = parsedOf(input);
  const text = parsed.text;
  const lines = new LineIndex(text);
  const findings = new FindingBuilder(text, lines, parsed, config, locale);

  if (parsed.problems.length > 0) {
    for (const problem of parsed.problems) findings.add(ruleById('syntax'), syntaxReport(problem, text));
    return { locale, findings: sortFindings(findings.list), suppressed: [], readiness: null, ltv: null, data: undefined };
  }

  const data = parsed.data;
  const schemaProblems: SchemaProblem[] = validateStrategy(data) ? [] : describeSchemaErrors(validateStrategy.errors ?? [], data, locale, strategySchema);
  schemaProblems.push(...describeContentErrors(data, locale, (path) => lines.positionAt(spanForPath(parsed, path).start).line));
  // Figures too large for a number (1e308 users at 1e308 each) have no LTV: never "enough", and said at the price.
  const figures = strategyLtv(data, config.thresholds);
  const ltv = figures?.cumulative.every(Number.isFinite) ? figures : null;
  if (figures && !ltv) schemaProblems.push({ path: ['economics', 'monthlyPrice'], anchor: 'value', messageId: 'ltvNotFinite', args: {} });
  for (const problem of schemaProblems) findings.add(ruleById('schema'), problem);

  // Rules read the document with its placeholders left out: "TBD" counts as not written (docs/reference/rules.md).
  const placeholders = isRecord(data) ? findPlaceholders(data) : [];
  const content = withoutPlaceholders(data, placeholders);
  // A document that is not a map has no content to judge; the schema finding says what it is instead.
  if (isRecord(data)) {
    const unreadable = (path: YamlPath): boolean => schemaProblems.some((problem) => overlaps(problem.path, path));
    for (const rule of rules) {
      rule.check?.({
        data: content,
        written: data,
        placeholders,
        unreadable,
        thresholds: config.thresholds,
        ltv,
        locale,
        report: (report) => findings.add(rule, report),
      });
    }
  }

  // Finding comments re-parses the text: skip that for the many files without a directive.
  const directives = text.includes('partnerlint-') ? parseDirectives(comments(parsed), lines) : [];
  const outcome = applyDirectives(findings.list, directives);
  const kept = [...outcome.kept];
  const unusedRule = ruleById('unused-disable');
  for (const unused of outcome.unused) {
    const rule = unused.ruleId;
    const report: Report = { path: [], span: unused.span, messageId: 'unused', args: {} };
    if (rule !== undefined) {
      const known = RULE_IDS.includes(rule);
      // The did-you-mean distance is worked out only for an id that is no rule's.
      report.args = { rule, suggestion: known ? '' : (closest(rule, RULE_IDS) ?? '') };
      report.messageId = !known ? 'unknownRule' : UNSUPPRESSIBLE.has(rule) ? 'unsuppressible' : 'unusedRule';
    }
    const finding = findings.make(unusedRule, report).finding;
    if (finding) kept.push(finding);
  }

  return {
    locale,
    findings: sortFindings(kept),
    suppressed: sortFindings(outcome.suppressed),
    readiness: readiness(findings.signals, new Set(kept), content, locale),
    ltv,
    data,
  };
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

  /** What the readiness verdict hears of every report and schema problem, the ones of rules turned off included. */
  readonly signals: ReadinessSignal[] = [];
  /** The text's own schema errors, worked out for the first suggestion (a fix may add none). */
  private errorsBefore: Set<string> | undefined;

  add(rule: Rule, report: Report & { replacement?: string }): void {
    // A rule's metadata names every check it can move (docs and tests read it): a report that says otherwise is a bug.
    if (report.readiness && !rule.meta.feeds?.includes(report.readiness.check))
      throw new Error(`Rule ${rule.meta.id} moves ${report.readiness.check}, which its meta.feeds does not name`);
    // The verdict hears of a rule turned off too (a missing input stays unknown); nothing else needs its message.
    const signal = report.readiness !== undefined || rule.meta.id === 'schema';
    if (!signal && this.settingOf(rule) === 'off') return;
    const { finding, message } = this.make(rule, report);
    if (finding) this.list.push(finding);
    if (signal)
      this.signals.push({
        ruleId: rule.meta.id,
        ...(report.readiness ? { effect: report.readiness } : {}),
        path: report.path,
        message,
        ...(finding ? { finding } : {}),
      });
  }

  /** The rule's severity from the configuration, or its default; `off` makes no finding. */
  private settingOf(rule: Rule): SeveritySetting {
    return own(this.config.rules, rule.meta.id) ?? rule.meta.defaultSeverity;
  }

  make(rule: Rule, report: Report & { replacement?: string }): { finding?: Finding; message: string } {
    const messages = rule.messages[this.locale];
    const messageId = report.messageId ?? Object.keys(messages)[0]!;
    const format = own(messages, messageId);
    if (!format) throw new Error(`Rule ${rule.meta.id} has no message "${messageId}" in ${this.locale}`);
    const message = fencedQuotes(format(report.args ?? {}, this.locale), report.args ?? {});
    const setting = this.settingOf(rule);
    if (setting === 'off') return { message };
    const span = report.span ?? (this.parsed.problems.length ? lineOneSpan(this.text) : spanForPath(this.parsed, report.path, report.anchor));
    const finding: Finding = {
      ruleId: rule.meta.id,
      severity: setting as Severity,
      message,
      path: report.path,
      span,
      range: this.lines.rangeOf(span),
      docsUrl: rule.meta.docsUrl,
    };
    const replacement =
      report.replacement === undefined
        ? undefined
        : writtenAs(this.text, span, report.replacement, report.path, report.anchor === 'key', () => (this.errorsBefore ??= schemaErrorKeys(this.parsed.data)));
    if (report.replacement !== undefined && replacement !== undefined) {
      finding.suggestions = [
        {
          title: { en: catalogue('en').replaceWith(report.replacement), ja: catalogue('ja').replaceWith(report.replacement) },
          span,
          replacement,
        },
      ];
    }
    return { finding, message };
  }
}

/**
 * How `value` must be written at `span` to be read back as that key (`isKey`) or value, in the quoting the author used
 * there (plain, 'single' or "double"), else double-quoted where plain cannot stand (a `}` in a flow list, a `: `, a `#`);
 * or not at all: the suggestion is dropped where the fixed text would not parse, would hold the value twice in its list
 * (`[kansai-smbx, kansai-smb]`), or would have a schema error the text did not have (a key whose value does not fit).
 */
function writtenAs(text: string, span: Span, value: string, path: YamlPath, isKey: boolean, errorsBefore: () => Set<string>): string | undefined {
  const written = text.slice(span.start, span.end);
  const double = JSON.stringify(value);
  const candidates = written.startsWith('"') ? [double] : written.startsWith("'") ? [`'${value.replace(/'/g, "''")}'`, double] : [value, double];
  for (const candidate of candidates) {
    const parsed = parseYaml(text.slice(0, span.start) + candidate + text.slice(span.end));
    if (parsed.problems.length > 0) continue;
    const readBack = isKey ? at(parsed.data, ...path.slice(0, -1)) : at(parsed.data, ...path);
    if (!(isKey ? isRecord(readBack) && Object.hasOwn(readBack, value) : readBack === value)) continue;
    const list = isKey ? undefined : at(parsed.data, ...path.slice(0, -1));
    if (Array.isArray(list) && list.filter((item) => item === value).length > 1) return undefined;
    const before = errorsBefore();
    return [...schemaErrorKeys(parsed.data)].every((key) => before.has(key)) ? candidate : undefined;
  }
  return undefined;
}

/**
 * A message whose quoted arguments are code spans that hold them whole: a value with a backtick, quoted by its rule as
 * `` `${value}` ``, is fenced with a longer run instead (src/core/code-spans.ts), so that it cannot end its span early.
 */
function fencedQuotes(message: string, args: Readonly<Record<string, unknown>>): string {
  let out = message;
  for (const value of Object.values(args)) {
    if (typeof value !== 'string' || !/[` ]/.test(value)) continue;
    const fenced = codeSpan(value);
    if (fenced !== `\`${value}\``) out = out.split(`\`${value}\``).join(fenced);
  }
  return out;
}

/** A document's schema errors, each as one comparable string (where, which keyword, its parameters). */
function schemaErrorKeys(data: unknown): Set<string> {
  if (validateStrategy(data)) return new Set();
  return new Set((validateStrategy.errors ?? []).map((error) => `${error.instancePath} ${error.keyword} ${JSON.stringify(error.params)}`));
}

/** By line, column, rule id and the YAML path: never by message, which differs between languages. Stable beyond that. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(JSON.stringify(a.path), JSON.stringify(b.path)),
  );
}

/** By code unit, not by locale: the order must not depend on the message language or the machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
