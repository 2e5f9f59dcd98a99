import { defineRule } from '../rule';
import { at, isMissingOrEmptyList } from '../data';

export default defineRule({
  meta: {
    id: 'no-target-partners',
    defaultSeverity: 'warning',
    insertsBlock: 'partners',
    title: { en: 'Name the target partners', ja: 'ターゲットとするパートナーを書くこと' },
    rationale: {
      en: 'A partner strategy ends in two decisions: which partners to go after, and which KPIs to hold them and the team to. Without candidate partners, the purpose has no channel to work through.',
      ja: 'パートナー戦略のゴールは、狙うべきパートナーを選ぶことと KPI を設計することの2つです。パートナー候補がなければ、目的を実現する経路がありません。',
    },
  },
  messages: {
    en: { missing: () => 'No target partners are listed; add `partners` with the candidates that fit the purposes.' },
    ja: { missing: () => 'ファイルにターゲットとするパートナーの記載がありません。目的に合う候補を `partners` に書いてください。' },
  },
  check(context) {
    if (isMissingOrEmptyList(at(context.data, 'partners'))) context.report({ path: ['partners'], anchor: 'key' });
  },
});
