import { defineRule } from '../rule';
import { at, isBlank, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'direct-sales-story-missing',
    defaultSeverity: 'warning',
    title: { en: 'Describe how the product sells direct today', ja: '現在の直販での売れ方を書くこと' },
    rationale: {
      en: 'Partners repeat a sales story that already works: who buys, why, and how long a deal takes. A company that cannot tell that story from its own direct sales has nothing for partners to copy.',
      ja: 'パートナーは、すでに機能している売り方（誰が、なぜ買い、商談にどれくらいかかるか）を再現します。自社の直販でその売り方を語れない会社には、パートナーに渡せるものがありません。',
    },
  },
  messages: {
    en: { missing: () => 'The direct sales story is missing; add `product.directSalesStory` saying to whom the product sells today and why they buy it.' },
    ja: { missing: () => 'ファイルに直販での売れ方の記載がありません。現在誰に売れていて、なぜ買われるのかを `product.directSalesStory` に書いてください。' },
  },
  check(context) {
    const product = at(context.data, 'product');
    if (!isRecord(product)) return;
    const story = product.directSalesStory;
    if (story === undefined || (typeof story === 'string' && isBlank(story))) context.report({ path: ['product'], anchor: 'key' });
  },
});
