/**
 * The preview's own labels, in English and Japanese: what the preview view (preview-view.ts) and the charts of the
 * reports (mermaid.ts) write around a model's content. The model itself (src/core/preview.ts) holds only content.
 */
import type { Locale } from '../types';

export interface PreviewLabels {
  verdict: string;
  /** The link to how the verdict is reached. */
  howVerdict: string;
  otherReasons: string;
  checks: string;
  matrix: string;
  marketToday: string;
  newMarket: string;
  productAsIs: string;
  productMoreValuable: string;
  salesCapacity: string;
  salesCapacityNote: string;
  ltv: string;
  ltvPerAccount: string;
  threshold: string;
  partnerShare: string;
  months: string;
  chartCaption: string;
  partners: string;
  trusted: string;
  kpis: string;
  due: string;
  noDue: string;
  findings: string;
  noFindings: string;
  empty: string;
  doesNotParse: string;
  line: string;
  /** The lock button: its text and its tooltip, unlocked and locked. */
  lock: string;
  locked: string;
  lockTitle: string;
  unlockTitle: string;
}

const LABELS: Record<Locale, PreviewLabels> = {
  en: {
    verdict: 'Readiness',
    howVerdict: 'How the verdict is reached',
    otherReasons: 'The file does not match the format',
    checks: 'The seven checks',
    matrix: 'Purposes',
    marketToday: 'Market reached today',
    newMarket: 'New market',
    productAsIs: 'Product as it is',
    productMoreValuable: 'Product made more valuable',
    salesCapacity: 'Sales capacity',
    salesCapacityNote: '"More sales people" is a framing to restate as customers reached or value added.',
    ltv: 'Lifetime value',
    ltvPerAccount: 'LTV per account',
    threshold: 'Threshold',
    partnerShare: "Partner's share",
    months: 'months',
    chartCaption: 'Cumulative revenue of one account over the horizon, against the threshold',
    partners: 'Partners',
    trusted: 'trusted by customers',
    kpis: 'KPIs',
    due: 'due',
    noDue: 'no due date',
    findings: 'Findings',
    noFindings: 'No findings.',
    empty: 'None yet.',
    doesNotParse: 'The file does not parse',
    line: 'line',
    lock: 'Lock',
    locked: 'Locked',
    lockTitle: 'Lock the preview to this file',
    unlockTitle: 'Unlock: follow the active strategy',
  },
  ja: {
    verdict: '準備状況',
    howVerdict: '準備状況の決まり方',
    otherReasons: 'ファイルが形式に従っていません',
    checks: '7つのチェック',
    matrix: '目的',
    marketToday: '既存市場',
    newMarket: '新しい市場',
    productAsIs: '現在の製品',
    productMoreValuable: '価値を高めた製品',
    salesCapacity: '営業力の増強',
    salesCapacityNote: '「営業担当者の数を増やす」は、リーチする顧客や加える価値として捉え直すべき目的です。',
    ltv: '1社あたりの LTV',
    ltvPerAccount: '1社あたりの LTV',
    threshold: 'しきい値',
    partnerShare: 'パートナーの取り分',
    months: 'か月',
    chartCaption: '期間中の1社あたり累計売上としきい値',
    partners: 'パートナー',
    trusted: '顧客と信頼関係あり',
    kpis: 'KPI',
    due: '期日',
    noDue: '期日なし',
    findings: '指摘',
    noFindings: '指摘はありません。',
    empty: 'まだありません。',
    doesNotParse: 'ファイルを解析できません',
    line: '行',
    lock: '固定',
    locked: '固定中',
    lockTitle: 'このファイルに固定します',
    unlockTitle: '固定を解除して、アクティブな戦略に追従します',
  },
};

export function previewLabels(locale: Locale): PreviewLabels {
  return LABELS[locale];
}
