/** Texts that belong to no single rule, in every locale. A rule's own texts live in its file. */
import type { CheckId, CheckReason, CheckStatus, Locale, Localized, Severity, Verdict } from './types';

export interface Catalogue {
  topLevel: string;
  types: Record<'number' | 'integer' | 'string' | 'boolean' | 'list' | 'map' | 'empty', string>;
  /** Between the items of a list in running text. */
  listSeparator: string;
  patternHints: Record<'segmentId' | 'currency' | 'date' | 'other', string>;
  replaceWith: (text: string) => string;
  checks: Record<CheckId, string>;
  checkStatus: Record<CheckStatus, string>;
  verdicts: Record<Verdict, string>;
  /** What a clear check means; and the reason for the one input that no rule reports. */
  checkReasons: Record<Exclude<CheckId, 'expertise'>, { clear: string }> & { expertise: { clear: string; unknown: string } };
  config: {
    doesNotParse: (detail: string) => string;
    invalid: (detail: string) => string;
    notFound: () => string;
    unreadable: (reason: string) => string;
  };
  file: {
    tooLarge: (size: string, limit: string) => string;
    binary: () => string;
    unreadable: (reason: string) => string;
    /** A size in bytes, the count already formatted with thousands separators. */
    bytes: (count: string) => string;
  };
  /** Why a file or folder could not be read or written (from the system's error codes). */
  reasons: {
    noSuchFile: string;
    noSuchFolder: string;
    permissionDenied: string;
    isFolder: string;
    notFolder: string;
    notUtf8: string;
    noSpace: string;
    readOnly: string;
    notRegular: string;
    linkLoop: string;
    tooLarge: string;
    outside: string;
    notOurs: string;
    exists: string;
    changed: string;
    isInput: string;
  };
  /** The editor's own texts: its panel title, notifications, pickers and the titles of its quick fixes. */
  /** The outline's sections. */
  outline: Record<'product' | 'market' | 'economics' | 'purposes' | 'organization' | 'partners' | 'kpis', string>;
  /** The word for each severity, in reports that show it as a word. */
  severities: Record<Severity, string>;
  /** The command line's own texts: its summary line and its messages about the run. */
  /** Why a segment id cannot be renamed (navigation.ts). */
  rename: {
    /** Why a rename of a segment id is refused. */
    notSegment: string;
    badId: (id: string) => string;
    taken: (id: string) => string;
  };
  /** Words every report shares: the CLI's, the editor's and the language server's. */
  report: {
    /** After a reason of the verdict: the finding it comes from. */
    reasonAt: (ruleId: string, line: number) => string;
    /** Before the schema findings outside every check that keep a file from ready. */
    otherReasons: string;
    /** A baseline file (.partnerlint-baseline.json) that cannot be used. */
    badBaseline: (path: string, detail: string) => string;
  };
}

