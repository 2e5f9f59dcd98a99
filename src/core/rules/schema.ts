import { defineRule } from '../rule';

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
      ja: '戦略を読むすべてのツール(このリンター、プレビュー、レポート)は同じキーと値を前提にしています。綴りを誤ったキーや未知の値は黙って無視され、戦略が作者の意図より少ないことしか伝えなくなります。',
    },
  },
  messages: {
    en: {
      unknownKey: (a) => `Unknown key \`${a.key}\` in ${a.parent}${a.suggestion ? `; did you mean \`${a.suggestion}\`?` : `; allowed keys: ${a.allowed}.`}`,
      missingKey: (a) => `The required key \`${a.key}\` is missing in ${a.parent}; add it.`,
      badEnum: (a) => `\`${a.value}\` is not a valid value for \`${a.key}\`${a.suggestion ? `; did you mean \`${a.suggestion}\`?` : '.'} Allowed: ${a.allowed}.`,
      badType: (a) => `\`${a.key}\` must be ${a.expected}, not ${a.actual}.`,
      badConst: (a) => `\`${a.key}\` must be ${a.expected}.`,
      tooSmall: (a) => `\`${a.key}\` must be ${a.comparison} ${a.limit}; it is ${a.value}.`,
      tooLarge: (a) => `\`${a.key}\` must be at most ${a.limit}; it is ${a.value}.`,
      blank: (a) => `\`${a.key}\` must not be empty; write its value.`,
      badPattern: (a) => `\`${a.value}\` is not a valid \`${a.key}\`: ${a.hint}.`,
      notAllowedPerAccount: () => '`usersPerAccount` applies only to per-user pricing; remove it or set `pricing: per-user`.',
      duplicateSegmentId: (a) => `The segment id \`${a.id}\` is already used on line ${a.line}; segment ids must be unique.`,
      invalidDate: (a) => `\`${a.value}\` is not a real calendar date; write YYYY-MM-DD.`,
      notFinite: (a) => `\`${a.key}\` must be a finite number, not \`${a.value}\`.`,
      ltvNotFinite: () => 'The LTV per account exceeds the largest number that can be computed; check `monthlyPrice`, `usersPerAccount` and `userGrowthRate` for a typo.',
      emptyFile: () => 'The file is empty; a partner strategy starts with `version: 1` and a `title`.',
      rootNotMap: (a) => `A partner strategy is a map of keys (\`version\`, \`title\`, …), not ${a.actual}.`,
    },
    ja: {
      unknownKey: (a) => `${a.parent} に未知のキー \`${a.key}\` があります${a.suggestion ? `。\`${a.suggestion}\` の誤りではありませんか?` : `。使えるキー: ${a.allowed}。`}`,
      missingKey: (a) => `${a.parent} に必須のキー \`${a.key}\` がありません。追加してください。`,
      badEnum: (a) => `\`${a.value}\` は \`${a.key}\` の値として使えません${a.suggestion ? `。\`${a.suggestion}\` の誤りではありませんか?` : '。'}使える値: ${a.allowed}。`,
      badType: (a) => `\`${a.key}\` は${a.expected}である必要があります(現在は${a.actual})。`,
      badConst: (a) => `\`${a.key}\` は ${a.expected} である必要があります。`,
      tooSmall: (a) => `\`${a.key}\` は ${a.limit} ${a.comparison}である必要があります(現在は ${a.value})。`,
      tooLarge: (a) => `\`${a.key}\` は ${a.limit} 以下である必要があります(現在は ${a.value})。`,
      blank: (a) => `\`${a.key}\` を空にはできません。値を記入してください。`,
      badPattern: (a) => `\`${a.value}\` は \`${a.key}\` として正しくありません: ${a.hint}。`,
      notAllowedPerAccount: () => '`usersPerAccount` はユーザー単位の価格(per-user)でのみ使えます。削除するか `pricing: per-user` にしてください。',
      duplicateSegmentId: (a) => `セグメント id \`${a.id}\` は ${a.line} 行目ですでに使われています。セグメント id は一意にしてください。`,
      invalidDate: (a) => `\`${a.value}\` は実在する日付ではありません。YYYY-MM-DD 形式で書いてください。`,
      notFinite: (a) => `\`${a.key}\` は有限の数値である必要があります(現在は \`${a.value}\`)。`,
      ltvNotFinite: () => '1社あたりの LTV が計算できる数値の上限を超えています。`monthlyPrice`、`usersPerAccount`、`userGrowthRate` に誤記がないか確認してください。',
      emptyFile: () => 'ファイルが空です。パートナー戦略は `version: 1` と `title` から書き始めます。',
      rootNotMap: (a) => `パートナー戦略はキー(\`version\`、\`title\` など)のマップです。${a.actual}ではありません。`,
    },
  },
});
