import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'low-priority',
    defaultSeverity: 'warning',
    title: { en: 'The partner business must not be a low priority', ja: 'パートナービジネスの優先度を低くしないこと' },
    rationale: {
      en: 'Partners watch where a vendor puts its attention. A partner business ranked low loses every conflict with direct sales over leads, people and time, and partners soon notice.',
      ja: 'パートナーはベンダーがどこに注力しているかを見ています。優先度が低いパートナービジネスは、見込み客・人員・時間をめぐる直販との衝突でいつも負け、パートナーはすぐにそれに気づきます。',
    },
  },
  messages: {
    en: { low: () => 'The partner business is a low priority; raise it, or expect it to lose to direct sales whenever they conflict.' },
    ja: { low: () => 'パートナービジネスの優先度が低いままでは直販と衝突するたびに後回しになるため、優先度を上げてください。' },
  },
  check(context) {
    if (at(context.data, 'organization', 'executiveSponsor', 'priority') === 'low') {
      context.report({ path: ['organization', 'executiveSponsor', 'priority'] });
    }
  },
});
