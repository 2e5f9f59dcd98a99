import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'ltv-not-judged',
    defaultSeverity: 'info',
    feeds: ['ltv'],
    title: { en: 'Give what the LTV needs to be judged', ja: 'LTV を評価できるだけの情報を書くこと' },
    rationale: {
      en: "Whether each account is worth a partner's time is one of the checks to make before starting a partner business. partnerlint judges it from the price, the churn and a threshold for the currency; where one of them is missing, the check stays unknown, and this finding says exactly what to add so that it never goes unnoticed.",
      ja: '1社あたりの価値がパートナーの手間に見合うかは、パートナービジネスを始める前に確かめることの1つです。partnerlint は価格、解約率、通貨ごとのしきい値から評価します。どれかが欠けているとチェックは未確定のままになるため、この指摘で何を追加すればよいかを正確に示します。',
    },
  },
  messages: {
    en: {
      noChurn: () =>
        'The LTV cannot be computed: no churn is given; add `economics.monthlyChurnRate` (the share of accounts that cancel each month), or `economics.annualChurnRate` if you measure it per year.',
      placeholderCurrency: (a) =>
        `The LTV cannot be judged: \`economics.currency\` is a placeholder ("${a.currency}"); write the ISO 4217 code of the prices, such as JPY, USD or EUR.`,
      noThreshold: (a) =>
        `There is no LTV threshold for ${a.currency}, so the LTV is not judged; add \`thresholds.minLtv.${a.currency}\` (the smallest LTV per account worth a partner's time, in ${a.currency}) to \`.partnerlint.yaml\`.`,
    },
    ja: {
      noChurn: () =>
        'ファイルに解約率の記載がなく、LTV を計算できません。`economics.monthlyChurnRate`（毎月解約する企業の割合）か、年単位で測っている場合は `economics.annualChurnRate` を追加してください。',
      placeholderCurrency: (a) =>
        `\`economics.currency\` が仮の記載（「${a.currency}」）のため、LTV を評価できません。JPY、USD、EUR のような価格の ISO 4217 コードを書いてください。`,
      noThreshold: (a) =>
        `${a.currency} 建ての LTV のしきい値が設定されていないため、LTV を評価していません。\`.partnerlint.yaml\` に \`thresholds.minLtv.${a.currency}\`（パートナーの手間に見合う1社あたりの LTV のしきい値、${a.currency} 建て）を追加してください。`,
    },
  },
  check(context) {
    // A shape the schema rejects is explained by its finding; the LTV is unknown either way.
    if (context.unreadable(['economics'])) return;
    const economics = at(context.written, 'economics');
    if (!isRecord(economics)) return;
    const readiness = { check: 'ltv', status: 'unknown' } as const;
    if (economics.monthlyChurnRate === undefined && economics.annualChurnRate === undefined) {
      context.report({ path: ['economics'], anchor: 'key', messageId: 'noChurn', readiness });
      return;
    }
    const ltv = context.ltv;
    if (!ltv || ltv.threshold !== null) return;
    const path = ['economics', 'currency'];
    // An absent currency is JPY, which always has a threshold: here the currency is written.
    if (at(context.data, 'economics', 'currency') === undefined)
      context.report({ path, messageId: 'placeholderCurrency', args: { currency: ltv.currency }, readiness });
    else context.report({ path, messageId: 'noThreshold', args: { currency: ltv.currency }, readiness });
  },
});
