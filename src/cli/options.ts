/**
 * The CLI's options: one table, from which the parser, `--help` (in English and Japanese) and the options table of
 * docs/reference/cli.md (scripts/reference.mjs) are made. Adding an option is one entry here and its use in run.ts.
 */
import { parseArgs } from 'node:util';
import { BASELINE_FILE_NAME } from '../core/index';
import type { Locale, Localized } from '../core/index';
import { CACHE_FILE_NAME } from './cache';
import { FORMATS } from './formatters/index';
import type { Format } from './formatters/index';
import { MAX_FILE_BYTES } from './read';
import { cliTexts } from './texts';
import type { CliTexts } from './texts';
import { displayWidth, padEnd } from '../core/index';

export interface OptionSpec {
  /** The long name, without its dashes. */
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** How the value is shown in the help, in each language (`<path>`); absent for a flag. */
  value?: Localized;
  help: Localized;
}

const formats = FORMATS.join(', ');

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    multiple: true,
    value: { en: '<name>', ja: '<形式>' },
    help: { en: `${formats} (default: stylish); may be repeated`, ja: `${formats}（既定: stylish）。複数指定できます` },
  },
  {
    name: 'output-file',
    short: 'o',
    type: 'string',
    multiple: true,
    value: { en: '<path>', ja: '<パス>' },
    help: { en: 'write the report there; pairs with -f in order', ja: 'レポートをそのファイルに書き込みます。-f と指定順に対応します' },
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: { en: '<path>', ja: '<パス>' },
    help: { en: 'use this configuration file instead of discovery', ja: '設定ファイルを探さず、このファイルを使います' },
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: { en: '<n>', ja: '<件数>' },
    help: { en: 'exit 1 when there are more than n warnings', ja: '警告がこの件数を超えたら終了コード1で終わります' },
  },
  {
    name: 'max-file-size',
    type: 'string',
    value: { en: '<n>', ja: '<バイト>' },
    help: { en: `skip files larger than n bytes (default: ${MAX_FILE_BYTES})`, ja: `これより大きいファイルは検査しません（既定: ${MAX_FILE_BYTES}）` },
  },
  {
    name: 'concurrency',
    type: 'string',
    value: { en: '<n>', ja: '<数>' },
    help: {
      en: 'lint on n threads, or auto (half the cores) or off (default: auto)',
      ja: 'その数のスレッドで検査します。auto はコア数の半分、off は1つ（既定: auto）',
    },
  },
  { name: 'cache', type: 'boolean', help: { en: 'reuse the results of unchanged files', ja: '変更のないファイルは前回の結果を使います' } },
  {
    name: 'cache-location',
    type: 'string',
    value: { en: '<p>', ja: '<パス>' },
    help: {
      en: `where the cache is (default: ${CACHE_FILE_NAME}; a folder: the cache inside it); only a cache is ever replaced there`,
      ja: `キャッシュの場所（既定: ${CACHE_FILE_NAME}。フォルダーならその中）。置き換えるのはキャッシュだけです`,
    },
  },
  { name: 'quiet', type: 'boolean', help: { en: 'report errors only', ja: 'エラーだけを報告します' } },
  { name: 'summary', type: 'boolean', help: { en: "show each file's readiness verdict (stylish)", ja: '各ファイルの準備状況を表示します（stylish）' } },
  {
    name: 'locale',
    type: 'string',
    value: { en: '<en|ja>', ja: '<en|ja>' },
    help: { en: 'message language (default: from LC_ALL, LC_MESSAGES, LANG)', ja: 'メッセージの言語（既定: 環境変数 LC_ALL、LC_MESSAGES、LANG から）' },
  },
  { name: 'stdin', type: 'boolean', help: { en: 'lint standard input', ja: '標準入力を検査します' } },
  {
    name: 'stdin-filename',
    type: 'string',
    value: { en: '<p>', ja: '<パス>' },
    help: { en: 'the path to report standard input as', ja: '標準入力を報告するときのパス' },
  },
  { name: 'list-rules', type: 'boolean', help: { en: 'list every rule', ja: 'すべてのルールを一覧表示します' } },
  {
    name: 'print-config',
    type: 'string',
    value: { en: '<file>', ja: '<ファイル>' },
    help: { en: 'print the configuration in force for a file', ja: 'そのファイルに適用される設定を表示します' },
  },
  {
    name: 'new-since',
    type: 'string',
    value: { en: '<ref>', ja: '<参照>' },
    help: {
      en: 'report only findings new since a git ref (a branch, tag or commit)',
      ja: 'git の参照（ブランチ、タグ、コミット）以降に新しく生じた指摘だけを報告します',
    },
  },
  {
    name: 'baseline',
    type: 'string',
    value: { en: '<path>', ja: '<パス>' },
    help: { en: `the baseline of known findings (default: ${BASELINE_FILE_NAME})`, ja: `既知の指摘のベースライン（既定: ${BASELINE_FILE_NAME}）` },
  },
  { name: 'no-baseline', type: 'boolean', help: { en: 'use no baseline', ja: 'ベースラインを使いません' } },
  { name: 'baseline-write', type: 'boolean', help: { en: 'write the current findings as the baseline', ja: '現在の指摘をベースラインとして書き込みます' } },
  {
    name: 'baseline-prune',
    type: 'boolean',
    help: { en: "remove the baseline's entries that match no finding any more", ja: 'どの指摘にも一致しなくなったベースラインの項目を削除します' },
  },
  {
    name: 'fix',
    type: 'boolean',
    help: { en: 'apply the safe fixes (misspelt keys, values and ids) in place', ja: '安全な修正（キー・値・id の綴り誤り）をファイルに適用します' },
  },
  {
    name: 'fix-dry-run',
    type: 'boolean',
    help: { en: 'print the safe fixes as a unified diff; write nothing', ja: '安全な修正を差分として表示し、何も書き込みません' },
  },
  { name: 'no-color', type: 'boolean', help: { en: 'no colours', ja: '色を付けません' } },
  {
    name: 'mcp',
    type: 'boolean',
    help: {
      en: 'serve AI assistants: a Model Context Protocol server on stdio (with --config, --locale, --max-file-size)',
      ja: 'AI アシスタント向けの MCP サーバーを標準入出力で起動します（--config、--locale、--max-file-size と併用可）',
    },
  },
  { name: 'debug', type: 'boolean', help: { en: 'show stack traces of internal errors', ja: '内部エラーのスタックトレースを表示します' } },
  { name: 'help', short: 'h', type: 'boolean', help: { en: 'this help', ja: 'このヘルプを表示します' } },
  { name: 'version', short: 'v', type: 'boolean', help: { en: 'the version', ja: 'バージョンを表示します' } },
];

