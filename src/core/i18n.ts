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
  };
  /** The editor's own texts: its panel title, notifications, pickers and the titles of its quick fixes. */
  editor: {
    previewTitle: (fileName: string, locked: boolean) => string;
    openStrategyToPreview: string;
    lintedFiles: (count: number) => string;
    pickRuleForDocs: string;
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
    /** Why a rename of a segment id is refused. */
    renameNotSegment: string;
    renameBadId: (id: string) => string;
    renameTaken: (id: string) => string;
    /** The inlay hint after `monthlyPrice`, and the code lens on line 1. */
    ltvHint: (ltv: string, share: string | undefined) => string;
    verdictLens: (verdict: string) => string;
    /** The language server exited too often: the client gives up, and says so once. */
    serverStopped: (times: number, minutes: number) => string;
  };
  /** The outline's sections. */
  outline: Record<'product' | 'market' | 'economics' | 'purposes' | 'organization' | 'partners' | 'kpis', string>;
  /** The word for each severity, in reports that show it as a word. */
  severities: Record<Severity, string>;
  /** The command line's own texts: its summary line and its messages about the run. */
  cli: {
    /** `--help`, after its first line; `formats` lists the format names. */
    usage: (formats: string) => string;
    usageHint: string;
    unknownOption: (option: string) => string;
    missingValue: (option: string) => string;
    ambiguousValue: (option: string) => string;
    noValueTaken: (option: string) => string;
    badArguments: string;
    unknownFormat: (format: string, formats: string) => string;
    unknownLocale: (locale: string) => string;
    emptyOutputFile: string;
    tooManyOutputs: string;
    maxWarningsNotNumber: (text: string) => string;
    maxFileSizeNotNumber: (text: string) => string;
    concurrencyNotNumber: (text: string) => string;
    cacheLocationWithoutCache: string;
    cannotWriteCache: (path: string, reason: string) => string;
    stdinFilenameWithoutStdin: string;
    stdinTakesNoPaths: string;
    internalError: (detail: string) => string;
    /** The stylish summary line, after its ✔ or ✖. */
    summary: (total: number, errors: number, warnings: number, infos: number, files: number, notLinted: number, unmatched: number) => string;
    /** The label of a file's readiness verdict (--summary). */
    readiness: string;
    /** After a reason of the verdict: the finding it comes from. */
    reasonAt: (ruleId: string, line: number) => string;
    /** Before the schema findings outside every check that keep a file from ready. */
    otherReasons: string;
    noMatch: (pattern: string) => string;
    tooManyWarnings: (count: number, max: number) => string;
    cannotWriteReport: (path: string, reason: string) => string;
    cannotWriteStepSummary: (path: string, reason: string) => string;
    cannotReadConfig: (path: string, reason: string) => string;
    /** The GitHub job summary's note on findings beyond the annotations GitHub shows. */
    notAnnotated: (hidden: number, shown: number) => string;
    /** Between the summary line's counts and what the baseline and --new-since left out. */
    clauseSeparator: string;
    /** What the baseline and --new-since left out, after the summary line's counts. */
    baselined: (count: number) => string;
    newSince: (ref: string, existing: number, fixed: number) => string;
    /** One line per file whose baseline entries match no finding any more. */
    staleBaseline: (count: number) => string;
    baselineWritten: (path: string, count: number) => string;
    baselinePruned: (path: string, count: number) => string;
    baselineMissing: (path: string) => string;
    cannotReadBaseline: (path: string, reason: string) => string;
    cannotWriteBaseline: (path: string, reason: string) => string;
    cannotWriteFix: (path: string, reason: string) => string;
    fixWithStdin: string;
    badBaseline: (path: string, detail: string) => string;
    /** `ready → reconsider (LTV: clear → at risk)`: a file's readiness at the ref and now. */
    readinessChange: string;
    /** A strategy file deleted since the ref. */
    removedSince: (ref: string) => string;
    addedSince: (ref: string) => string;
    renamedFrom: (path: string) => string;
    notGitWorkTree: (folder: string) => string;
    unknownRef: (ref: string) => string;
    gitFailed: (detail: string) => string;
    /** The markdown report (a pull-request comment or job summary): its counts line and its tables' words. */
    markdown: {
      counts: (files: number, errors: number, warnings: number, infos: number) => string;
      columns: Record<'file' | 'readiness' | 'position' | 'severity' | 'rule' | 'message' | 'new' | 'fixed', string>;
      findings: string;
      /** The heading of the reasons behind each verdict that is not ready. */
      reasons: string;
      /** A check's name and what a reason of it says: `**Lifetime value** is at risk`. */
      checkWithStatus: (check: string, status: string) => string;
      notLinted: string;
      syntaxError: string;
    };
  };
}

