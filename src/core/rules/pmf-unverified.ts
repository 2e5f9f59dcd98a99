import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'pmf-unverified',
    defaultSeverity: 'warning',
    feeds: ['pmf'],
    title: { en: 'Show product-market fit with evidence', ja: 'PMF を根拠とともに示すこと' },
    rationale: {
      en: 'Whether the product fits its market is the first thing to check before a partner business, and a claim is not a check. Win rates, retention or NPS show partners that the product sells.',
      ja: '製品が市場に適合しているかは、パートナービジネスの前に最初に確認すべきことであり、主張だけでは確認になりません。受注率、継続率、NPS などの数字が、製品が売れることをパートナーに示します。',
    },
  },
  messages: {
    en: {
      absent: () => 'Product-market fit is not stated; add `product.pmf` with its `status` and the `evidence` for it.',
      unknown: () =>
        'Product-market fit is not assessed (`product.pmf.status: unknown`); measure it (win rate, retention, NPS) and record the result before starting a partner business.',
      noEvidence: () => 'Product-market fit is claimed without evidence; list the facts that show it (win rate, retention, NPS) under `product.pmf.evidence`.',
      placeholderEvidence: () =>
        'Product-market fit is claimed, but `product.pmf.evidence` holds only placeholders; replace them with the facts that show it (win rate, retention, NPS).',
    },
    ja: {
      absent: () => 'ファイルに PMF の記載がありません。`product.pmf` に状態（`status`）と根拠（`evidence`）を書いてください。',
      unknown: () =>
        'PMF はまだ評価されていません（`product.pmf.status: unknown`）。パートナービジネスを始める前に、受注率、継続率、NPS などで評価し、結果を書いてください。',
      noEvidence: () => 'PMF を達成したとありますが、根拠の記載がありません。受注率、継続率、NPS などの事実を `product.pmf.evidence` に書いてください。',
      placeholderEvidence: () =>
        'PMF を達成したとありますが、`product.pmf.evidence` には仮の記載しかありません。PMF を示す事実（受注率、継続率、NPS など）に置き換えてください。',
    },
  },
  check(context) {
    const product = at(context.data, 'product');
    if (!isRecord(product)) return;
    const pmf = product.pmf;
    const path = ['product', 'pmf', 'status'];
    const readiness = { check: 'pmf', status: 'unknown' } as const;
    if (pmf === undefined) return context.report({ path, messageId: 'absent', readiness });
    if (!isRecord(pmf)) return;
    if (pmf.status === 'unknown') context.report({ path, messageId: 'unknown', readiness });
    else if (pmf.status === 'achieved' && (pmf.evidence === undefined || Array.isArray(pmf.evidence))) {
      // Placeholder items are `undefined` here (context.data leaves them out); a list of only those is no evidence.
      const evidence = Array.isArray(pmf.evidence) ? pmf.evidence : [];
      if (evidence.some((item) => item !== undefined)) return;
      context.report({ path, messageId: evidence.length > 0 ? 'placeholderEvidence' : 'noEvidence', readiness });
    }
  },
});
