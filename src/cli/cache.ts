/**
 * `--cache`: the results of files that have not changed since the last run, as ESLint keeps them. An entry is used only
 * when its key matches: a hash of partnerlint's version, the file's text, the configuration in force and the language.
 * A cache that is missing, of another version, unreadable or damaged counts as empty; one that cannot be written is said
 * once on stderr and never fails the run.
 */
import type { Hash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cumulativeRevenue } from '../core/index';
import type { LintResult, LtvFigures, Locale, ResolvedConfig } from '../core/index';

export const CACHE_FILE_NAME = '.partnerlintcache';

/** A cache larger than this is not read: it would cost more than linting again. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * A result as the cache keeps it: as `lintMany` gives it, with only what the findings' identities read of the document,
 * and the LTV without its month-by-month totals, half of what is left. They follow from the LTV's inputs, and are
 * worked out again only if something reads them (no report of the CLI's does).
 */
type StoredResult = Omit<LintResult, 'ltv'> & { ltv: Omit<LtvFigures, 'cumulative'> | null };

interface CacheFile {
  partnerlint: string;
  entries: Record<string, { key: string; result: StoredResult }>;
}

export class ResultCache {
  private readonly entries = new Map<string, { key: string; result: StoredResult }>();
  private readonly settingsHashes = new WeakMap<ResolvedConfig, Map<Locale, Hash>>();
  /** Files this run read: they exist, so `save` need not look. */
  private readonly seen = new Set<string>();
  private changed = false;

  private constructor(
    readonly path: string,
    private readonly version: string,
  ) {}

  static load(path: string, version: string): ResultCache {
    const cache = new ResultCache(path, version);
    try {
      const text = readFileSync(path, 'utf8');
      if (text.length > MAX_CACHE_BYTES) return cache;
      const file = JSON.parse(text) as CacheFile;
      if (file?.partnerlint !== version || typeof file.entries !== 'object' || file.entries === null) return cache;
      for (const [absolutePath, entry] of Object.entries(file.entries)) {
        if (typeof entry?.key === 'string' && typeof entry.result === 'object' && entry.result !== null) cache.entries.set(absolutePath, entry);
      }
    } catch {
      // No cache yet, or one that cannot be used: start afresh.
    }
    return cache;
  }

  /**
   * What decides a file's result: a change to any of these lints it again. The hash of the settings part is begun once
   * for each configuration and language and copied for each file (`hashOf` of the two parts, without redoing the first).
   */
  keyOf(text: string, config: ResolvedConfig, locale: Locale): string {
    let byLocale = this.settingsHashes.get(config);
    if (!byLocale) this.settingsHashes.set(config, (byLocale = new Map<Locale, Hash>()));
    let settings = byLocale.get(locale);
    if (!settings) {
      const { createHash } = require('node:crypto') as typeof import('node:crypto');
      settings = createHash('sha256').update(`${JSON.stringify([this.version, locale, config.rules, config.thresholds])}\0`);
      byLocale.set(locale, settings);
    }
    return settings.copy().update(text).digest('hex');
  }

  /** The cached result (read from the file: this run's own copy, handed out once). */
  get(absolutePath: string, key: string): LintResult | undefined {
    this.seen.add(absolutePath);
    const entry = this.entries.get(absolutePath);
    if (entry?.key !== key) return undefined;
    const { ltv } = entry.result;
    if (!ltv) return { ...entry.result, ltv: null };
    let cumulative: number[] | undefined;
    const figures = Object.defineProperty({ ...ltv }, 'cumulative', { enumerable: true, get: () => (cumulative ??= cumulativeRevenue(ltv)) }) as LtvFigures;
    return { ...entry.result, ltv: figures };
  }

  /** Keeps a copy, as `StoredResult` says: the run may filter the result it reports (--quiet), and the cache holds it whole. */
  set(absolutePath: string, key: string, result: LintResult): void {
    const stored: StoredResult = { ...result, ltv: result.ltv && withoutTotals(result.ltv) };
    this.entries.set(absolutePath, { key, result: structuredClone(stored) });
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
    const file: CacheFile = { partnerlint: this.version, entries: Object.fromEntries(this.entries) };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(file));
      renameSync(temporary, this.path);
      return undefined;
    } catch (error) {
      return error;
    }
  }
}

function withoutTotals({ cumulative: _totals, ...inputs }: LtvFigures): Omit<LtvFigures, 'cumulative'> {
  return inputs;
}
