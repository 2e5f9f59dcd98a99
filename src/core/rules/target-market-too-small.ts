import { defineRule } from '../rule';
import { at } from '../data';
import { formatNumber } from '../i18n';

export default defineRule({
  meta: {
    id: 'target-market-too-small',
    defaultSeverity: 'warning',
    feeds: ['marketSize'],
    title: { en: 'The target market must be large enough for partners', ja: 'ターゲット市場はパートナーにとって十分な規模であること' },
    rationale: {
      en: 'Recruiting, training and supporting partners is a fixed cost that only pays off across many customers. With a few hundred target companies, the company can usually reach them all directly, faster and cheaper.',
      ja: 'パートナーの開拓・育成・支援は固定費であり、多くの顧客に広がって初めて回収できます。対象企業が数百社程度なら、自社で直接アプローチするほうが速く安く済むのが普通です。',
    },
  },
  messages: {
    en: {
      tooSmall: (a, l) =>
        `\`market.targetCompanies\` is ${formatNumber(Number(a.companies), l)}, fewer than the ${formatNumber(Number(a.minimum), l)} companies a partner business needs; widen the target market, or sell to these companies direct.`,
    },
    ja: {
      tooSmall: (a, l) =>
        `対象企業数（\`market.targetCompanies\`）は${formatNumber(Number(a.companies), l)}社で、パートナービジネスの目安の${formatNumber(Number(a.minimum), l)}社に届きません。ターゲット市場を広げるか、これらの企業には直販での販売を検討してください。`,
    },
  },
  check(context) {
    const companies = at(context.data, 'market', 'targetCompanies');
    const minimum = context.thresholds.minTargetCompanies;
    // A count that is not a whole number >= 0 is the schema's finding; judging it here would report it twice.
    if (typeof companies === 'number' && Number.isInteger(companies) && companies >= 0 && companies < minimum) {
      context.report({ path: ['market', 'targetCompanies'], args: { companies, minimum }, readiness: { check: 'marketSize', status: 'at-risk' } });
    }
  },
});
