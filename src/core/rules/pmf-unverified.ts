import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'pmf-unverified',
    defaultSeverity: 'warning',
    title: { en: 'Show product-market fit with evidence', ja: 'PMF を根拠とともに示すこと' },
    rationale: {
      en: 'Whether the product fits its market is the first thing to check before a partner business, and a claim is not a check. Win rates, retention or NPS show partners that the product sells.',
      ja: '製品が市場に適合しているかは、パートナービジネスの前に最初に確認すべきことであり、主張だけでは確認になりません。受注率、継続率、NPS などの数字が、製品が売れることをパートナーに示します。',
    },
  },
  messages: {
    en: {
      absent: () => 'Product-market fit is not stated; add `product.pmf` with its status and the evidence for it.',
      unknown: () => 'Product-market fit is `unknown`; assess it (win rate, retention, NPS) before starting a partner business.',
      noEvidence: () => 'Product-market fit is claimed without evidence; list the facts that show it under `evidence`.',
    },
    ja: {
      absent: () => 'PMF が書かれていません。`product.pmf` に状態と根拠を追加してください。',
      unknown: () => 'PMF が `unknown` です。パートナービジネスを始める前に、受注率・継続率・NPS などで評価してください。',
      noEvidence: () => 'PMF の達成に根拠がありません。それを示す事実を `evidence` に挙げてください。',
    },
  },
  check(context) {
    const product = at(context.data, 'product');
    if (!isRecord(product)) return;
    const pmf = product.pmf;
    const path = ['product', 'pmf', 'status'];
    if (pmf === undefined) return context.report({ path, messageId: 'absent' });
    if (!isRecord(pmf)) return;
    if (pmf.status === 'unknown') context.report({ path, messageId: 'unknown' });
    else if (pmf.status === 'achieved' && (pmf.evidence === undefined || (Array.isArray(pmf.evidence) && pmf.evidence.length === 0))) {
      context.report({ path, messageId: 'noEvidence' });
    }
  },
});
