import { defineRule } from '../rule';
import { recordsAt } from '../data';
import { partnersToJudge } from '../partners';

export default defineRule({
  meta: {
    id: 'new-segment-without-relationships',
    defaultSeverity: 'warning',
    title: { en: 'Win a new segment with partners its customers already trust', ja: '新規セグメントは顧客と関係のあるパートナーと攻略すること' },
    rationale: {
      en: "A segment the company has never sold to (another industry, or large enterprises after small ones) needs knowledge of that segment and awareness in it. A partner that already has the customers' trust brings both; one without it starts from zero like the company would.",
      ja: 'これまで取引のなかったセグメント（別の業界や、中小企業に続く大企業など）では、その領域の知識と認知の獲得が必要です。すでに顧客の信頼を得ているパートナーは両方をもたらしますが、関係のないパートナーでは自社と同じくゼロからの出発です。',
    },
  },
  messages: {
    en: {
      noRelationships: (a) =>
        `No partner in segment \`${a.segment}\` has \`customerRelationships: true\`; add a partner that the segment's customers already trust.`,
    },
    ja: {
      noRelationships: (a) =>
        `セグメント \`${a.segment}\` に、\`customerRelationships: true\` のパートナーがいません。そのセグメントの顧客からすでに信頼されているパートナーを加えてください。`,
    },
  },
  check(context) {
    const partners = partnersToJudge(context.data);
    if (!partners) return;
    for (const { item: purpose, index } of recordsAt(context.data, 'purposes')) {
      if (purpose.type !== 'new-segment') continue;
      const segment = typeof purpose.segment === 'string' ? purpose.segment : undefined;
      const trusted = partners.some(
        (partner) =>
          partner.customerRelationships === true && (segment === undefined || (Array.isArray(partner.segments) && partner.segments.includes(segment))),
      );
      if (!trusted) context.report({ path: ['purposes', index, 'type'], args: { segment: segment ?? '' } });
    }
  },
});
