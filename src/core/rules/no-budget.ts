import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'no-budget',
    defaultSeverity: 'warning',
    title: { en: 'The sponsor must approve a budget', ja: 'スポンサーが予算を承認していること' },
    rationale: {
      en: 'Recruiting and supporting partners costs money long before partner revenue arrives: training, marketing funds, events. An understanding that comes with no approved budget is not yet a decision.',
      ja: 'パートナーの開拓と支援には、パートナー経由の売上が立つずっと前から費用がかかります(研修、マーケティング資金、イベントなど)。承認された予算を伴わない理解は、まだ意思決定とはいえません。',
    },
  },
  messages: {
    en: {
      notApproved: (a) =>
        a.state === 'requested'
          ? 'The budget for the partner business is only requested (`organization.executiveSponsor.budget: requested`); get it approved before recruiting partners, then change it to `approved`.'
          : a.state === 'none'
            ? 'The partner business has no budget (`organization.executiveSponsor.budget: none`); get one approved before recruiting partners, then change it to `approved`.'
            : 'No budget is stated for the partner business; get one approved before recruiting partners, then add `organization.executiveSponsor.budget: approved`.',
    },
    ja: {
      notApproved: (a) =>
        a.state === 'requested'
          ? 'パートナービジネスの予算がまだ申請中(`organization.executiveSponsor.budget: requested`)のため、パートナーを開拓する前に承認を得て、`approved` に変えてください。'
          : a.state === 'none'
            ? 'パートナービジネスの予算がない(`organization.executiveSponsor.budget: none`)ため、パートナーを開拓する前に予算の承認を得て、`approved` に変えてください。'
            : 'パートナービジネスの予算が書かれていないため、パートナーを開拓する前に予算の承認を得て、`organization.executiveSponsor.budget: approved` を追加してください。',
    },
  },
  check(context) {
    const sponsor = at(context.data, 'organization', 'executiveSponsor');
    if (!isRecord(sponsor)) return;
    const value = sponsor.budget;
    if (value === undefined || value === 'requested' || value === 'none') {
      context.report({ path: ['organization', 'executiveSponsor', 'budget'], args: { state: value === undefined ? '' : String(value) } });
    }
  },
});
