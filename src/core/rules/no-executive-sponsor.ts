import { defineRule } from '../rule';
import { at, isRecord } from '../data';

export default defineRule({
  meta: {
    id: 'no-executive-sponsor',
    defaultSeverity: 'error',
    insertsBlock: 'executiveSponsor',
    feeds: ['executive'],
    title: { en: 'Name an executive sponsor', ja: '経営層のスポンサーを書くこと' },
    rationale: {
      en: 'Partner business takes budget, people and patience before it pays back. Without an executive who owns that decision, it is the first thing cut when a quarter goes badly.',
      ja: 'パートナービジネスは成果が出るまでに予算・人員・忍耐を要します。その判断に責任を持つ経営層がいなければ、業績が悪い四半期に真っ先に削られます。',
    },
  },
  messages: {
    en: { missing: () => 'No executive sponsor is named; add `organization.executiveSponsor` with the executive who backs the partner business.' },
    ja: {
      missing: () =>
        'ファイルに経営層のスポンサーの記載がありません。パートナービジネスを後押しするスポンサーを `organization.executiveSponsor` に書いてください。',
    },
  },
  check(context) {
    const organization = at(context.data, 'organization');
    if (isRecord(organization) && organization.executiveSponsor === undefined)
      context.report({ path: ['organization'], anchor: 'key', readiness: { check: 'executive', status: 'unknown' } });
  },
});
