import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'no-executive-understanding',
    defaultSeverity: 'error',
    feeds: ['executive'],
    title: { en: 'The sponsor must accept a mid-to-long-term payback', ja: 'スポンサーが中長期での回収を受け入れていること' },
    rationale: {
      en: 'Partners take months to learn a product and longer to build a pipeline. An executive who expects results next quarter will judge the business a failure before it can work.',
      ja: 'パートナーが製品を習得するには数か月、案件を積み上げるにはさらに時間がかかります。次の四半期に成果を求める経営層は、事業が機能する前に失敗と判断してしまいます。',
    },
  },
  messages: {
    en: {
      noUnderstanding: () =>
        'The sponsor has not accepted that partner business pays back over the mid-to-long term (`organization.executiveSponsor.understandsLongTerm: false`); agree on that horizon with them before starting.',
    },
    ja: {
      noUnderstanding: () =>
        'スポンサーは、パートナービジネスの成果が中長期で出ることを受け入れていません（`organization.executiveSponsor.understandsLongTerm: false`）。始める前に、その時間軸についてスポンサーと合意してください。',
    },
  },
  check(context) {
    if (at(context.data, 'organization', 'executiveSponsor', 'understandsLongTerm') === false) {
      context.report({ path: ['organization', 'executiveSponsor', 'understandsLongTerm'], readiness: { check: 'executive', status: 'at-risk' } });
    }
  },
});
