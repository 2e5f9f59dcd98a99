import { defineRule } from '../rule';
import { at } from '../data';
import { formatNumber } from '../i18n';

export default defineRule({
  meta: {
    id: 'target-market-too-small',
    defaultSeverity: 'warning',
    title: { en: 'The target market must be large enough for partners', ja: 'ターゲット市場はパートナーにとって十分な規模であること' },
    rationale: {
      en: 'Recruiting, training and supporting partners is a fixed cost that only pays off across many customers. With a few hundred target companies, the company can usually reach them all directly, faster and cheaper.',
      ja: 'パートナーの開拓・育成・支援は固定費であり、多くの顧客に広がって初めて回収できます。対象企業が数百社程度なら、自社で直接アプローチするほうが速く安く済むのが普通です。',
    },
  },
  messages: {
    en: { tooSmall: (a, l) => `Only ${formatNumber(Number(a.companies), l)} target companies (the minimum is ${formatNumber(Number(a.minimum), l)}); with so few, direct sales usually reach them faster than partners.` },
    ja: { tooSmall: (a, l) => `対象企業が ${formatNumber(Number(a.companies), l)} 社しかありません(下限は ${formatNumber(Number(a.minimum), l)} 社)。この規模なら、パートナーより直販のほうが早く届くのが普通です。` },
  },
  check(context) {
    const companies = at(context.data, 'market', 'targetCompanies');
    const minimum = context.thresholds.minTargetCompanies;
    // A count that is not a whole number >= 0 is the schema's finding; judging it here would report it twice.
    if (typeof companies === 'number' && Number.isInteger(companies) && companies >= 0 && companies < minimum) {
      context.report({ path: ['market', 'targetCompanies'], args: { companies, minimum } });
    }
  },
});
