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
    en: { notApproved: (a) => `The partner business has no approved budget (${a.state === 'requested' ? 'only requested' : a.state === 'none' ? 'none' : 'not stated'}); get it approved before recruiting partners.` },
    ja: { notApproved: (a) => `パートナービジネスの予算が承認されていません(${a.state === 'requested' ? '申請中' : a.state === 'none' ? 'なし' : '未記入'})。パートナーを開拓する前に承認を得てください。` },
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
