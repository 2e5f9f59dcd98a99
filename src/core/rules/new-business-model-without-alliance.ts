import { defineRule } from '../rule';
import { checkPurposeHasPartnerType } from '../partners';

export default defineRule({
  meta: {
    id: 'new-business-model-without-alliance',
    defaultSeverity: 'info',
    title: { en: 'A new business model needs an alliance partner', ja: '新たなビジネスモデルにはアライアンスパートナーが必要' },
    rationale: {
      en: "A new business model creates value that the company could not create alone, by combining its product with a partner's assets. That takes an alliance: a partner committed to building the business together, not one that only resells.",
      ja: '新たなビジネスモデルは、自社製品とパートナーの資産を組み合わせ、どちらか単独では届けられない価値を顧客に届けるものです。そのためには再販だけでなく、共に事業を創ることにコミットするアライアンスパートナーが必要です。',
    },
  },
  messages: {
    en: {
      noAlliance: () =>
        'The purpose is a new business model, but no partner has `type: alliance`; add the partner you will build the business with to `partners`.',
    },
    ja: {
      noAlliance: () =>
        '目的は新たなビジネスモデルの開発ですが、`type: alliance` のパートナーがいません。共に事業を創るパートナーを `partners` に加えてください。',
    },
  },
  check(context) {
    checkPurposeHasPartnerType(context, 'new-business-model', 'alliance');
  },
});
