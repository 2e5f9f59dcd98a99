/**
 * The CLI's own words, in English and Japanese: its help, its errors about arguments and files, its summary lines and
 * the markdown report's headings. The words every layer shares (check names, verdicts, severities) are the core's
 * (src/core/i18n.ts); the options' help is in the option table (options.ts).
 */
import { catalogue, plural } from '../core/index';
import type { Catalogue, Locale, Localized } from '../core/index';

export interface CliTexts {
  /** `--help`: its first line, what the command does, and the heading of the options (src/cli/options.ts lists them). */
  usageLine: string;
  usageAbout: string;
  usageOptions: string;
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
  /** A cache that fails its schema (`entries`: how many of its entries did; undefined: the file as a whole). */
  cacheDamaged: (path: string, entries: number | undefined) => string;
  /** A configuration that leads out of the folders the MCP client allows (it is not read). */
  configOutsideScope: (path: string) => string;
  stdinFilenameWithoutStdin: string;
  stdinTakesNoPaths: string;
  /** --mcp with paths, --stdin or --format: the server takes its files from the assistant. */
  mcpAlone: string;
  /** The MCP server: its line on stderr, and its tool errors. */
  mcp: {
    running: (version: string) => string;
    unavailable: string;
    pathOrText: string;
    notFound: (path: string) => string;
    outsideRoots: (path: string, roots: string) => string;
    /** The client has roots, but none this server can read: paths are refused (text still works). */
    noUsableRoot: (why: string) => string;
    rootsWhy: { failed: string; empty: string; notFiles: string };
    /** The server stopped for a reason other than the client leaving. */
    stopped: (why: string) => string;
    /** `fileName` must be a name, not a path. */
    fileNameNotName: (name: string) => string;
    noStrategyIn: (folder: string) => string;
    notStrategyFile: (path: string) => string;
    unknownRule: (ruleId: string) => string;
    cannotLint: (path: string, reason: string) => string;
    doesNotParse: (message: string) => string;
  };
  internalError: (detail: string) => string;
  /** The stylish summary line, after its ✔ or ✖. */
  summary: (total: number, errors: number, warnings: number, infos: number, files: number, notLinted: number, unmatched: number) => string;
  /** The label of a file's readiness verdict (--summary). */
  readiness: string;
  noMatch: (pattern: string) => string;
  /** A file with a syntax finding whose message is lost (SARIF's notification). */
  yamlDoesNotParse: string;
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
  /** --fix left a file as it was (its fixes are still reported as findings). */
  notFixed: (path: string, reason: string) => string;
  fixWithStdin: string;
  /** `ready → reconsider (LTV: clear → at risk)`: a file's readiness at the ref and now. */
  readinessChange: string;
  /** A strategy file deleted since the ref. */
  removedSince: (ref: string) => string;
  addedSince: (ref: string) => string;
  renamedFrom: (path: string) => string;
  notGitWorkTree: (folder: string) => string;
  unknownRef: (ref: string) => string;
  gitFailed: (detail: string) => string;
  /** The HTML report: the page's title, what made it, and its list of files. */
  html: { title: string; madeBy: (version: string) => string; files: string };
  /** The markdown report (a pull-request comment or job summary): its counts line and its tables' words. */
  markdown: {
    counts: (files: number, errors: number, warnings: number, infos: number) => string;
    columns: Record<'file' | 'readiness' | 'position' | 'severity' | 'rule' | 'message' | 'new' | 'fixed', string>;
    findings: string;
    /** A check's name and what a reason of it says: `**Lifetime value** is at risk`. */
    checkWithStatus: (check: string, status: string) => string;
    notLinted: string;
    syntaxError: string;
    /** The heading of the sections per file (reasons and charts), and the summary of a file's collapsed charts. */
    perFile: string;
    chartsOf: string;
    /** The line that ends a report cut to GitHub's size limit: how many files were left out and where they are. */
    leftOut: (files: number) => string;
    /** The text equivalent of each chart. */
    charts: {
      /** Between the purposes each list names. */
      separator: string;
      /** The purposes on the matrix and those listed apart, each list joined with the separator ('' for none). */
      matrixText: (placed: string, apart: string) => string;
      placedPurpose: (purpose: string, market: string, product: string, segment: string | undefined) => string;
      ltvText: (ltv: string, threshold: string | null, atOrAbove: boolean | null) => string;
    };
  };
}

