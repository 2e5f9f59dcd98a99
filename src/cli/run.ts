/**
 * `partnerlint`: the command line for reviewers and CI (docs/reference/cli.md). A thin layer over the core engine:
 * `run(argv, io)` reads the options, lints, and writes the reports through `io`; it keeps nothing between runs.
 */
import { existsSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { catalogue, displayWidth, docsUrl, fixText, padEnd, rules } from '../core/index';
import type { LintResult, Locale, ResolvedConfig } from '../core/index';
import { readBaseline, writeBaseline } from './baseline-file';
import { CACHE_FILE_NAME, ResultCache } from './cache';
import { Configs, describeConfigError, repositoryRoot } from './configs';
import type { ConfigScope } from './configs';
import { unifiedDiff } from './diff';
import { displayPath, expandPatterns } from './files';
import { FORMATTERS } from './formatters/index';
import { ANNOTATIONS_SHOWN_PER_TYPE, notAnnotated } from './formatters/github';
import { formatMarkdown } from './formatters/markdown';
import { newSince, onlyErrorsIfQuiet } from './new-since';
import { localeFromArgs, parseOptions, usage, usageErrorText } from './options';
import type { CliOptions } from './options';
import { lintMany } from './parallel';
import { printable } from './printable';
import { checkStrategyBytes, describeError, readStrategy } from './read';
import { appendToFile, inside, WriteRefused, writeFileSafely } from '../node/write-file';
import { countFindings, countLeftOut, shownRef } from './report';
import type { FileReport, FormatContext, RunReport } from './report';
import { applyBaseline, baselineOf, prunedBaseline } from './review';
import { cliTexts } from './texts';

/** Set by the bundler from package.json. */
declare const PARTNERLINT_VERSION: string;

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
  /**
   * `--mcp`: serves the Model Context Protocol until the client leaves, then gives the exit code (a bundle of its own,
   * loaded only then; -1 where this build has none).
   */
  serveMcp?: (options: McpOptions) => Promise<number>;
  /** Where configuration may be looked for and read (the MCP server confines it to its client's roots). */
  configScope?: ConfigScope;
}

