import { defineRule } from '../rule';
import { formatMoney, formatNumber, formatPercent } from '../i18n';

export default defineRule({
  meta: {
    id: 'ltv-too-low',
    defaultSeverity: 'warning',
    title: { en: 'Each account must be worth enough for partners', ja: '1社あたりの価値がパートナーにとって十分であること' },
    rationale: {
      en: 'A partner invests its own sales time in every deal and earns a share of what the account pays over its life. A low monthly price per company, or customers who leave early, leaves too little for the partner to bother. A cheap per-user price can still be fine when each company keeps adding users.',
      ja: 'パートナーは商談ごとに自社の営業時間を投じ、顧客が生涯に支払う額の一部を得ます。1社あたりの月額が低い、あるいは早期に解約される場合、パートナーが取り組むだけの価値が残りません。ただし、ユーザー単価が安くても各社のユーザーが増え続けるなら差し支えありません。',
    },
  },
  messages: {
    en: {
      tooLow: (a, l) =>
        `LTV per account is ${formatMoney(Number(a.ltv), String(a.currency), l)}, below the ${formatMoney(Number(a.threshold), String(a.currency), l)} partners need ` +
        `(${a.users !== '' ? `${formatMoney(Number(a.price), String(a.currency), l)} × ${formatNumber(Number(a.users), l)} users = ` : ''}${formatMoney(Number(a.revenue), String(a.currency), l)} a month, churn ${formatPercent(Number(a.churn), l)} a month, growth ${formatPercent(Number(a.growth), l)} a year, over ${a.horizon} months)` +
        `${a.partnerShare !== '' ? `; the partner's share${a.margin !== undefined && a.margin !== '' ? ` at a ${formatPercent(Number(a.margin), l)} margin` : ''} is ${formatMoney(Number(a.partnerShare), String(a.currency), l)}` : ''}` +
        (a.users !== '' ? '; raise the price, grow the users per account, or lower churn.' : '; raise the price per account or lower churn.'),
    },
    ja: {
      tooLow: (a, l) =>
        `1社あたりの LTV は ${formatMoney(Number(a.ltv), String(a.currency), l)} で、パートナーに必要な ${formatMoney(Number(a.threshold), String(a.currency), l)} を下回っています` +
        `(月額 ${a.users !== '' ? `${formatMoney(Number(a.price), String(a.currency), l)} × ${formatNumber(Number(a.users), l)} ユーザー = ` : ''}${formatMoney(Number(a.revenue), String(a.currency), l)}、月次解約率 ${formatPercent(Number(a.churn), l)}、年間成長率 ${formatPercent(Number(a.growth), l)}、${formatNumber(Number(a.horizon), l)}か月)` +
        `${a.partnerShare !== '' ? `。${a.margin !== undefined && a.margin !== '' ? `マージン ${formatPercent(Number(a.margin), l)} での` : ''}パートナーの取り分は ${formatMoney(Number(a.partnerShare), String(a.currency), l)} です` : ''}` +
        (a.users !== '' ? '。単価を上げるか、1社あたりのユーザー数を増やすか、解約率を下げてください。' : '。1社あたりの単価を上げるか、解約率を下げてください。'),
    },
  },
  check(context) {
    const ltv = context.ltv;
    if (!ltv || ltv.threshold === null || ltv.ltv >= ltv.threshold) return;
    context.report({
      path: ['economics', 'monthlyPrice'],
      args: {
        ltv: ltv.ltv,
        threshold: ltv.threshold,
        currency: ltv.currency,
        revenue: ltv.monthlyRevenue,
        price: ltv.monthlyPrice,
        users: ltv.usersPerAccount ?? '',
        churn: ltv.monthlyChurnRate,
        growth: ltv.userGrowthRate,
        horizon: ltv.horizonMonths,
        partnerShare: ltv.partnerShare ?? '',
        margin: ltv.partnerShare === null || ltv.ltv === 0 ? '' : ltv.partnerShare / ltv.ltv,
      },
    });
  },
});
