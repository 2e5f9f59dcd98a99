/** The playground's own words, in English and Japanese; the findings and the preview bring theirs from the core. */
import type { Locale } from '../../src/core/types';

/** The ways a share link fails to decode (share.ts), each said to the reader. */
export type ShareProblem = 'not-base64url' | 'not-deflate' | 'too-large' | 'not-utf8';

export interface PlaygroundTexts {
  title: string;
  about: string;
  sample: string;
  newStrategy: string;
  language: string;
  copyLink: string;
  linkCopied: string;
  brokenLink: (reason: string) => string;
  linkProblems: Record<ShareProblem, string>;
  editor: string;
  rules: string;
  format: string;
  /** Beside a key that a strategy must have, in the completion list. */
  required: string;
}

const TEXTS: Record<Locale, PlaygroundTexts> = {
  en: {
    title: 'partnerlint playground',
    about: 'Check a partner strategy in your browser. Nothing is installed, and nothing you write leaves this page but in the link you share.',
    sample: 'Sample',
    newStrategy: 'New strategy',
    language: 'Language',
    copyLink: 'Copy link',
    linkCopied: 'The link is copied.',
    brokenLink: (reason) => `The link could not be read: ${reason}. The sample is shown instead.`,
    linkProblems: {
      'not-base64url': 'it has characters that no playground link has',
      'not-deflate': 'its data does not unpack, so it may have been cut short',
      'too-large': 'it unpacks to more than 4 MB',
      'not-utf8': 'its text is not UTF-8',
    },
    editor: 'Partner strategy (YAML)',
    rules: 'Rules',
    format: 'File format',
    required: 'required',
  },
  ja: {
    title: 'partnerlint プレイグラウンド',
    about: 'ブラウザーでパートナー戦略を検査します。インストールは不要で、書いた内容は共有するリンク以外でこのページの外に出ません。',
    sample: 'サンプル',
    newStrategy: '新しい戦略',
    language: '言語',
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました。',
    brokenLink: (reason) => `リンクを読み取れませんでした。${reason}。代わりにサンプルを表示します。`,
    linkProblems: {
      'not-base64url': 'プレイグラウンドのリンクにはない文字が含まれています',
      'not-deflate': 'データを展開できません。リンクが途中で切れている可能性があります',
      'too-large': '展開すると 4 MB を超えます',
      'not-utf8': 'テキストが UTF-8 ではありません',
    },
    editor: 'パートナー戦略（YAML）',
    rules: 'ルール',
    format: 'ファイル形式',
    required: '必須',
  },
};

export function playgroundTexts(locale: Locale): PlaygroundTexts {
  return TEXTS[locale];
}