/** What `--mcp` passes on to the server. */
export interface McpOptions {
  config: string | undefined;
  locale: Locale | undefined;
  maxFileSize: number;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  // Paths and patterns may hold control characters: never raw on the terminal.
  const stderr = (text: string): void => io.stderr(text.split('\n').map(printable).join('\n'));
  // Messages about the run itself follow --locale or the environment (known before the arguments are read, so that
  // their own errors speak it too); findings may also follow a configuration's locale.
  const locale = localeFromArgs(argv) ?? localeFromEnv(io.env);
  const words = cliTexts(locale);
  let options: CliOptions;
  try {
    options = parseOptions(argv, words);
  } catch (error) {
    stderr(`partnerlint: ${usageErrorText(error, words)}\n${words.usageHint}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${usage(locale)}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${PARTNERLINT_VERSION}\n`);
    return 0;
  }
  if (options.mcp) {
    const code = io.serveMcp ? await io.serveMcp({ config: options.config, locale: options.locale, maxFileSize: options.maxFileSize }) : -1;
    if (code >= 0) return code;
    stderr(`partnerlint: ${words.mcp.unavailable}\n`);
    return 2;
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
  // Found once per folder in this run; nothing outlives it.
  const configs = new Configs(io.cwd, options.config, locale, io.configScope);
  try {
    if (options.printConfig !== undefined) {
      const config = await configs.for(resolve(io.cwd, options.printConfig));
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
    const statsRead: Stats[] = [];
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
        config = await configs.for(absolutePath);
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
            // Only inside the repository (or folder) the file was given in, and only if it is as it was read.
            writeFileSafely(absolutePath, bom ? `\uFEFF${text}` : text, { replaces: 'any', within: fixRoot(absolutePath, io.cwd), unchangedSince: stats });
          } catch (error) {
            // The file keeps its text, and its findings are reported as they are.
            text = original;
            if (error instanceof WriteRefused && error.code === 'EOUTSIDE')
              stderr(`partnerlint: ${words.notFixed(path, describeError(error, locale, true))}\n`);
            else {
              failed = true;
              stderr(`partnerlint: ${words.cannotWriteFix(path, describeError(error, locale, true))}\n`);
            }
          }
        }
      }
      return { prepared: true, path, absolutePath, text, config, locale: fileLocale, stats: text === original ? stats : undefined };
    };
    const cache = options.cache === undefined ? undefined : ResultCache.load(cacheFile(resolve(io.cwd, options.cache)), PARTNERLINT_VERSION);
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
        if (read.stats) statsRead.push(read.stats);
        items.push(await prepare(read.text, target.displayPath, target.absolutePath, read.bom, read.stats));
      }
      reports.push(...(await lintPrepared(items)));
    }
    if (cache?.damage)
      stderr(`partnerlint: ${words.cacheDamaged(displayPath(cache.path, io.cwd), 'entries' in cache.damage ? cache.damage.entries : undefined)}\n`);
    const cacheError = cache?.save();
    if (cacheError !== undefined) stderr(`partnerlint: ${words.cannotWriteCache(displayPath(cache!.path, io.cwd), describeError(cacheError, locale, true))}\n`);
    const report: RunReport = { files: reports, locale, quiet: options.quiet, unmatched, failed };
    if (options.newSince !== undefined) {
      const patterns = options.stdin ? [] : (options.patterns.length ? options.patterns : ['.']).map((p) => resolve(io.cwd, p));
      report.newSince = await newSince(options.newSince, reports, absolutePaths, patterns, io.cwd, options, configs, locale);
    }
    if (options.baseline !== false) {
      const { path, said } = options.baseline;
      const baselinePath = resolve(io.cwd, path);
      const shown = displayPath(baselinePath, io.cwd);
      // --baseline-write makes the baseline anew: the old one is not read (its write refuses a file that is not one).
      let baseline = options.baselineWrite ? undefined : readBaseline(baselinePath, shown, said, locale);
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
    /** The files this run read, by identity: no report is written over one. */
    const lintedFiles = new Set(statsRead.map((stats) => `${stats.dev}:${stats.ino}`));
    const context: FormatContext = { version: PARTNERLINT_VERSION, cwd: io.cwd, color: false, summary: options.summary };
    for (const { format, file } of [...outputs.filter((o) => o.file !== undefined), ...outputs.filter((o) => o.file === undefined)]) {
      const color = format === 'stylish' && file === undefined && io.isTty && !io.env.NO_COLOR && !options.noColor;
      const text = FORMATTERS[format](report, { ...context, color });
      if (file === undefined) {
        io.stdout(text);
        continue;
      }
      try {
        const target = resolve(io.cwd, file);
        // A report never replaces a file it reports on.
        if (lintedFiles.has(fileIdentity(target))) throw new WriteRefused('EINPUT');
        writeFileSafely(target, text, { replaces: 'any' });
      } catch (error) {
        fail(words.cannotWriteReport(displayPath(resolve(io.cwd, file), io.cwd), describeError(error, locale, true)));
      }
    }
    // GitHub's job summary: the markdown report, where a workflow asks for annotations and gives a summary file.
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile && outputs.some((o) => o.format === 'github')) {
      try {
        appendToFile(resolve(io.cwd, summaryFile), stepSummary(report));
      } catch (error) {
        fail(words.cannotWriteStepSummary(summaryFile, describeError(error, locale, true)));
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

/**
 * Where `--fix` may write a file given at `absolutePath` (as given, its links not followed): inside the repository that
 * holds it, else inside the working folder if it is there, else its own folder. A link leading out is not followed.
 */
function fixRoot(absolutePath: string, cwd: string): string {
  return repositoryRoot(dirname(absolutePath)) ?? (inside(absolutePath, cwd) ? cwd : dirname(absolutePath));
}

/** The cache's file: the location given, or inside it when it is a folder (as ESLint's --cache-location). */
function cacheFile(location: string): string {
  try {
    return statSync(location).isDirectory() ? join(location, CACHE_FILE_NAME) : location;
  } catch {
    return location;
  }
}

/** A file's identity (device and inode), or '' when there is none to compare. */
function fileIdentity(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return '';
  }
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

/** The full report for the job summary, saying how many findings GitHub did not show as annotations. */
function stepSummary(report: RunReport): string {
  const hidden = notAnnotated(report);
  const note = hidden ? `\n> ${cliTexts(report.locale).notAnnotated(hidden, ANNOTATIONS_SHOWN_PER_TYPE)}\n` : '';
  return `${formatMarkdown(report)}${note}\n`;
}

/** The language of LC_ALL, LC_MESSAGES or LANG (Japanese for ja*), else English. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