const en: Catalogue = {
  topLevel: 'the top level of the file',
  severities: { error: 'error', warning: 'warning', info: 'info' },
  editor: {
    previewTitle: (fileName, locked) => `Preview: ${fileName}${locked ? ' (locked)' : ''}`,
    openStrategyToPreview: 'Open a partner strategy file to preview it.',
    lintedFiles: (count) => `partnerlint: linted ${count} strategy ${plural(count, 'file')}.`,
    pickRuleForDocs: 'Pick a rule to open its documentation',
    required: 'required',
    documentation: 'Documentation',
    disableForLine: (rule) => `Disable ${rule} for this line`,
    showDocumentation: (rule) => `Show documentation for ${rule}`,
    settingsSource: 'settings (partnerlint.*)',
    baselined: ' (baselined)',
    fixAll: 'Apply every safe fix of partnerlint',
    renameNotSegment: 'Only a segment id can be renamed here: put the cursor on an `id` of `market.segments`, or on a `segment` or `segments` value.',
    renameBadId: (id) => `\`${id}\` is not a segment id: use lower-case letters, digits and hyphens, starting with a letter or digit.`,
    renameTaken: (id) => `The segment id \`${id}\` is already defined: choose another.`,
    ltvHint: (ltv, share) => ` LTV per account ${ltv}${share ? `, partner's share ${share}` : ''}`,
    verdictLens: (verdict) => `partnerlint readiness: ${verdict}`,
    serverStopped: (times, minutes) =>
      `The partnerlint language server stopped ${times} times in ${minutes} minutes and is not restarted again; reload the window to start it.`,
  },
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
    notRegular: 'it is not a regular file (a FIFO, a socket or a device), which partnerlint never opens',
    linkLoop: 'its symbolic links form a loop',
    tooLarge: 'it is larger than partnerlint reads (1 MiB for a configuration, 64 MiB for a baseline)',
  },
  cli: {
    usage: (formats) => `Usage: partnerlint [options] [path|glob ...]

Lints partner-strategy.yaml files (default: the current folder).

Options:
  -f, --format <name>        ${formats} (default: stylish); may be repeated
  -o, --output-file <path>   write the report there; pairs with -f in order
  -c, --config <path>        use this configuration file instead of discovery
      --max-warnings <n>     exit 1 when there are more than n warnings
      --max-file-size <n>    skip files larger than n bytes (default: 2097152)
      --concurrency <n>      lint on n threads, or auto (half the cores) or off (default: auto)
      --cache                reuse the results of unchanged files
      --cache-location <p>   where the cache is (default: .partnerlintcache)
      --quiet                report errors only
      --summary              show each file's readiness verdict (stylish)
      --locale <en|ja>       message language (default: from LC_ALL, LC_MESSAGES, LANG)
      --stdin                lint standard input
      --stdin-filename <p>   the path to report standard input as
      --list-rules           list every rule
      --print-config <file>  print the configuration in force for a file
      --new-since <ref>      report only findings new since a git ref (a branch, tag or commit)
      --baseline <path>      the baseline of known findings (default: .partnerlint-baseline.json)
      --no-baseline          use no baseline
      --baseline-write       write the current findings as the baseline
      --baseline-prune       remove the baseline's entries that match no finding any more
      --fix                  apply the safe fixes (misspelt keys, values and ids) in place
      --fix-dry-run          print the safe fixes as a unified diff; write nothing
      --no-color             no colours
      --debug                show stack traces of internal errors
  -h, --help                 this help
  -v, --version              the version`,
    usageHint: "Run 'partnerlint --help' for usage.",
    unknownOption: (option) => `unknown option '${option}'`,
    missingValue: (option) => `option '${option}' needs a value`,
    ambiguousValue: (option) => `option '${option}' needs a value (one that starts with a dash is written ${option}=-1)`,
    noValueTaken: (option) => `option '${option}' takes no value`,
    badArguments: 'the arguments cannot be read',
    unknownFormat: (format, formats) => `unknown format '${format}' (choose from ${formats})`,
    unknownLocale: (locale) => `unknown locale '${locale}' (choose en or ja)`,
    emptyOutputFile: "--output-file takes a file path, not ''",
    tooManyOutputs: 'more --output-file than --format options; they pair up in order',
    maxWarningsNotNumber: (text) => `--max-warnings takes a whole number, not '${text}'`,
    maxFileSizeNotNumber: (text) => `--max-file-size takes a number of bytes above 0, not '${text}'`,
    concurrencyNotNumber: (text) => `--concurrency takes a number of threads above 0, auto or off, not '${text}'`,
    cacheLocationWithoutCache: '--cache-location needs --cache',
    cannotWriteCache: (path, reason) => `the cache ${path} could not be written (${reason}); the next run lints every file again`,
    stdinFilenameWithoutStdin: '--stdin-filename goes with --stdin',
    stdinTakesNoPaths: '--stdin takes no paths',
    internalError: (detail) => `internal error: ${detail}`,
    summary: (total, errors, warnings, infos, files, notLinted, unmatched) =>
      `${total} ${plural(total, 'finding')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${infos} ${plural(infos, 'info')})` +
      ` in ${files} ${plural(files, 'file')}` +
      (notLinted ? `, ${notLinted} not linted` : '') +
      (unmatched ? `, ${unmatched} ${unmatched === 1 ? 'pattern' : 'patterns'} matched nothing` : ''),
    readiness: 'readiness',
    reasonAt: (ruleId, line) => ` (${ruleId}, line ${line})`,
    otherReasons: 'Not ready while the file does not match the format',
    noMatch: (pattern) => `no strategy file matches '${pattern}'`,
    tooManyWarnings: (count, max) => `${count} ${plural(count, 'warning')}, more than --max-warnings ${max}`,
    cannotWriteReport: (path, reason) => `cannot write the report to '${path}': ${reason}`,
    cannotWriteStepSummary: (path, reason) => `cannot add the report to the job summary '${path}' (GITHUB_STEP_SUMMARY): ${reason}`,
    cannotReadConfig: (path, reason) => `cannot read the configuration '${path}': ${reason}`,
    notAnnotated: (hidden, shown) =>
      `${hidden} ${hidden === 1 ? 'finding was' : 'findings were'} not annotated: GitHub shows ${shown} annotations of each type per step. All findings are listed above.`,
    clauseSeparator: '; ',
    baselined: (count) => `${count} baselined`,
    newSince: (ref, existing, fixed) => `new since ${ref} only: ${existing} already there, ${fixed} fixed`,
    staleBaseline: (count) =>
      `${count} ${count === 1 ? 'baseline entry matches' : 'baseline entries match'} no finding any more; remove ${count === 1 ? 'it' : 'them'} with partnerlint --baseline-prune.`,
    baselineWritten: (path, count) => `wrote ${count} ${plural(count, 'finding')} to the baseline '${path}'`,
    baselinePruned: (path, count) => `removed ${count} stale ${count === 1 ? 'entry' : 'entries'} from the baseline '${path}'`,
    baselineMissing: (path) => `the baseline '${path}' does not exist; create it with --baseline-write`,
    cannotReadBaseline: (path, reason) => `cannot read the baseline '${path}': ${reason}`,
    cannotWriteBaseline: (path, reason) => `cannot write the baseline '${path}': ${reason}`,
    cannotWriteFix: (path, reason) => `cannot write the fixes to '${path}': ${reason}`,
    fixWithStdin: '--fix writes files, and --stdin has none: use --fix-dry-run to see the fixes as a diff',
    badBaseline: (path, detail) => `the baseline '${path}' is not a partnerlint baseline (${detail}); write it again with --baseline-write`,
    readinessChange: 'readiness',
    removedSince: (ref) => `deleted since ${ref}`,
    addedSince: (ref) => `added since ${ref}`,
    renamedFrom: (path) => `renamed from ${path}`,
    notGitWorkTree: (folder) => `--new-since needs a git work tree, and '${folder}' is not in one`,
    unknownRef: (ref) => `--new-since: '${ref}' is not a commit of this repository (in a shallow clone, fetch it first)`,
    gitFailed: (detail) => `git failed: ${detail}`,
    markdown: {
      counts: (files, errors, warnings, infos) =>
        `${files} ${plural(files, 'file')}: ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${infos} ${plural(infos, 'info')}`,
      columns: { file: 'File', readiness: 'Readiness', position: 'Line', severity: 'Severity', rule: 'Rule', message: 'Message', new: 'New', fixed: 'Fixed' },
      findings: 'Findings',
      reasons: 'Why not ready',
      checkWithStatus: (check, status) => `**${check}** is ${status}`,
      notLinted: 'not linted',
      syntaxError: 'syntax error',
    },
  },
};

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

