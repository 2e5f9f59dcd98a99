import { defineRule } from '../rule';
import { own } from '../data';
import { catalogue, spaceAfterLatin as gap } from '../i18n';
import type { Locale } from '../types';
import type { MessageArgs } from '../rule';

/** What to write instead of a value of the wrong form, by the kind of form (`segmentId`, `currency`, `date`). */
function patternHint(args: MessageArgs, locale: Locale): string {
  const hints = catalogue(locale).patternHints;
  return own(hints, String(args.hint)) ?? hints.other;
}

/** Reported by the engine from JSON Schema validation (schema-errors.ts); no check of its own. */
export default defineRule({
  meta: {
    id: 'schema',
    defaultSeverity: 'error',
    title: {
      en: 'The file must match the partner strategy format',
      ja: 'ファイルはパートナー戦略の形式に従うこと',
    },
    rationale: {
      en: 'Every tool that reads the strategy (this linter, the preview, reports) relies on the same keys and values. A misspelt key or an unknown value is silently ignored by them, so the strategy says less than its author thinks.',
      ja: '戦略を読むすべてのツール（このリンター、プレビュー、レポート）は同じキーと値を前提にしています。綴りを誤ったキーや未知の値は黙って無視され、戦略が作者の意図より少ないことしか伝えなくなります。',
    },
  },
  messages: {
    en: {
      unknownKey: (a) =>
        `Unknown key \`${a.key}\` in ${a.parent}; ${a.suggestion ? `rename it to \`${a.suggestion}\` or remove it` : `remove it or use one of the keys allowed there: ${a.allowed}`}.`,
      missingKey: (a) => `The required key \`${a.key}\` is missing in ${a.parent}; add it.`,
      badEnum: (a) =>
        `\`${a.value}\` is not a valid value for \`${a.key}\`; ${a.suggestion ? `change it to \`${a.suggestion}\` (allowed: ${a.allowed})` : `use one of ${a.allowed}`}.`,
      badType: (a) => `\`${a.key}\` is ${a.actual}, but it must be ${a.expected}; write it as ${a.expected}.`,
      badConst: (a) => `\`${a.key}\` is \`${a.value}\`, but it must be \`${a.expected}\`; change it to \`${a.expected}\`.`,
      tooSmall: (a) =>
        a.exclusive
          ? `\`${a.key}\` is ${a.value}, but it must be more than ${a.limit}; raise it above ${a.limit}.`
          : `\`${a.key}\` is ${a.value}, below the minimum of ${a.limit}; change it to ${a.limit} or more.`,
      tooLarge: (a) =>
        `\`${a.key}\` is ${a.value}, above the maximum of ${a.limit}; change it to ${a.limit} or less${Number(a.limit) === 1 ? ' (a rate is a fraction of 1: 2% is 0.02)' : ''}.`,
      blank: (a) => `\`${a.key}\` is empty; write its value.`,
      badPattern: (a, l) => `\`${a.value}\` is not a valid \`${a.key}\`; ${patternHint(a, l)}.`,
      notAllowedPerAccount: () => '`economics.usersPerAccount` applies only to per-user pricing; remove it or set `pricing: per-user`.',
      duplicateSegmentId: (a) => `The segment id \`${a.id}\` is already used on line ${a.line}; give this segment an id of its own.`,
      invalidDate: (a) => `\`${a.key}\` is \`${a.value}\`, which is not a real calendar date; write a date that exists, as YYYY-MM-DD.`,
      notFinite: (a) => `\`${a.key}\` is \`${a.value}\`, which is not a finite number; write an ordinary number.`,
      bothChurnRates: () => 'Both `economics.monthlyChurnRate` and `economics.annualChurnRate` are given; keep the one you measured and remove the other.',
      ltvNotFinite: () =>
        'The LTV per account is too large to compute; check `economics.monthlyPrice`, `economics.usersPerAccount` and `economics.userGrowthRate` for a typo.',
      emptyFile: () => 'The file is empty; start the strategy with `version: 1` and a `title`.',
      rootNotMap: (a) => `The file holds ${a.actual} instead of a map of keys; write the strategy as keys (\`version\`, \`title\`, …).`,
    },
    ja: {
      unknownKey: (a) =>
        `${gap(String(a.parent))}に、未知のキー \`${a.key}\` があります。${a.suggestion ? `\`${a.suggestion}\` に直すか、削除してください` : `削除するか、そこで使えるキー（${a.allowed}）のいずれかにしてください`}。`,
      missingKey: (a) => `${gap(String(a.parent))}に、必須のキー \`${a.key}\` がありません。追加してください。`,
      badEnum: (a) =>
        `\`${a.value}\` は \`${a.key}\` の値として使えません。${a.suggestion ? `\`${a.suggestion}\` に直してください（使える値: ${a.allowed}）` : `${a.allowed} のいずれかにしてください`}。`,
      badType: (a) => `\`${a.key}\` が${gap(String(a.actual))}になっています。${gap(String(a.expected))}で書いてください。`,
      badConst: (a) => `\`${a.key}\` が \`${a.value}\` になっています。\`${a.expected}\` にしてください。`,
      tooSmall: (a) =>
        a.exclusive
          ? `\`${a.key}\` が ${a.value} で、${a.limit} 以下です。${a.limit} より大きい値にしてください。`
          : `\`${a.key}\` が ${a.value} で、下限の ${a.limit} を下回っています。${a.limit} 以上の値にしてください。`,
      tooLarge: (a) =>
        `\`${a.key}\` が ${a.value} で、上限の ${a.limit} を超えています。${a.limit} 以下の値にしてください${Number(a.limit) === 1 ? '（割合は小数で書きます。2% なら 0.02）' : ''}。`,
      blank: (a) => `\`${a.key}\` が空です。値を書いてください。`,
      badPattern: (a, l) => `\`${a.value}\` は \`${a.key}\` として正しくありません。${patternHint(a, l)}。`,
      notAllowedPerAccount: () =>
        '`economics.usersPerAccount` は、ユーザー単位の価格（`pricing: per-user`）でのみ使えます。削除するか、`pricing: per-user` にしてください。',
      duplicateSegmentId: (a) => `セグメント id \`${a.id}\` は、${a.line}行目ですでに使われています。このセグメントには別の id を付けてください。`,
      invalidDate: (a) => `\`${a.key}\` の \`${a.value}\` は、実在しない日付です。実在する日付を YYYY-MM-DD 形式で書いてください。`,
      notFinite: (a) => `\`${a.key}\` が \`${a.value}\` で、有限の数値ではありません。通常の数値を書いてください。`,
      bothChurnRates: () =>
        '`economics.monthlyChurnRate` と `economics.annualChurnRate` の両方が書かれています。実際に測ったほうを残し、もう一方を削除してください。',
      ltvNotFinite: () =>
        '1社あたりの LTV が大きすぎて計算できません。`economics.monthlyPrice`、`economics.usersPerAccount`、`economics.userGrowthRate` に誤記がないか確認してください。',
      emptyFile: () => 'ファイルが空です。`version: 1` と `title` から戦略を書き始めてください。',
      rootNotMap: (a) => `ファイルの中身がキーのマップではなく、${gap(String(a.actual))}です。戦略はキー（\`version\`、\`title\` など）で書いてください。`,
    },
  },
});
