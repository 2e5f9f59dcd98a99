import { defineRule } from '../rule';
import { at, isMissingOrEmptyList } from '../data';

export default defineRule({
  meta: {
    id: 'purpose-missing',
    defaultSeverity: 'error',
    insertsBlock: 'purposes',
    feeds: ['purpose'],
    title: { en: 'State why the company works with partners', ja: 'パートナーと組んで何を目指すのかを書くこと' },
    rationale: {
      en: 'The purpose decides everything after it: which partners to choose, how to support them and which KPIs to track. Without a stated purpose, partner selection turns into collecting logos.',
      ja: '目的が決まれば、選ぶべきパートナー、支援の仕方、追うべき KPI が決まります。目的がないまま進めると、パートナー選びが単なる提携先集めになってしまいます。',
    },
  },
  messages: {
    en: {
      missing: () =>
        'No purpose is stated; add `purposes` and say whether partners are to reach customers (`majority-reach`, `new-segment`) or to make the product more valuable (`integration`, `new-business-model`).',
    },
    ja: {
      missing: () =>
        'ファイルにパートナービジネスの目的（`purposes`）の記載がありません。顧客へのリーチ（`majority-reach`、`new-segment`）と製品価値の向上（`integration`、`new-business-model`）のどちらを目指すかを書いてください。',
    },
  },
  check(context) {
    if (isMissingOrEmptyList(at(context.data, 'purposes')))
      context.report({ path: ['purposes'], anchor: 'key', readiness: { check: 'purpose', status: 'unknown' } });
  },
});
