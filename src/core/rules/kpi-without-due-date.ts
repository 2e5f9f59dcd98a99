import { defineRule } from '../rule';
import { recordsAt } from '../data';

export default defineRule({
  meta: {
    id: 'kpi-without-due-date',
    defaultSeverity: 'info',
    title: { en: 'Give every KPI a due date', ja: 'すべての KPI に期日を設定すること' },
    rationale: {
      en: 'A target without a date cannot be missed, so it cannot warn anyone. Because partner business pays back over the mid-to-long term, dated milestones are what tell a slow start from a failing one.',
      ja: '期日のない目標は未達にならないため、誰にも警告を発しません。パートナービジネスは中長期で成果が出るため、期日つきのマイルストーンこそが「立ち上がりが遅い」と「失敗している」を見分ける手がかりになります。',
    },
  },
  messages: {
    en: { noDue: (a) => `The KPI "${a.name}" has no due date; add \`due: YYYY-MM-DD\` to it.` },
    ja: { noDue: (a) => `KPI「${a.name}」に期日がありません。\`due: YYYY-MM-DD\` を追加してください。` },
  },
  check(context) {
    for (const { item, index } of recordsAt(context.data, 'kpis')) {
      if (item.due === undefined)
        context.report({ path: ['kpis', index, 'name'], args: { name: typeof item.name === 'string' ? item.name : `#${index + 1}` } });
    }
  },
});