const en: CliTexts = {
  usageLine: 'Usage: partnerlint [options] [path|glob ...]',
  usageAbout: 'Lints partner-strategy.yaml files (default: the current folder).',
  usageOptions: 'Options:',
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
  configOutsideScope: (path) => `the configuration '${path}' is a link to a file outside the folders this server may read; it was not read`,
  cacheDamaged: (path, entries) =>
    entries === undefined
      ? `the cache ${path} is damaged and was not used; every file was linted again`
      : entries === 1
        ? `an entry of the cache ${path} was damaged and not used; its file was linted again`
        : `${entries} entries of the cache ${path} were damaged and not used; their files were linted again`,
  stdinFilenameWithoutStdin: '--stdin-filename goes with --stdin',
  stdinTakesNoPaths: '--stdin takes no paths',
  mcpAlone: '--mcp takes no paths, --stdin or --format: the assistant names the files',
  mcp: {
    running: (version) => `partnerlint ${version}: MCP server running on stdio`,
    unavailable: 'this build of partnerlint has no MCP server (run it from the npm package)',
    pathOrText: 'give either `path` or `text`',
    notFound: (path) => `'${path}' does not exist`,
    outsideRoots: (path, roots) => `'${path}' is outside the folders this server may read (${roots})`,
    noUsableRoot: (why) => `no file can be read: ${why}; give the strategy as \`text\` instead`,
    rootsWhy: {
      failed: 'the client did not answer roots/list',
      empty: 'the client gave no roots',
      notFiles: 'none of the client’s roots is a folder on this machine (file: URI)',
    },
    fileNameNotName: (name) => `\`fileName\` is a file's name, not a path: '${name}'`,
    stopped: (why) => `the MCP server stopped: ${why}`,
    noStrategyIn: (folder) => `no strategy file in '${folder}' (partner-strategy.yaml or *.partner-strategy.yaml)`,
    notStrategyFile: (path) => `'${path}' is not a strategy file: its name must be partner-strategy.yaml or end in .partner-strategy.yaml (or .yml)`,
    unknownRule: (ruleId) => `there is no rule '${ruleId}'`,
    cannotLint: (path, reason) => `cannot lint '${path}': ${reason}`,
    doesNotParse: (message) => `the file does not parse, so there is no verdict: ${message}`,
  },
  internalError: (detail) => `internal error: ${detail}`,
  summary: (total, errors, warnings, infos, files, notLinted, unmatched) =>
    `${total} ${plural(total, 'finding')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${infos} ${plural(infos, 'info')})` +
    ` in ${files} ${plural(files, 'file')}` +
    (notLinted ? `, ${notLinted} not linted` : '') +
    (unmatched ? `, ${unmatched} ${unmatched === 1 ? 'pattern' : 'patterns'} matched nothing` : ''),
  readiness: 'readiness',
  noMatch: (pattern) => `no strategy file matches '${pattern}'`,
  yamlDoesNotParse: 'the YAML does not parse',
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
  notFixed: (path, reason) => `'${path}' was not fixed: ${reason}`,
  fixWithStdin: '--fix writes files, and --stdin has none: use --fix-dry-run to see the fixes as a diff',
  readinessChange: 'readiness',
  removedSince: (ref) => `deleted since ${ref}`,
  addedSince: (ref) => `added since ${ref}`,
  renamedFrom: (path) => `renamed from ${path}`,
  notGitWorkTree: (folder) => `--new-since needs a git work tree, and '${folder}' is not in one`,
  unknownRef: (ref) => `--new-since: '${ref}' is not a commit of this repository (in a shallow clone, fetch it first)`,
  gitFailed: (detail) => `git failed: ${detail}`,
  html: { title: 'Partner strategy report', madeBy: (version) => `partnerlint ${version}`, files: 'Files' },
  markdown: {
    counts: (files, errors, warnings, infos) =>
      `${files} ${plural(files, 'file')}: ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${infos} ${plural(infos, 'info')}`,
    columns: { file: 'File', readiness: 'Readiness', position: 'Line', severity: 'Severity', rule: 'Rule', message: 'Message', new: 'New', fixed: 'Fixed' },
    findings: 'Findings',
    checkWithStatus: (check, status) => `**${check}** is ${status}`,
    notLinted: 'not linted',
    syntaxError: 'syntax error',
    perFile: 'Each file',
    chartsOf: 'Purposes and LTV',
    leftOut: (files) =>
      `${files} more ${plural(files, 'file')} left out to stay within GitHub's size limit for a comment. Every finding is in the annotations and the SARIF report; the HTML report (\`-f html\`, the action's \`html-file\`) shows every file.`,
    charts: {
      separator: '; ',
      matrixText: (placed, apart) => `Purposes: ${placed || 'none on the matrix'}${apart ? `; to restate as customers reached or value added: ${apart}` : ''}.`,
      placedPurpose: (purpose, market, product, segment) => `${purpose} (${market} × ${product}${segment ? `, segment "${segment}"` : ''})`,
      ltvText: (ltv, threshold, atOrAbove) =>
        threshold === null
          ? `LTV per account: ${ltv}, with no threshold to compare it with.`
          : `LTV per account: ${ltv}, ${atOrAbove ? 'at or above' : 'below'} the threshold of ${threshold}.`,
    },
  },
};

