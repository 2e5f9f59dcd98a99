import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'no-headcount',
    defaultSeverity: 'warning',
    title: { en: 'The sponsor must approve headcount', ja: 'スポンサーが人員を承認していること' },
    rationale: {
      en: "Partners need people on the company's side: someone to recruit them, train them and help with their first deals. Without approved headcount that work lands on people who already have other jobs.",
      ja: 'パートナーには自社側の担当者が必要です(開拓、育成、初期の商談支援)。人員が承認されていなければ、その仕事は別の業務を抱えた人に降りかかります。',
    },
  },
  messages: {
    en: { notApproved: (a) => `The partner business has no approved headcount (${a.state === 'requested' ? 'only requested' : a.state === 'none' ? 'none' : 'not stated'}); get people approved for it before recruiting partners.` },
    ja: { notApproved: (a) => `パートナービジネスの人員が承認されていません(${a.state === 'requested' ? '申請中' : a.state === 'none' ? 'なし' : '未記入'})。パートナーを開拓する前に人員の承認を得てください。` },
  },
  check(context) {
    const sponsor = at(context.data, 'organization', 'executiveSponsor');
    if (!isRecord(sponsor)) return;
    const value = sponsor.headcount;
    if (value === undefined || value === 'requested' || value === 'none') {
      context.report({ path: ['organization', 'executiveSponsor', 'headcount'], args: { state: value === undefined ? '' : String(value) } });
    }
  },
});