const en: Catalogue = {
  topLevel: 'the top level of the file',
  severities: { error: 'error', warning: 'warning', info: 'info' },
  outline: {
    product: 'Product',
    market: 'Market',
    economics: 'Economics',
    purposes: 'Purposes',
    organization: 'Organization',
    partners: 'Partners',
    kpis: 'KPIs',
  },
  types: {
    number: 'a number',
    integer: 'a whole number',
    string: 'text',
    boolean: 'true or false',
    list: 'a list',
    map: 'a map of keys',
    empty: 'empty',
  },
  listSeparator: ', ',
  patternHints: {
    segmentId: 'use lower-case letters, digits and hyphens, starting with a letter or digit',
    currency: 'use a three-letter ISO 4217 code in capitals, such as JPY or USD',
    date: 'write the date as YYYY-MM-DD',
    other: 'write it in the form its description gives',
  },
  replaceWith: (text) => `Change to \`${text}\``,
  checks: {
    purpose: 'Purpose',
    pmf: 'Product-market fit',
    marketSize: 'Target market size',
    ltv: 'Lifetime value',
    expertise: 'Specialist knowledge',
    executive: 'Executive understanding',
    owner: 'Dedicated owner',
  },
  checkStatus: { clear: 'clear', 'at-risk': 'at risk', unknown: 'unknown' },
  verdicts: { ready: 'ready', reconsider: 'reconsider', incomplete: 'incomplete' },
  checkReasons: {
    purpose: { clear: 'Partners are to reach customers or add value, not only to add sales people.' },
    pmf: { clear: 'PMF is achieved and backed by evidence.' },
    marketSize: { clear: 'Enough target companies for partners to build a business on.' },
    ltv: { clear: 'Each account is worth enough over its lifetime for partners to bother.' },
    expertise: {
      clear: 'Partners can sell it without specialist knowledge.',
      unknown: '`product.expertise` is not in the file; add how much specialist knowledge selling the product takes (`low`, `medium` or `high`).',
    },
    executive: { clear: 'An executive backs it for the long term with budget, people and priority.' },
    owner: { clear: 'A dedicated owner runs it without a direct-sales quota.' },
  },
  config: {
    doesNotParse: (detail) => `The configuration file does not parse: ${detail}`,
    invalid: (detail) => `The configuration file is invalid: ${detail}`,
    notFound: () => 'The configuration file does not exist.',
    unreadable: (reason) => `The configuration file cannot be read: ${reason}.`,
  },
  file: {
    tooLarge: (size, limit) => `Skipped: the file is ${size}, larger than the limit of ${limit}.`,
    binary: () => 'Skipped: the file is not UTF-8 text.',
    unreadable: (reason) => `The file could not be read: ${reason}`,
    bytes: (count) => `${count} bytes`,
  },
  reasons: {
    noSuchFile: 'no such file',
    noSuchFolder: 'no such folder',
    permissionDenied: 'permission denied',
    isFolder: 'it is a folder',
    notFolder: 'a part of the path is not a folder',
    notUtf8: 'it is not UTF-8 text',
    noSpace: 'no space left on the device',
    readOnly: 'the file system is read-only',
    notRegular: 'it is not a regular file (a FIFO, a socket, a device or a link to nothing), which partnerlint never opens or writes',
    linkLoop: 'its symbolic links form a loop',
    tooLarge: 'it is larger than partnerlint reads (1 MiB for a configuration, 64 MiB for a baseline)',
    outside: 'it is a symbolic link to a file outside the folder being fixed, which partnerlint does not change',
    notOurs: 'a file is there that partnerlint did not write, which it never replaces: remove it or choose another place',
    exists: 'the file already exists, and partnerlint does not replace it',
    changed: 'the file changed while partnerlint was writing it; run again',
    isInput: 'it is one of the files being linted, which a report never replaces',
  },
  rename: {
    notSegment: 'Only a segment id can be renamed here: put the cursor on an `id` of `market.segments`, or on a `segment` or `segments` value.',
    badId: (id) => `\`${id}\` is not a segment id: use lower-case letters, digits and hyphens, starting with a letter or digit.`,
    taken: (id) => `The segment id \`${id}\` is already defined: choose another.`,
  },
  report: {
    reasonAt: (ruleId, line) => ` (${ruleId}, line ${line})`,
    otherReasons: 'Not ready while the file does not match the format',
    badBaseline: (path, detail) => `the baseline '${path}' is not a partnerlint baseline (${detail}); write it again with --baseline-write`,
  },
};

const ja: Catalogue = {
  topLevel: 'トップレベル',
  severities: { error: 'エラー', warning: '警告', info: '情報' },
  outline: { product: '製品', market: '市場', economics: '経済性', purposes: '目的', organization: '組織', partners: 'パートナー', kpis: 'KPI 一覧' },
  types: {
    number: '数値',
    integer: '整数',
    string: '文字列',
    boolean: 'true または false',
    list: 'リスト',
    map: 'キーのマップ',
    empty: '空',
  },
  listSeparator: '、',
  patternHints: {
    segmentId: '小文字の英字・数字・ハイフンを使い、英字か数字で始めてください',
    currency: 'JPY や USD のような大文字3文字の ISO 4217 コードを使ってください',
    date: '日付は YYYY-MM-DD の形式で書いてください',
    other: '説明にある形式で書いてください',
  },
  replaceWith: (text) => `\`${text}\` に変更`,
  checks: {
    purpose: 'パートナービジネスの目的',
    pmf: 'PMF（プロダクト・マーケット・フィット）',
    marketSize: 'ターゲット市場の規模',
    ltv: '1社あたりの LTV',
    expertise: '専門知識の必要性',
    executive: '経営層の理解',
    owner: '専任担当者',
  },
  checkStatus: { clear: '問題なし', 'at-risk': '要注意', unknown: '未確定' },
  verdicts: { ready: '準備完了', reconsider: '要再検討', incomplete: '情報不足' },
  checkReasons: {
    purpose: { clear: 'パートナーの役割が、営業担当者の数を増やすことではなく、顧客へのリーチか価値の向上になっています。' },
    pmf: { clear: 'PMF を達成しており、根拠も示されています。' },
    marketSize: { clear: 'パートナーが事業にできるだけの対象企業数があります。' },
    ltv: { clear: '1社あたりの LTV がパートナーにとって十分です。' },
    expertise: {
      clear: '専門知識がなくてもパートナーが販売できます。',
      unknown: '`product.expertise` がファイルにありません。販売に要る専門知識の度合い（`low`、`medium`、`high` のいずれか）を追加してください。',
    },
    executive: { clear: '経営層のスポンサーが、予算・人員・優先度を伴って中長期で支援しています。' },
    owner: { clear: '直販の目標を持たない専任担当者がいます。' },
  },
  config: {
    doesNotParse: (detail) => `設定ファイルを解析できません: ${detail}`,
    invalid: (detail) => `設定ファイルが正しくありません: ${detail}`,
    notFound: () => '設定ファイルが存在しません。',
    unreadable: (reason) => `設定ファイルを読み込めません: ${reason}。`,
  },
  file: {
    tooLarge: (size, limit) => `スキップしました: ファイルサイズが${size}で、上限の${limit}を超えています。`,
    binary: () => 'スキップしました: ファイルが UTF-8 のテキストではありません。',
    unreadable: (reason) => `ファイルを読み込めませんでした: ${reason}`,
    bytes: (count) => `${count}バイト`,
  },
  reasons: {
    noSuchFile: 'ファイルがありません',
    noSuchFolder: 'フォルダーがありません',
    permissionDenied: 'アクセス権限がありません',
    isFolder: 'フォルダーです',
    notFolder: 'パスの途中にフォルダーでないものがあります',
    notUtf8: 'UTF-8 のテキストではありません',
    noSpace: 'ディスクの空き容量がありません',
    readOnly: '読み取り専用のファイルシステムです',
    notRegular:
      '通常のファイルではありません（FIFO、ソケット、デバイス、リンク先のないリンクのいずれか。partnerlint はこれらを開くことも書き込むこともしません）',
    linkLoop: 'シンボリックリンクが循環しています',
    tooLarge: 'partnerlint が読み込める上限（設定ファイルは1 MiB、ベースラインは64 MiB）を超えています',
    outside: '修正するフォルダーの外にあるファイルへのシンボリックリンクなので、partnerlint は変更しません',
    notOurs: 'partnerlint が書いたものではないファイルがあり、partnerlint はこれを置き換えません。削除するか、別の場所を指定してください',
    exists: 'ファイルがすでにあり、partnerlint は置き換えません',
    changed: 'partnerlint が書き込んでいる間にファイルが変更されました。もう一度実行してください',
    isInput: '検査しているファイルの1つなので、レポートで置き換えることはありません',
  },
  rename: {
    notSegment: 'ここで名前を変更できるのはセグメント id だけです（`market.segments` の `id`、または `segment`・`segments` の値にカーソルを置いてください）。',
    badId: (id) => `\`${id}\` はセグメント id として使えません（小文字の英字・数字・ハイフンを使い、英字か数字で始めてください）。`,
    taken: (id) => `セグメント id \`${id}\` はすでに定義されています。別の id を選んでください。`,
  },
  report: {
    reasonAt: (ruleId, line) => `（${ruleId}、${line}行目）`,
    otherReasons: 'ファイルが形式に従っていないため、準備完了にはなりません',
    badBaseline: (path, detail) => `'${path}' は partnerlint のベースラインではありません（${detail}）。--baseline-write で書き直してください`,
  },
};

