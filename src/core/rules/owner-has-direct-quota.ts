import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'owner-has-direct-quota',
    defaultSeverity: 'warning',
    title: { en: 'The owner must not carry a direct-sales quota', ja: '担当者に直販の売上目標を持たせないこと' },
    rationale: {
      en: 'A person measured on direct revenue will close direct deals first, even deals a partner could have won, because that is what their target counts. The partner business then competes with its own owner.',
      ja: '直販の売上で評価される人は、パートナーが獲得できたはずの案件であっても直販を優先します。目標がそれを評価するからです。そうなると、パートナービジネスは自らの担当者と競合することになります。',
    },
  },
  messages: {
    en: { quota: () => 'The owner also carries a direct-sales quota and will put direct deals first; take the quota away or name another owner.' },
    ja: { quota: () => '担当者が直販の売上目標も持っており、直販の案件を優先してしまいます。目標を外すか、別の担当者を置いてください。' },
  },
  check(context) {
    if (at(context.data, 'organization', 'owner', 'directSalesQuota') === true) {
      context.report({ path: ['organization', 'owner', 'directSalesQuota'] });
    }
  },
});
