/**
 * Everything the preview panel shows, as plain data in the reader's language: the webview only lays it out, as text.
 * Built from a lint result, so the preview and the Problems panel can never disagree.
 */
import { at, own, isFiniteNumber, recordsAt } from './data';
import { LineIndex } from './positions';
import { parsedOf, spanForPath } from './yaml-ast';
import type { YamlInput } from './yaml-ast';
import { catalogue, formatMoney, formatNumber, formatPercent } from './i18n';
import type { CheckId, CheckReason, CheckStatus, LintResult, Locale, Severity, Verdict } from './types';
import { readinessDocsUrl } from './rule';
import { CHECK_IDS } from './types';
import { withUnit } from './typography';

export type MatrixCell = 'majority-reach' | 'integration' | 'new-segment' | 'new-business-model';

export interface PurposeEntry {
  type: string;
  label: string;
  segment?: string;
  description?: string;
  line: number;
}

export interface PreviewModel {
  locale: Locale;
  title: string;
  company?: string;
  /** null when the file does not parse: `problem` says why instead. */
  readiness: {
    verdict: Verdict;
    label: string;
    /** docs/reference/readiness.md, in the reader's language. */
    docsUrl: string;
    checks: {
      id: CheckId;
      label: string;
      status: CheckStatus;
      statusLabel: string;
      /** What a clear check means, or the first reason of one that is not. */
      reason: string;
      /** Every reason of a check that is not clear; those with a line jump to their finding. */
      reasons: PreviewReason[];
    }[];
    /** Schema findings outside every check that keep the file from ready. */
    otherReasons: PreviewReason[];
  } | null;
  problem?: { message: string; line: number; column: number };
  matrix: { cells: Record<MatrixCell, PurposeEntry[]>; salesCapacity: PurposeEntry[] };
  ltv: {
    currency: string;
    inputs: { label: string; value: string }[];
    ltv: number;
    ltvText: string;
    threshold: number | null;
    thresholdText: string | null;
    partnerShareText: string | null;
    margin: number | null;
    /** Cumulative revenue of one account after each month. */
    cumulative: number[];
  } | null;
  partners: { type: string; label: string; groups: { segment: string; partners: { name: string; customerRelationships: boolean; regions: string[] }[] }[] }[];
  kpis: { name: string; target: string; due: string | null }[];
  findings: { ruleId: string; severity: Severity; message: string; line: number; column: number; docsUrl: string }[];
}

export interface PreviewReason {
  status: CheckStatus;
  statusLabel: string;
  message: string;
  ruleId: string | null;
  line: number | null;
  column: number | null;
}

/** The words the model's content is made of (the webview's own labels are the extension's: src/core/view/labels.ts). */
interface ContentWords {
  months: string;
  /** The LTV's inputs, in words. */
  inputs: Record<'monthlyPrice' | 'usersPerAccount' | 'userGrowthRate' | 'monthlyChurnRate' | 'annualChurnRate' | 'oneTimeRevenue' | 'horizon', string>;
  noSegment: string;
}

const CONTENT: Record<Locale, ContentWords> = {
  en: {
    months: 'months',
    inputs: {
      monthlyPrice: 'Monthly price',
      usersPerAccount: 'Users per account',
      userGrowthRate: 'User growth a year',
      monthlyChurnRate: 'Monthly churn',
      annualChurnRate: 'Annual churn',
      oneTimeRevenue: 'One-time revenue',
      horizon: 'Horizon',
    },
    noSegment: 'Any segment',
  },
  ja: {
    months: 'か月',
    inputs: {
      monthlyPrice: '月額単価',
      usersPerAccount: '1社あたりのユーザー数',
      userGrowthRate: '年間ユーザー増加率',
      monthlyChurnRate: '月次解約率',
      annualChurnRate: '年間解約率',
      oneTimeRevenue: '初期売上（1社あたり）',
      horizon: '計算期間',
    },
    noSegment: 'セグメント指定なし',
  },
};