const ja: CliTexts = {
  usageLine: '使い方: partnerlint [オプション] [パス|パターン ...]',
  usageAbout: 'パートナー戦略のファイル（partner-strategy.yaml など）を検査します（既定: 現在のフォルダー）。',
  usageOptions: 'オプション:',
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
  configOutsideScope: (path) => `設定ファイル '${path}' は、このサーバーが読み取れるフォルダーの外にあるファイルへのリンクなので、読み込みませんでした`,
  cacheDamaged: (path, entries) =>
    entries === undefined
      ? `キャッシュ ${path} が壊れていたため使わず、すべてのファイルを検査し直しました`
      : `キャッシュ ${path} の${entries}件のエントリーが壊れていたため使わず、そのファイルを検査し直しました`,
  stdinFilenameWithoutStdin: '--stdin-filename は --stdin と一緒に指定してください',
  stdinTakesNoPaths: '--stdin を指定したときはパスを指定できません',
  mcpAlone: '--mcp を指定したときは、パス、--stdin、--format は指定できません（ファイルはアシスタントが指定します）',
  mcp: {
    running: (version) => `partnerlint ${version}: MCP サーバーを標準入出力で起動しました`,
    unavailable: 'この partnerlint のビルドには MCP サーバーが含まれていません（npm パッケージから実行してください）',
    pathOrText: '`path` か `text` のどちらかを指定してください',
    notFound: (path) => `'${path}' がありません`,
    outsideRoots: (path, roots) => `'${path}' は、このサーバーが読み取れるフォルダー（${roots}）の外にあります`,
    noUsableRoot: (why) => `読み取れるファイルがありません（${why}）。戦略は \`text\` で渡してください`,
    rootsWhy: {
      failed: 'クライアントが roots/list に応答しませんでした',
      empty: 'クライアントがルートを1つも示しませんでした',
      notFiles: 'クライアントのルートに、このマシンのフォルダー（file: URI）がありません',
    },
    fileNameNotName: (name) => `\`fileName\` にはパスではなくファイル名を指定してください: '${name}'`,
    stopped: (why) => `MCP サーバーが停止しました: ${why}`,
    noStrategyIn: (folder) => `'${folder}' に戦略ファイル（partner-strategy.yaml または *.partner-strategy.yaml）がありません`,
    notStrategyFile: (path) =>
      `'${path}' は戦略ファイルではありません。名前は partner-strategy.yaml にするか、.partner-strategy.yaml（または .yml）で終わるようにしてください`,
    unknownRule: (ruleId) => `'${ruleId}' というルールはありません`,
    cannotLint: (path, reason) => `'${path}' を検査できません: ${reason}`,
    doesNotParse: (message) => `ファイルを解析できないため、準備状況を示せません: ${message}`,
  },
  internalError: (detail) => `内部エラー: ${detail}`,
  summary: (total, errors, warnings, infos, files, notLinted, unmatched) =>
    `指摘${total}件（エラー${errors}件、警告${warnings}件、情報${infos}件）、対象${files}ファイル` +
    (notLinted ? `、うち${notLinted}ファイルは未検査` : '') +
    (unmatched ? `、一致するファイルのないパターン${unmatched}個` : ''),
  readiness: '準備状況',
  noMatch: (pattern) => `'${pattern}' に一致する戦略ファイルがありません`,
  yamlDoesNotParse: 'YAML として解析できません',
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
  notFixed: (path, reason) => `'${path}' は修正しませんでした: ${reason}`,
  fixWithStdin: '--fix はファイルに書き込みますが、--stdin にはファイルがありません（修正を差分で見るには --fix-dry-run を使ってください）',
  readinessChange: '準備状況',
  removedSince: (ref) => `${ref} 以降に削除`,
  addedSince: (ref) => `${ref} 以降に追加`,
  renamedFrom: (path) => `${path} から名前を変更`,
  notGitWorkTree: (folder) => `--new-since には git の作業ツリーが必要ですが、'${folder}' は作業ツリーの中にありません`,
  unknownRef: (ref) => `--new-since: '${ref}' はこのリポジトリのコミットではありません（シャロークローンでは先に取得してください）`,
  gitFailed: (detail) => `git が失敗しました: ${detail}`,
  html: { title: 'パートナー戦略レポート', madeBy: (version) => `partnerlint ${version}`, files: 'ファイル' },
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
    checkWithStatus: (check, status) => `**${check}**は${status}`,
    notLinted: '読み込めません',
    syntaxError: '構文エラー',
    perFile: 'ファイルごとの内容',
    chartsOf: '目的と LTV',
    leftOut: (files) =>
      `GitHub のコメントのサイズ上限に収めるため、残りの${files}ファイルを省略しました。すべての指摘はアノテーションと SARIF レポートにあります。HTML レポート（\`-f html\`、GitHub Action の \`html-file\`）ではすべてのファイルを確認できます。`,
    charts: {
      separator: '、',
      matrixText: (placed, apart) =>
        `目的: ${placed || 'マトリクス上の目的はありません'}${apart ? `。顧客へのリーチか価値の向上として捉え直すべき目的: ${apart}` : ''}。`,
      placedPurpose: (purpose, market, product, segment) => `${purpose}（${market}×${product}${segment ? `、セグメント「${segment}」` : ''}）`,
      ltvText: (ltv, threshold, atOrAbove) =>
        threshold === null
          ? `1社あたりの LTV は${ltv}です（比べるしきい値はありません）。`
          : `1社あたりの LTV は${ltv}で、しきい値（${threshold}）${atOrAbove ? '以上です' : 'を下回っています'}。`,
    },
  },
};

const texts: Localized<CliTexts> = { en, ja };

export function cliTexts(locale: Locale): CliTexts {
  return texts[locale];
}

/** The core's words and the CLI's, for a formatter that needs both. */
export function words(locale: Locale): Catalogue & { cli: CliTexts } {
  return { ...catalogue(locale), cli: texts[locale] };
}
