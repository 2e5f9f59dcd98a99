/**
 * `--cache`: the results of files that have not changed since the last run, as ESLint keeps them. An entry is used only
 * when its key matches: a hash of partnerlint's version, the file's text, the configuration in force and the language.
 * A cache that is missing or of another version counts as empty. Every part of it is checked against its schema
 * (schemas/partnerlint-cache.schema.json) when read: a damaged file counts as empty and a damaged entry as missing (its
 * file is linted again), said once on stderr. A cache that cannot be written is said once on stderr and never fails the
 * run; it is written only over a cache (src/node/write-file.ts), never over a file of something else's.
 *
 * Before hashing, an entry is also matched on the file's status (size, inode, modification and change times) and the
 * same settings, as git trusts its index: a file whose status is unchanged has not been written since. A status is kept
 * only once it is older than the run by more than a file system's coarsest clock, so that a write in the same tick as
 * the read cannot hide behind an equal time. A fresh checkout (CI) has new statuses, and falls back to the hash.
 */
import type { Hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { cumulativeRevenue } from '../core/index';
import type { LintResult, LtvFigures, Locale, Readiness, ResolvedConfig } from '../core/index';
import { validateCacheEntry, validateCacheFile, validateCacheReadiness } from '../core/validators';
import { readRegularFile } from '../node/read-file';
import { writeFileSafely } from '../node/write-file';

export const CACHE_FILE_NAME = '.partnerlintcache';

/** A cache larger than this is not read: it would cost more than linting again. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * A result as the cache keeps it: as `lintMany` gives it, with only what the findings' identities read of the document,
 * and the LTV without its month-by-month totals, half of what is left. They follow from the LTV's inputs, and are
 * worked out again only if something reads them (no report of the CLI's does).
 */
type StoredResult = Omit<LintResult, 'ltv'> & { ltv: Omit<LtvFigures, 'cumulative'> | null };

/** A status younger than this, when the run began, is not kept: FAT's clock ticks every 2 s, most others far finer. */
const FRESH_MS = 2000;

interface Entry {
  key: string;
  result: StoredResult;
  /** The file's status when it was read, if it was old enough to trust, and the settings it was linted with. */
  stamp?: string;
  settings?: string;
}

/**
 * On disk, an entry names its settings by their number in `settings`, and its readiness by its number in `readiness`:
 * one copy for all the files that share them. The readiness, with its six reasons, was three fifths of a cache, and
 * most files of a repository share one.
 */
interface CacheFile {
  partnerlint: string;
  settings?: string[];
  readiness?: (Readiness | null)[];
  entries: Record<string, Omit<Entry, 'settings' | 'result'> & { settings?: number; result: Omit<StoredResult, 'readiness'> & { readiness: number } }>;
}

/** Whether a file's first bytes are a cache's (its first key is `partnerlint`): `--cache-location` never replaces anything else. */
export function isCacheHead(head: string): boolean {
  return /^\s*\{\s*"partnerlint"\s*:/.test(head);
}

/** Numbers for values, the same number for equal ones (by `keyOf`), and the values in their numbers' order. */
class Numbering<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(private readonly keyOf: (value: T) => string) {}

  numberOf(value: T): number {
    const key = this.keyOf(value);
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.values.push(value) - 1;
      this.numbers.set(key, number);
    }
    return number;
  }
}

