import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'expertise-required',
    defaultSeverity: 'warning',
    feeds: ['expertise'],
    title: { en: 'A product that takes specialist knowledge to sell is hard for partners', ja: '販売に専門知識が要る製品はパートナーが扱いにくい' },
    rationale: {
      en: 'A product that takes specialist knowledge to sell is hard to sell, and partners would have to learn that knowledge first, so they tend to leave such products alone. Training helps, but it does not remove the reason: check whether the product can be sold without the knowledge (you implement, partners sell) or whether direct sales fits it better.',
      ja: '専門知識が要る製品は売るのが難しく、パートナーもまずその知識を身につけなければならないため、取り扱いを避けがちです。育成は助けになりますが、避けられる理由そのものはなくなりません。知識がなくても売れる形（導入は自社、販売はパートナー）にできるか、直販のほうが合うかを確かめてください。',
    },
  },
  messages: {
    en: {
      noEnablement: () =>
        'Selling this product takes specialist knowledge (`product.expertise: high`), and partners tend to avoid products they must first learn; describe in `product.enablement` how partners will learn it, or consider selling direct.',
      withEnablement: () =>
        'Selling this product takes specialist knowledge (`product.expertise: high`), and partners tend to avoid such products even with the enablement in `product.enablement`; check whether partners could sell it without that knowledge (you implement, they sell), or whether direct sales fits it better.',
    },
    ja: {
      noEnablement: () =>
        'この製品の販売には専門知識が必要です（`product.expertise: high`）。パートナーは知識の習得が要る製品を避けがちなので、習得の方法を `product.enablement` に書くか、直販を検討してください。',
      withEnablement: () =>
        'この製品の販売には専門知識が必要です（`product.expertise: high`）。`product.enablement` のパートナー育成は助けになりますが、パートナーはそうした製品を避けがちです。知識がなくても売れる形（導入は自社、販売はパートナー）にできるか、直販のほうが合うかを確かめてください。',
    },
  },
  check(context) {
    if (at(context.data, 'product', 'expertise') !== 'high') return;
    // A placeholder is left out of context.data: "TBD" is no enablement.
    const enablement = at(context.data, 'product', 'enablement');
    const given = typeof enablement === 'string' && enablement.trim() !== '';
    context.report({
      path: ['product', 'expertise'],
      messageId: given ? 'withEnablement' : 'noEnablement',
      readiness: { check: 'expertise', status: 'at-risk' },
    });
  },
});
