import { defineRule } from '../rule';
import { at } from '../data';
import { pathLabel } from '../schema-errors';
import type { ReadinessEffect } from '../rule';

/** The people whose placeholder name leaves a check unknown: planned, not missing (docs/reference/rules.md). */
const PERSON_CHECKS: readonly { path: readonly string[]; effect: ReadinessEffect }[] = [
  { path: ['organization', 'executiveSponsor', 'name'], effect: { check: 'executive', status: 'unknown' } },
  { path: ['organization', 'owner', 'name'], effect: { check: 'owner', status: 'unknown' } },
];

/** Enough of the text to recognize it; a placeholder is short, but it may begin a paragraph ("TBD. Partners would…"). */
function excerpt(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]!;
  return line.length > 40 || line.length < text.trim().length ? `${[...line].slice(0, 40).join('')}…` : line;
}

export default defineRule({
  meta: {
    id: 'placeholder-text',
    defaultSeverity: 'warning',
    feeds: ['executive', 'owner'],
    title: { en: 'Replace placeholders with what was decided', ja: '仮の記載を決まった内容に置き換えること' },
    rationale: {
      en: 'A strategy is read as a decision. "TBD", "未定" or "to be confirmed" looks like an answer in a review but says nothing: an owner "TBD – recruiting" is a person still to be hired, and enablement "TBD" is no enablement. partnerlint reads a placeholder as not written, so that the verdict never counts it as done, and points at each one so that none is forgotten.',
      ja: '戦略は決定事項として読まれます。「TBD」「未定」「to be confirmed」はレビューでは答えのように見えますが、何も伝えていません。担当者が「TBD – recruiting」なら採用前ですし、パートナー育成が「TBD」なら育成はありません。partnerlint は仮の記載を書かれていないものとして扱い、準備状況で済んだことにしないうえで、忘れられないよう1つずつ指摘します。',
    },
  },
  messages: {
    en: {
      placeholder: (a) =>
        `\`${a.key}\` is a placeholder ("${a.text}"), so partnerlint reads it as not written; replace it with the real value once it is decided.`,
      person: (a) =>
        `\`${a.key}\` is a placeholder ("${a.text}"): the person is planned but not named, so this check stays unknown; write their name once they are appointed.`,
    },
    ja: {
      placeholder: (a) => `\`${a.key}\` は仮の記載（「${a.text}」）のため、書かれていないものとして扱います。決まったら実際の内容に置き換えてください。`,
      person: (a) =>
        `\`${a.key}\` は仮の記載（「${a.text}」）です。担当する人は予定されていても決まっていないため、このチェックは未確定のままです。決まったら氏名を書いてください。`,
    },
  },
  check(context) {
    for (const path of context.placeholders) {
      const person = PERSON_CHECKS.find((entry) => entry.path.length === path.length && entry.path.every((segment, i) => segment === path[i]));
      const args = { key: pathLabel(path, context.locale), text: excerpt(String(at(context.written, ...path))) };
      context.report({ path, args, ...(person ? { messageId: 'person', readiness: person.effect } : { messageId: 'placeholder' }) });
    }
  },
});
