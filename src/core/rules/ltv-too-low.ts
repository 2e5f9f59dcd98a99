import { defineRule } from '../rule';
import { formatMoney, formatNumber, formatPercent } from '../i18n';

export default defineRule({
  meta: {
    id: 'ltv-too-low',
    defaultSeverity: 'warning',
    feeds: ['ltv'],
    title: { en: 'Each account must be worth enough for partners', ja: '1社あたりの価値がパートナーにとって十分であること' },
    rationale: {
      en: 'A partner invests its own sales time in every deal and earns a share of what the account pays over its life. A low monthly price per company, or customers who leave early, leaves too little for the partner to bother. A cheap per-user price can still be fine when each company keeps adding users.',
      ja: 'パートナーは商談ごとに自社の営業時間を投じ、顧客が生涯に支払う額の一部を得ます。1社あたりの月額が低い、あるいは早期に解約される場合、パートナーが取り組むだけの価値が残りません。ただし、ユーザー単価が安くても各社のユーザーが増え続けるなら差し支えありません。',
    },
  },
  messages: {
    en: {
      tooLow: (a, l) => {
        const money = (key: string): string => formatMoney(Number(a[key]), String(a.currency), l);
        const revenue = a.users !== '' ? `${money('price')} × ${formatNumber(Number(a.users), l)} users = ${money('revenue')}` : money('revenue');
        const annual = a.annual !== undefined && a.annual !== '';
        const churn = annual
          ? `annual churn ${formatPercent(Number(a.annual), l)} (${formatPercent(Number(a.churn), l)} a month)`
          : `monthly churn ${formatPercent(Number(a.churn), l)}`;
        const oneTime = Number(a.oneTime) > 0 ? `, plus ${money('oneTime')} one-time` : '';
        const margin = a.margin !== undefined && a.margin !== '' ? ` at a ${formatPercent(Number(a.margin), l)} margin` : '';
        const share = a.partnerShare !== '' ? `, and the partner's share${margin} is ${money('partnerShare')}` : '';
        const churnKey = annual ? '`economics.annualChurnRate`' : '`economics.monthlyChurnRate`';
        const action =
          a.users !== ''
            ? `raise \`economics.monthlyPrice\`, grow \`economics.usersPerAccount\` or lower ${churnKey}`
            : `raise \`economics.monthlyPrice\` or lower ${churnKey}`;
        return `The LTV per account is ${money('ltv')} (${revenue} a month${oneTime}, ${churn}, growth ${formatPercent(Number(a.growth), l)} a year, over ${a.horizon} months), below the ${money('threshold')} partners need${share}; ${action}.`;
      },
    },
    ja: {
      tooLow: (a, l) => {
        // `1,053,670円` joins the Japanese around it; `USD 20,000` stands apart from it, as the glossary (docs/reference/glossary.md) asks.
        const money = (key: string): string => {
          const text = formatMoney(Number(a[key]), String(a.currency), l);
          return /^[A-Z]/.test(text) ? ` ${text} ` : text;
        };
        const revenue = a.users !== '' ? `${money('price')} × ${formatNumber(Number(a.users), l)}ユーザー = ${money('revenue')}` : money('revenue');
        const annual = a.annual !== undefined && a.annual !== '';
        const churn = annual
          ? `年間解約率${formatPercent(Number(a.annual), l)}（月次${formatPercent(Number(a.churn), l)}）`
          : `月次解約率${formatPercent(Number(a.churn), l)}`;
        const oneTime = Number(a.oneTime) > 0 ? `、初期売上${money('oneTime')}` : '';
        const margin = a.margin !== undefined && a.margin !== '' ? `マージン${formatPercent(Number(a.margin), l)}での` : '';
        const share = a.partnerShare !== '' ? `（${margin}パートナーの取り分は${money('partnerShare')}）` : '';
        const churnKey = annual ? '`economics.annualChurnRate`' : '`economics.monthlyChurnRate`';
        const action =
          a.users !== ''
            ? `\`economics.monthlyPrice\` を上げるか、\`economics.usersPerAccount\` を増やすか、${churnKey} を下げてください。`
            : `\`economics.monthlyPrice\` を上げるか、${churnKey} を下げてください。`;
        // Three short sentences: the shortfall, the figures it comes from (and the partner's share), what to change.
        const text = `1社あたりの LTV は${money('ltv')}で、しきい値の${money('threshold')}を下回っています${share}。前提は月額${revenue}${oneTime}、${churn}、年間成長率${formatPercent(Number(a.growth), l)}、${formatNumber(Number(a.horizon), l)}か月です。${action}`;
        // No space left beside Japanese punctuation, none doubled.
        return text.replace(/ {2,}/g, ' ').replace(/ ?([（、）。]) ?/g, '$1');
      },
    },
  },
  check(context) {
    const ltv = context.ltv;
    if (!ltv || ltv.threshold === null || ltv.ltv >= ltv.threshold) return;
    context.report({
      path: ['economics', 'monthlyPrice'],
      readiness: { check: 'ltv', status: 'at-risk' },
      args: {
        ltv: ltv.ltv,
        threshold: ltv.threshold,
        currency: ltv.currency,
        revenue: ltv.monthlyRevenue,
        price: ltv.monthlyPrice,
        users: ltv.usersPerAccount ?? '',
        churn: ltv.monthlyChurnRate,
        annual: ltv.annualChurnRate ?? '',
        oneTime: ltv.oneTimeRevenue,
        growth: ltv.userGrowthRate,
        horizon: ltv.horizonMonths,
        partnerShare: ltv.partnerShare ?? '',
        margin: ltv.partnerShare === null || ltv.ltv === 0 ? '' : ltv.partnerShare / ltv.ltv,
      },
    });
  },
});
