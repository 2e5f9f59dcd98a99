import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'no-headcount',
    defaultSeverity: 'warning',
    feeds: ['executive'],
    title: { en: 'The sponsor must approve headcount', ja: 'スポンサーが人員を承認していること' },
    rationale: {
      en: "Partners need people on the company's side: someone to recruit them, train them and help with their first deals. Without approved headcount that work lands on people who already have other jobs. A dedicated owner is the first of those people; as partners multiply, one person is rarely enough.",
      ja: 'パートナーには自社側の担当者が必要です（開拓、育成、初期の商談支援）。人員が承認されていなければ、その仕事は別の業務を抱えた人に降りかかります。専任担当者はその最初の1人ですが、パートナーが増えれば1人では足りなくなります。',
    },
  },
  messages: {
    en: {
      notStated: () =>
        'The file does not say whether the partner business has headcount; add `organization.executiveSponsor.headcount` (`approved`, `requested` or `none`).',
      pending: () =>
        'Headcount for the partner business is pending a decision (`organization.executiveSponsor.headcount: requested`); change it to `approved` once it is approved.',
      refused: () =>
        'No people are approved for the partner business (`organization.executiveSponsor.headcount: none`) and no dedicated owner is named, so no one will recruit and support partners; get headcount approved, or name a dedicated owner in `organization.owner`.',
      beyondOwner: () =>
        'No headcount is approved beyond the owner (`organization.executiveSponsor.headcount: none`), which is enough to start but not once partners multiply; get people approved to support them by then, and change it to `approved`.',
    },
    ja: {
      notStated: () =>
        'パートナービジネスの人員についての記載がファイルにありません。`organization.executiveSponsor.headcount`（`approved`、`requested`、`none` のいずれか）を追加してください。',
      pending: () => 'パートナービジネスの人員は申請中です（`organization.executiveSponsor.headcount: requested`）。承認されたら `approved` に変えてください。',
      refused: () =>
        'パートナービジネスの人員は承認されておらず（`organization.executiveSponsor.headcount: none`）、専任担当者も書かれていません。これではパートナーを開拓し支援する人がいません。人員の承認を得るか、`organization.owner` に専任担当者を書いてください。',
      beyondOwner: () =>
        '専任担当者のほかに人員は承認されていません（`organization.executiveSponsor.headcount: none`）。専任担当者1人で始めることはできますが、パートナーが増えれば足りなくなります。支援する人員の承認を得たら `approved` に変えてください。',
    },
  },
  check(context) {
    const sponsor = at(context.data, 'organization', 'executiveSponsor');
    if (!isRecord(sponsor)) return;
    const path = ['organization', 'executiveSponsor', 'headcount'];
    const value = sponsor.headcount;
    if (value === 'none') {
      // A dedicated owner, named (a placeholder name is left out of context.data), is the people the chapter asks for.
      const owner = at(context.data, 'organization', 'owner');
      const dedicatedOwner = isRecord(owner) && owner.dedicated === true && typeof owner.name === 'string';
      if (dedicatedOwner) context.report({ path, messageId: 'beyondOwner' });
      else context.report({ path, messageId: 'refused', readiness: { check: 'executive', status: 'at-risk' } });
    } else if (value === 'requested') context.report({ path, messageId: 'pending', readiness: { check: 'executive', status: 'unknown' } });
    else if (value === undefined) context.report({ path, messageId: 'notStated', readiness: { check: 'executive', status: 'unknown' } });
  },
});
