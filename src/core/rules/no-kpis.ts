import { defineRule } from '../rule';
import { at, isMissingOrEmptyList } from '../data';

export default defineRule({
  meta: {
    id: 'no-kpis',
    defaultSeverity: 'warning',
    insertsBlock: 'kpis',
    title: { en: 'Set KPIs for the partner business', ja: 'パートナービジネスの KPI を設定すること' },
    rationale: {
      en: 'Designing KPIs is one of the two goals of the strategy. Without them nobody can tell, a year in, whether partners are reaching the customers they were meant to reach.',
      ja: 'KPI の設計は戦略の2つのゴールの1つです。KPI がなければ、1年後にパートナーが狙いどおりの顧客に届いているのか誰にも判断できません。',
    },
  },
  messages: {
    en: { missing: () => 'No KPIs are set; add `kpis` with targets and due dates that show whether partners reach the intended customers.' },
    ja: { missing: () => 'ファイルに KPI の記載がありません。パートナーが狙った顧客に届いているかを示す目標値と期日を `kpis` に書いてください。' },
  },
  check(context) {
    if (isMissingOrEmptyList(at(context.data, 'kpis'))) context.report({ path: ['kpis'], anchor: 'key' });
  },
});
