/** `partnerlint`: the command line for reviewers and CI (cli.md). A thin layer over the core engine. */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import {
  BASELINE_FILE_NAME,
  BaselineError,
  catalogue,
  ConfigError,
  discoverConfig,
  docsUrl,
  fixText,
  isStrategyFileName,
  lint,
  loadConfigFile,
  mergeConfig,
  parseBaseline,
  rules,
  serializeBaseline,
} from '../core/index';
import type { Baseline, FileReader, LintResult, Locale, ResolvedConfig } from '../core/index';
import { CACHE_FILE_NAME, ResultCache } from './cache';
import { displayPath, expandPatterns } from './files';
import { isLintWorker, lintMany, serveLintJobs } from './parallel';
import { checkStrategyBytes, MAX_FILE_BYTES, readBaselineText, readStrategy, readTextFile, describeError } from './read';
import { countFindings, countLeftOut, shownRef } from './report';
import type { FileReport, RemovedFile, RunReport } from './report';
import { applyBaseline, applyNewSince, baselineOf, prunedBaseline } from './review';
import { changesSince, fileAt, GitError, resolveCommit, workTreeRoot } from './git';
import { unifiedDiff } from './diff';
import { displayWidth, padEnd } from './text-width';
import { printable } from './printable';
import { formatStylish } from './formatters/stylish';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { ANNOTATIONS_SHOWN_PER_TYPE, formatGithub } from './formatters/github';
import { formatJunit } from './formatters/junit';
import { formatRdjson } from './formatters/rdjson';
import { formatGitlab } from './formatters/gitlab';
import { formatMarkdown } from './formatters/markdown';

/** Set by the bundler from package.json. */
declare const PARTNERLINT_VERSION: string;

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjson', 'gitlab', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input, as bytes: it gets the checks a file gets (size, NUL bytes, UTF-8). */
  readStdin: () => Uint8Array;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The script a worker thread of a large run starts: the launcher, so that workers too start with the compile cache on. */
  workerScript?: string;
}

class UsageError extends Error {}

