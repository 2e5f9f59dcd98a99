/** What a rule is: its metadata and messages beside its check. The engine adds severity overrides, ranges and links. */
import type { Anchor } from './yaml-ast';
import type { Block, CheckId, Locale, Localized, LtvFigures, Severity, Span, Thresholds, YamlPath } from './types';

export type MessageArgs = Record<string, string | number>;
export type MessageFn = (args: MessageArgs, locale: Locale) => string;

/** Where each rule's documentation page (docs/rules/<id>.md, English and Japanese) is published. */
export const DOCS_BASE_URL = 'https://github.com/partnerlint/partnerlint/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/** docs/reference/readiness.md: how the verdict is reached, each check and threshold; its second half is in Japanese. */
export function readinessDocsUrl(locale: Locale): string {
  return `${DOCS_BASE_URL.replace(/rules\/$/, '')}reference/readiness.md${locale === 'ja' ? '#日本語' : ''}`;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule wants. */
  title: Localized;
  /** Why it matters, in the chapter's reasoning (shown on hover and in docs). */
  rationale: Localized;
  /** The documentation page, derived from the id so that it cannot be mistyped. */
  docsUrl: string;
  /** The readiness checks its findings can put at risk or leave unknown (docs/reference/readiness.md). */
  feeds?: readonly CheckId[];
  /** The block a quick fix inserts where its finding says that block is missing (src/core/templates.ts). */
  insertsBlock?: Block;
}

/** What a finding does to the readiness verdict: `at-risk` counts only while the finding is reported; `unknown` always. */
export interface ReadinessEffect {
  check: CheckId;
  status: 'at-risk' | 'unknown';
}

export interface Report {
  path: YamlPath;
  /** Show the finding at the key instead of the value (docs/reference/rules.md says which). */
  anchor?: Anchor;
  /** A span to use instead of the path's (unused-disable reports at a comment). */
  span?: Span;
  /** Which of the rule's messages; the first one when omitted. */
  messageId?: string;
  args?: MessageArgs;
  /** A likely correction of the text at the finding's span, offered as a quick fix. */
  replacement?: string;
  /** The finding's part in the verdict, where it has one (one of `meta.feeds`). */
  readiness?: ReadinessEffect;
}

export interface RuleContext {
  /**
   * The parsed document, every placeholder removed as if not written (docs/reference/rules.md: a placeholder counts as absent). It may
   * have any shape: the schema reports bad shapes, rules stay silent on them.
   */
  readonly data: unknown;
  /** The document as written, placeholders included. */
  readonly written: unknown;
  /** The paths of the placeholders that `data` leaves out. */
  readonly placeholders: readonly YamlPath[];
  /** True when the schema rejects something at, below or above `path`: a rule reading it stays silent. */
  unreadable(path: YamlPath): boolean;
  readonly thresholds: Thresholds;
  /** The LTV of one account, when the economics are complete. */
  readonly ltv: LtvFigures | null;
  readonly locale: Locale;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  messages: Localized<Record<string, MessageFn>>;
  /** Absent for the findings the engine makes itself (syntax, schema, unused-disable). */
  check?(context: RuleContext): void;
}

/** Declares a rule; the type ties both languages to the same message ids. */
export function defineRule<M extends string>(rule: {
  meta: Omit<RuleMeta, 'docsUrl'>;
  messages: Localized<Record<M, MessageFn>>;
  check?(context: RuleContext): void;
}): Rule {
  return { ...rule, meta: { ...rule.meta, docsUrl: docsUrl(rule.meta.id) } } as Rule;
}
