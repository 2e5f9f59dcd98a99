/**
 * The language server's own words, in English and Japanese: the titles of its code actions, its hover and completion
 * details, its refusals and its hints. The words every layer shares are the core's (src/core/i18n.ts).
 */
import type { Locale, Localized } from '../core/index';

export interface ServerTexts {
  required: string;
  documentation: string;
  disableForLine: (rule: string) => string;
  showDocumentation: (rule: string) => string;
  /** Where a configuration from the editor's settings comes from, named where a file's path would be. */
  settingsSource: string;
  /** After the message of a finding the baseline covers. */
  baselined: string;
  /** The code action that applies every safe fix of a file. */
  fixAll: string;
  /** The inlay hint after `monthlyPrice`, and the code lens on line 1. */
  ltvHint: (ltv: string, share: string | undefined) => string;
  verdictLens: (verdict: string) => string;
}

const en: ServerTexts = {
  required: 'required',
  documentation: 'Documentation',
  disableForLine: (rule) => `Disable ${rule} for this line`,
  showDocumentation: (rule) => `Show documentation for ${rule}`,
  settingsSource: 'settings (partnerlint.*)',
  baselined: ' (baselined)',
  fixAll: 'Apply every safe fix of partnerlint',
  ltvHint: (ltv, share) => ` LTV per account ${ltv}${share ? `, partner's share ${share}` : ''}`,
  verdictLens: (verdict) => `partnerlint readiness: ${verdict}`,
};

const ja: ServerTexts = {
  required: '必須',
  documentation: 'ドキュメント',
  disableForLine: (rule) => `抑制コメントでこの行の ${rule} を無効にする`,
  showDocumentation: (rule) => `${rule} のドキュメントを表示`,
  settingsSource: '設定（partnerlint.*）',
  baselined: '（ベースライン）',
  fixAll: 'partnerlint の安全な修正をすべて適用',
  ltvHint: (ltv, share) => ` 1社あたりの LTV ${ltv}${share ? `、パートナーの取り分 ${share}` : ''}`,
  verdictLens: (verdict) => `partnerlint の準備状況: ${verdict}`,
};

const texts: Localized<ServerTexts> = { en, ja };

export function serverTexts(locale: Locale): ServerTexts {
  return texts[locale];
}