const ja: Catalogue = {
  topLevel: 'トップレベル',
  severities: { error: 'エラー', warning: '警告', info: '情報' },
  editor: {
    previewTitle: (fileName, locked) => `プレビュー: ${fileName}${locked ? '（固定）' : ''}`,
    openStrategyToPreview: 'パートナー戦略のファイルを開いてからプレビューしてください。',
    lintedFiles: (count) => `partnerlint: ${count}件の戦略ファイルを検査しました。`,
    pickRuleForDocs: 'ルールを選ぶとドキュメントを開きます',
    required: '必須',
    documentation: 'ドキュメント',
    disableForLine: (rule) => `抑制コメントでこの行の ${rule} を無効にする`,
    showDocumentation: (rule) => `${rule} のドキュメントを表示`,
    settingsSource: '設定（partnerlint.*）',
    baselined: '（ベースライン）',
    fixAll: 'partnerlint の安全な修正をすべて適用',
    renameNotSegment:
      'ここで名前を変更できるのはセグメント id だけです（`market.segments` の `id`、または `segment`・`segments` の値にカーソルを置いてください）。',
    renameBadId: (id) => `\`${id}\` はセグメント id として使えません（小文字の英字・数字・ハイフンを使い、英字か数字で始めてください）。`,
    renameTaken: (id) => `セグメント id \`${id}\` はすでに定義されています。別の id を選んでください。`,
    ltvHint: (ltv, share) => ` 1社あたりの LTV ${ltv}${share ? `、パートナーの取り分 ${share}` : ''}`,
    verdictLens: (verdict) => `partnerlint の準備状況: ${verdict}`,
    serverStopped: (times, minutes) => `partnerlint の言語サーバーが${minutes}分間に${times}回停止したため、ウィンドウを再読み込みして起動し直してください。`,
  },
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
    notRegular: '通常のファイルではありません（FIFO、ソケット、デバイスのいずれか。partnerlint はこれらを開きません）',
    linkLoop: 'シンボリックリンクが循環しています',
    tooLarge: 'partnerlint が読み込める上限（設定ファイルは1 MiB、ベースラインは64 MiB）を超えています',
  },
  cli: {
    usage: (formats) => `使い方: partnerlint [オプション] [パス|パターン ...]

パートナー戦略のファイル（partner-strategy.yaml など）を検査します（既定: 現在のフォルダー）。

オプション:
  -f, --format <形式>          ${formats}（既定: stylish）。複数指定できます
  -o, --output-file <パス>     レポートをそのファイルに書き込みます。-f と指定順に対応します
  -c, --config <パス>          設定ファイルを探さず、このファイルを使います
      --max-warnings <件数>    警告がこの件数を超えたら終了コード 1 で終わります
      --max-file-size <バイト> これより大きいファイルは検査しません（既定: 2097152）
      --concurrency <数>       その数のスレッドで検査します。auto はコア数の半分、off は1つ（既定: auto）
      --cache                  変更のないファイルは前回の結果を使います
      --cache-location <パス>  キャッシュの場所（既定: .partnerlintcache）
      --quiet                  エラーだけを報告します
      --summary                各ファイルの準備状況を表示します（stylish）
      --locale <en|ja>         メッセージの言語（既定: 環境変数 LC_ALL、LC_MESSAGES、LANG から）
      --stdin                  標準入力を検査します
      --stdin-filename <パス>  標準入力を報告するときのパス
      --list-rules             すべてのルールを一覧表示します
      --print-config <ファイル> そのファイルに適用される設定を表示します
      --new-since <参照>       git の参照（ブランチ、タグ、コミット）以降に新しく生じた指摘だけを報告します
      --baseline <パス>        既知の指摘のベースライン（既定: .partnerlint-baseline.json）
      --no-baseline            ベースラインを使いません
      --baseline-write         現在の指摘をベースラインとして書き込みます
      --baseline-prune         どの指摘にも一致しなくなったベースラインの項目を削除します
      --fix                    安全な修正（キー・値・id の綴り誤り）をファイルに適用します
      --fix-dry-run            安全な修正を差分として表示し、何も書き込みません
      --no-color               色を付けません
      --debug                  内部エラーのスタックトレースを表示します
  -h, --help                   このヘルプを表示します
  -v, --version                バージョンを表示します`,
    usageHint: "使い方は 'partnerlint --help' で確認できます。",
    unknownOption: (option) => `'${option}' というオプションはありません`,
    missingValue: (option) => `オプション '${option}' には値が必要です`,
    ambiguousValue: (option) => `オプション '${option}' には値が必要です（ダッシュで始まる値は ${option}=-1 のように書きます）`,
    noValueTaken: (option) => `オプション '${option}' は値を取りません`,
    badArguments: '引数を読み取れません',
    unknownFormat: (format, formats) => `'${format}' という形式はありません（${formats} から選んでください）`,
    unknownLocale: (locale) => `'${locale}' という言語はありません（en か ja を選んでください）`,
    emptyOutputFile: "--output-file にはファイルのパスを指定してください（空の '' は使えません）",
    tooManyOutputs: '--output-file が --format より多く指定されています。両者は指定順に対応します',
    maxWarningsNotNumber: (text) => `--max-warnings には整数を指定してください（'${text}' は使えません）`,
    maxFileSizeNotNumber: (text) => `--max-file-size には1以上のバイト数を指定してください（'${text}' は使えません）`,
    concurrencyNotNumber: (text) => `--concurrency には1以上のスレッド数か auto、off を指定してください（'${text}' は使えません）`,
    cacheLocationWithoutCache: '--cache-location は --cache と一緒に指定してください',
    cannotWriteCache: (path, reason) => `キャッシュ ${path} を書き込めなかったため（${reason}）、次回はすべてのファイルを検査し直します`,
    stdinFilenameWithoutStdin: '--stdin-filename は --stdin と一緒に指定してください',
    stdinTakesNoPaths: '--stdin を指定したときはパスを指定できません',
    internalError: (detail) => `内部エラー: ${detail}`,
    summary: (total, errors, warnings, infos, files, notLinted, unmatched) =>
      `指摘${total}件（エラー${errors}件、警告${warnings}件、情報${infos}件）、対象${files}ファイル` +
      (notLinted ? `、うち${notLinted}ファイルは未検査` : '') +
      (unmatched ? `、一致するファイルのないパターン${unmatched}個` : ''),
    readiness: '準備状況',
    reasonAt: (ruleId, line) => `（${ruleId}、${line}行目）`,
    otherReasons: 'ファイルが形式に従っていないため、準備完了にはなりません',
    noMatch: (pattern) => `'${pattern}' に一致する戦略ファイルがありません`,
    tooManyWarnings: (count, max) => `警告が${count}件あり、--max-warnings ${max} を超えています`,
    cannotWriteReport: (path, reason) => `レポートを '${path}' に書き込めません: ${reason}`,
    cannotWriteStepSummary: (path, reason) => `ジョブサマリー '${path}'（GITHUB_STEP_SUMMARY）にレポートを追記できません: ${reason}`,
    cannotReadConfig: (path, reason) => `設定ファイル '${path}' を読み込めません: ${reason}`,
    notAnnotated: (hidden, shown) =>
      `${hidden}件の指摘は注釈として表示されていません。GitHub が表示する注釈は、1ステップにつき種類ごとに${shown}件までです。指摘はすべて上の一覧にあります。`,
    clauseSeparator: '、',
    baselined: (count) => `ベースラインで除外${count}件`,
    newSince: (ref, existing, fixed) => `${ref} 以降の新規のみ: 既存${existing}件、修正済み${fixed}件`,
    staleBaseline: (count) => `ベースラインの${count}件がもうどの指摘にも一致しないため、partnerlint --baseline-prune で削除してください。`,
    baselineWritten: (path, count) => `ベースライン '${path}' に指摘${count}件を書き込みました`,
    baselinePruned: (path, count) => `ベースライン '${path}' から一致しなくなった${count}件を削除しました`,
    baselineMissing: (path) => `ベースライン '${path}' がありません（--baseline-write で作成できます）`,
    cannotReadBaseline: (path, reason) => `ベースライン '${path}' を読み込めません: ${reason}`,
    cannotWriteBaseline: (path, reason) => `ベースライン '${path}' に書き込めません: ${reason}`,
    cannotWriteFix: (path, reason) => `'${path}' に修正を書き込めません: ${reason}`,
    fixWithStdin: '--fix はファイルに書き込みますが、--stdin にはファイルがありません（修正を差分で見るには --fix-dry-run を使ってください）',
    badBaseline: (path, detail) => `'${path}' は partnerlint のベースラインではありません（${detail}）。--baseline-write で書き直してください`,
    readinessChange: '準備状況',
    removedSince: (ref) => `${ref} 以降に削除`,
    addedSince: (ref) => `${ref} 以降に追加`,
    renamedFrom: (path) => `${path} から名前を変更`,
    notGitWorkTree: (folder) => `--new-since には git の作業ツリーが必要ですが、'${folder}' は作業ツリーの中にありません`,
    unknownRef: (ref) => `--new-since: '${ref}' はこのリポジトリのコミットではありません（シャロークローンでは先に取得してください）`,
    gitFailed: (detail) => `git が失敗しました: ${detail}`,
    markdown: {
      counts: (files, errors, warnings, infos) => `${files}ファイル: エラー${errors}件、警告${warnings}件、情報${infos}件`,
      columns: {
        file: 'ファイル',
        readiness: '準備状況',
        position: '位置',
        severity: '重要度',
        rule: 'ルール',
        message: 'メッセージ',
        new: '新規',
        fixed: '修正済み',
      },
      findings: '指摘',
      reasons: '準備完了でない理由',
      checkWithStatus: (check, status) => `**${check}**は${status}`,
      notLinted: '読み込めません',
      syntaxError: '構文エラー',
    },
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
  return reason.ruleId === null || reason.line === null ? '' : catalogue(locale).cli.reasonAt(reason.ruleId, reason.line);
}

/** "Skipped: the file is 2,097,155 bytes, larger than the limit of 2,097,152 bytes.", for the CLI and the editor. */
export function tooLargeMessage(size: number, limit: number, locale: Locale): string {
  const words = catalogue(locale).file;
  return words.tooLarge(words.bytes(formatNumber(size, locale)), words.bytes(formatNumber(limit, locale)));
}

export function formatPercent(rate: number, locale: Locale): string {
  return `${formatNumber(rate * 100, locale, 2)}%`;
}

/**
 * Japanese text after an embedded Latin word or code: a space between them, as the glossary asks (`\`owner\` に`,
 * `数値 5 に`), and none after Japanese (`トップレベルに`).
 */
export function spaceAfterLatin(text: string): string {
  return /[\x21-\x7e]$/.test(text) ? `${text} ` : text;
}
