import { defineRule } from '../rule';
import { at, isFiniteNumber } from '../data';
import { monthlyFromAnnualChurn } from '../ltv';
import { formatPercent } from '../i18n';

export default defineRule({
  meta: {
    id: 'high-churn',
    defaultSeverity: 'warning',
    feeds: ['ltv'],
    title: { en: 'Customers must stay long enough to reward partners', ja: '顧客がパートナーに報いるだけ長く継続すること' },
    rationale: {
      en: 'When many customers cancel every month, each deal a partner closes is soon gone, and the partner is paid for work that disappears. High churn also warns that the product may not yet fit its market.',
      ja: '毎月多くの顧客が解約すると、パートナーが苦労して獲得した顧客もすぐに離れてしまい、その労力に見合う収入になりません。解約率が高いことは、製品がまだ市場に合っていないことの表れでもあります。',
    },
  },
  messages: {
    en: {
      annualTooHigh: (a, l) =>
        `Annual churn (\`economics.annualChurnRate\`) is ${formatPercent(Number(a.annual), l)}, ${formatPercent(Number(a.churn), l)} a month, above the ${formatPercent(Number(a.maximum), l)} monthly limit, so customers leave before partners earn back their effort; reduce churn before recruiting partners.`,
      tooHigh: (a, l) =>
        `Monthly churn (\`economics.monthlyChurnRate\`) is ${formatPercent(Number(a.churn), l)}, above the ${formatPercent(Number(a.maximum), l)} limit, so customers leave before partners earn back their effort; reduce churn before recruiting partners.`,
    },
    ja: {
      annualTooHigh: (a, l) =>
        `年間解約率（\`economics.annualChurnRate\`）が${formatPercent(Number(a.annual), l)}で、月次に換算すると${formatPercent(Number(a.churn), l)}です。しきい値の月${formatPercent(Number(a.maximum), l)}を超えており、パートナーが労力を回収する前に顧客が離れてしまいます。パートナーを開拓する前に解約率を下げてください。`,
      tooHigh: (a, l) =>
        `月次解約率（\`economics.monthlyChurnRate\`）は${formatPercent(Number(a.churn), l)}で、しきい値の${formatPercent(Number(a.maximum), l)}を超えています。パートナーが労力を回収する前に顧客が離れてしまいます。パートナーを開拓する前に解約率を下げてください。`,
    },
  },
  check(context) {
    const maximum = context.thresholds.maxMonthlyChurnRate;
    const readiness = { check: 'ltv', status: 'at-risk' } as const;
    const monthly = at(context.data, 'economics', 'monthlyChurnRate');
    const annual = at(context.data, 'economics', 'annualChurnRate');
    // Both at once is the schema's finding: which one holds is not known.
    if (monthly !== undefined && annual !== undefined) return;
    if (isFiniteNumber(monthly) && monthly <= 1 && monthly > maximum) {
      context.report({ path: ['economics', 'monthlyChurnRate'], messageId: 'tooHigh', args: { churn: monthly, maximum }, readiness });
    }
    if (isFiniteNumber(annual) && annual >= 0 && annual <= 1) {
      const churn = monthlyFromAnnualChurn(annual);
      if (churn > maximum) context.report({ path: ['economics', 'annualChurnRate'], messageId: 'annualTooHigh', args: { annual, churn, maximum }, readiness });
    }
  },
});