/** What `lookup` found: the result of an unchanged file, or the key its result is to be kept under. */
export type Lookup = { result: LintResult } | { key: string };

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private readonly settingsTexts = new WeakMap<ResolvedConfig, Map<Locale, { text: string; hash?: Hash }>>();
  /** Files this run read: they exist, so `save` need not look. */
  private readonly seen = new Set<string>();
  private changed = false;
  /** Statuses changed after this are too fresh to keep. */
  private readonly freshAfter = Date.now() - FRESH_MS;

  private constructor(
    readonly path: string,
    private readonly version: string,
  ) {}

  /** What was wrong with the cache as read (a damaged file, or how many damaged entries): said once by the run. */
  damage: { file: true } | { entries: number } | undefined;

  static load(path: string, partnerlintVersion: string): ResultCache {
    // The shape of a stored result changes with the rules' version too (readiness v2 gained reasons).
    const version = `${partnerlintVersion}+results-2`;
    const cache = new ResultCache(path, version);
    let text: string;
    try {
      const bytes = readRegularFile(path, MAX_CACHE_BYTES);
      // Larger than a cache would be: it would cost more than linting again.
      if ('size' in bytes) return cache;
      text = new TextDecoder().decode(bytes);
    } catch {
      // No cache yet, or a place that cannot be read: start afresh (saving says why, if it cannot write there either).
      return cache;
    }
    // A file that is not a cache at all is not called a damaged one: saving refuses to replace it, and says so.
    if (!isCacheHead(text)) return cache;
    let file: CacheFile;
    try {
      file = JSON.parse(text) as CacheFile;
    } catch {
      cache.damage = { file: true };
      return cache;
    }
    // Another version's cache is not damaged, only of no use.
    if (typeof file.partnerlint === 'string' && file.partnerlint !== version) return cache;
    if (!validateCacheFile(file)) {
      cache.damage = { file: true };
      return cache;
    }
    const settings = file.settings ?? [];
    // A shared readiness that is damaged damages every entry that names it.
    const readiness = (file.readiness ?? []).map((shared) => (shared === null || validateCacheReadiness(shared) ? shared : undefined));
    let damaged = 0;
    for (const [absolutePath, entry] of Object.entries(file.entries)) {
      // Nothing of an entry is read before it passes its schema (it may be null, or anything else).
      if (!validateCacheEntry(entry)) {
        damaged++;
        continue;
      }
      const shared = entry.result.readiness;
      const settingsText = entry.settings === undefined ? undefined : settings[entry.settings];
      if (!Object.hasOwn(readiness, shared) || readiness[shared] === undefined || (entry.settings !== undefined && settingsText === undefined)) {
        damaged++;
        continue;
      }
      // Shared by the files that have it: results are read, never changed, once made.
      const result: StoredResult = { ...entry.result, readiness: readiness[shared] ?? null };
      const { key, stamp } = entry;
      cache.entries.set(absolutePath, stamp !== undefined && settingsText !== undefined ? { key, result, stamp, settings: settingsText } : { key, result });
    }
    if (damaged > 0) {
      cache.damage = { entries: damaged };
      cache.changed = true;
    }
    return cache;
  }

  /**
   * The cached result of an unchanged file (this run's own copy, handed out once): matched on its status and settings,
   * else on its key, which is otherwise returned for `set`. `stats` is the file's status when its text was read, if the
   * text is the file's (not standard input, nor a text after fixes).
   */
  lookup(absolutePath: string, text: string, config: ResolvedConfig, locale: Locale, stats?: Stats): Lookup {
    this.seen.add(absolutePath);
    const entry = this.entries.get(absolutePath);
    const settings = this.settingsOf(config, locale);
    const stamp = this.stampOf(stats);
    if (entry !== undefined && !fitsText(entry.result, text)) {
      // Findings past the end of the text are of another text: the entry is damaged, and the file linted again.
      this.entries.delete(absolutePath);
      this.damage = { entries: (this.damage && 'entries' in this.damage ? this.damage.entries : 0) + 1 };
      this.changed = true;
      return { key: this.keyOf(text, settings) };
    }
    if (entry !== undefined && stamp !== undefined && entry.stamp === stamp && entry.settings === settings.text) return { result: restored(entry.result) };
    const key = this.keyOf(text, settings);
    if (entry?.key !== key) return { key };
    if (stamp !== undefined && (entry.stamp !== stamp || entry.settings !== settings.text)) {
      // Unchanged, but read anew (a fresh checkout): the next run need not hash it.
      Object.assign(entry, { stamp, settings: settings.text });
      this.changed = true;
    }
    return { result: restored(entry.result) };
  }

  /** Keeps a copy, as `StoredResult` says: the run may filter the result it reports (--quiet), and the cache holds it whole. */
  set(absolutePath: string, key: string, result: LintResult, config: ResolvedConfig, locale: Locale, stats?: Stats): void {
    const stored: StoredResult = { ...result, ltv: result.ltv && withoutTotals(result.ltv) };
    const stamp = this.stampOf(stats);
    const entry: Entry = { key, result: structuredClone(stored) };
    this.entries.set(absolutePath, stamp === undefined ? entry : { ...entry, stamp, settings: this.settingsOf(config, locale).text });
    this.changed = true;
  }

  /** Writes the cache (entries of files that no longer exist dropped), through a temporary file; the error if it cannot. */
  save(): unknown {
    for (const absolutePath of this.entries.keys()) {
      if (!this.seen.has(absolutePath) && !existsSync(absolutePath)) {
        this.entries.delete(absolutePath);
        this.changed = true;
      }
    }
    if (!this.changed) return undefined;
    const settingsNumbers = new Numbering<string>((text) => text);
    const readinessNumbers = new Numbering<Readiness | null>((readiness) => JSON.stringify(readiness));
    const entries: CacheFile['entries'] = {};
    for (const [absolutePath, { settings, result, ...entry }] of this.entries) {
      const stored = { ...result, readiness: readinessNumbers.numberOf(result.readiness) };
      entries[absolutePath] =
        settings === undefined ? { ...entry, result: stored } : { ...entry, result: stored, settings: settingsNumbers.numberOf(settings) };
    }
    const file: CacheFile = { partnerlint: this.version, settings: settingsNumbers.values, readiness: readinessNumbers.values, entries };
    try {
      writeFileSafely(this.path, JSON.stringify(file), { replaces: isCacheHead });
      return undefined;
    } catch (error) {
      return error;
    }
  }

  /** What decides a file's result besides its text, as text: made once for each configuration and language. */
  private settingsOf(config: ResolvedConfig, locale: Locale): { text: string; hash?: Hash } {
    let byLocale = this.settingsTexts.get(config);
    if (!byLocale) {
      byLocale = new Map();
      this.settingsTexts.set(config, byLocale);
    }
    let settings = byLocale.get(locale);
    if (!settings) {
      settings = { text: JSON.stringify([this.version, locale, config.rules, config.thresholds]) };
      byLocale.set(locale, settings);
    }
    return settings;
  }

  /**
   * The key of a text with these settings: a change to either lints it again. The settings' part of the hash is begun
   * once for them and copied for each file. `node:crypto` loads only when a file needs hashing.
   */
  private keyOf(text: string, settings: { text: string; hash?: Hash }): string {
    if (!settings.hash) {
      const { createHash } = require('node:crypto') as typeof import('node:crypto');
      settings.hash = createHash('sha256').update(`${settings.text}\0`);
    }
    return settings.hash.copy().update(text).digest('hex');
  }

  /** A file's status as an entry keeps it, or undefined if there is none or it changed too recently to trust. */
  private stampOf(stats: Stats | undefined): string | undefined {
    if (stats === undefined || Math.max(stats.mtimeMs, stats.ctimeMs) > this.freshAfter) return undefined;
    return `${stats.size}:${stats.dev}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`;
  }
}

/** Whether every span of a stored result lies within the text it is looked up for. */
function fitsText(result: StoredResult, text: string): boolean {
  const fits = (finding: { span: { start: number; end: number } }): boolean => finding.span.start <= finding.span.end && finding.span.end <= text.length;
  return result.findings.every(fits) && result.suppressed.every(fits);
}

/** A stored result as a run uses it; the LTV's month-by-month totals are worked out if something reads them. */
function restored(result: StoredResult): LintResult {
  const { ltv } = result;
  if (!ltv) return { ...result, ltv: null };
  let cumulative: number[] | undefined;
  const figures = Object.defineProperty({ ...ltv }, 'cumulative', { enumerable: true, get: () => (cumulative ??= cumulativeRevenue(ltv)) }) as LtvFigures;
  return { ...result, ltv: figures };
}

function withoutTotals({ cumulative: _totals, ...inputs }: LtvFigures): Omit<LtvFigures, 'cumulative'> {
  return inputs;
}
