import { defineRule } from '../rule';
import { at, isFiniteNumber } from '../data';
import { formatPercent } from '../i18n';

export default defineRule({
  meta: {
    id: 'high-churn',
    defaultSeverity: 'warning',
    title: { en: 'Customers must stay long enough to reward partners', ja: '顧客がパートナーに報いるだけ長く継続すること' },
    rationale: {
      en: 'When many customers cancel every month, each deal a partner closes is soon gone, and the partner is paid for work that disappears. High churn also warns that the product may not yet fit its market.',
      ja: '毎月多くの顧客が解約すると、パートナーが成約した案件はすぐに失われ、パートナーの労力が報われません。高い解約率は、製品がまだ市場に適合していない兆候でもあります。',
    },
  },
  messages: {
    en: { tooHigh: (a, l) => `Monthly churn of ${formatPercent(Number(a.churn), l)} is above the ${formatPercent(Number(a.maximum), l)} limit; customers leave before partners earn back their effort, so reduce churn first.` },
    ja: { tooHigh: (a, l) => `月次解約率 ${formatPercent(Number(a.churn), l)} が上限の ${formatPercent(Number(a.maximum), l)} を超えています。パートナーが労力を回収する前に顧客が離れるため、まず解約率を下げてください。` },
  },
  check(context) {
    const churn = at(context.data, 'economics', 'monthlyChurnRate');
    const maximum = context.thresholds.maxMonthlyChurnRate;
    if (isFiniteNumber(churn) && churn <= 1 && churn > maximum) {
      context.report({ path: ['economics', 'monthlyChurnRate'], args: { churn, maximum } });
    }
  },
});
