import { defineRule } from '../rule';
import { checkPurposeHasPartnerType } from '../partners';

export default defineRule({
  meta: {
    id: 'integration-without-technology-partner',
    defaultSeverity: 'info',
    title: { en: 'Integration needs a technology partner', ja: '連携強化には技術パートナーが必要' },
    rationale: {
      en: 'Making the product more valuable by connecting it with the systems customers already use, by API for example, is built together with the makers of those systems. Without a technology partner, the integration purpose has nobody to build it with.',
      ja: '顧客がすでに使っているシステムと API などでつないで製品の価値を高めるには、そのシステムの提供者と一緒に作る必要があります。技術パートナーがいなければ、連携強化の目的を共に実現する相手がいません。',
    },
  },
  messages: {
    en: {
      noTechnologyPartner: () =>
        'The purpose is integration, but no partner has `type: technology`; add the maker of a system your customers already use to `partners`.',
    },
    ja: {
      noTechnologyPartner: () =>
        '目的は連携強化ですが、`type: technology` のパートナーがいません。顧客がすでに使っているシステムの提供者を `partners` に加えてください。',
    },
  },
  check(context) {
    checkPurposeHasPartnerType(context, 'integration', 'technology');
  },
});
