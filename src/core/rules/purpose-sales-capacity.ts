import { defineRule } from '../rule';
import { recordsAt } from '../data';

export default defineRule({
  meta: {
    id: 'purpose-sales-capacity',
    defaultSeverity: 'warning',
    feeds: ['purpose'],
    title: { en: 'Do not frame partners as extra sales people', ja: 'パートナーを営業担当者の数を増やす手段として捉えないこと' },
    rationale: {
      en: 'Partners are a way to reach customers the company cannot reach well itself, or to make the product worth more. Treated as extra sales headcount, they get quotas instead of support, and both sides lose interest.',
      ja: 'パートナーは、自社だけでは届きにくい顧客へリーチする手段、または製品の価値を高める手段です。営業の頭数として扱うと、支援の代わりにノルマだけが渡され、双方の熱意が失われます。',
    },
  },
  messages: {
    en: {
      salesCapacity: (a) =>
        `"More sales people" is not a purpose for partner business; change \`${a.key}\` to the customers partners reach (\`majority-reach\`, \`new-segment\`) or the value they add (\`integration\`, \`new-business-model\`).`,
    },
    ja: {
      salesCapacity: (a) =>
        `「営業担当者の数を増やす」は、パートナービジネスの目的にはなりません。\`${a.key}\` を、パートナーが届ける顧客（\`majority-reach\`、\`new-segment\`）か、加える価値（\`integration\`、\`new-business-model\`）に書き換えてください。`,
    },
  },
  check(context) {
    const purposes = recordsAt(context.data, 'purposes');
    // "More sales people" beside a real purpose is a framing to restate; as the only purpose, the chapter's first point fails.
    const onlyPurpose = purposes.every(({ item }) => item.type === 'sales-capacity');
    for (const { item, index } of purposes) {
      if (item.type !== 'sales-capacity') continue;
      context.report({
        path: ['purposes', index, 'type'],
        args: { key: `purposes[${index}].type` },
        ...(onlyPurpose ? { readiness: { check: 'purpose', status: 'at-risk' } } : {}),
      });
    }
  },
});
