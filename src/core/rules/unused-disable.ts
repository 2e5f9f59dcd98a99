import { defineRule } from '../rule';

/** Reported by the engine after suppression (suppression.ts); no check of its own. */
export default defineRule({
  meta: {
    id: 'unused-disable',
    defaultSeverity: 'info',
    title: {
      en: 'Every suppression comment must suppress something',
      ja: '抑制コメントは実際に何かを抑制していること',
    },
    rationale: {
      en: 'A suppression that no longer matches a finding hides the next real finding on that line, and stale ones pile up until nobody trusts them. Remove it, or correct the rule id.',
      ja: 'どの指摘にも一致しない抑制コメントは、その行に将来現れる本当の指摘を隠してしまいます。古い抑制が積み重なると誰も信用しなくなります。削除するか、ルール id を直してください。',
    },
  },
  messages: {
    en: {
      unused: () => 'This suppression comment suppresses nothing; remove it.',
      unusedRule: (a) => `\`${a.rule}\` reports nothing where this suppression comment applies; remove it from the comment's list.`,
      unknownRule: (a) => `\`${a.rule}\` is not a partnerlint rule; ${a.suggestion ? `change it to \`${a.suggestion}\`` : 'correct the rule id'} or remove it.`,
      unsuppressible: (a) => `\`${a.rule}\` cannot be suppressed; remove it from the comment and fix what it reports instead.`,
    },
    ja: {
      unused: () => 'この抑制コメントは何も抑制していません。コメントを削除してください。',
      unusedRule: (a) => `この抑制コメントの範囲に \`${a.rule}\` の指摘はありません。コメントの一覧から \`${a.rule}\` を削除してください。`,
      unknownRule: (a) =>
        `\`${a.rule}\` は partnerlint のルールではありません。${a.suggestion ? `\`${a.suggestion}\` に直す` : 'ルール id を直す'}か、削除してください。`,
      unsuppressible: (a) => `\`${a.rule}\` は抑制できません。コメントから外し、指摘された内容を修正してください。`,
    },
  },
});
