import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'no-budget',
    defaultSeverity: 'warning',
    feeds: ['executive'],
    title: { en: 'The sponsor must approve a budget', ja: 'スポンサーが予算を承認していること' },
    rationale: {
      en: 'Recruiting and supporting partners costs money long before partner revenue arrives: training, marketing funds, events. An understanding that comes with no approved budget is not yet a decision.',
      ja: 'パートナーの開拓と支援には、パートナー経由の売上が立つずっと前から費用がかかります（研修、マーケティング資金、イベントなど）。承認された予算を伴わない理解は、まだ意思決定とはいえません。',
    },
  },
  messages: {
    en: {
      notStated: () =>
        'The file does not say whether the partner business has a budget; add `organization.executiveSponsor.budget` (`approved`, `requested` or `none`).',
      pending: () =>
        'The budget for the partner business is pending a decision (`organization.executiveSponsor.budget: requested`); change it to `approved` once it is approved.',
      refused: () =>
        'The partner business has no budget (`organization.executiveSponsor.budget: none`), and partners cost money long before they bring revenue; get a budget approved before recruiting partners, then change it to `approved`.',
    },
    ja: {
      notStated: () =>
        'パートナービジネスの予算についての記載がファイルにありません。`organization.executiveSponsor.budget`（`approved`、`requested`、`none` のいずれか）を追加してください。',
      pending: () => 'パートナービジネスの予算は申請中です（`organization.executiveSponsor.budget: requested`）。承認されたら `approved` に変えてください。',
      refused: () =>
        'パートナービジネスの予算は承認されていません（`organization.executiveSponsor.budget: none`）。パートナーには売上が立つ前から費用がかかります。パートナーを開拓する前に予算の承認を得て、`approved` に変えてください。',
    },
  },
  check(context) {
    const sponsor = at(context.data, 'organization', 'executiveSponsor');
    if (!isRecord(sponsor)) return;
    const path = ['organization', 'executiveSponsor', 'budget'];
    const value = sponsor.budget;
    // Refused is the chapter's stop sign; not stated or pending is a decision not made yet.
    if (value === 'none') context.report({ path, messageId: 'refused', readiness: { check: 'executive', status: 'at-risk' } });
    else if (value === 'requested') context.report({ path, messageId: 'pending', readiness: { check: 'executive', status: 'unknown' } });
    else if (value === undefined) context.report({ path, messageId: 'notStated', readiness: { check: 'executive', status: 'unknown' } });
  },
});
