import { defineRule } from '../rule';
import { checkPurposeHasPartnerType } from '../partners';

export default defineRule({
  meta: {
    id: 'majority-reach-without-local-partner',
    defaultSeverity: 'info',
    title: { en: 'Reach the majority through partners strong in their local area', ja: 'マジョリティ層へは地域に強いパートナーを通じてリーチすること' },
    rationale: {
      en: 'The majority of a market, about seven in ten companies, does not go looking for new products. They listen to the dealer they already buy from, so a partner that dominates a local trade area (a "local king") is the natural channel to them.',
      ja: '市場の約7割を占めるマジョリティ層は、自分から新しい製品を探しません。普段から取引している販売店の声に耳を傾けるため、地域の商圏に強いパートナー（ローカルキング）が有力なチャネルになります。',
    },
  },
  messages: {
    en: {
      noLocalKing: () =>
        'The purpose is to reach the majority, which buys from dealers it already knows, but no partner has `type: local-king`; add a partner that leads a local trade area to `partners`.',
    },
    ja: {
      noLocalKing: () =>
        '目的はマジョリティ層へのリーチですが、`type: local-king` のパートナーがいません。マジョリティ層が普段から取引している、地域の商圏に強いパートナーを `partners` に加えてください。',
    },
  },
  check(context) {
    checkPurposeHasPartnerType(context, 'majority-reach', 'local-king');
  },
});