const PURPOSE_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    'majority-reach': 'Reach the majority',
    'new-segment': 'Win a new segment',
    integration: 'Integration',
    'new-business-model': 'New business model',
    'sales-capacity': 'More sales people',
  },
  ja: {
    'majority-reach': 'マジョリティ層へのリーチ',
    'new-segment': '新規セグメントの攻略',
    integration: '連携強化',
    'new-business-model': '新たなビジネスモデルの開発',
    'sales-capacity': '営業担当者の数を増やす',
  },
};

const PARTNER_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    'local-king': 'Local kings',
    'industry-specialist': 'Industry specialists',
    reseller: 'Resellers',
    'system-integrator': 'System integrators',
    technology: 'Technology partners',
    alliance: 'Alliances',
    referral: 'Referral partners',
  },
  ja: {
    'local-king': 'ローカルキング',
    'industry-specialist': '業界特化',
    reseller: '販売代理店',
    'system-integrator': 'システムインテグレーター',
    technology: '技術パートナー',
    alliance: 'アライアンス',
    referral: '紹介パートナー',
  },
};

/** A purpose type in words (`majority-reach` → Reach the majority); an unknown type as it is. */
export function purposeLabel(type: string, locale: Locale): string {
  return own(PURPOSE_LABELS[locale], type) ?? type;
}

const MATRIX_CELLS: readonly MatrixCell[] = ['majority-reach', 'integration', 'new-segment', 'new-business-model'];

