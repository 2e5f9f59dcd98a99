/**
 * The run's own failures, as a process: patterns that match nothing, reports and configurations that cannot be written
 * or read, sizes, standard input that is not text, and the run's own texts in Japanese.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { words as cliWords } from '../../src/cli/texts';
import { BASE, JAPANESE_TEXT, lintJson, modeBoundUser, WARNING_ONLY, WITH_ERROR, Workspace } from '../helpers/cli';
import type { CliResult } from '../helpers/cli';

const ja = cliWords('ja');
const LIMIT = 2 * 1024 * 1024;

function assertNoStack(result: CliResult): void {
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'a stack trace reached stderr');
  assert.doesNotMatch(result.stdout, /^\s+at /m, 'a stack trace reached stdout');
  assert.doesNotMatch(result.stderr, /internal error/);
}

/** A run-level failure with exactly this one line on stderr. */
function assertOneLineFailure(result: CliResult, line: string): void {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stderr, `${line}\n`);
  assertNoStack(result);
}

describe('CLI process: failures of the run itself', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  describe('a pattern that matched nothing next to clean files: exit 2 and a ✖ summary', function () {
    it('stylish ends with ✖ and counts the patterns that matched nothing', function () {
      ws.write('partner-strategy.yaml', BASE);
      const result = ws.run(['partner-strategy.yaml', 'missing.yaml', 'plans/*.yaml']);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, "partnerlint: no strategy file matches 'missing.yaml'\npartnerlint: no strategy file matches 'plans/*.yaml'\n");
      assert.equal(result.stdout, '✖ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file, 2 patterns matched nothing\n');
    });

    it('a report that could not be written also ends stylish with ✖, even when stylish comes first', function () {
      ws.write('partner-strategy.yaml', BASE);
      const result = ws.run(['-f', 'stylish', '-f', 'json', '-o', 'nodir/r.json']);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, "partnerlint: cannot write the report to 'nodir/r.json': no such folder\n");
      assert.equal(result.stdout, '✖ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file\n');
    });
  });

  describe('reports and configurations that cannot be written or read: one line naming the path and the reason, exit 2', function () {
    it('-o into a folder that does not exist', function () {
      ws.write('partner-strategy.yaml', BASE);
      const result = ws.run(['-f', 'json', '-o', 'nodir/r.json']);
      assertOneLineFailure(result, "partnerlint: cannot write the report to 'nodir/r.json': no such folder");
      assert.equal(result.stdout, '');
      assert.equal(existsSync(ws.path('nodir')), false);
    });

    it('-o naming a folder; the other reports are still written', function () {
      ws.write('partner-strategy.yaml', WITH_ERROR);
      mkdirSync(ws.path('reports'));
      const result = ws.run(['-f', 'json', '-o', 'reports', '-f', 'sarif', '-o', 'r.sarif']);
      assertOneLineFailure(result, "partnerlint: cannot write the report to 'reports': it is a folder");
      assert.equal((JSON.parse(ws.read('r.sarif')) as { version: string }).version, '2.1.0');
    });

    it('-o below a file, shown relative to the working folder', function () {
      ws.write('partner-strategy.yaml', BASE);
      ws.write('docs/readme.md', '# docs\n');
      const result = ws.run(['-o', `${ws.path('docs/readme.md')}/r.txt`, '..'], { cwd: 'docs' });
      assertOneLineFailure(result, "partnerlint: cannot write the report to 'readme.md/r.txt': a part of the path is not a folder");
    });

    it('-o into a folder without write permission', function () {
      const user = modeBoundUser(ws);
      ws.write('partner-strategy.yaml', BASE);
      mkdirSync(ws.path('locked'), { mode: 0o555 });
      const result = ws.run(['-o', 'locked/r.txt'], user);
      assertOneLineFailure(result, "partnerlint: cannot write the report to 'locked/r.txt': permission denied");
      const japanese = ws.run(['-o', 'locked/r.txt', '--locale', 'ja'], user);
      assertOneLineFailure(japanese, `partnerlint: ${ja.cli.cannotWriteReport('locked/r.txt', ja.reasons.permissionDenied)}`);
    });

    it('--config naming a folder', function () {
      ws.write('partner-strategy.yaml', BASE);
      mkdirSync(ws.path('cfg'));
      const result = ws.run(['--config', 'cfg']);
      assertOneLineFailure(result, "partnerlint: cannot read the configuration 'cfg': it is a folder");
      assert.ok(result.stdout.includes("partner-strategy.yaml\n  error  cannot read the configuration 'cfg': it is a folder\n"), result.stdout);
      assertOneLineFailure(
        ws.run(['--print-config', 'partner-strategy.yaml', '-c', 'cfg']),
        "partnerlint: cannot read the configuration 'cfg': it is a folder",
      );
    });

    it('a discovered .partnerlint.yaml that is a folder, or not UTF-8', function () {
      ws.write('plans/partner-strategy.yaml', BASE);
      mkdirSync(ws.path('plans/.partnerlint.yaml'));
      assertOneLineFailure(ws.run([]), "partnerlint: cannot read the configuration 'plans/.partnerlint.yaml': it is a folder");
      ws.write('other/partner-strategy.yaml', BASE);
      ws.write('other/.partnerlint.yaml', Buffer.from('locale: caf\xe9\n', 'latin1'));
      assertOneLineFailure(ws.run(['other']), "partnerlint: cannot read the configuration 'other/.partnerlint.yaml': it is not UTF-8 text");
    });

    it('the GitHub step summary that cannot be written', function () {
      ws.write('partner-strategy.yaml', WITH_ERROR);
      const result = ws.run(['-f', 'github'], { env: { GITHUB_STEP_SUMMARY: 'nodir/summary.md' } });
      assertOneLineFailure(result, "partnerlint: cannot add the report to the job summary 'nodir/summary.md' (GITHUB_STEP_SUMMARY): no such folder");
      assert.match(result.stdout, /^::error file=partner-strategy\.yaml,/);
    });
  });

  describe('configuration errors name the file relative to the working folder', function () {
    it('discovered above the working folder, and given with --config as an absolute path', function () {
      ws.write('plans/partner-strategy.yaml', BASE);
      ws.write('.partnerlint.yaml', 'rules:\n  ltv-too-low: eror\n');
      const above = ws.run(['.'], { cwd: 'plans' });
      assert.equal(above.status, 2);
      assert.ok(above.stderr.startsWith('../.partnerlint.yaml:2:16: '), above.stderr);
      assert.equal(above.stderr.includes(ws.root), false, above.stderr);
      const absolute = ws.run(['-c', ws.path('.partnerlint.yaml'), 'plans']);
      assert.ok(absolute.stderr.startsWith('.partnerlint.yaml:2:16: '), absolute.stderr);
      const missing = ws.run(['-c', ws.path('sub/missing.yaml')]);
      assert.ok(missing.stderr.startsWith('sub/missing.yaml:1:1: '), missing.stderr);
    });
  });

  describe('sizes over the limit differ visibly', function () {
    it('exact byte counts with thousands separators, in English and Japanese', function () {
      ws.write('big.partner-strategy.yaml', `${BASE}#${'x'.repeat(LIMIT + 3 - Buffer.byteLength(BASE) - 2)}\n`);
      assert.equal(Buffer.byteLength(ws.read('big.partner-strategy.yaml')), LIMIT + 3);
      const en = lintJson(ws, ['big.partner-strategy.yaml']);
      assert.equal(en.result.status, 2);
      assert.equal(en.files[0]!.error, 'Skipped: the file is 2,097,155 bytes, larger than the limit of 2,097,152 bytes.');
      const japanese = lintJson(ws, ['big.partner-strategy.yaml', '--locale', 'ja']).files[0]!.error ?? '';
      assert.ok(japanese.includes('2,097,155バイト') && japanese.includes('2,097,152バイト'), japanese);
      assert.match(japanese, JAPANESE_TEXT);
      // A file at the limit is linted.
      ws.write('edge.partner-strategy.yaml', `${BASE}#${'x'.repeat(LIMIT - Buffer.byteLength(BASE) - 2)}\n`);
      assert.equal(lintJson(ws, ['edge.partner-strategy.yaml']).result.status, 0);
    });
  });

  describe('--stdin gets the checks a file gets', function () {
    it('a NUL byte: reported as not text, exit 2', function () {
      const json = lintJson(ws, ['--stdin', '--stdin-filename', 'plans/partner-strategy.yaml'], {
        input: Buffer.concat([Buffer.from(BASE), Buffer.from([0, 1, 0])]),
      });
      assert.equal(json.result.status, 2);
      assert.equal(json.result.stderr, '');
      assert.deepEqual(
        json.files.map((f) => [f.filePath, f.error, f.messages.length, f.readiness]),
        [['plans/partner-strategy.yaml', 'Skipped: the file is not UTF-8 text.', 0, null]],
      );
      const stylish = ws.run(['--stdin'], { input: Buffer.from([0x76, 0x3a, 0x00]) });
      assert.deepEqual(stylish, {
        status: 2,
        stderr: '',
        stdout: '<stdin>\n  error  Skipped: the file is not UTF-8 text.\n\n✖ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file, 1 not linted\n',
      });
    });

    it('bytes that are not UTF-8', function () {
      const json = lintJson(ws, ['--stdin'], { input: Buffer.from('version: 1\ntitle: caf\xe9\n', 'latin1') });
      assert.equal(json.result.status, 2);
      assert.equal(json.files[0]!.error, 'Skipped: the file is not UTF-8 text.');
    });

    it('more than the size limit', function () {
      const input = `${BASE}#${'x'.repeat(LIMIT + 3 - Buffer.byteLength(BASE) - 2)}\n`;
      const json = lintJson(ws, ['--stdin'], { input });
      assert.equal(json.result.status, 2);
      assert.equal(json.files[0]!.error, 'Skipped: the file is 2,097,155 bytes, larger than the limit of 2,097,152 bytes.');
      const japanese = lintJson(ws, ['--stdin', '--locale', 'ja'], { input });
      assert.match(japanese.files[0]!.error ?? '', JAPANESE_TEXT);
    });
  });

  describe("the run's own texts in Japanese", function () {
    it('the stylish summary line, with files not linted and patterns that matched nothing', function () {
      ws.write('a/partner-strategy.yaml', WITH_ERROR);
      ws.write('b/partner-strategy.yaml', WARNING_ONLY);
      ws.write('c/bin.partner-strategy.yaml', Buffer.from([0x76, 0x3a, 0x00]));
      const result = ws.run(['--locale', 'ja', 'a', 'b', 'c', 'missing.yaml']);
      assert.equal(result.status, 2);
      const last = result.stdout.trimEnd().split('\n').at(-1)!;
      assert.equal(last, '✖ 指摘2件（エラー1件、警告1件、情報0件）、対象3ファイル、うち1ファイルは未検査、一致するファイルのないパターン1個');
      assert.equal(result.stderr, `partnerlint: ${ja.cli.noMatch('missing.yaml')}\n`);
      assert.match(result.stderr, JAPANESE_TEXT);
      // The same from the environment's language.
      assert.deepEqual(ws.run(['a', 'b', 'c', 'missing.yaml'], { env: { LANG: 'ja_JP.UTF-8' } }), result);
    });

    it('a clean run and --summary', function () {
      ws.write('partner-strategy.yaml', BASE);
      const result = ws.run(['--summary', '--locale', 'ja']);
      assert.equal(result.status, 0);
      const lines = result.stdout.split('\n');
      assert.equal(lines[1], `  準備状況: ${ja.verdicts.ready}`);
      assert.equal(lines.at(-2), '✔ 指摘0件（エラー0件、警告0件、情報0件）、対象1ファイル');
    });

    it('too many warnings', function () {
      ws.write('partner-strategy.yaml', WARNING_ONLY);
      const result = ws.run(['--max-warnings', '0', '--locale', 'ja']);
      assert.equal(result.status, 1);
      assert.equal(result.stderr, 'partnerlint: 警告が1件あり、--max-warnings 0 を超えています\n');
    });

    it('reports and configurations that cannot be written or read, with the reason in Japanese', function () {
      ws.write('partner-strategy.yaml', BASE);
      mkdirSync(ws.path('cfg'));
      assertOneLineFailure(
        ws.run(['-f', 'json', '-o', 'nodir/r.json', '--locale', 'ja']),
        "partnerlint: レポートを 'nodir/r.json' に書き込めません: フォルダーがありません",
      );
      assertOneLineFailure(ws.run(['--config', 'cfg'], { env: { LANG: 'ja_JP.UTF-8' } }), "partnerlint: 設定ファイル 'cfg' を読み込めません: フォルダーです");
    });

    it('a strategy file without read permission: the reason in Japanese', function () {
      const locked = ws.write('locked.partner-strategy.yaml', BASE);
      chmodSync(locked, 0o000);
      const expected = ja.file.unreadable(ja.reasons.permissionDenied);
      try {
        assert.equal(lintJson(ws, ['--locale', 'ja'], modeBoundUser(ws)).files[0]!.error, expected);
      } finally {
        chmodSync(locked, 0o644);
      }
    });

    it('the GitHub step-summary note', function () {
      const kpis = Array.from({ length: 12 }, (_, i) => `  - name: KPI ${i + 1}\n    target: ${i + 1}\n`).join('');
      ws.write('partner-strategy.yaml', BASE.replace(/^kpis:\n[\s\S]*$/m, `kpis:\n${kpis}`));
      const summary = ws.path('step-summary.md');
      const markdown = ws.run(['-f', 'markdown', '--locale', 'ja']).stdout;
      const result = ws.run(['-f', 'github', '--locale', 'ja'], { env: { GITHUB_STEP_SUMMARY: summary } });
      assert.equal(result.status, 0, result.stderr);
      const note = ja.cli.notAnnotated(2, 10);
      assert.match(note, JAPANESE_TEXT);
      assert.ok(note.includes('2件') && note.includes('10件'), note);
      assert.equal(readFileSync(summary, 'utf8'), `${markdown}\n> ${note}\n\n`);
    });
  });
});
