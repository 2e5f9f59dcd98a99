import { defineRule } from '../rule';
import { recordsAt } from '../data';

export default defineRule({
  meta: {
    id: 'new-segment-already-served',
    defaultSeverity: 'warning',
    title: { en: 'A new-segment purpose must name a segment not reached yet', ja: '新規セグメントの目的には未開拓のセグメントを指定すること' },
    rationale: {
      en: 'Winning a new segment and selling more in a segment already served are different jobs with different partners. Calling an existing segment new hides which of the two the strategy is really about.',
      ja: '新しいセグメントを攻略することと、既存セグメントで販売を伸ばすことは、必要なパートナーも異なる別の仕事です。既存のセグメントを新規と呼ぶと、戦略が本当はどちらを目指しているのかが見えなくなります。',
    },
  },
  messages: {
    en: {
      alreadyServed: (a) =>
        `Segment \`${a.segment}\` has \`status: existing\`, so it is not new; point this purpose's \`segment\` at a segment not reached yet, or change its \`type\` (to \`majority-reach\`, for example).`,
    },
    ja: {
      alreadyServed: (a) =>
        `セグメント \`${a.segment}\` は \`status: existing\`（既存）で、新規ではありません。この目的の \`segment\` に未開拓のセグメントを指定するか、\`type\` を別の目的（\`majority-reach\` など）に変えてください。`,
    },
  },
  check(context) {
    const existing = new Set(
      recordsAt(context.data, 'market', 'segments').flatMap(({ item }) => (item.status === 'existing' && typeof item.id === 'string' ? [item.id] : [])),
    );
    for (const { item, index } of recordsAt(context.data, 'purposes')) {
      if (item.type === 'new-segment' && typeof item.segment === 'string' && existing.has(item.segment)) {
        context.report({ path: ['purposes', index, 'segment'], args: { segment: item.segment } });
      }
    }
  },
});
