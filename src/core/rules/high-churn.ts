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
      ja: '毎月多くの顧客が解約すると、パートナーが苦労して獲得した顧客もすぐに離れてしまい、その労力に見合う収入になりません。解約率が高いことは、製品がまだ市場に合っていないことの表れでもあります。',
    },
  },
  messages: {
    en: { tooHigh: (a, l) => `Monthly churn (\`economics.monthlyChurnRate\`) is ${formatPercent(Number(a.churn), l)}, above the ${formatPercent(Number(a.maximum), l)} limit, so customers leave before partners earn back their effort; reduce churn before recruiting partners.` },
    ja: { tooHigh: (a, l) => `月次解約率(\`economics.monthlyChurnRate\`)が${formatPercent(Number(a.churn), l)}で上限の${formatPercent(Number(a.maximum), l)}を超えており、パートナーが労力を回収する前に顧客が離れてしまうため、パートナーを開拓する前に解約率を下げてください。` },
  },
  check(context) {
    const churn = at(context.data, 'economics', 'monthlyChurnRate');
    const maximum = context.thresholds.maxMonthlyChurnRate;
    if (isFiniteNumber(churn) && churn <= 1 && churn > maximum) {
      context.report({ path: ['economics', 'monthlyChurnRate'], args: { churn, maximum } });
    }
  },
});
