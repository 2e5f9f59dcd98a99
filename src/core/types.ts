/** Shared types of the core engine. Nothing here knows about editors, terminals or file systems. */

export type Locale = 'en' | 'ja';
export const LOCALES: readonly Locale[] = ['en', 'ja'];

/** A text in every supported language. */
export type Localized<T = string> = Record<Locale, T>;

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A path into the YAML document: keys of maps and indexes of sequences. */
export type YamlPath = readonly (string | number)[];

/** 1-based line and column; the column counts UTF-16 code units, as editors do. */
export interface Position {
  line: number;
  column: number;
}

/** A span of the text: offsets are 0-based UTF-16 indexes, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text edit offered with a finding, e.g. renaming a misspelt `monthlyPrize` to `monthlyPrice`. */
export interface Suggestion {
  title: Localized;
  span: Span;
  replacement: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The YAML path the finding is about (for fingerprints, fixes and hover). */
  path: YamlPath;
  span: Span;
  range: Range;
  docsUrl: string;
  suggestions?: Suggestion[];
}

export interface SuppressedFinding extends Finding {
  /** The text after `--` in the directive, or '' when it gave none. */
  justification: string;
}

/** The chapter's two points as seven checks, in the order reports show them. */
export type CheckId = 'purpose' | 'pmf' | 'marketSize' | 'ltv' | 'expertise' | 'executive' | 'owner';
export const CHECK_IDS: readonly CheckId[] = ['purpose', 'pmf', 'marketSize', 'ltv', 'expertise', 'executive', 'owner'];
export type CheckStatus = 'clear' | 'at-risk' | 'unknown';
export type Verdict = 'ready' | 'reconsider' | 'incomplete';

/** Why a check is not clear: a finding (its rule and line), or an input named without one. */
export interface CheckReason {
  /** What this reason does to its check: a check is at risk when one of its reasons is. */
  status: 'at-risk' | 'unknown';
  /** The rule of the reported finding; null where none is reported (its rule is off or suppressed, or no rule covers the input). */
  ruleId: string | null;
  /** The finding's message, or what is missing or wrong where there is no finding. */
  message: string;
  /** 1-based, of the finding's start; null where there is no finding. */
  line: number | null;
  column: number | null;
  /** The input the reason is about. */
  path: YamlPath;
}

export interface CheckResult {
  status: CheckStatus;
  /** The rules of the reported findings behind a status that is not clear. */
  ruleIds: string[];
  /** One line saying why, in the requested locale: the first reason's message, or what a clear check means. */
  reason: string;
  /** Every reason of a check that is not clear, the ones that put it at risk first; empty when clear. */
  reasons: CheckReason[];
}

export interface Readiness {
  verdict: Verdict;
  checks: Record<CheckId, CheckResult>;
  /**
   * Schema findings outside every check's inputs: a file with one is never ready, so they explain an `incomplete`
   * where every check is clear. Empty otherwise.
   */
  otherReasons: CheckReason[];
}

export interface LtvFigures {
  currency: string;
  pricing: 'per-account' | 'per-user';
  /** `monthlyPrice` as written: of one account, or of one user. */
  monthlyPrice: number;
  /** null with per-account pricing. */
  usersPerAccount: number | null;
  /** The monthly revenue of one account. */
  monthlyRevenue: number;
  /** The monthly churn the LTV uses: as written, or converted from the annual churn. */
  monthlyChurnRate: number;
  /** The annual churn as written, when the file gives it instead of the monthly one; else null. */
  annualChurnRate: number | null;
  /** One-off revenue of one account (setup, hardware, services); 0 when not given. */
  oneTimeRevenue: number;
  userGrowthRate: number;
  horizonMonths: number;
  ltv: number;
  /** null when the currency has no threshold. */
  threshold: number | null;
  partnerShare: number | null;
  /** Cumulative revenue of one account after each month, the one-time revenue included (length = horizonMonths). */
  cumulative: number[];
}

export interface LintResult {
  /** The language of everything said about the file: its messages, and the words reports put around them. */
  locale: Locale;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** null when the file has a syntax finding: its content cannot be trusted. */
  readiness: Readiness | null;
  /** The LTV and its inputs, when the economics are complete. */
  ltv: LtvFigures | null;
  /** The parsed document as plain data, or undefined when it did not parse. */
  data: unknown;
}

// The configuration's shapes: here, so that rules and the configuration's code share them without importing each other.

export interface Thresholds {
  minTargetCompanies: number;
  maxMonthlyChurnRate: number;
  ltvHorizonMonths: number;
  /** Minimum LTV per account by ISO 4217 currency code. */
  minLtv: Record<string, number>;
  /** The sponsor should expect partner business to pay back no sooner than this. */
  minPaybackMonths: number;
}

/** What one configuration file (or an editor setting) says. */
export interface ConfigLayer {
  root?: boolean;
  rules?: Record<string, SeveritySetting>;
  thresholds?: Partial<Thresholds>;
  locale?: Locale;
}

/** The configuration in force for one strategy file. */
export interface ResolvedConfig {
  rules: Record<string, SeveritySetting>;
  thresholds: Thresholds;
  locale?: Locale;
  /** The configuration files that applied, farthest first. */
  files: string[];
}

/** Reads a file's text, or resolves to undefined when there is no such file. */
export type FileReader = (path: string) => Promise<string | undefined>;

/** A part of a strategy that a quick fix can insert as a block to fill in, when a rule finds it missing. */
export type Block = 'purposes' | 'partners' | 'kpis' | 'executiveSponsor' | 'owner';