/** The options of one run, read and checked. */
export interface CliOptions {
  patterns: string[];
  formats: Format[];
  /** The file of each format's report (same index), or undefined for standard output. */
  outputFiles: (string | undefined)[];
  config: string | undefined;
  maxWarnings: number | undefined;
  maxFileSize: number;
  /** --concurrency: how many threads lint, or auto. */
  concurrency: number | 'auto';
  /** --cache: where the cache file is, or undefined without --cache. */
  cache: string | undefined;
  quiet: boolean;
  summary: boolean;
  locale: Locale | undefined;
  stdin: boolean;
  stdinFilename: string | undefined;
  listRules: boolean;
  printConfig: string | undefined;
  newSince: string | undefined;
  /** false with --no-baseline; `said` when the user named the file (it must then exist). */
  baseline: false | { path: string; said: boolean };
  baselineWrite: boolean;
  baselinePrune: boolean;
  fix: boolean;
  fixDryRun: boolean;
  noColor: boolean;
  /** --mcp: serve the Model Context Protocol on stdio instead of linting. */
  mcp: boolean;
  debug: boolean;
  help: boolean;
  version: boolean;
}

/** Arguments that parse but do not make sense together (or a value the option does not take): exit 2. */
export class UsageError extends Error {}

/** The help text, its options aligned by display width. */
export function usage(locale: Locale): string {
  const texts = cliTexts(locale);
  const left = OPTIONS.map((option) => `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value[locale]}` : ''}`);
  const width = Math.max(...left.map(displayWidth)) + 2;
  const lines = OPTIONS.map((option, i) => `  ${padEnd(left[i]!, width)}${option.help[locale]}`);
  return `${texts.usageLine}\n\n${texts.usageAbout}\n\n${texts.usageOptions}\n${lines.join('\n')}`;
}

/** `--locale ja` or `--locale=ja` among the arguments, read before they are parsed (so that their errors speak it). */
export function localeFromArgs(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i]?.startsWith('--locale=') ? argv[i]!.slice('--locale='.length) : undefined;
    if (value === 'en' || value === 'ja') return value;
  }
  return undefined;
}

/** Node's argument errors reworded in the message language, naming the option in balanced quotes. */
export function usageErrorText(error: unknown, texts: CliTexts): string {
  if (error instanceof UsageError) return error.message;
  const code = (error as { code?: string } | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  // parseArgs names the option as '-f, --format <value>' or '--quiet': keep its long form.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '?';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return texts.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return texts.noValueTaken(option);
    return /ambiguous/.test(message) ? texts.ambiguousValue(option) : texts.missingValue(option);
  }
  return texts.badArguments;
}

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** The arguments, read by the table; throws a UsageError (or Node's own argument error) when they cannot be used. */
export function parseOptions(argv: readonly string[], texts: CliTexts): CliOptions {
  const table: ParseArgsOptions = Object.fromEntries(
    OPTIONS.map((option) => [
      option.name,
      { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) },
    ]),
  );
  const { values: raw, positionals, tokens } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, tokens: true, options: table });
  const values = raw as Record<string, string | boolean | string[] | undefined>;
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const flag = (name: string): boolean => values[name] === true;
  const list = (name: string): string[] | undefined => values[name] as string[] | undefined;

  if (list('output-file')?.includes('')) throw new UsageError(texts.emptyOutputFile);
  const formats = (list('format') ?? ['stylish']).map((format) => {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(texts.unknownFormat(format, FORMATS.join(', ')));
    return format as Format;
  });
  const outputFiles = pairOutputs(tokens ?? [], formats.length, list('format') !== undefined, texts);
  const locale = text('locale');
  if (locale !== undefined && locale !== 'en' && locale !== 'ja') throw new UsageError(texts.unknownLocale(locale));
  const maxWarningsText = text('max-warnings');
  const maxWarnings = maxWarningsText === undefined ? undefined : wholeNumber(maxWarningsText);
  if (maxWarnings !== undefined && !Number.isSafeInteger(maxWarnings)) throw new UsageError(texts.maxWarningsNotNumber(maxWarningsText ?? ''));
  const maxFileSizeText = text('max-file-size');
  const maxFileSize = maxFileSizeText === undefined ? MAX_FILE_BYTES : wholeNumber(maxFileSizeText);
  if (!Number.isSafeInteger(maxFileSize) || maxFileSize < 1) throw new UsageError(texts.maxFileSizeNotNumber(maxFileSizeText ?? ''));
  const concurrencyText = text('concurrency') ?? 'auto';
  const concurrency = concurrencyText === 'auto' ? ('auto' as const) : concurrencyText === 'off' ? 1 : wholeNumber(concurrencyText);
  if (concurrency !== 'auto' && (!Number.isSafeInteger(concurrency) || concurrency < 1)) throw new UsageError(texts.concurrencyNotNumber(concurrencyText));
  if (text('cache-location') !== undefined && !flag('cache')) throw new UsageError(texts.cacheLocationWithoutCache);
  if (text('stdin-filename') !== undefined && !flag('stdin')) throw new UsageError(texts.stdinFilenameWithoutStdin);
  if (flag('stdin') && positionals.length) throw new UsageError(texts.stdinTakesNoPaths);
  if (flag('stdin') && flag('fix')) throw new UsageError(texts.fixWithStdin);
  if (flag('mcp') && (positionals.length || flag('stdin') || list('format') !== undefined)) throw new UsageError(texts.mcpAlone);
  return {
    patterns: positionals,
    formats,
    outputFiles,
    config: text('config'),
    maxWarnings,
    maxFileSize,
    concurrency,
    cache: flag('cache') ? (text('cache-location') ?? CACHE_FILE_NAME) : undefined,
    quiet: flag('quiet'),
    summary: flag('summary'),
    locale: locale as Locale | undefined,
    stdin: flag('stdin'),
    stdinFilename: text('stdin-filename'),
    mcp: flag('mcp'),
    listRules: flag('list-rules'),
    printConfig: text('print-config'),
    newSince: text('new-since'),
    baseline: flag('no-baseline') ? false : { path: text('baseline') ?? BASELINE_FILE_NAME, said: text('baseline') !== undefined },
    baselineWrite: flag('baseline-write'),
    baselinePrune: flag('baseline-prune'),
    fix: flag('fix'),
    fixDryRun: flag('fix-dry-run'),
    noColor: flag('no-color'),
    debug: flag('debug'),
    help: flag('help'),
    version: flag('version'),
  };
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * Each format's output file. Outputs pair with the formats given just before them: `-f json -o a -f sarif -o b`;
 * `-f json -f sarif -o a -o b` (in order); `-f json -f stylish -o x` (x is stylish's, json goes to stdout). An output
 * given before any format takes the first format still without one.
 */
function pairOutputs(tokens: Token[], formatCount: number, formatsGiven: boolean, texts: CliTexts): (string | undefined)[] {
  const outputFiles: (string | undefined)[] = Array.from({ length: formatCount }, () => undefined);
  const unpaired: string[] = [];
  let group: number[] = formatsGiven ? [] : [0];
  let run: string[] = [];
  let nextFormat = 0;
  const pairUp = (): void => {
    const pairs = Math.min(run.length, group.length);
    group.slice(group.length - pairs).forEach((formatIndex, i) => {
      outputFiles[formatIndex] = run[i];
    });
    unpaired.push(...run.slice(pairs));
    group = [];
    run = [];
  };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'format') {
      if (run.length > 0) pairUp();
      group.push(nextFormat++);
    } else if (token.name === 'output-file' && token.value !== undefined) run.push(token.value);
  }
  pairUp();
  for (const file of unpaired) {
    const free = outputFiles.indexOf(undefined);
    if (free < 0) throw new UsageError(texts.tooManyOutputs);
    outputFiles[free] = file;
  }
  return outputFiles;
}

/** The number an option's text writes in digits only, else NaN (no sign, point or exponent). */
function wholeNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : NaN;
}
