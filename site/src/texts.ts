/** The playground's own words, in English and Japanese; the findings and the preview bring theirs from the core. */
import type { Locale } from '../../src/core/types';

export interface PlaygroundTexts {
  title: string;
  about: string;
  sample: string;
  newStrategy: string;
  language: string;
  copyLink: string;
  linkCopied: string;
  brokenLink: (reason: string) => string;
  checking: string;
  editor: string;
  rules: string;
  format: string;
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
    brokenLink: (reason) => `The link could not be read (${reason}). The sample is shown instead.`,
    checking: 'Checking…',
    editor: 'Partner strategy (YAML)',
    rules: 'Rules',
    format: 'File format',
  },
  ja: {
    title: 'partnerlint プレイグラウンド',
    about: 'ブラウザーでパートナー戦略を検査します。インストールは不要で、書いた内容は共有するリンク以外でこのページの外に出ません。',
    sample: 'サンプル',
    newStrategy: '新しい戦略',
    language: '言語',
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました。',
    brokenLink: (reason) => `リンクを読み取れませんでした（${reason}）。代わりにサンプルを表示します。`,
    checking: '検査中…',
    editor: 'パートナー戦略（YAML）',
    rules: 'ルール',
    format: 'ファイル形式',
  },
};

export function playgroundTexts(locale: Locale): PlaygroundTexts {
  return TEXTS[locale];
}
