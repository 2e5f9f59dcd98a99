import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'pmf-not-achieved',
    defaultSeverity: 'error',
    feeds: ['pmf'],
    title: { en: 'Reach product-market fit before recruiting partners', ja: 'パートナー開拓の前に PMF を達成すること' },
    rationale: {
      en: 'Partners multiply what already works; they cannot make customers want a product. If the company cannot yet sell it direct, partners will not sell it either, and they rarely give a product a second chance.',
      ja: 'パートナーはすでにうまくいっていることを広げる存在であり、顧客が求めていない製品を売れるようにはできません。自社で売れないものはパートナーにも売れず、一度見切られると二度目の機会はまずありません。',
    },
  },
  messages: {
    en: {
      notYet: () =>
        'Product-market fit is not achieved yet (`product.pmf.status: not-yet`); find it by selling direct first, and start the partner business after that.',
    },
    ja: {
      notYet: () => 'PMF はまだ達成されていません（`product.pmf.status: not-yet`）。まず直販で PMF を確立し、そのあとでパートナービジネスを始めてください。',
    },
  },
  check(context) {
    if (at(context.data, 'product', 'pmf', 'status') === 'not-yet')
      context.report({ path: ['product', 'pmf', 'status'], readiness: { check: 'pmf', status: 'at-risk' } });
  },
});
