/** `--cache`'s store: which entries it trusts, by status or by hash, and how it takes a damaged file. */
import { strict as assert } from 'node:assert';
import type { Stats } from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ResultCache } from '../../src/cli/cache';
import { lint, mergeConfig } from '../../src/core/index';
import { BASE, WITH_ERROR } from '../helpers/cli';

const config = mergeConfig([]);
const FILE = '/plans/partner-strategy.yaml';
/** A status as fstat gives it, changed `ageMs` ago. */
const statusOf = (ageMs: number, size = BASE.length): Stats => {
  const time = Date.now() - ageMs;
  return { size, dev: 2049, ino: 42, mtimeMs: time, ctimeMs: time } as Stats;
};

describe('the --cache store', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'partnerlint-cache-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** A cache holding the result of BASE at FILE, read with `stats`, saved and loaded again. */
  const cached = (stats?: Stats): ResultCache => {
    const cache = ResultCache.load(join(folder, 'cache'), '1.0.0');
    const found = cache.lookup(FILE, BASE, config, 'en', stats);
    assert.ok('key' in found, 'an empty cache has nothing');
    cache.set(FILE, found.key, lint(BASE), config, 'en', stats);
    assert.equal(cache.save(), undefined);
    return ResultCache.load(join(folder, 'cache'), '1.0.0');
  };

  it('trusts an old status with the same settings, without hashing the text', () => {
    const old = statusOf(60_000);
    const cache = cached(old);
    // Only the status can match here: the text given is another.
    assert.ok('result' in cache.lookup(FILE, WITH_ERROR, config, 'en', old));
    assert.ok('key' in cache.lookup(FILE, WITH_ERROR, config, 'ja', old), 'another language');
    assert.ok('key' in cache.lookup(FILE, WITH_ERROR, mergeConfig([{ rules: { 'high-churn': 'off' } }]), 'en', old), 'other rules');
    assert.ok('key' in cache.lookup(FILE, WITH_ERROR, config, 'en', { ...old, ctimeMs: old.ctimeMs + 1 } as Stats), 'changed since');
    assert.ok('key' in cache.lookup(FILE, WITH_ERROR, config, 'en'), 'no status: standard input, or a text after fixes');
  });

  it('keeps no status changed in the last two seconds, and then matches by the hash of the text alone', () => {
    const fresh = statusOf(500);
    const cache = cached(fresh);
    assert.ok('key' in cache.lookup(FILE, WITH_ERROR, config, 'en', fresh), 'a write in the same clock tick could share this status');
    assert.ok('result' in cache.lookup(FILE, BASE, config, 'en', fresh), 'the same text');
  });

  it('an entry matched by its hash keeps the status it was read with, for the next run (a fresh checkout in CI)', () => {
    const cache = cached(statusOf(500));
    const checkedOut = statusOf(60_000);
    assert.ok('result' in cache.lookup(FILE, BASE, config, 'en', checkedOut));
    assert.equal(cache.save(), undefined);
    assert.ok('result' in ResultCache.load(join(folder, 'cache'), '1.0.0').lookup(FILE, WITH_ERROR, config, 'en', checkedOut));
  });

  it('keeps one copy of a readiness that files share, and drops an entry whose readiness it cannot find', () => {
    const cache = ResultCache.load(join(folder, 'cache'), '1.0.0');
    const old = statusOf(60_000);
    for (const [path, text] of [
      ['/a.partner-strategy.yaml', BASE],
      ['/b.partner-strategy.yaml', BASE],
      ['/c.partner-strategy.yaml', WITH_ERROR],
    ] as const) {
      const found = cache.lookup(path, text, config, 'en', { ...old, ino: path.length + text.length } as Stats);
      assert.ok('key' in found);
      cache.set(path, found.key, lint(text), config, 'en', { ...old, ino: path.length + text.length } as Stats);
    }
    assert.equal(cache.save(), undefined);
    const file = JSON.parse(readFileSync(join(folder, 'cache'), 'utf8')) as {
      readiness: { verdict: string }[];
      entries: Record<string, { result: { readiness: number } }>;
    };
    assert.deepEqual(
      file.readiness.map((readiness) => readiness.verdict),
      ['ready', 'reconsider'],
    );
    assert.deepEqual(
      Object.values(file.entries).map((entry) => entry.result.readiness),
      [0, 0, 1],
    );
    const again = ResultCache.load(join(folder, 'cache'), '1.0.0').lookup('/c.partner-strategy.yaml', WITH_ERROR, config, 'en');
    assert.ok('result' in again && again.result.readiness?.verdict === 'reconsider');
    assert.deepEqual(again.result, lint(WITH_ERROR), 'the whole result back, readiness and all');
    file.entries['/c.partner-strategy.yaml']!.result.readiness = 7;
    writeFileSync(join(folder, 'cache'), JSON.stringify(file));
    assert.ok('key' in ResultCache.load(join(folder, 'cache'), '1.0.0').lookup('/c.partner-strategy.yaml', WITH_ERROR, config, 'en'));
  });

  it('takes any damaged cache file without failing, and trusts no status whose settings it cannot find', () => {
    const old = statusOf(60_000);
    const stamp = `${old.size}:${old.dev}:${old.ino}:${old.mtimeMs}:${old.ctimeMs}`;
    const value = fc.oneof(fc.jsonValue(), fc.constant(stamp), fc.constantFrom('__proto__', 'constructor', 0, -1, 1.5));
    const entry = fc.dictionary(fc.constantFrom('key', 'stamp', 'settings', 'result', '__proto__'), value);
    const file = fc.record(
      {
        partnerlint: fc.constantFrom('1.0.0', '0.9.0'),
        settings: fc.oneof(value, fc.array(value)),
        entries: fc.dictionary(fc.constantFrom(FILE, '__proto__', 'toString'), entry),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(file, (contents) => {
        writeFileSync(join(folder, 'cache'), JSON.stringify(contents));
        const found = ResultCache.load(join(folder, 'cache'), '1.0.0').lookup(FILE, BASE, config, 'en', old);
        const settings = JSON.stringify(['1.0.0', 'en', config.rules, config.thresholds]);
        if ('key' in found) return /^[0-9a-f]{64}$/.test(found.key);
        // Only an entry whose status and settings match could give a result for this key-less data.
        const stored = contents.entries?.[FILE];
        return (
          typeof stored?.result === 'object' &&
          stored.stamp === stamp &&
          Array.isArray(contents.settings) &&
          contents.settings[stored.settings as number] === settings
        );
      }),
      { numRuns: 300 },
    );
  });
});
