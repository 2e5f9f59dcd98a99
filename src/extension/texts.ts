/**
 * The VS Code extension's own words, in English and Japanese: the preview's title, its commands' messages and what it
 * says when the language server stops. The preview panel's labels are the core's (src/core/view/labels.ts).
 */
import { plural } from '../core/i18n';
import type { Locale, Localized } from '../core/types';

export interface ExtensionTexts {
  previewTitle: (fileName: string, locked: boolean) => string;
  openStrategyToPreview: string;
  lintedFiles: (count: number) => string;
  pickRuleForDocs: string;
  /** The language server exited too often: the client gives up, and says so once. */
  serverStopped: (times: number, minutes: number) => string;
}

const en: ExtensionTexts = {
  previewTitle: (fileName, locked) => `Preview: ${fileName}${locked ? ' (locked)' : ''}`,
  openStrategyToPreview: 'Open a partner strategy file to preview it.',
  lintedFiles: (count) => `partnerlint: linted ${count} strategy ${plural(count, 'file')}.`,
  pickRuleForDocs: 'Pick a rule to open its documentation',
  serverStopped: (times, minutes) =>
    `The partnerlint language server stopped ${times} times in ${minutes} minutes and is not restarted again; reload the window to start it.`,
};

const ja: ExtensionTexts = {
  previewTitle: (fileName, locked) => `プレビュー: ${fileName}${locked ? '（固定）' : ''}`,
  openStrategyToPreview: 'パートナー戦略のファイルを開いてからプレビューしてください。',
  lintedFiles: (count) => `partnerlint: ${count}件の戦略ファイルを検査しました。`,
  pickRuleForDocs: 'ルールを選ぶとドキュメントを開きます',
  serverStopped: (times, minutes) => `partnerlint の言語サーバーが${minutes}分間に${times}回停止したため、ウィンドウを再読み込みして起動し直してください。`,
};

const texts: Localized<ExtensionTexts> = { en, ja };

export function extensionTexts(locale: Locale): ExtensionTexts {
  return texts[locale];
}
