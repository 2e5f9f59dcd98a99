import { strict as assert } from 'node:assert';
import {
  CONFIG_FILE_NAME,
  ConfigError,
  DEFAULT_MIN_LTV,
  DEFAULT_THRESHOLDS,
  discoverConfig,
  loadConfigFile,
  mergeConfig,
  parentFolder,
  parseConfig,
} from '../../src/core/config';
import type { FileReader } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import { READY, edit } from '../helpers/strategy';

const FILE = '/repo/team/.partnerlint.yaml';

/** The ConfigError that `fn` throws (failing the test when it throws anything else, or nothing). */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigError');
}

async function configErrorAsync(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigError');
}

/** A FileReader over a Map of path → text that records what it was asked for. */
function memoryReader(files: Record<string, string>): FileReader & { asked: string[] } {
  const map = new Map(Object.entries(files));
  const asked: string[] = [];
  const read = async (path: string): Promise<string | undefined> => {
    asked.push(path);
    return map.get(path);
  };
  return Object.assign(read, { asked });
}

describe('config: parseConfig', () => {
  it('accepts every documented key', () => {
    const text = [
      'root: true',
      'rules:',
      '  ltv-too-low: error',
      '  kpi-without-due-date: off',
      '  syntax: warning',
      'thresholds:',
      '  minTargetCompanies: 300',
      '  maxMonthlyChurnRate: 0.05',
      '  ltvHorizonMonths: 36',
      '  minLtv: { JPY: 2000000, GBP: 15000 }',
      '  minPaybackMonths: 36',
      'locale: ja',
      '',
    ].join('\n');
    assert.deepEqual(parseConfig(text, FILE), {
      root: true,
      rules: { 'ltv-too-low': 'error', 'kpi-without-due-date': 'off', syntax: 'warning' },
      thresholds: { minTargetCompanies: 300, maxMonthlyChurnRate: 0.05, ltvHorizonMonths: 36, minLtv: { JPY: 2_000_000, GBP: 15_000 }, minPaybackMonths: 36 },
      locale: 'ja',
    });
  });

  it('takes an empty file or a file of comments as an empty layer', () => {
    assert.deepEqual(parseConfig('', FILE), {});
    assert.deepEqual(parseConfig('# nothing yet\n', FILE), {});
  });

  it('reports a syntax error with the file and the line', () => {
    const error = configError(() => parseConfig('rules:\n  ltv-too-low: error\nthresholds: [\n', FILE));
    assert.equal(error.name, 'ConfigError');
    assert.equal(error.file, FILE);
    assert.ok(error.position.line >= 3, `line ${error.position.line}`);
    assert.match(error.message, /does not parse/);
  });

  it('reports a duplicate key at the second one, naming it', () => {
    const error = configError(() => parseConfig('rules:\n  no-kpis: off\n  no-kpis: info\n', FILE));
    assert.deepEqual(error.position, { line: 3, column: 3 });
    assert.match(error.message, /no-kpis/);
  });

  it('reports an unknown key at the key, with the key to rename it to', () => {
    const error = configError(() => parseConfig('locale: ja\nrulez:\n  no-kpis: off\n', FILE));
    assert.equal(error.file, FILE);
    assert.deepEqual(error.position, { line: 2, column: 1 });
    assert.match(error.message, /`rulez`/);
    assert.match(error.message, /(rename|change) it to `rules`/);
  });

  it('reports an unknown threshold, listing the allowed ones when none is close', () => {
    const error = configError(() => parseConfig('thresholds:\n  somethingElse: 3\n', FILE));
    assert.deepEqual(error.position, { line: 2, column: 3 });
    assert.match(error.message, /`somethingElse`/);
    assert.match(error.message, /`maxMonthlyChurnRate`/);
  });

  it('reports an unknown rule id at the id, with the rule id to change it to', () => {
    const error = configError(() => parseConfig('rules:\n  no-kpis: off\n  ltv-to-low: error\n', FILE));
    assert.deepEqual(error.position, { line: 3, column: 3 });
    assert.match(error.message, /`ltv-to-low`/);
    assert.match(error.message, /(rename|change) it to `ltv-too-low`/);
    assert.doesNotMatch(error.message, /ISO 4217|currency/i, 'a rule id is not a currency');
  });

  it('reports an unknown rule id in Japanese with locale ja', () => {
    const error = configError(() => parseConfig('rules:\n  ltv-to-low: error\n', FILE, 'ja'));
    assert.match(error.message, /設定ファイル/);
    assert.match(error.message, /`ltv-too-low`/);
  });

  it('reports a bad severity at the value, naming the allowed ones', () => {
    const error = configError(() => parseConfig('rules:\n  ltv-too-low: fatal\n', FILE));
    assert.deepEqual(error.position, { line: 2, column: 16 });
    assert.match(error.message, /`fatal`/);
    for (const severity of ['error', 'warning', 'info', 'off']) assert.match(error.message, new RegExp(`\`${severity}\``));
  });

  it('suggests the nearest severity for a near miss', () => {
    const error = configError(() => parseConfig('rules:\n  ltv-too-low: warnig\n', FILE));
    assert.match(error.message, /(rename|change) it to `warning`/);
  });

  it('does not let `syntax` be turned off', () => {
    const error = configError(() => parseConfig('rules:\n  syntax: off\n', FILE));
    assert.deepEqual(error.position, { line: 2, column: 11 });
    assert.match(error.message, /`off`/);
    assert.doesNotMatch(error.message, /`off`,/, '`off` is not among the allowed values');
  });

  it('reports a bad locale at the value', () => {
    const error = configError(() => parseConfig('locale: jp\n', FILE));
    assert.deepEqual(error.position, { line: 1, column: 9 });
    assert.match(error.message, /`jp`/);
    assert.match(error.message, /(rename|change) it to `ja`/);
  });

  it('reports a minLtv currency that is not an ISO 4217 code at the currency key', () => {
    const error = configError(() => parseConfig('thresholds:\n  minLtv:\n    JPY: 1000000\n    yen: 5\n', FILE));
    assert.deepEqual(error.position, { line: 4, column: 5 });
    assert.match(error.message, /`yen`/);
    assert.match(error.message, /ISO 4217/);
    assert.doesNotMatch(error.message, /\{/, 'names the key, not the whole map');
  });

  it('reports out-of-range thresholds at the value', () => {
    assert.deepEqual(configError(() => parseConfig('thresholds:\n  ltvHorizonMonths: 0\n', FILE)).position, { line: 2, column: 21 });
    assert.deepEqual(configError(() => parseConfig('thresholds:\n  maxMonthlyChurnRate: 2\n', FILE)).position, { line: 2, column: 24 });
    assert.deepEqual(configError(() => parseConfig('thresholds:\n  minLtv:\n    JPY: -5\n', FILE)).position, { line: 3, column: 10 });
    assert.match(configError(() => parseConfig('thresholds:\n  minTargetCompanies: 1.5\n', FILE)).message, /whole number/);
  });

  it('reports wrong types', () => {
    const error = configError(() => parseConfig('root: yes\n', FILE));
    assert.deepEqual(error.position, { line: 1, column: 7 });
    assert.match(error.message, /true or false/);
    const list = configError(() => parseConfig('- rules\n', FILE));
    assert.equal(list.position.line, 1);
    assert.match(list.message, /map of keys/);
    assert.match(list.message, /list/);
    assert.doesNotMatch(list.message, /strategy|`version`/, 'a configuration file is not a partner strategy');
  });

  it('names the file in every error', () => {
    for (const text of ['rules: [\n', 'rulez: {}\n', 'locale: fr\n', 'a: 1\na: 2\n']) {
      assert.equal(configError(() => parseConfig(text, '/x/y/.partnerlint.yaml')).file, '/x/y/.partnerlint.yaml');
    }
  });
});

describe('config: mergeConfig', () => {
  it('gives the defaults with no layers', () => {
    const resolved = mergeConfig([]);
    assert.deepEqual(resolved.rules, {});
    assert.deepEqual(resolved.thresholds, {
      minTargetCompanies: 500,
      maxMonthlyChurnRate: 0.03,
      ltvHorizonMonths: 60,
      minLtv: { ...DEFAULT_MIN_LTV },
      minPaybackMonths: 24,
    });
    assert.equal(resolved.locale, undefined);
    assert.deepEqual(resolved.files, []);
  });

  it('merges minLtv over the defaults instead of replacing them', () => {
    const resolved = mergeConfig([{ thresholds: { minLtv: { USD: 50_000, GBP: 15_000 } } }]);
    assert.deepEqual(resolved.thresholds.minLtv, { ...DEFAULT_MIN_LTV, USD: 50_000, GBP: 15_000 });
    assert.equal(resolved.thresholds.ltvHorizonMonths, 60);
  });

  it('lets later layers win key by key', () => {
    const resolved = mergeConfig(
      [
        { rules: { 'no-kpis': 'off', 'ltv-too-low': 'error' }, thresholds: { minTargetCompanies: 100, minLtv: { JPY: 1 } }, locale: 'ja' },
        { rules: { 'no-kpis': 'info' }, thresholds: { ltvHorizonMonths: 24, minLtv: { USD: 2 } } },
      ],
      ['/a/.partnerlint.yaml', '/a/b/.partnerlint.yaml'],
    );
    assert.deepEqual(resolved.rules, { 'no-kpis': 'info', 'ltv-too-low': 'error' });
    assert.deepEqual(resolved.thresholds, {
      minTargetCompanies: 100,
      maxMonthlyChurnRate: 0.03,
      ltvHorizonMonths: 24,
      minLtv: { ...DEFAULT_MIN_LTV, JPY: 1, USD: 2 },
      minPaybackMonths: 24,
    });
    assert.equal(resolved.locale, 'ja', 'a layer without locale keeps the earlier one');
    assert.deepEqual(resolved.files, ['/a/.partnerlint.yaml', '/a/b/.partnerlint.yaml']);
  });

  it('never changes the defaults', () => {
    mergeConfig([{ thresholds: { minTargetCompanies: 1, minLtv: { JPY: 1, XXX: 9 } } }]);
    assert.equal(DEFAULT_THRESHOLDS.minTargetCompanies, 500);
    assert.deepEqual(DEFAULT_THRESHOLDS.minLtv, DEFAULT_MIN_LTV);
    // At least the thirty currencies documented; each an ISO 4217 code with a positive threshold (a currency added by
    // the recipe passes too).
    assert.ok(Object.keys(DEFAULT_MIN_LTV).length >= 30);
    for (const [code, threshold] of Object.entries(DEFAULT_MIN_LTV)) assert.ok(/^[A-Z]{3}$/.test(code) && threshold > 0, code);
    assert.equal(DEFAULT_MIN_LTV.JPY, 3_000_000);
    assert.deepEqual(mergeConfig([]).thresholds.minLtv, DEFAULT_MIN_LTV);
  });

  it('feeds lint(): a threshold from a layer changes the findings', () => {
    const small = edit(READY, ['targetCompanies: 12000', 'targetCompanies: 400']);
    assert.ok(lint(small).findings.some((f) => f.ruleId === 'target-market-too-small'));
    assert.ok(
      !lint(small, { config: mergeConfig([{ thresholds: { minTargetCompanies: 300 } }]) }).findings.some((f) => f.ruleId === 'target-market-too-small'),
    );
  });
});

describe('config: discoverConfig', () => {
  const strategy = '/repo/team/plans/partner-strategy.yaml';

  it('gives the defaults when there is no configuration file, after looking up to the top', async () => {
    const read = memoryReader({});
    const resolved = await discoverConfig(strategy, read);
    assert.deepEqual(resolved, mergeConfig([]));
    assert.deepEqual(read.asked, [
      `/repo/team/plans/${CONFIG_FILE_NAME}`,
      `/repo/team/${CONFIG_FILE_NAME}`,
      `/repo/${CONFIG_FILE_NAME}`,
      `/${CONFIG_FILE_NAME}`,
    ]);
  });

  it('finds a file in an ancestor folder', async () => {
    const read = memoryReader({ '/repo/.partnerlint.yaml': 'rules:\n  no-kpis: off\n' });
    const resolved = await discoverConfig(strategy, read);
    assert.deepEqual(resolved.rules, { 'no-kpis': 'off' });
    assert.deepEqual(resolved.files, ['/repo/.partnerlint.yaml']);
  });

  it('lets the nearest file win, key by key', async () => {
    const read = memoryReader({
      '/repo/.partnerlint.yaml': 'rules:\n  no-kpis: off\n  ltv-too-low: error\nthresholds:\n  minTargetCompanies: 100\n  minLtv: { USD: 1 }\nlocale: ja\n',
      '/repo/team/plans/.partnerlint.yaml': 'rules:\n  no-kpis: info\nthresholds:\n  minLtv: { JPY: 2 }\n',
    });
    const resolved = await discoverConfig(strategy, read);
    assert.deepEqual(resolved.rules, { 'no-kpis': 'info', 'ltv-too-low': 'error' });
    assert.equal(resolved.thresholds.minTargetCompanies, 100);
    assert.deepEqual(resolved.thresholds.minLtv, { ...DEFAULT_MIN_LTV, JPY: 2, USD: 1 });
    assert.equal(resolved.locale, 'ja');
    assert.deepEqual(resolved.files, ['/repo/.partnerlint.yaml', '/repo/team/plans/.partnerlint.yaml'], 'farthest first');
  });

  it('stops at a file that says `root: true`', async () => {
    const read = memoryReader({
      '/repo/.partnerlint.yaml': 'rules:\n  no-kpis: off\n',
      '/repo/team/.partnerlint.yaml': 'root: true\nrules:\n  ltv-too-low: error\n',
    });
    const resolved = await discoverConfig(strategy, read);
    assert.deepEqual(resolved.rules, { 'ltv-too-low': 'error' });
    assert.deepEqual(resolved.files, ['/repo/team/.partnerlint.yaml']);
    assert.ok(!read.asked.includes('/repo/.partnerlint.yaml'), 'never reads above the root file');
  });

  it('does not stop at `root: false`', async () => {
    const read = memoryReader({
      '/repo/.partnerlint.yaml': 'rules:\n  no-kpis: off\n',
      '/repo/team/.partnerlint.yaml': 'root: false\n',
    });
    assert.deepEqual((await discoverConfig(strategy, read)).rules, { 'no-kpis': 'off' });
  });

  it('stops at `stopAt`, with or without a trailing slash', async () => {
    const files = { '/.partnerlint.yaml': 'rules:\n  no-kpis: off\n', '/repo/.partnerlint.yaml': 'locale: ja\n' };
    for (const stopAt of ['/repo', '/repo/']) {
      const read = memoryReader(files);
      const resolved = await discoverConfig(strategy, read, { stopAt });
      assert.deepEqual(resolved.files, ['/repo/.partnerlint.yaml'], stopAt);
      assert.deepEqual(resolved.rules, {});
      assert.deepEqual(read.asked, ['/repo/team/plans/.partnerlint.yaml', '/repo/team/.partnerlint.yaml', '/repo/.partnerlint.yaml']);
    }
  });

  it("looks only in the strategy's own folder when stopAt is that folder", async () => {
    const read = memoryReader({ '/repo/.partnerlint.yaml': 'locale: ja\n' });
    assert.deepEqual((await discoverConfig(strategy, read, { stopAt: '/repo/team/plans' })).files, []);
    assert.deepEqual(read.asked, ['/repo/team/plans/.partnerlint.yaml']);
  });

  it('never leaves an absolute path for the current folder', async () => {
    const read = memoryReader({ './.partnerlint.yaml': 'locale: ja\n' });
    const resolved = await discoverConfig('/repo/partner-strategy.yaml', read);
    assert.deepEqual(resolved.files, []);
    assert.ok(
      read.asked.every((p) => p.startsWith('/')),
      read.asked.join(', '),
    );
  });

  it('works with relative paths, ending at "."', async () => {
    const read = memoryReader({ 'team/.partnerlint.yaml': 'rules:\n  no-kpis: info\n', './.partnerlint.yaml': 'rules:\n  no-kpis: off\n  no-budget: off\n' });
    const resolved = await discoverConfig('team/plans/partner-strategy.yaml', read);
    assert.deepEqual(read.asked, ['team/plans/.partnerlint.yaml', 'team/.partnerlint.yaml', './.partnerlint.yaml']);
    assert.deepEqual(resolved.rules, { 'no-kpis': 'info', 'no-budget': 'off' });
  });

  it('looks in "." for a bare file name', async () => {
    const read = memoryReader({});
    await discoverConfig('partner-strategy.yaml', read);
    assert.deepEqual(read.asked, ['./.partnerlint.yaml']);
  });

  it('throws a ConfigError naming the bad file, never skipping it', async () => {
    const read = memoryReader({ '/repo/.partnerlint.yaml': 'rules:\n  no-kpiz: off\n' });
    const error = await configErrorAsync(discoverConfig(strategy, read));
    assert.equal(error.file, '/repo/.partnerlint.yaml');
    assert.deepEqual(error.position, { line: 2, column: 3 });
  });

  it('words discovery errors in the requested locale', async () => {
    const read = memoryReader({ '/repo/.partnerlint.yaml': 'rules: [\n' });
    const error = await configErrorAsync(discoverConfig(strategy, read, { locale: 'ja' }));
    assert.match(error.message, /設定ファイル/);
  });
});

describe('config: loadConfigFile', () => {
  it('reads the named file and merges it over the defaults', async () => {
    const read = memoryReader({ '/etc/pl.yaml': 'thresholds:\n  minLtv: { USD: 1 }\n' });
    const resolved = await loadConfigFile('/etc/pl.yaml', read);
    assert.deepEqual(resolved.thresholds.minLtv, { ...DEFAULT_MIN_LTV, USD: 1 });
    assert.deepEqual(resolved.files, ['/etc/pl.yaml']);
  });

  it('throws a ConfigError for a missing file, in the requested locale', async () => {
    const error = await configErrorAsync(loadConfigFile('/nope/.partnerlint.yaml', memoryReader({})));
    assert.equal(error.file, '/nope/.partnerlint.yaml');
    assert.deepEqual(error.position, { line: 1, column: 1 });
    assert.match(error.message, /does not exist/);
    const ja = await configErrorAsync(loadConfigFile('/nope/.partnerlint.yaml', memoryReader({}), 'ja'));
    assert.match(ja.message, /存在しません/);
  });

  it('throws a ConfigError for an invalid file', async () => {
    const error = await configErrorAsync(loadConfigFile('/etc/pl.yaml', memoryReader({ '/etc/pl.yaml': 'locale: de\n' })));
    assert.equal(error.file, '/etc/pl.yaml');
  });
});

describe('config: parentFolder', () => {
  it("walks up '/'-separated paths", () => {
    assert.equal(parentFolder('/a/b/c.yaml'), '/a/b');
    assert.equal(parentFolder('/a/b/'), '/a');
    assert.equal(parentFolder('/a'), '/');
    assert.equal(parentFolder('/'), '/');
    assert.equal(parentFolder('a/b'), 'a');
    assert.equal(parentFolder('a'), '.');
  });
});