export const catalogues: Localized<Catalogue> = { en, ja };

export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}

/** Making a number format costs far more than using one: each is made once, when first needed. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers as people of the locale write them: 1,053,703. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0, minimumFractionDigits = 0): string {
  const key = `${locale}:${maximumFractionDigits}:${minimumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits, minimumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * Money as a reader of the locale writes it: `1,053,670円` or `300万円` in Japanese, `JPY 1,053,670` or `USD 20,000`
 * otherwise.
 * JPY and KRW have no minor unit; other amounts keep their cents (`USD 937.30`), so that 19,999.80 never reads as 20,000.
 */
export function formatMoney(value: number, currency: string, locale: Locale): string {
  if (locale === 'ja' && currency === 'JPY') return yen(value);
  const cents = currency !== 'JPY' && currency !== 'KRW' && Math.round(value * 100) % 100 !== 0 ? 2 : 0;
  return `${currency} ${formatNumber(value, locale, cents, cents)}`;
}

/**
 * Yen as Japanese readers write them (glossary v2): a round amount in 万 and 億 (`300万円`, `1億2,000万円`), any other
 * exactly (`1,053,670円`), so that a computed LTV is never rounded into looking like a threshold.
 */
function yen(value: number): string {
  const whole = Math.round(value);
  if (whole !== value || whole < 10_000 || whole % 10_000 !== 0) return `${formatNumber(value, 'ja')}円`;
  const oku = Math.floor(whole / 100_000_000);
  const man = (whole % 100_000_000) / 10_000;
  return `${oku ? `${formatNumber(oku, 'ja')}億` : ''}${man ? `${formatNumber(man, 'ja')}万` : ''}円`;
}

/** Where a reason of the verdict points: ` (ltv-too-low, line 33)`, or nothing for a reason without a finding. */
export function reasonPointer(reason: CheckReason, locale: Locale): string {
  return reason.ruleId === null || reason.line === null ? '' : catalogue(locale).report.reasonAt(reason.ruleId, reason.line);
}

/** "Skipped: the file is 2,097,155 bytes, larger than the limit of 2,097,152 bytes.", for the CLI and the editor. */
export function tooLargeMessage(size: number, limit: number, locale: Locale): string {
  const words = catalogue(locale).file;
  return words.tooLarge(words.bytes(formatNumber(size, locale)), words.bytes(formatNumber(limit, locale)));
}

export function formatPercent(rate: number, locale: Locale): string {
  return `${formatNumber(rate * 100, locale, 2)}%`;
}

export { spaceAfterLatin } from './typography';

/** An English noun for a count: `1 file`, `2 files` (the words that need it are regular). */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