/** The run itself failed for a reason the user can act on (a configuration that cannot be read): one line, exit 2. */
class RunError extends Error {}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  // Paths and patterns may hold control characters: never raw on the terminal.
  const stderr = (text: string): void => io.stderr(text.split('\n').map(printable).join('\n'));
  // Messages about the run itself follow --locale or the environment (known before the arguments are read, so that
  // their own errors speak it too); findings may also follow a configuration's locale.
  const locale = localeFromArgs(argv) ?? localeFromEnv(io.env);
  const words = catalogue(locale).cli;
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv, words);
  } catch (error) {
    stderr(`partnerlint: ${usageErrorText(error, words)}\n${words.usageHint}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${words.usage(FORMATS.join(', '))}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${PARTNERLINT_VERSION}\n`);
    return 0;
  }
  if (options.listRules) {
    const titleWidth = Math.max(...rules.map((r) => displayWidth(r.meta.title[locale])));
    const severities = catalogue(locale).severities;
    const severityWidth = Math.max(...Object.values(severities).map(displayWidth));
    io.stdout(
      `${rules
        .map(
          (r) =>
            `${r.meta.id.padEnd(40)} ${padEnd(severities[r.meta.defaultSeverity], severityWidth)} ${padEnd(r.meta.title[locale], titleWidth)}  ${docsUrl(r.meta.id)}`,
        )
        .join('\n')}\n`,
    );
    return 0;
  }
  try {
    if (options.printConfig !== undefined) {
      const config = await configFor(resolve(io.cwd, options.printConfig), options.config, io.cwd, locale);
      io.stdout(
        stringify({
          rules: config.rules,
          thresholds: config.thresholds,
          ...(config.locale ? { locale: config.locale } : {}),
          files: config.files.map((file) => displayPath(file, io.cwd)),
        }),
      );
      return 0;
    }
    const reports: FileReport[] = [];
    /** Where each report's file is, for linting it as it was at the --new-since ref with the same configuration. */
    const absolutePaths = new Map<FileReport, string>();
    // A finding's key names its file from the repository's root, so that it is the same from any working folder.
    const keyRoot = repositoryRoot(io.cwd) ?? io.cwd;
    const keyOf = (absolutePath: string): string => displayPath(absolutePath, keyRoot);
    let unmatched: string[] = [];
    let failed = false;
    const configErrorsSaid = new Set<string>();
    /**
     * A configuration that cannot be used fails the run and is reported on each strategy it governs, named with its
     * file and line (once on stderr); strategies under other configurations are still linted.
     */
    /** --fix-dry-run: the diff of each file's fixes, printed instead of a report. */
    const diffs: string[] = [];
    /** A file ready to lint: its configuration found, and its text after any --fix; or the report of why it is not. */
    const prepare = async (original: string, path: string, absolutePath: string, bom = false, stats?: Stats): Promise<Prepared | FileReport> => {
      let text = original;
      let config: ResolvedConfig;
      try {
        config = await configFor(absolutePath, options.config, io.cwd, locale);
      } catch (error) {
        const said = describeConfigError(error, io.cwd);
        if (said === undefined) throw error;
        failed = true;
        if (!configErrorsSaid.has(said)) stderr(`${said}\n`);
        configErrorsSaid.add(said);
        return { path, key: keyOf(absolutePath), error: said.replace(/^partnerlint: /, '') };
      }
      const fileLocale = options.locale ?? config.locale ?? locale;
      if (options.fix || options.fixDryRun) {
        // What remains after the fixes is what is reported.
        text = fixText(original, { config, locale: fileLocale }).text;
        if (text !== original && options.fixDryRun) diffs.push(unifiedDiff(path, original, text));
        if (text !== original && options.fix) {
          try {
            writeFileSync(absolutePath, bom ? `\uFEFF${text}` : text);
          } catch (error) {
            failed = true;
            stderr(`partnerlint: ${words.cannotWriteFix(path, describeError(error, locale, true))}\n`);
          }
        }
      }
      return { prepared: true, path, absolutePath, text, config, locale: fileLocale, stats: text === original ? stats : undefined };
    };
    const cache = options.cache === undefined ? undefined : ResultCache.load(resolve(io.cwd, options.cache), PARTNERLINT_VERSION);
    /** The files' results: from the cache where a file is unchanged, else linted (on worker threads when there are many). */
    const lintPrepared = async (items: (Prepared | FileReport)[]): Promise<FileReport[]> => {
      const results = new Map<number, LintResult>();
      const todo: { index: number; item: Prepared; key?: string }[] = [];
      items.forEach((item, index) => {
        if (!('prepared' in item)) return;
        const found = cache?.lookup(item.absolutePath, item.text, item.config, item.locale, item.stats);
        if (found && 'result' in found) results.set(index, found.result);
        else todo.push({ index, item, key: found?.key });
      });
      const linted = await lintMany(
        todo.map(({ item }) => ({ text: item.text, config: item.config, locale: item.locale })),
        { threads: options.concurrency, workerScript: io.workerScript },
      );
      todo.forEach((job, i) => {
        results.set(job.index, linted[i]!);
        if (job.key !== undefined) cache!.set(job.item.absolutePath, job.key, linted[i]!, job.item.config, job.item.locale, job.item.stats);
      });
      return items.map((item, index) => {
        if (!('prepared' in item)) return item;
        const report: FileReport = {
          path: item.path,
          key: keyOf(item.absolutePath),
          text: item.text,
          result: onlyErrorsIfQuiet(results.get(index)!, options.quiet),
        };
        absolutePaths.set(report, item.absolutePath);
        return report;
      });
    };
    if (options.stdin) {
      // Shown like any other path: relative to the working folder, with forward slashes.
      const path = options.stdinFilename === undefined ? '<stdin>' : displayPath(resolve(io.cwd, options.stdinFilename), io.cwd);
      const read = checkStrategyBytes(io.readStdin(), locale, options.maxFileSize);
      if ('error' in read) {
        failed = true;
        reports.push({ path, key: keyOf(resolve(io.cwd, path)), error: read.error });
      } else {
        reports.push(...(await lintPrepared([await prepare(read.text, path, resolve(io.cwd, path))])));
      }
    } else {
      const expansion = expandPatterns(options.patterns.length ? options.patterns : ['.'], io.cwd);
      unmatched = expansion.unmatched;
      for (const pattern of unmatched) stderr(`partnerlint: ${words.noMatch(pattern)}\n`);
      if (unmatched.length > 0 || expansion.targets.length === 0) failed = true;
      const items: (Prepared | FileReport)[] = [];
      for (const target of expansion.targets) {
        const read = readStrategy(target.absolutePath, locale, options.maxFileSize);
        if ('error' in read) {
          failed = true;
          items.push({ path: target.displayPath, key: keyOf(target.absolutePath), error: read.error });
          continue;
        }
        items.push(await prepare(read.text, target.displayPath, target.absolutePath, read.bom, read.stats));
      }
      reports.push(...(await lintPrepared(items)));
    }
    const cacheError = cache?.save();
    if (cacheError !== undefined) stderr(`partnerlint: ${words.cannotWriteCache(displayPath(cache!.path, io.cwd), describeError(cacheError, locale, true))}\n`);
    const report: RunReport = { files: reports, locale, quiet: options.quiet, unmatched, failed };
    if (options.newSince !== undefined) {
      const patterns = options.stdin ? [] : (options.patterns.length ? options.patterns : ['.']).map((p) => resolve(io.cwd, p));
      report.newSince = await newSince(options.newSince, reports, absolutePaths, patterns, io.cwd, options, locale);
    }
    if (options.baseline !== false) {
      const { path, said } = options.baseline;
      const baselinePath = resolve(io.cwd, path);
      const shown = displayPath(baselinePath, io.cwd);
      let baseline = readBaseline(baselinePath, shown, said && !options.baselineWrite, locale);
      if (options.baselineWrite) {
        baseline = baselineOf(reports);
        writeBaseline(baselinePath, shown, baseline, locale);
        stderr(
          `partnerlint: ${words.baselineWritten(
            shown,
            reports.reduce((n, f) => n + (f.result?.findings.length ?? 0), 0),
          )}\n`,
        );
      } else if (options.baselinePrune && baseline) {
        const pruned = prunedBaseline(baseline, reports, (key) => existsSync(join(keyRoot, key)));
        baseline = pruned.baseline;
        writeBaseline(baselinePath, shown, baseline, locale);
        stderr(`partnerlint: ${words.baselinePruned(shown, pruned.removed)}\n`);
      }
      if (baseline) {
        applyBaseline(reports, baseline);
        report.baseline = shown;
      }
    }
    // rdjson and gitlab have no place for these counts in their schemas: they are said on stderr instead.
    if (options.formats.some((format) => format === 'rdjson' || format === 'gitlab')) {
      const leftOut = countLeftOut(report);
      if (report.baseline !== undefined) stderr(`partnerlint: ${words.baselined(leftOut.baselined)} (${report.baseline})\n`);
      if (report.newSince) stderr(`partnerlint: ${words.newSince(shownRef(report.newSince.ref), leftOut.existing, leftOut.fixed)}\n`);
    }
    // A report that cannot be written fails the run, but the other reports are still written. Files first, so that a
    // report on stdout (stylish's summary line) knows whether they were.
    const fail = (message: string): void => {
      stderr(`partnerlint: ${message}\n`);
      report.failed = true;
    };
    // --fix-dry-run shows what --fix would change, and writes nothing: no file, no report.
    const outputs = options.fixDryRun ? [] : options.formats.map((format, index) => ({ format, file: options.outputFiles[index] }));
    if (options.fixDryRun) io.stdout(diffs.join(''));
    for (const { format, file } of [...outputs.filter((o) => o.file !== undefined), ...outputs.filter((o) => o.file === undefined)]) {
      const text = render(format, report, options, io, file !== undefined, fail);
      if (file === undefined) {
        io.stdout(text);
        continue;
      }
      try {
        writeFileSync(resolve(io.cwd, file), text);
      } catch (error) {
        fail(words.cannotWriteReport(displayPath(resolve(io.cwd, file), io.cwd), describeError(error, locale, true)));
      }
    }
    const counts = countFindings(reports);
    if (report.failed) return 2;
    if (counts.errors > 0) return 1;
    if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
      stderr(`partnerlint: ${words.tooManyWarnings(counts.warnings, options.maxWarnings)}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    const said = describeConfigError(error, io.cwd);
    if (said !== undefined) {
      stderr(`${said}\n`);
      return 2;
    }
    stderr(`partnerlint: ${words.internalError(describeError(error, locale))}\n${options.debug && error instanceof Error ? `${error.stack}\n` : ''}`);
    return 2;
  }
}

/** What a configuration error says, with its file and line relative to the working folder; undefined for others. */
function describeConfigError(error: unknown, cwd: string): string | undefined {
  if (error instanceof ConfigError) return `${displayPath(error.file, cwd)}:${error.position.line}:${error.position.column}: ${error.message}`;
  if (error instanceof RunError) return `partnerlint: ${error.message}`;
  return undefined;
}

/** A file ready to lint (see `prepare` in run). */
interface Prepared {
  prepared: true;
  path: string;
  absolutePath: string;
  text: string;
  config: ResolvedConfig;
  /** Findings speak --locale, else the configuration's `locale`, else the environment's language. */
  locale: Locale;
  /** The file's status when `text` was read from it (not for standard input, nor once fixes changed the text). */
  stats?: Stats;
}

/** A text as it was at the --new-since ref, with the configuration in force now. */
function lintWith(text: string, config: ResolvedConfig, options: ReturnType<typeof parse>, envLocale: Locale): LintResult {
  return onlyErrorsIfQuiet(lint(text, { config, locale: options.locale ?? config.locale ?? envLocale }), options.quiet);
}

/** With --quiet, errors only. */
function onlyErrorsIfQuiet(result: LintResult, quiet: boolean): LintResult {
  if (!quiet) return result;
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error'), suppressed: result.suppressed.filter((f) => f.severity === 'error') };
}

/**
 * --new-since: each file linted again as it was at the ref (by its old path where the change renamed it), with the same
 * configuration, and only its new findings kept; the strategy files the change deleted under the linted paths listed.
 */
async function newSince(
  ref: string,
  reports: FileReport[],
  absolutePaths: Map<FileReport, string>,
  patterns: string[],
  cwd: string,
  options: ReturnType<typeof parse>,
  locale: Locale,
): Promise<{ ref: string; removed: RemovedFile[] }> {
  const words = catalogue(locale).cli;
  let root: string;
  let commit: string;
  let changes: ReturnType<typeof changesSince>;
  // The work tree of the files linted (they may lie outside the working folder), else of the working folder.
  const first = [...absolutePaths.values()][0];
  try {
    root = workTreeRoot(first === undefined ? cwd : dirname(first));
    commit = resolveCommit(root, ref);
    changes = changesSince(root, commit);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new RunError(
      error.kind === 'notWorkTree'
        ? words.notGitWorkTree(displayPath(first === undefined ? cwd : dirname(first), cwd))
        : error.kind === 'unknownRef'
          ? words.unknownRef(ref)
          : words.gitFailed(error.message),
    );
  }
  const baseText = (path: string): string | undefined => {
    const bytes = fileAt(root, commit, path, options.maxFileSize);
    if (bytes === undefined || 'size' in bytes) return undefined;
    const read = checkStrategyBytes(bytes, locale, options.maxFileSize);
    return 'text' in read ? read.text : undefined;
  };
  for (const file of reports) {
    const absolutePath = absolutePaths.get(file);
    if (!file.result || absolutePath === undefined) continue;
    const here = displayPath(absolutePath, root);
    const oldPath = changes.renamedFrom.get(here) ?? here;
    if (oldPath !== here) file.base = { renamedFrom: oldPath, readiness: null, findings: 0, existing: 0, fixed: [] };
    const text = baseText(oldPath);
    const config = await configFor(absolutePath, options.config, cwd, locale);
    applyNewSince(file, text === undefined ? undefined : lintWith(text, config, options, locale));
  }
  const removed: RemovedFile[] = [];
  for (const path of changes.deleted) {
    const absolutePath = join(root, path);
    const under = patterns.some((pattern) => absolutePath === pattern || absolutePath.startsWith(pattern.endsWith('/') ? pattern : `${pattern}/`));
    if (!under || !isStrategyFileName(absolutePath)) continue;
    const text = baseText(path);
    // The folder of a deleted file may be gone, or its configuration with it: the defaults judge what it was.
    const config = await configFor(absolutePath, options.config, cwd, locale).catch(() => mergeConfig([]));
    const result = text === undefined ? undefined : lintWith(text, config, options, locale);
    removed.push({ path: displayPath(absolutePath, cwd), readiness: result?.readiness ?? null, findings: result?.findings.length ?? 0 });
  }
  return { ref, removed };
}

/** The baseline at `path`, or undefined where there is none (an error when the user named it). */
function readBaseline(path: string, shown: string, mustExist: boolean, locale: Locale): Baseline | undefined {
  const words = catalogue(locale).cli;
  if (!existsSync(path)) {
    if (mustExist) throw new RunError(words.baselineMissing(shown));
    return undefined;
  }
  let text: string;
  try {
    text = readBaselineText(path);
  } catch (error) {
    throw new RunError(words.cannotReadBaseline(shown, describeError(error, locale)));
  }
  try {
    return parseBaseline(text);
  } catch (error) {
    if (error instanceof BaselineError) throw new RunError(words.badBaseline(shown, error.detail));
    throw error;
  }
}

function writeBaseline(path: string, shown: string, baseline: Baseline, locale: Locale): void {
  try {
    writeFileSync(path, serializeBaseline(baseline));
  } catch (error) {
    throw new RunError(catalogue(locale).cli.cannotWriteBaseline(shown, describeError(error, locale, true)));
  }
}

function render(format: Format, report: RunReport, options: ReturnType<typeof parse>, io: Io, toFile: boolean, fail: (message: string) => void): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'stylish':
      return formatStylish(report, { color: io.isTty && !io.env.NO_COLOR && !options.noColor && !toFile, summary: options.summary });
    case 'sarif':
      return formatSarif(report, { version: PARTNERLINT_VERSION, baseUri: pathToFileURL(io.cwd.endsWith('/') ? io.cwd : `${io.cwd}/`).href });
    case 'junit':
      return formatJunit(report);
    case 'rdjson':
      return formatRdjson(report);
    case 'gitlab':
      return formatGitlab(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'github': {
      const github = formatGithub(report);
      const summaryFile = io.env.GITHUB_STEP_SUMMARY;
      if (summaryFile) {
        try {
          appendFileSync(resolve(io.cwd, summaryFile), stepSummary(report, github.notShown));
        } catch (error) {
          fail(catalogue(report.locale).cli.cannotWriteStepSummary(summaryFile, describeError(error, report.locale, true)));
        }
      }
      return github.commands;
    }
  }
}

/** The full report for the job summary, saying how many findings GitHub did not show as annotations. */
function stepSummary(report: RunReport, notShown: Record<'error' | 'warning' | 'notice', number>): string {
  const hidden = notShown.error + notShown.warning + notShown.notice;
  const note = hidden ? `\n> ${catalogue(report.locale).cli.notAnnotated(hidden, ANNOTATIONS_SHOWN_PER_TYPE)}\n` : '';
  return `${formatMarkdown(report)}${note}\n`;
}

const configCache = new Map<string, Promise<ResolvedConfig>>();

/** The configuration for one file: --config, or discovery up to the repository root. */
function configFor(absolutePath: string, explicit: string | undefined, cwd: string, locale: Locale): Promise<ResolvedConfig> {
  const key = explicit ? `config:${resolve(cwd, explicit)}` : `dir:${dirname(absolutePath)}`;
  let config = configCache.get(key);
  if (!config) {
    const read = configReader(cwd, locale);
    config = explicit
      ? loadConfigFile(resolve(cwd, explicit), read, locale)
      : discoverConfig(absolutePath, read, { stopAt: repositoryRoot(dirname(absolutePath)), locale });
    configCache.set(key, config);
  }
  return config;
}

/** Reads configuration files; one that exists but cannot be read (a folder, no permission, not UTF-8) fails the run. */
function configReader(cwd: string, locale: Locale): FileReader {
  return async (path) => {
    try {
      return await readTextFile(path);
    } catch (error) {
      throw new RunError(catalogue(locale).cli.cannotReadConfig(displayPath(path, cwd), describeError(error, locale)));
    }
  };
}

function repositoryRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** `--locale ja` or `--locale=ja` among the arguments, read before they are parsed. */
function localeFromArgs(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--locale' ? argv[i + 1] : argv[i]?.startsWith('--locale=') ? argv[i]!.slice('--locale='.length) : undefined;
    if (value === 'en' || value === 'ja') return value;
  }
  return undefined;
}

/** Node's argument errors reworded in the message language, naming the option in balanced quotes. */
function usageErrorText(error: unknown, words: ReturnType<typeof catalogue>['cli']): string {
  if (error instanceof UsageError) return error.message;
  const code = (error as { code?: string } | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  // parseArgs names the option as '-f, --format <value>' or '--quiet': keep its long form.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '?';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return words.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return words.noValueTaken(option);
    return /ambiguous/.test(message) ? words.ambiguousValue(option) : words.missingValue(option);
  }
  return words.badArguments;
}

function parse(argv: readonly string[], words: ReturnType<typeof catalogue>['cli']) {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      format: { type: 'string', short: 'f', multiple: true },
      'output-file': { type: 'string', short: 'o', multiple: true },
      config: { type: 'string', short: 'c' },
      'max-warnings': { type: 'string' },
      'max-file-size': { type: 'string' },
      concurrency: { type: 'string' },
      cache: { type: 'boolean' },
      'cache-location': { type: 'string' },
      quiet: { type: 'boolean' },
      summary: { type: 'boolean' },
      locale: { type: 'string' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      'list-rules': { type: 'boolean' },
      'print-config': { type: 'string' },
      'new-since': { type: 'string' },
      baseline: { type: 'string' },
      'no-baseline': { type: 'boolean' },
      'baseline-write': { type: 'boolean' },
      'baseline-prune': { type: 'boolean' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values['output-file']?.includes('')) throw new UsageError(words.emptyOutputFile);
  const formats = (values.format ?? ['stylish']).map((format) => {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(words.unknownFormat(format, FORMATS.join(', ')));
    return format as Format;
  });
  // Outputs pair with the formats given just before them: `-f json -o a -f sarif -o b`; `-f json -f sarif -o a -o b` (in
  // order); `-f json -f stylish -o x` (x is stylish's, json goes to stdout). An output given before any format takes
  // the first format still without one.
  const outputFiles: (string | undefined)[] = formats.map(() => undefined);
  const unpaired: string[] = [];
  let group: number[] = values.format ? [] : [0];
  let run: string[] = [];
  let nextFormat = 0;
  const pairUp = (): void => {
    const pairs = Math.min(run.length, group.length);
    group.slice(group.length - pairs).forEach((formatIndex, i) => (outputFiles[formatIndex] = run[i]));
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
    if (free < 0) throw new UsageError(words.tooManyOutputs);
    outputFiles[free] = file;
  }
  const locale = values.locale;
  if (locale !== undefined && locale !== 'en' && locale !== 'ja') throw new UsageError(words.unknownLocale(locale));
  const maxWarningsText = values['max-warnings'];
  const maxWarnings = maxWarningsText === undefined ? undefined : wholeNumber(maxWarningsText);
  if (maxWarnings !== undefined && !Number.isSafeInteger(maxWarnings)) throw new UsageError(words.maxWarningsNotNumber(maxWarningsText ?? ''));
  const maxFileSizeText = values['max-file-size'];
  const maxFileSize = maxFileSizeText === undefined ? MAX_FILE_BYTES : wholeNumber(maxFileSizeText);
  if (!Number.isSafeInteger(maxFileSize) || maxFileSize < 1) throw new UsageError(words.maxFileSizeNotNumber(maxFileSizeText ?? ''));
  const concurrencyText = values.concurrency ?? 'auto';
  const concurrency = concurrencyText === 'auto' ? ('auto' as const) : concurrencyText === 'off' ? 1 : wholeNumber(concurrencyText);
  if (concurrency !== 'auto' && (!Number.isSafeInteger(concurrency) || concurrency < 1)) throw new UsageError(words.concurrencyNotNumber(concurrencyText));
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError(words.cacheLocationWithoutCache);
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError(words.stdinFilenameWithoutStdin);
  if (values.stdin && positionals.length) throw new UsageError(words.stdinTakesNoPaths);
  if (values.stdin && values.fix) throw new UsageError(words.fixWithStdin);
  return {
    patterns: positionals,
    formats,
    outputFiles,
    config: values.config,
    maxWarnings,
    maxFileSize,
    /** --concurrency: how many threads lint, or auto. */
    concurrency,
    /** --cache: where the cache file is, or undefined without --cache. */
    cache: values.cache ? (values['cache-location'] ?? CACHE_FILE_NAME) : undefined,
    quiet: values.quiet ?? false,
    summary: values.summary ?? false,
    locale: locale as Locale | undefined,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    listRules: values['list-rules'] ?? false,
    printConfig: values['print-config'],
    newSince: values['new-since'],
    /** false with --no-baseline; `said` when the user named the file (it must then exist). */
    baseline: values['no-baseline'] ? (false as const) : { path: values.baseline ?? BASELINE_FILE_NAME, said: values.baseline !== undefined },
    baselineWrite: values['baseline-write'] ?? false,
    baselinePrune: values['baseline-prune'] ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    noColor: values['no-color'] ?? false,
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/** The number an option's text writes in digits only, else NaN (no sign, point or exponent). */
function wholeNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : NaN;
}

/**
 * Runs the CLI in this process, or serves lint jobs in a worker thread of a large run. `launcher` is the script that
 * loaded this bundle (dist/cli.js), which workers then start too.
 */
export function main(launcher = __filename): void {
  if (isLintWorker()) {
    serveLintJobs();
    return;
  }
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0),
    isTty: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    workerScript: launcher,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`partnerlint: internal error: ${describeError(error)}\n`);
      process.exitCode = 2;
    },
  );
}

// The bundle run directly (the GitHub Action's action/cli.js, and its workers) rather than through dist/cli.js.
if (require.main === module) main();
