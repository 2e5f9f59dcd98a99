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
      en: 'A suppression that no longer matches a finding hides the next real problem on that line, and stale ones pile up until nobody trusts them. Remove it, or correct the rule id.',
      ja: 'どの指摘にも一致しない抑制コメントは、その行に将来現れる本当の指摘を隠してしまいます。古い抑制が積み重なると誰も信用しなくなります。削除するか、ルール id を直してください。',
    },
  },
  messages: {
    en: {
      unused: () => 'This suppression comment suppresses nothing; remove it.',
      unusedRule: (a) => `\`${a.rule}\` is named in this suppression comment but reports nothing here; remove it from the list.`,
      unknownRule: (a) => `\`${a.rule}\` is not a partnerlint rule${a.suggestion ? `; did you mean \`${a.suggestion}\`?` : '; see the rule list.'}`,
      unsuppressible: (a) => `\`${a.rule}\` cannot be suppressed; fix what it reports instead.`,
    },
    ja: {
      unused: () => 'この抑制コメントは何も抑制していません。削除してください。',
      unusedRule: (a) => `抑制コメントに \`${a.rule}\` が指定されていますが、ここでは何も報告されていません。一覧から削除してください。`,
      unknownRule: (a) => `\`${a.rule}\` は partnerlint のルールではありません${a.suggestion ? `。\`${a.suggestion}\` の誤りではありませんか?` : '。ルール一覧を確認してください。'}`,
      unsuppressible: (a) => `\`${a.rule}\` は抑制できません。指摘された内容を修正してください。`,
    },
  },
});
