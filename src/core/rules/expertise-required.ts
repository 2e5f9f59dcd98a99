import { defineRule } from '../rule';
import { at, isBlank } from '../data';

export default defineRule({
  meta: {
    id: 'expertise-required',
    defaultSeverity: 'warning',
    title: { en: 'A product that needs specialists needs a plan to train partners', ja: '専門知識が必要な製品にはパートナー育成の計画が必要' },
    rationale: {
      en: 'Few partners have rare specialist knowledge, and those who do are busy. If selling or implementing the product takes such knowledge, partners will stall unless the company teaches it: courses, certification and pre-sales help.',
      ja: '希少な専門知識を持つパートナーは少なく、持っていても手が空いていません。販売や導入にそうした知識が必要なら、研修・認定・プリセールス支援などで自社が教えない限り、パートナーは立ち往生します。',
    },
  },
  messages: {
    en: { noEnablement: () => 'Selling this product takes specialist knowledge, and no `enablement` says how partners will learn it; describe the training, certification or pre-sales support.' },
    ja: { noEnablement: () => 'この製品の販売には専門知識が必要ですが、パートナーがそれを習得する方法(`enablement`)が書かれていません。研修、認定、プリセールス支援などを記述してください。' },
  },
  check(context) {
    if (at(context.data, 'product', 'expertise') !== 'high') return;
    const enablement = at(context.data, 'product', 'enablement');
    if (enablement === undefined || (typeof enablement === 'string' && isBlank(enablement))) {
      context.report({ path: ['product', 'expertise'] });
    }
  },
});
