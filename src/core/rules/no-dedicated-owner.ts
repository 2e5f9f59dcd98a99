import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'no-dedicated-owner',
    defaultSeverity: 'error',
    insertsBlock: 'owner',
    feeds: ['owner'],
    title: { en: 'A dedicated owner must run the partner business', ja: '専任担当者がパートナービジネスを推進すること' },
    rationale: {
      en: 'Partner business pays back slowly, so part-time owners put their time where results come sooner. Someone who works on it full time is the only reliable way to keep it moving.',
      ja: 'パートナービジネスは成果が出るまで時間がかかるため、兼任の担当者はより早く結果の出る仕事に時間を割きがちです。専任で取り組む人を置くことが、事業を前に進め続ける唯一の確かな方法です。',
    },
  },
  messages: {
    en: {
      noOwner: () => 'Nobody runs the partner business; add `organization.owner` with a person who works on it full time (`dedicated: true`).',
      notDedicated: () =>
        'The owner works on the partner business only part time (`organization.owner.dedicated: false`); free them to work on it full time, or name a dedicated owner.',
    },
    ja: {
      noOwner: () =>
        'ファイルにパートナービジネスの担当者の記載がありません。専任で取り組む担当者を `organization.owner` に書き、`dedicated: true` としてください。',
      notDedicated: () =>
        '担当者はパートナービジネスの専任ではありません（`organization.owner.dedicated: false`）。専任にするか、別に専任担当者を置いてください。',
    },
  },
  check(context) {
    const organization = at(context.data, 'organization');
    if (!isRecord(organization)) return;
    const path = ['organization', 'owner', 'dedicated'];
    if (organization.owner === undefined) context.report({ path, messageId: 'noOwner', readiness: { check: 'owner', status: 'unknown' } });
    else if (at(organization, 'owner', 'dedicated') === false)
      context.report({ path, messageId: 'notDedicated', readiness: { check: 'owner', status: 'at-risk' } });
  },
});
