import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'low-priority',
    defaultSeverity: 'warning',
    feeds: ['executive'],
    title: { en: 'The partner business must not be a low priority', ja: 'パートナービジネスの優先度を低くしないこと' },
    rationale: {
      en: 'Partners watch where a vendor puts its attention. A partner business ranked low loses every conflict with direct sales over leads, people and time, and partners soon notice.',
      ja: 'パートナーはベンダーがどこに注力しているかを見ています。優先度が低いパートナービジネスは、見込み客・人員・時間をめぐる直販との衝突でいつも負け、パートナーはすぐにそれに気づきます。',
    },
  },
  messages: {
    en: {
      low: () =>
        'The partner business has a low priority (`organization.executiveSponsor.priority: low`), so it loses to direct sales whenever they compete for leads, people or time; raise it to `medium` or `high`.',
    },
    ja: {
      low: () =>
        'パートナービジネスの優先度が低く設定されています（`organization.executiveSponsor.priority: low`）。見込み客や人員、時間をめぐって直販と競合するたびに後回しになります。`medium` か `high` に上げてください。',
    },
  },
  check(context) {
    if (at(context.data, 'organization', 'executiveSponsor', 'priority') === 'low') {
      context.report({ path: ['organization', 'executiveSponsor', 'priority'], readiness: { check: 'executive', status: 'at-risk' } });
    }
  },
});
