import { defineRule } from '../rule';
import { at } from '../data';

export default defineRule({
  meta: {
    id: 'payback-expected-too-soon',
    defaultSeverity: 'warning',
    feeds: ['executive'],
    title: { en: "The sponsor's expected payback must allow for the mid-to-long term", ja: 'スポンサーが見込む投資回収の時期が中長期であること' },
    rationale: {
      en: 'Partners take months to recruit, train and bring their first deals, so a partner business almost always pays back over the mid-to-long term. A sponsor who expects it to pay back within a year will judge it a failure just as it starts to work, and cut it.',
      ja: 'パートナーの開拓、育成、最初の商談までには何か月もかかるため、パートナービジネスの投資回収はほぼ必ず中長期になります。1年以内の回収を見込むスポンサーは、ちょうど成果が出始めるころに失敗と判断し、打ち切ってしまいます。',
    },
  },
  messages: {
    en: {
      tooSoon: (a) =>
        `The sponsor expects the partner business to pay back in ${a.months} months (\`organization.executiveSponsor.expectedPaybackMonths: ${a.months}\`), sooner than the ${a.minimum} months it usually takes; agree on a payback of at least ${a.minimum} months with the sponsor before recruiting partners.`,
    },
    ja: {
      tooSoon: (a) =>
        `スポンサーが見込む投資回収の時期は${a.months}か月です（\`organization.executiveSponsor.expectedPaybackMonths: ${a.months}\`）。パートナービジネスの回収にはふつう${a.minimum}か月以上かかります。パートナーを開拓する前に、${a.minimum}か月以上の見込みでスポンサーと合意してください。`,
    },
  },
  check(context) {
    const months = at(context.data, 'organization', 'executiveSponsor', 'expectedPaybackMonths');
    const minimum = context.thresholds.minPaybackMonths;
    // A count that is not a whole number >= 1 is the schema's finding.
    if (typeof months === 'number' && Number.isInteger(months) && months >= 1 && months < minimum) {
      context.report({
        path: ['organization', 'executiveSponsor', 'expectedPaybackMonths'],
        args: { months, minimum },
        readiness: { check: 'executive', status: 'at-risk' },
      });
    }
  },
});
