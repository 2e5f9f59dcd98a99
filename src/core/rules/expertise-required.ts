import { defineRule } from '../rule';
import { at, isBlank } from '../data';

export default defineRule({
  meta: {
    id: 'expertise-required',
    defaultSeverity: 'warning',
    title: { en: 'A product that needs specialists needs a plan to train partners', ja: '専門知識が必要な製品にはパートナー育成の計画が必要' },
    rationale: {
      en: 'Few partners have rare specialist knowledge, and those who do are busy. If selling or implementing the product takes such knowledge, partners will stall unless the company teaches it: courses, certification and pre-sales help.',
      ja: '希少な専門知識を持つパートナーはわずかで、いたとしても他の仕事で手一杯です。販売や導入にそうした知識が要る製品では、研修・認定・プリセールス支援などで自社が教えない限り、パートナーは商談を前に進められません。',
    },
  },
  messages: {
    en: { noEnablement: () => 'Selling this product takes specialist knowledge (`product.expertise: high`), but no `product.enablement` says how partners will learn it; describe the training, certification or pre-sales support they will get.' },
    ja: { noEnablement: () => 'この製品の販売には専門知識が必要(`product.expertise: high`)なのに、パートナーがそれを身につける方法が `product.enablement` に書かれていないため、研修、認定、プリセールス支援などのパートナー育成の内容を書いてください。' },
  },
  check(context) {
    if (at(context.data, 'product', 'expertise') !== 'high') return;
    const enablement = at(context.data, 'product', 'enablement');
    if (enablement === undefined || (typeof enablement === 'string' && isBlank(enablement))) {
      context.report({ path: ['product', 'expertise'] });
    }
  },
});
