/**
 * The options that make large runs fast, as a process: --max-file-size, --cache (and --cache-location), and the worker
 * threads a run of many files uses. Each gives exactly the report a plain run gives.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { lint, mergeConfig } from '../../src/core/index';
import { lintMany, threadCount } from '../../src/cli/parallel';
import { BASE, edit, isRoot, lintJson, WITH_ERROR, Workspace } from '../helpers/cli';

describe('CLI process: --max-file-size, --cache and many files', function () {
  this.timeout(60_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('--max-file-size skips a larger file with its size and the limit, and lints a file within it', function () {
    ws.write('partner-strategy.yaml', BASE);
    const { result, files } = lintJson(ws, ['--max-file-size', '1000']);
    assert.equal(result.status, 2);
    assert.equal(files[0]!.error, `Skipped: the file is ${BASE.length.toLocaleString('en')} bytes, larger than the limit of 1,000 bytes.`);
    assert.equal(lintJson(ws, ['--max-file-size', String(BASE.length)]).result.status, 0);
    // Larger than the default 2 MiB, allowed by the flag.
    const large = BASE.replace('kpis:', `notes: "${'x'.repeat(2 * 1024 * 1024)}"\nkpis:`);
    ws.write('partner-strategy.yaml', large);
    assert.equal(lintJson(ws, []).result.status, 2);
    const allowed = lintJson(ws, ['--max-file-size', '3000000']);
    assert.deepEqual(
      allowed.files[0]!.messages.map((m) => m.ruleId),
      ['schema'],
      'linted: the unknown key is found',
    );
  });

  it('--cache gives the same report from the cache, and lints again what changed: the file, its configuration, the language', function () {
    ws.write('a/partner-strategy.yaml', WITH_ERROR);
    ws.write('b/partner-strategy.yaml', BASE);
    const plain = lintJson(ws, []);
    const first = lintJson(ws, ['--cache']);
    assert.ok(existsSync(ws.path('.partnerlintcache')), 'the cache is written where the run is');
    const second = lintJson(ws, ['--cache']);
    assert.deepEqual(second.files, plain.files);
    assert.deepEqual(first.files, plain.files);
    assert.equal(second.result.status, 1);
    // What the cache holds is what is used: a forged entry shows (so the second run above did read it).
    const cache = JSON.parse(ws.read('.partnerlintcache')) as { entries: Record<string, { result: { findings: { message: string }[] } }> };
    const entry = Object.entries(cache.entries).find(([path]) => path.endsWith('/a/partner-strategy.yaml'))![1];
    entry.result.findings[0]!.message = 'from the cache';
    ws.write('.partnerlintcache', JSON.stringify(cache));
    assert.equal(lintJson(ws, ['--cache']).files[0]!.messages[0]!.message, 'from the cache');
    // A changed file, a configuration and another language are linted again.
    ws.write('a/partner-strategy.yaml', `${WITH_ERROR}# edited\n`);
    assert.notEqual(lintJson(ws, ['--cache']).files[0]!.messages[0]!.message, 'from the cache');
    ws.write('b/.partnerlint.yaml', 'rules:\n  kpi-without-due-date: error\n');
    ws.write('b/partner-strategy.yaml', edit(BASE, '    due: 2027-03-31\n', ''));
    assert.deepEqual(
      lintJson(ws, ['--cache']).files[1]!.messages.map((m) => [m.ruleId, m.severity]),
      [['kpi-without-due-date', 'error']],
    );
    ws.write('b/.partnerlint.yaml', 'rules:\n  kpi-without-due-date: warning\n');
    assert.deepEqual(
      lintJson(ws, ['--cache']).files[1]!.messages.map((m) => [m.ruleId, m.severity]),
      [['kpi-without-due-date', 'warning']],
    );
    assert.match(lintJson(ws, ['--cache', '--locale', 'ja']).files[0]!.messages[0]!.message, /[ぁ-ん]/);
  });

  it('--cache keeps of a document only what identities read, and gives the same SARIF fingerprints and baseline', function () {
    ws.write('partner-strategy.yaml', edit(WITH_ERROR, '    segments: [kansai-smb]\n', '    segments: [kansai-smbb]\n'));
    const plainSarif = ws.run(['-f', 'sarif']).stdout;
    ws.run(['--cache']);
    const cachedSarif = ws.run(['--cache', '-f', 'sarif']).stdout;
    assert.match(plainSarif, /partialFingerprints/);
    assert.equal(cachedSarif, plainSarif);
    ws.run(['--baseline-write', '--baseline', 'plain.json']);
    ws.run(['--cache', '--baseline-write', '--baseline', 'cached.json']);
    assert.equal(ws.read('cached.json'), ws.read('plain.json'));
    const cache = JSON.parse(ws.read('.partnerlintcache')) as { entries: Record<string, { result: { data: unknown; ltv: Record<string, unknown> } }> };
    const [entry] = Object.values(cache.entries);
    assert.ok(!('economics' in (entry!.result.data as object)), 'none of the document but what the findings pass through');
    assert.ok(!('cumulative' in entry!.result.ltv), 'the LTV without the totals it follows from');
  });

  it('--cache trusts the status of a file unchanged for a while without hashing it, and never one that a write could share', async function () {
    ws.write('old/partner-strategy.yaml', WITH_ERROR);
    // Past the two seconds a status must be older than, so that this file's status is kept.
    await new Promise((done) => setTimeout(done, 2100));
    ws.write('new/partner-strategy.yaml', WITH_ERROR);
    const plain = lintJson(ws, []);
    lintJson(ws, ['--cache']);
    type Stored = {
      partnerlint: string;
      settings: string[];
      entries: Record<string, { key: string; stamp?: string; settings?: number; result: { findings: { message: string }[] } }>;
    };
    const stored = JSON.parse(ws.read('.partnerlintcache')) as Stored;
    const entryOf = (cache: Stored, folder: string) => Object.entries(cache.entries).find(([path]) => path.endsWith(`/${folder}/partner-strategy.yaml`))![1];
    assert.match(entryOf(stored, 'old').stamp ?? '', /^\d+:\d+:\d+:[\d.]+:[\d.]+$/, 'size, device, inode, modified, changed');
    assert.match(
      stored.settings[entryOf(stored, 'old').settings!]!,
      new RegExp(`^\\["${stored.partnerlint.replace(/[.+]/g, '\\$&')}","en",\\{`),
      'the version, the language, the rules: one copy for every file',
    );
    assert.equal(entryOf(stored, 'new').stamp, undefined, 'written two seconds ago or less: too fresh to trust');
    // With a wrong key, only the status can match: the old file's forged result shows, the new file is linted again.
    for (const folder of ['old', 'new']) {
      entryOf(stored, folder).key = 'not the hash';
      entryOf(stored, folder).result.findings[0]!.message = 'from the status';
    }
    ws.write('.partnerlintcache', JSON.stringify(stored));
    const trusted = lintJson(ws, ['--cache']);
    assert.deepEqual(
      trusted.files.map((file) => file.messages[0]!.message === 'from the status'),
      [false, true],
    );
    // The same settings only: another language lints it again.
    assert.notEqual(lintJson(ws, ['--cache', '--locale', 'ja']).files[1]!.messages[0]!.message, 'from the status');
    ws.write('.partnerlintcache', JSON.stringify(stored));
    // An edit of the same size changes the status: linted again, and its new status too fresh to keep.
    ws.write('old/partner-strategy.yaml', WITH_ERROR.replace('Acme', 'Acmf'));
    const edited = lintJson(ws, ['--cache']);
    assert.notEqual(edited.files[1]!.messages[0]!.message, 'from the status');
    assert.deepEqual(edited.files[0], plain.files[0]);
    assert.equal(entryOf(JSON.parse(ws.read('.partnerlintcache')) as Stored, 'old').stamp, undefined);
  });

  it('--cache ignores a damaged cache, and a cache it cannot write is said once without failing the run', function () {
    ws.write('partner-strategy.yaml', WITH_ERROR);
    const plain = lintJson(ws, []);
    // Empty, another version's: nothing to say. A damaged cache: said, and replaced. Not a cache: used as none and kept.
    const cases: [string, RegExp | ''][] = [
      ['', ''],
      ['{"partnerlint": "0.0.0", "entries": {}}', ''],
      ['{"partnerlint": 1, "entries": null}', /^partnerlint: the cache \.partnerlintcache is damaged and was not used; every file was linted again\n$/],
      ['{"partnerlint": "', /is damaged/],
      ['not json', /^partnerlint: the cache \.partnerlintcache could not be written \(a file is there that partnerlint did not write, .+\n$/],
      ['[]', /could not be written \(a file is there that partnerlint did not write/],
      ['null', /could not be written \(a file is there that partnerlint did not write/],
    ];
    for (const [damaged, said] of cases) {
      ws.write('.partnerlintcache', damaged);
      const run = lintJson(ws, ['--cache']);
      assert.deepEqual(run.files, plain.files, damaged);
      if (said === '') assert.equal(run.result.stderr, '', damaged);
      else assert.match(run.result.stderr, said, damaged);
      if (said === '' || /damaged/.test(String(said))) assert.match(ws.read('.partnerlintcache'), /^\{"partnerlint":"/, 'replaced by a cache');
      else assert.equal(ws.read('.partnerlintcache'), damaged, 'not a cache: kept as it was');
    }
    // A folder holds the cache, as ESLint's --cache-location does.
    ws.write('cache-dir/.keep', '');
    assert.deepEqual(lintJson(ws, ['--cache', '--cache-location', 'cache-dir']).files, plain.files);
    assert.match(ws.read('cache-dir/.partnerlintcache'), /^\{"partnerlint":"/);
    const unwritable = lintJson(ws, ['--cache', '--cache-location', 'no-such-folder/cache']);
    assert.deepEqual(unwritable.files, plain.files);
    assert.equal(unwritable.result.status, 1, 'the findings decide the exit code');
    assert.match(
      unwritable.result.stderr,
      /^partnerlint: the cache no-such-folder\/cache could not be written \(no such folder\); the next run lints every file again\n$/,
    );
    if (!isRoot()) {
      ws.write('ro/.keep', '');
      chmodSync(ws.path('ro'), 0o500);
      assert.match(lintJson(ws, ['--cache', '--cache-location', 'ro/cache']).result.stderr, /could not be written/);
      chmodSync(ws.path('ro'), 0o700);
    }
  });

  it('lints a run of many files on worker threads (--concurrency), with the report of linting each alone', function () {
    const texts = Array.from({ length: 90 }, (_, i) => (i % 3 === 0 ? WITH_ERROR : BASE).replace('targetCompanies: 12000', `targetCompanies: ${i * 10}`));
    texts.forEach((text, i) => ws.write(`plans/s${String(i).padStart(3, '0')}.partner-strategy.yaml`, text));
    const { result, files } = lintJson(ws, ['--concurrency', '3']);
    assert.equal(result.status, 1);
    assert.equal(files.length, 90);
    files.forEach((file, i) => {
      assert.equal(file.filePath, `plans/s${String(i).padStart(3, '0')}.partner-strategy.yaml`);
      assert.deepEqual(
        file.messages.map((m) => [m.ruleId, m.line, m.column, m.message]),
        lint(texts[i]!).findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.message]),
        file.filePath,
      );
    });
    for (const concurrency of ['off', 'auto', '2']) assert.deepEqual(lintJson(ws, ['--concurrency', concurrency]).files, files, concurrency);
    writeFileSync(ws.path('plans/s001.partner-strategy.yaml'), 'version: [1\n');
    assert.equal(lintJson(ws, ['--concurrency', '3']).files[1]!.messages[0]!.ruleId, 'syntax', 'a broken file among them');
  });

  it('a worker that stops with files in hand fails the run, never leaves it waiting', async function () {
    const quitter = ws.write('quits.js', 'process.exit(3);\n');
    const jobs = Array.from({ length: 100 }, () => ({ text: BASE, config: mergeConfig([]), locale: 'en' as const }));
    await assert.rejects(lintMany(jobs, { threads: 2, workerScript: quitter }), /a lint worker stopped \(exit code 3\)/);
  });

  it('--concurrency: auto takes half the cores for 64 files or more, a number that many threads, never more than chunks of files', () => {
    assert.equal(threadCount('auto', 63), 1);
    assert.equal(threadCount('auto', 1000), Math.max(1, availableParallelism() >> 1));
    assert.equal(threadCount(4, 1000), 4);
    assert.equal(threadCount(4, 20), 2, '20 files are two chunks of 16');
    assert.equal(threadCount(1, 1000), 1);
    for (const bad of ['0', '-1', '1.5', 'many', '']) {
      const { status, stderr } = ws.run([`--concurrency=${bad}`]);
      assert.equal(status, 2, bad);
      assert.equal(stderr.split('\n')[0], `partnerlint: --concurrency takes a number of threads above 0, auto or off, not '${bad}'`, bad);
    }
  });
});
