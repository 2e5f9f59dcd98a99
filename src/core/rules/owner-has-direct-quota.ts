import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'owner-has-direct-quota',
    defaultSeverity: 'warning',
    feeds: ['owner'],
    title: { en: 'The owner must not carry a direct-sales quota', ja: '担当者に直販の売上目標を持たせないこと' },
    rationale: {
      en: 'A person measured on direct revenue will close direct deals first, even deals a partner could have won, because that is what their target counts. The partner business then competes with its own owner.',
      ja: '直販の売上で評価される担当者は、パートナーに任せれば取れたはずの案件でも、自分の目標に数えられる直販で取ろうとします。その結果、パートナービジネスが自らの担当者と案件を奪い合うことになります。',
    },
  },
  messages: {
    en: {
      quota: () =>
        'The owner also carries a direct-sales quota (`organization.owner.directSalesQuota: true`) and will put direct deals first; take the quota away or name another owner.',
    },
    ja: {
      quota: () =>
        '担当者が直販の売上目標も持っています（`organization.owner.directSalesQuota: true`）。直販の案件が優先されがちなので、目標を外すか、別の担当者を置いてください。',
    },
  },
  check(context) {
    if (at(context.data, 'organization', 'owner', 'directSalesQuota') === true) {
      context.report({ path: ['organization', 'owner', 'directSalesQuota'], readiness: { check: 'owner', status: 'at-risk' } });
    }
  },
});