/** The preview of a text (or its parse), whose lint result is `result`. */
export function previewModel(input: YamlInput, result: LintResult, locale: Locale): PreviewModel {
  const parsed = parsedOf(input);
  const lines = new LineIndex(parsed.text);
  const lineOf = (path: (string | number)[]): number => lines.positionAt(spanForPath(parsed, path).start).line;
  const words = catalogue(locale);
  const labels = CONTENT[locale];
  // The document from the parse, as the lint read it: a result whose data was trimmed (the CLI's) previews the same.
  const data = parsed.problems.length === 0 ? parsed.data : undefined;
  const nonBlank = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const syntax = result.readiness === null ? result.findings.find((f) => f.ruleId === 'syntax') : undefined;

  const cells = Object.fromEntries(MATRIX_CELLS.map((cell) => [cell, [] as PurposeEntry[]])) as Record<MatrixCell, PurposeEntry[]>;
  const salesCapacity: PurposeEntry[] = [];
  for (const { item, index } of recordsAt(data, 'purposes')) {
    const type = typeof item.type === 'string' ? item.type : '';
    const entry: PurposeEntry = { type, label: purposeLabel(type, locale), line: lineOf(['purposes', index]) };
    const segment = nonBlank(item.segment);
    const description = nonBlank(item.description);
    if (segment) entry.segment = segment;
    if (description) entry.description = description;
    if ((MATRIX_CELLS as readonly string[]).includes(type)) cells[type as MatrixCell].push(entry);
    else if (type === 'sales-capacity') salesCapacity.push(entry);
  }

  const segmentNames = new Map(
    recordsAt(data, 'market', 'segments').flatMap(({ item }) => (typeof item.id === 'string' ? [[item.id, nonBlank(item.name) ?? item.id] as const] : [])),
  );
  const byType = new Map<string, Map<string, { name: string; customerRelationships: boolean; regions: string[] }[]>>();
  for (const { item } of recordsAt(data, 'partners')) {
    const type = typeof item.type === 'string' ? item.type : '?';
    const segments = Array.isArray(item.segments) && item.segments.length ? item.segments.map(String) : [''];
    const groups = byType.get(type) ?? new Map();
    byType.set(type, groups);
    for (const segment of segments) {
      const list = groups.get(segment) ?? [];
      groups.set(segment, list);
      list.push({
        name: nonBlank(item.name) ?? '?',
        customerRelationships: item.customerRelationships === true,
        regions: Array.isArray(item.regions) ? item.regions.map(String) : [],
      });
    }
  }
  const partners = [...byType.entries()].map(([type, groups]) => ({
    type,
    label: own(PARTNER_LABELS[locale], type) ?? type,
    groups: [...groups.entries()].map(([segment, list]) => ({ segment: segment ? (segmentNames.get(segment) ?? segment) : labels.noSegment, partners: list })),
  }));

  const kpis = recordsAt(data, 'kpis').map(({ item }) => ({
    name: nonBlank(item.name) ?? '?',
    // A Japanese unit joins its number (150社); any other stands apart from it (150 accounts).
    target: withUnit(isFiniteNumber(item.target) ? formatNumber(item.target, locale, 3) : '?', nonBlank(item.unit)),
    due: nonBlank(item.due) ?? null,
  }));

  const figures = result.ltv;
  const ltv = figures
    ? {
        currency: figures.currency,
        inputs: [
          { label: labels.inputs.monthlyPrice, value: formatMoney(figures.monthlyPrice, figures.currency, locale) },
          ...(figures.usersPerAccount !== null ? [{ label: labels.inputs.usersPerAccount, value: String(figures.usersPerAccount) }] : []),
          { label: labels.inputs.userGrowthRate, value: formatPercent(figures.userGrowthRate, locale) },
          ...(figures.annualChurnRate !== null ? [{ label: labels.inputs.annualChurnRate, value: formatPercent(figures.annualChurnRate, locale) }] : []),
          { label: labels.inputs.monthlyChurnRate, value: formatPercent(figures.monthlyChurnRate, locale) },
          ...(figures.oneTimeRevenue > 0
            ? [{ label: labels.inputs.oneTimeRevenue, value: formatMoney(figures.oneTimeRevenue, figures.currency, locale) }]
            : []),
          { label: labels.inputs.horizon, value: withUnit(String(figures.horizonMonths), labels.months) },
        ],
        ltv: figures.ltv,
        ltvText: formatMoney(figures.ltv, figures.currency, locale),
        threshold: figures.threshold,
        thresholdText: figures.threshold === null ? null : formatMoney(figures.threshold, figures.currency, locale),
        partnerShareText: figures.partnerShare === null ? null : formatMoney(figures.partnerShare, figures.currency, locale),
        margin: isFiniteNumber(at(data, 'economics', 'partnerMargin')) ? (at(data, 'economics', 'partnerMargin') as number) : null,
        cumulative: figures.cumulative,
      }
    : null;

  const reason = (r: CheckReason): PreviewReason => ({
    status: r.status,
    statusLabel: words.checkStatus[r.status],
    message: r.message,
    ruleId: r.ruleId,
    line: r.line,
    column: r.column,
  });
  const readiness = result.readiness
    ? {
        verdict: result.readiness.verdict,
        label: words.verdicts[result.readiness.verdict],
        docsUrl: readinessDocsUrl(locale),
        checks: CHECK_IDS.map((id) => {
          const check = result.readiness!.checks[id];
          return {
            id,
            label: words.checks[id],
            status: check.status,
            statusLabel: words.checkStatus[check.status],
            reason: check.reason,
            reasons: check.reasons.map(reason),
          };
        }),
        otherReasons: result.readiness.otherReasons.map(reason),
      }
    : null;

  const model: PreviewModel = {
    locale,
    title: nonBlank(at(data, 'title')) ?? '',
    readiness,
    matrix: { cells, salesCapacity },
    ltv,
    partners,
    kpis,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      docsUrl: f.docsUrl,
    })),
  };
  const company = nonBlank(at(data, 'company'));
  if (company) model.company = company;
  if (syntax) model.problem = { message: syntax.message, line: syntax.range.start.line, column: syntax.range.start.column };
  return model;
}
