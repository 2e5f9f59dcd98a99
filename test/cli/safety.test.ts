/**
 * What the CLI writes and what of its own state it trusts (each reproduction of a security review is a test): the cache never
 * lands on a file that is not a cache, `--fix` never leaves the repository through a link, and a cache however damaged
 * never changes a finding: generated damage, each run compared with a run without a cache.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { edit, isRoot, lintJson, runInProcess, WITH_ERROR, Workspace } from '../helpers/cli';

describe('CLI: never writes where it should not, never trusts a cache it did not check', function () {
  this.timeout(120_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('--cache-location never replaces a file that is not a cache (README.md, .git/HEAD, a FIFO, the null device)', function () {
    ws.write('partner-strategy.yaml', WITH_ERROR);
    ws.write('README.md', '# my project\n');
    ws.write('.git/HEAD', 'ref: refs/heads/main\n');
    execFileSync('mkfifo', [ws.path('fifo')]);
    const plain = lintJson(ws, []);
    const locations = ['README.md', '.git/HEAD', 'fifo', ...(isRoot() ? [] : ['/dev/null'])];
    for (const location of locations) {
      const { result, files } = lintJson(ws, ['--cache', '--cache-location', location]);
      assert.deepEqual(files, plain.files, location);
      assert.equal(result.status, 1, 'the findings decide the exit code');
      assert.match(result.stderr, /^partnerlint: the cache .+ could not be written \(.+\); the next run lints every file again\n$/, location);
    }
    assert.equal(ws.read('README.md'), '# my project\n');
    assert.equal(ws.read('.git/HEAD'), 'ref: refs/heads/main\n');
    assert.ok(lstatSync(ws.path('fifo')).isFIFO());
    assert.ok(statSync('/dev/null').isCharacterDevice());
    assert.deepEqual(
      readdirSync(ws.root).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file left',
    );
  });

  it('--fix does not follow a link out of the repository: the file outside is "not fixed" and unchanged', function () {
    const outside = new Workspace();
    try {
      const misspelt = edit(WITH_ERROR, '    status: achieved\n', '    status: achived\n');
      const target = outside.write('elsewhere.partner-strategy.yaml', misspelt);
      symlinkSync(target, ws.path('linked.partner-strategy.yaml'));
      ws.write('inside.partner-strategy.yaml', misspelt);
      const result = ws.run(['--fix', '-f', 'json']);
      assert.equal(readFileSync(target, 'utf8'), misspelt, 'the file outside is as it was');
      assert.match(ws.read('inside.partner-strategy.yaml'), /status: achieved/, 'the file inside is fixed');
      assert.match(
        result.stderr,
        /^partnerlint: 'linked\.partner-strategy\.yaml' was not fixed: it is a symbolic link to a file outside the folder being fixed/m,
      );
      const linked = (JSON.parse(result.stdout) as { filePath: string; messages: { message: string }[] }[]).find(
        (f) => f.filePath === 'linked.partner-strategy.yaml',
      )!;
      assert.ok(
        linked.messages.some((m) => m.message.includes('`achived`')),
        'its findings are of the text as it is',
      );
      assert.ok(lstatSync(ws.path('linked.partner-strategy.yaml')).isSymbolicLink(), 'the link stays a link');
    } finally {
      outside.dispose();
    }
  });

  it('a report is never written over a file it lints', function () {
    ws.write('partner-strategy.yaml', WITH_ERROR);
    const result = ws.run(['-f', 'json', '-o', 'partner-strategy.yaml']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot write the report to 'partner-strategy\.yaml': it is one of the files being linted/);
    assert.equal(ws.read('partner-strategy.yaml'), WITH_ERROR);
  });

  it('--baseline-write replaces only a baseline', function () {
    ws.write('partner-strategy.yaml', WITH_ERROR);
    ws.write('notes.json', '{"mine": true}\n');
    const refused = ws.run(['--baseline-write', '--baseline', 'notes.json']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /cannot write the baseline 'notes\.json': a file is there that partnerlint did not write/);
    assert.equal(ws.read('notes.json'), '{"mine": true}\n');
    assert.equal(ws.run(['--baseline-write', '--baseline', 'base.json']).status, 0);
    assert.equal(ws.run(['--baseline-write', '--baseline', 'base.json']).status, 0, 'its own baseline is replaced');
  });

  it('a cache entry with null findings, a malformed finding or locale is linted again, said once', async function () {
    ws.write('partner-strategy.yaml', WITH_ERROR);
    const plain = await runInProcess(ws.root, ['-f', 'json']);
    await runInProcess(ws.root, ['-f', 'json', '--cache']);
    const good = ws.read('.partnerlintcache');
    const damages: ((entry: { result: Record<string, unknown> }) => unknown)[] = [
      (entry) => {
        entry.result.findings = null;
      },
      (entry) => {
        (entry.result.findings as Record<string, unknown>[])[0]!.range = 'line one';
      },
      (entry) => {
        entry.result.locale = 'fr';
      },
      // The whole entry null (the generated damage found it: the cache's load read it before checking it).
      () => null,
      (entry) => {
        (entry.result.findings as Record<string, unknown>[])[0]!.span = { start: 1e9, end: 1e9 + 1 };
      },
    ];
    for (const damage of damages) {
      const cache = JSON.parse(good) as { entries: Record<string, { result: Record<string, unknown> }> };
      for (const [path, entry] of Object.entries(cache.entries)) if (damage(entry) === null) cache.entries[path] = null as never;
      ws.write('.partnerlintcache', JSON.stringify(cache));
      const run = await runInProcess(ws.root, ['-f', 'json', '--cache']);
      assert.equal(run.code, 1, damage.toString());
      assert.equal(run.stdout, plain.stdout, damage.toString());
      assert.match(run.stderr, /^partnerlint: an entry of the cache \.partnerlintcache was damaged and not used; its file was linted again\n$/);
      // Said once: the cache is whole again.
      assert.equal((await runInProcess(ws.root, ['-f', 'json', '--cache'])).stderr, '');
    }
  });

  it('whatever the damage to a cache, the findings are those of a run without it', async function () {
    const texts = [WITH_ERROR, edit(WITH_ERROR, '    status: achieved\n', '    status: achived\n'), edit(WITH_ERROR, 'title: ', 'title: 日本語 ')];
    texts.forEach((text, i) => ws.write(`s${i}.partner-strategy.yaml`, text));
    const plain = await runInProcess(ws.root, ['-f', 'json']);
    await runInProcess(ws.root, ['-f', 'json', '--cache']);
    const good = ws.read('.partnerlintcache');
    /** Damage to the file's JSON: a value replaced at a generated path, a key dropped, or bytes cut and flipped. */
    const damage = fc.oneof(
      fc.record({
        kind: fc.constant('value' as const),
        at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        value: fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.constant({}), fc.boolean(), fc.constant(-1), fc.constant(1e308)),
      }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }) }),
      fc.record({
        kind: fc.constant('bytes' as const),
        cut: fc.nat(),
        flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (damage) => {
        let text: string;
        if (damage.kind === 'bytes') {
          const bytes = Buffer.from(good);
          for (const [at, value] of damage.flips) bytes[at % bytes.length] = value;
          text = bytes.subarray(0, damage.cut % (bytes.length + 1)).toString('latin1');
        } else {
          const json = JSON.parse(good) as unknown;
          // Walks down by the generated indexes into whatever objects and arrays there are, and changes the last.
          let parent: Record<string, unknown> | undefined;
          let key: string | undefined;
          let node: unknown = json;
          for (const index of damage.at) {
            if (typeof node !== 'object' || node === null) break;
            const keys = Object.keys(node);
            if (keys.length === 0) break;
            parent = node as Record<string, unknown>;
            key = keys[index % keys.length]!;
            node = parent[key];
          }
          if (parent && key !== undefined) {
            if (damage.kind === 'drop') delete parent[key];
            else parent[key] = damage.value;
          }
          text = JSON.stringify(json);
        }
        writeFileSync(join(ws.root, '.partnerlintcache'), text, 'latin1');
        const run = await runInProcess(ws.root, ['-f', 'json', '--cache']);
        assert.equal(run.stdout, plain.stdout);
        assert.equal(run.code, plain.code);
        assert.doesNotMatch(run.stderr, /internal error/);
      }),
      { numRuns: Number(process.env.PARTNERLINT_FUZZ_RUNS ?? 150) },
    );
  });
});
