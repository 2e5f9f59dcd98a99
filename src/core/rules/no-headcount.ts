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
    en: {
      notApproved: (a) =>
        a.state === 'requested'
          ? 'The people for the partner business are only requested (`organization.executiveSponsor.headcount: requested`); get them approved before recruiting partners, then change it to `approved`.'
          : a.state === 'none'
            ? 'The partner business has no people of its own (`organization.executiveSponsor.headcount: none`); get headcount approved before recruiting partners, then change it to `approved`.'
            : 'No headcount is stated for the partner business; get people approved for it before recruiting partners, then add `organization.executiveSponsor.headcount: approved`.',
    },
    ja: {
      notApproved: (a) =>
        a.state === 'requested'
          ? 'パートナービジネスの人員がまだ申請中(`organization.executiveSponsor.headcount: requested`)のため、パートナーを開拓する前に承認を得て、`approved` に変えてください。'
          : a.state === 'none'
            ? 'パートナービジネスの人員がいない(`organization.executiveSponsor.headcount: none`)ため、パートナーを開拓する前に人員の承認を得て、`approved` に変えてください。'
            : 'パートナービジネスの人員が書かれていないため、パートナーを開拓する前に人員の承認を得て、`organization.executiveSponsor.headcount: approved` を追加してください。',
    },
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
