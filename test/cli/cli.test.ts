/**
 * The command line as users run it: dist/cli.js in a child process, in a temporary folder, with a fixed environment.
 * This file: exit codes, argument errors, files that cannot be read, configuration errors and the informational options.
 * Formats are in formats.test.ts and sarif.test.ts, file discovery in discovery.test.ts.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_MIN_LTV, docsUrl, rules, RULE_IDS } from '../../src/core/index';
import { FORMATS } from '../../src/cli/formatters/index';
import { fromRoot } from '../helpers/paths';
import { BASE, crlf, edit, edits, modeBoundUser, JAPANESE, JAPANESE_TEXT, lintJson, WARNING_ONLY, WITH_ERROR, WITH_INFO, Workspace } from '../helpers/cli';
import type { CliResult } from '../helpers/cli';

const USAGE_HINT = "Run 'partnerlint --help' for usage.";
const CLEAN_SUMMARY = '✔ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file\n';

/** A run-level failure: exit 2, nothing on stdout, one line of error and the usage hint on stderr, no stack trace. */
function assertUsageError(result: CliResult, firstLine: string | RegExp): void {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  const lines = result.stderr.split('\n');
  assert.equal(lines.length, 3, `expected two lines on stderr, got ${JSON.stringify(result.stderr)}`);
  assert.equal(lines[2], '');
  if (typeof firstLine === 'string') assert.equal(lines[0], firstLine);
  else assert.match(lines[0]!, firstLine);
  assert.equal(lines[1], USAGE_HINT);
  assertNoStack(result);
}

function assertNoStack(result: CliResult): void {
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'a stack trace reached stderr');
  assert.doesNotMatch(result.stdout, /^\s+at /m, 'a stack trace reached stdout');
  assert.doesNotMatch(result.stderr, /internal error/);
}

describe('CLI process: exit codes', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('exits 0 on a clean file, printing only the summary line', function () {
    ws.write('partner-strategy.yaml', BASE);
    const result = ws.run([]);
    assert.deepEqual(result, { status: 0, stdout: CLEAN_SUMMARY, stderr: '' });
  });

  it('exits 1 on an error finding, printing it with the source line', function () {
    ws.write('partner-strategy.yaml', WITH_ERROR);
    const message = lintJson(ws, []).files[0]!.messages[0]!;
    assert.deepEqual([message.ruleId, message.severity, message.line, message.column], ['no-dedicated-owner', 'error', 49, 16]);
    const result = ws.run([]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      'partner-strategy.yaml\n' +
        `  49:16  error  ${message.message}  no-dedicated-owner\n` +
        '       |     dedicated: false\n' +
        '       |                ^~~~~\n' +
        '\n' +
        '✖ 1 finding (1 error, 0 warnings, 0 infos) in 1 file\n',
    );
  });

  it('exits 0 with only warnings, and 1 when they are more than --max-warnings', function () {
    ws.write('partner-strategy.yaml', WARNING_ONLY);
    const message = lintJson(ws, []).files[0]!.messages[0]!;
    const expected =
      'partner-strategy.yaml\n' +
      `  18:20  warning  ${message.message}  target-market-too-small\n` +
      '       |   targetCompanies: 300\n' +
      '       |                    ^~~\n' +
      '\n' +
      '✖ 1 finding (0 errors, 1 warning, 0 infos) in 1 file\n';
    assert.deepEqual(ws.run([]), { status: 0, stdout: expected, stderr: '' });
    assert.deepEqual(ws.run(['--max-warnings', '1']), { status: 0, stdout: expected, stderr: '' });
    assert.deepEqual(ws.run(['--max-warnings', '0']), {
      status: 1,
      stdout: expected,
      stderr: 'partnerlint: 1 warning, more than --max-warnings 0\n',
    });
    assert.equal(ws.run(['--max-warnings=0']).status, 1);
  });

  it('counts warnings over all files for --max-warnings', function () {
    ws.write('a/partner-strategy.yaml', WARNING_ONLY);
    ws.write('b/partner-strategy.yaml', WARNING_ONLY);
    assert.equal(ws.run(['--max-warnings', '2']).status, 0);
    const result = ws.run(['--max-warnings', '1']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'partnerlint: 2 warnings, more than --max-warnings 1\n');
  });

  it('exits 0 with only infos, even with --max-warnings 0', function () {
    ws.write('partner-strategy.yaml', WITH_INFO);
    const result = ws.run(['--max-warnings', '0']);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /\n✖ 1 finding \(0 errors, 0 warnings, 1 info\) in 1 file\n$/);
  });

  it('--quiet reports errors only and keeps exit 1 for them', function () {
    ws.write('partner-strategy.yaml', edit(WITH_ERROR, '  targetCompanies: 12000\n', '  targetCompanies: 300\n'));
    const all = lintJson(ws, []).files[0]!;
    assert.deepEqual(
      all.messages.map((m) => m.ruleId),
      ['target-market-too-small', 'no-dedicated-owner'],
    );
    const error = all.messages[1]!;
    const result = ws.run(['--quiet']);
    assert.deepEqual(result, {
      status: 1,
      stderr: '',
      stdout:
        'partner-strategy.yaml\n' +
        `  49:16  error  ${error.message}  no-dedicated-owner\n` +
        '       |     dedicated: false\n' +
        '       |                ^~~~~\n' +
        '\n' +
        '✖ 1 finding (1 error, 0 warnings, 0 infos) in 1 file\n',
    });
    const quietJson = lintJson(ws, ['--quiet']).files[0]!;
    assert.deepEqual(
      quietJson.messages.map((m) => m.ruleId),
      ['no-dedicated-owner'],
    );
    assert.deepEqual([quietJson.errorCount, quietJson.warningCount, quietJson.infoCount], [1, 0, 0]);
  });

  it('--quiet on a file with only warnings and infos exits 0 and reports nothing', function () {
    ws.write('partner-strategy.yaml', edit(WARNING_ONLY, '    due: 2027-03-31\n', ''));
    assert.deepEqual(ws.run(['--quiet']), { status: 0, stdout: CLEAN_SUMMARY, stderr: '' });
  });

  describe('bad arguments: exit 2, one line and the usage hint on stderr, no stack trace', function () {
    const cases: [string, string[], string | RegExp][] = [
      ['an unknown option', ['--bogus'], "partnerlint: unknown option '--bogus'"],
      ['an unknown short option', ['-x'], "partnerlint: unknown option '-x'"],
      [
        'an unknown format',
        ['-f', 'xml'],
        "partnerlint: unknown format 'xml' (choose from stylish, json, sarif, github, junit, rdjson, gitlab, markdown, html)",
      ],
      ['a format without its value', ['--format'], "partnerlint: option '--format' needs a value"],
      ['a word for --max-warnings', ['--max-warnings', 'many'], "partnerlint: --max-warnings takes a whole number, not 'many'"],
      ['a fraction for --max-warnings', ['--max-warnings', '1.5'], "partnerlint: --max-warnings takes a whole number, not '1.5'"],
      ['a negative --max-warnings', ['--max-warnings=-1'], "partnerlint: --max-warnings takes a whole number, not '-1'"],
      ['an empty --max-warnings', ['--max-warnings='], "partnerlint: --max-warnings takes a whole number, not ''"],
      ['an exponent for --max-warnings', ['--max-warnings', '1e3'], "partnerlint: --max-warnings takes a whole number, not '1e3'"],
      // parseArgs' own message for this spans three lines; it must reach the user as one.
      [
        'a dash value for --max-warnings',
        ['--max-warnings', '-1'],
        "partnerlint: option '--max-warnings' needs a value (one that starts with a dash is written --max-warnings=-1)",
      ],
      ['a word for --max-file-size', ['--max-file-size', 'big'], "partnerlint: --max-file-size takes a number of bytes above 0, not 'big'"],
      ['a zero --max-file-size', ['--max-file-size', '0'], "partnerlint: --max-file-size takes a number of bytes above 0, not '0'"],
      ['--cache-location without --cache', ['--cache-location', 'c.json'], 'partnerlint: --cache-location needs --cache'],
      ['an unknown locale', ['--locale', 'fr'], "partnerlint: unknown locale 'fr' (choose en or ja)"],
      ['two -o for the default format', ['-o', 'a.txt', '-o', 'b.txt'], 'partnerlint: more --output-file than --format options; they pair up in order'],
      [
        'more -o than -f',
        ['-f', 'json', '-o', 'a.json', '-f', 'sarif', '-o', 'b.sarif', '-o', 'c.txt'],
        'partnerlint: more --output-file than --format options; they pair up in order',
      ],
      ['--stdin-filename without --stdin', ['--stdin-filename', 'x.yaml'], 'partnerlint: --stdin-filename goes with --stdin'],
      ['--stdin with paths', ['--stdin', 'partner-strategy.yaml'], 'partnerlint: --stdin takes no paths'],
      // An empty output path used to send the report to stdout.
      ['an empty --output-file', ['-o', ''], "partnerlint: --output-file takes a file path, not ''"],
      ['an empty --output-file=', ['-f', 'json', '--output-file=', '-f', 'sarif', '-o', 'b.sarif'], "partnerlint: --output-file takes a file path, not ''"],
    ];
    for (const [name, args, firstLine] of cases) {
      it(`${name}: ${args.join(' ')}`, function () {
        ws.write('partner-strategy.yaml', WITH_ERROR);
        assertUsageError(ws.run(args), firstLine);
        for (const file of ['a.txt', 'b.txt', 'a.json', 'b.sarif', 'c.txt']) assert.equal(existsSync(ws.path(file)), false, `${file} was written`);
      });
    }

    it('with --locale ja too: one line, no stack trace', function () {
      const result = ws.run(['--locale', 'ja', '-f', 'xml']);
      assert.equal(result.status, 2);
      assert.equal(
        result.stderr,
        "partnerlint: 'xml' という形式はありません（stylish, json, sarif, github, junit, rdjson, gitlab, markdown, html から選んでください）\n使い方は 'partnerlint --help' で確認できます。\n",
      );
      assertNoStack(result);
    });
  });

  it('exits 2 when a pattern matches nothing, naming it on stderr', function () {
    ws.write('plans/notes.md', '# notes\n');
    const result = ws.run(['plans/*.yaml']);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, "partnerlint: no strategy file matches 'plans/*.yaml'\n");
    assert.equal(result.stdout, '✖ 0 findings (0 errors, 0 warnings, 0 infos) in 0 files, 1 pattern matched nothing\n');
    assertNoStack(result);
  });

  it('exits 2 for a missing file, and still lints the files that matched', function () {
    ws.write('partner-strategy.yaml', BASE);
    const result = ws.run(['partner-strategy.yaml', 'missing.partner-strategy.yaml']);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, "partnerlint: no strategy file matches 'missing.partner-strategy.yaml'\n");
    // Exit 2 never ends with ✔: the summary says why.
    assert.equal(result.stdout, '✖ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file, 1 pattern matched nothing\n');
  });

  it('exits 2 for a folder without strategy files, and for an empty working folder', function () {
    ws.write('docs/readme.md', '# readme\n');
    ws.write('docs/plan.yaml', BASE);
    const folder = ws.run(['docs']);
    assert.equal(folder.status, 2);
    assert.equal(folder.stderr, "partnerlint: no strategy file matches 'docs'\n");
    const here = ws.run([], { cwd: 'docs' });
    assert.equal(here.status, 2);
    assert.equal(here.stderr, "partnerlint: no strategy file matches '.'\n");
    const json = ws.run(['-f', 'json', 'docs']);
    assert.equal(json.status, 2);
    assert.deepEqual(JSON.parse(json.stdout), []);
  });

  describe('files that cannot be read: reported with their reason, the others still linted, exit 2', function () {
    beforeEach(() => {
      ws.write('good.partner-strategy.yaml', WITH_ERROR);
      ws.write('binary.partner-strategy.yaml', Buffer.concat([Buffer.from('version: 1\n'), Buffer.from([0, 1, 2, 0]), Buffer.from('\ntitle: x\n')]));
      // Over the 2 MB limit: a valid strategy padded with a long comment.
      ws.write('huge.partner-strategy.yaml', `${BASE}# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    });

    it('stylish shows each reason in place and counts the files not linted', function () {
      const json = lintJson(ws, []);
      assert.equal(json.result.status, 2);
      const [binary, good, huge] = json.files;
      assert.deepEqual(
        json.files.map((f) => f.filePath),
        ['binary.partner-strategy.yaml', 'good.partner-strategy.yaml', 'huge.partner-strategy.yaml'],
      );
      assert.match(binary!.error ?? '', /\S/);
      assert.equal(
        huge!.error,
        `Skipped: the file is ${Buffer.byteLength(ws.read('huge.partner-strategy.yaml')).toLocaleString('en-US')} bytes, larger than the limit of 2,097,152 bytes.`,
      );
      assert.equal(good!.error, undefined);
      for (const unreadable of [binary!, huge!]) {
        assert.deepEqual(unreadable.messages, []);
        assert.equal(unreadable.readiness, null);
        assert.deepEqual([unreadable.errorCount, unreadable.warningCount, unreadable.infoCount], [0, 0, 0]);
      }
      const result = ws.run([]);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, '');
      assert.equal(
        result.stdout,
        'binary.partner-strategy.yaml\n' +
          `  error  ${binary!.error}\n` +
          '\n' +
          'good.partner-strategy.yaml\n' +
          `  49:16  error  ${good!.messages[0]!.message}  no-dedicated-owner\n` +
          '       |     dedicated: false\n' +
          '       |                ^~~~~\n' +
          '\n' +
          'huge.partner-strategy.yaml\n' +
          `  error  ${huge!.error}\n` +
          '\n' +
          '✖ 1 finding (1 error, 0 warnings, 0 infos) in 3 files, 2 not linted\n',
      );
    });

    it('gives the reason in Japanese with --locale ja', function () {
      const json = lintJson(ws, ['--locale', 'ja']);
      assert.equal(json.result.status, 2);
      for (const file of [json.files[0]!, json.files[2]!]) assert.match(file.error ?? '', JAPANESE_TEXT);
    });

    it('a file that is not UTF-8 (but has no NUL byte) is reported too', function () {
      ws.write('latin1.partner-strategy.yaml', Buffer.from('version: 1\ntitle: caf\xe9\n', 'latin1'));
      const json = lintJson(ws, ['latin1.partner-strategy.yaml']);
      assert.equal(json.result.status, 2);
      assert.match(json.files[0]!.error ?? '', /\S/);
      assertNoStack(json.result);
    });

    it('a file without read permission is reported with "permission denied" (root reads any file: as root, the CLI runs as the unprivileged uid 65534)', function () {
      const asUser = modeBoundUser(ws);
      const locked = ws.write('locked.partner-strategy.yaml', BASE);
      chmodSync(locked, 0o000);
      const result = ws.run(['-f', 'json'], asUser);
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stderr, '');
      const files = JSON.parse(result.stdout) as { filePath: string; error?: string; errorCount: number }[];
      assert.deepEqual(
        files.map((f) => f.filePath),
        ['binary.partner-strategy.yaml', 'good.partner-strategy.yaml', 'huge.partner-strategy.yaml', 'locked.partner-strategy.yaml'],
      );
      assert.match(files[3]!.error ?? '', /permission denied/);
      assert.equal(files[1]!.errorCount, 1, 'the other files are still linted');
      const stylish = ws.run([], asUser);
      assert.equal(stylish.status, 2);
      assert.ok(stylish.stdout.includes(`locked.partner-strategy.yaml\n  error  ${files[3]!.error}\n`), stylish.stdout);
    });
  });

  describe('configuration errors: `file:line:column: message` on stderr and on each strategy it governs, exit 2', function () {
    it('a .partnerlint.yaml with a bad value; strategies elsewhere are still linted', function () {
      ws.write('plans/partner-strategy.yaml', BASE);
      ws.write('plans/more/partner-strategy.yaml', BASE);
      ws.write('other/partner-strategy.yaml', BASE.replace('monthlyPrice: 5000', 'monthlyPrice: 500'));
      ws.write('plans/.partnerlint.yaml', 'rules:\n  ltv-too-low: eror\n');
      const result = ws.run([]);
      assert.equal(result.status, 2);
      assert.equal(result.stderr.split('\n').length, 2, `said once: ${result.stderr}`);
      assert.ok(result.stderr.startsWith('plans/.partnerlint.yaml:2:16: '), result.stderr);
      assert.match(result.stderr, /eror/);
      const said = result.stderr.trim();
      for (const file of ['plans/partner-strategy.yaml', 'plans/more/partner-strategy.yaml'])
        assert.ok(result.stdout.includes(`${file}\n  error  ${said}\n`), result.stdout);
      assert.match(result.stdout, /other\/partner-strategy\.yaml\n\s+\d+:\d+\s+warning .*ltv-too-low/);
      const json = JSON.parse(ws.run(['-f', 'json']).stdout) as { filePath: string; messages: unknown[]; error?: string }[];
      assert.deepEqual(
        json.map((f) => [f.filePath, f.messages.length, f.error]),
        [
          ['other/partner-strategy.yaml', 1, undefined],
          ['plans/more/partner-strategy.yaml', 0, said],
          ['plans/partner-strategy.yaml', 0, said],
        ],
      );
      assertNoStack(result);
    });

    it('a .partnerlint.yaml that does not parse', function () {
      ws.write('plans/partner-strategy.yaml', BASE);
      ws.write('plans/.partnerlint.yaml', 'thresholds:\n  minTargetCompanies: [1\n');
      const result = ws.run(['plans']);
      assert.equal(result.status, 2);
      assert.ok(result.stdout.includes(`  error  ${result.stderr.trim()}`), result.stdout);
      assert.equal(result.stderr.split('\n').length, 2, result.stderr);
      assert.match(result.stderr, /^plans\/\.partnerlint\.yaml:\d+:\d+: \S/);
      assertNoStack(result);
    });

    it('a .partnerlint.yaml with an unknown key, in Japanese with --locale ja', function () {
      ws.write('partner-strategy.yaml', BASE);
      ws.write('.partnerlint.yaml', 'rules: {}\nthreshold:\n  minLtv: 1\n');
      const result = ws.run(['--locale', 'ja']);
      assert.equal(result.status, 2);
      assert.ok(result.stderr.startsWith('.partnerlint.yaml:2:1: '), result.stderr);
      assert.match(result.stderr, JAPANESE_TEXT);
    });

    it('--config with a missing file', function () {
      ws.write('partner-strategy.yaml', BASE);
      const result = ws.run(['--config', 'missing.yaml']);
      assert.equal(result.status, 2);
      assert.ok(result.stdout.includes('  error  missing.yaml:1:1: '), result.stdout);
      assert.match(result.stderr, /^missing\.yaml:1:1: \S[^\n]*\n$/);
      assertNoStack(result);
    });

    it('--config overrides discovery', function () {
      ws.write('plans/partner-strategy.yaml', WARNING_ONLY);
      ws.write('plans/.partnerlint.yaml', 'rules:\n  target-market-too-small: off\n');
      ws.write('strict.yaml', 'rules:\n  target-market-too-small: error\n');
      assert.deepEqual(ws.run([]), { status: 0, stdout: CLEAN_SUMMARY, stderr: '' });
      const strict = lintJson(ws, ['-c', 'strict.yaml']);
      assert.equal(strict.result.status, 1);
      assert.deepEqual(
        strict.files[0]!.messages.map((m) => [m.ruleId, m.severity]),
        [['target-market-too-small', 'error']],
      );
    });
  });
});

describe('CLI process: informational options', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('-v and --version print the version from package.json', function () {
    const version = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;
    assert.deepEqual(ws.run(['-v']), { status: 0, stdout: `${version}\n`, stderr: '' });
    assert.deepEqual(ws.run(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('-h and --help print the usage with every option of docs/reference/cli.md', function () {
    const result = ws.run(['-h']);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    assert.ok(result.stdout.startsWith('Usage: partnerlint [options] [path|glob ...]\n'), result.stdout);
    for (const option of [
      '-f, --format',
      '-o, --output-file',
      '-c, --config',
      '--max-warnings',
      '--quiet',
      '--summary',
      '--locale',
      '--stdin',
      '--stdin-filename',
      '--list-rules',
      '--print-config',
      '--no-color',
      '-h, --help',
      '-v, --version',
      '--max-file-size',
      '--cache',
      '--cache-location',
    ]) {
      assert.ok(result.stdout.includes(option), `usage lacks ${option}`);
    }
    // Every format the CLI has, read from its table: a format added by the recipe is held to this too.
    for (const format of FORMATS) assert.ok(result.stdout.includes(format), `usage lacks the format ${format}`);
    assert.deepEqual(ws.run(['--help']), result);
  });

  it('--list-rules lists every rule with its default severity, title and docs link', function () {
    const result = ws.run(['--list-rules']);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    const lines = result.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, RULE_IDS.length);
    lines.forEach((line, i) => {
      const rule = rules[i]!;
      const match = /^(\S+) +(error|warning|info) +(.+?) +(\S+)$/.exec(line);
      assert.ok(match, line);
      assert.deepEqual(match.slice(1), [rule.meta.id, rule.meta.defaultSeverity, rule.meta.title.en, docsUrl(rule.meta.id)]);
    });
    assert.deepEqual(
      lines.map((l) => l.split(' ')[0]),
      [...RULE_IDS],
    );
  });

  it('--list-rules --locale ja gives the Japanese titles', function () {
    const lines = ws.run(['--list-rules', '--locale', 'ja']).stdout.trimEnd().split('\n');
    assert.equal(lines.length, RULE_IDS.length);
    lines.forEach((line, i) => {
      assert.ok(line.includes(` ${rules[i]!.meta.title.ja} `), line);
      assert.match(line, JAPANESE_TEXT);
    });
  });

  it('--print-config shows the thresholds merged with a discovered .partnerlint.yaml', function () {
    ws.write('plans/partner-strategy.yaml', BASE);
    ws.write('other/partner-strategy.yaml', BASE);
    ws.write(
      'plans/.partnerlint.yaml',
      'rules:\n  ltv-too-low: error\n  kpi-without-due-date: off\nthresholds:\n  minTargetCompanies: 20000\n  minLtv: { USD: 25000 }\nlocale: ja\n',
    );
    const result = ws.run(['--print-config', 'plans/partner-strategy.yaml']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(parseYaml(result.stdout), {
      rules: { 'ltv-too-low': 'error', 'kpi-without-due-date': 'off' },
      thresholds: {
        minTargetCompanies: 20000,
        maxMonthlyChurnRate: 0.03,
        ltvHorizonMonths: 60,
        minLtv: { ...DEFAULT_MIN_LTV, USD: 25000 },
        minPaybackMonths: 24,
      },
      locale: 'ja',
      // Relative to the working folder, like every path the CLI prints.
      files: ['plans/.partnerlint.yaml'],
    });
    const defaults = ws.run(['--print-config', 'other/partner-strategy.yaml']);
    assert.equal(defaults.status, 0);
    assert.deepEqual(parseYaml(defaults.stdout), {
      rules: {},
      thresholds: { minTargetCompanies: 500, maxMonthlyChurnRate: 0.03, ltvHorizonMonths: 60, minLtv: { ...DEFAULT_MIN_LTV }, minPaybackMonths: 24 },
      files: [],
    });
  });

  it('--print-config reports an invalid configuration like a run does', function () {
    ws.write('partner-strategy.yaml', BASE);
    ws.write('.partnerlint.yaml', 'rules:\n  no-such-rule: error\n');
    const result = ws.run(['--print-config', 'partner-strategy.yaml']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.ok(result.stderr.startsWith('.partnerlint.yaml:2:3: '), result.stderr);
  });

  describe('--stdin', function () {
    it('--stdin-filename names the report and finds the configuration from that path', function () {
      ws.write('plans/.partnerlint.yaml', 'thresholds:\n  minTargetCompanies: 20000\n');
      const inPlans = lintJson(ws, ['--stdin', '--stdin-filename', 'plans/partner-strategy.yaml'], { input: BASE });
      assert.equal(inPlans.result.status, 0);
      assert.equal(inPlans.files.length, 1);
      assert.equal(inPlans.files[0]!.filePath, 'plans/partner-strategy.yaml');
      assert.deepEqual(
        inPlans.files[0]!.messages.map((m) => [m.ruleId, m.line, m.column]),
        [['target-market-too-small', 18, 20]],
      );
      const elsewhere = lintJson(ws, ['--stdin', '--stdin-filename', 'other/partner-strategy.yaml'], { input: BASE });
      assert.deepEqual(elsewhere.files[0]!.messages, []);
      assert.equal(elsewhere.files[0]!.filePath, 'other/partner-strategy.yaml');
    });

    it('stylish shows the --stdin-filename and exit codes follow the findings', function () {
      const result = ws.run(['--stdin', '--stdin-filename', 'plans/partner-strategy.yaml'], { input: WITH_ERROR });
      assert.equal(result.status, 1);
      assert.ok(result.stdout.startsWith('plans/partner-strategy.yaml\n  49:16  error  '), result.stdout);
      assert.equal(ws.run(['--stdin'], { input: BASE }).status, 0);
    });

    it('--stdin-filename is shown relative to the working folder, like any other path', function () {
      for (const name of ['./plans/partner-strategy.yaml', ws.path('plans/partner-strategy.yaml'), 'plans//sub/../partner-strategy.yaml']) {
        const json = lintJson(ws, ['--stdin', '--stdin-filename', name], { input: BASE });
        assert.equal(json.files[0]!.filePath, 'plans/partner-strategy.yaml', name);
      }
      ws.write('docs/readme.md', '# docs\n');
      const fromSub = lintJson(ws, ['--stdin', '--stdin-filename', '../plans/partner-strategy.yaml'], { input: BASE, cwd: 'docs' });
      assert.equal(fromSub.files[0]!.filePath, '../plans/partner-strategy.yaml');
    });

    it('without --stdin-filename the report is named <stdin>', function () {
      const json = lintJson(ws, ['--stdin'], { input: WITH_ERROR });
      assert.equal(json.result.status, 1);
      assert.equal(json.files[0]!.filePath, '<stdin>');
    });

    it('CRLF and a byte-order mark on standard input give the same positions as the plain file', function () {
      const plain = lintJson(ws, ['--stdin'], { input: edit(WITH_ERROR, 'version: 1\n', '') }).files[0]!;
      const bom = lintJson(ws, ['--stdin'], { input: `\uFEFF${crlf(edit(WITH_ERROR, 'version: 1\n', ''))}` }).files[0]!;
      assert.ok(
        plain.messages.some((m) => m.line === 1),
        'expected a finding on line 1 (the missing version)',
      );
      assert.deepEqual(bom.messages, plain.messages);
    });
  });

  describe('message language', function () {
    function messages(args: string[], env: Record<string, string> = {}, text = JAPANESE): string[] {
      ws.write('partner-strategy.yaml', text);
      return lintJson(ws, args, { env }).files[0]!.messages.map((m) => m.message);
    }

    it('--locale ja and LANG=ja_JP.UTF-8 both give Japanese messages', function () {
      const english = messages([]);
      const ja = messages(['--locale', 'ja']);
      assert.equal(ja.length, 2);
      for (const message of ja) assert.match(message.replace(/パートナー経由の新規顧客数/g, ''), JAPANESE_TEXT);
      assert.notDeepEqual(ja, english);
      assert.deepEqual(messages([], { LANG: 'ja_JP.UTF-8' }), ja);
      assert.deepEqual(messages([], { LC_MESSAGES: 'ja_JP.UTF-8' }), ja);
      assert.deepEqual(messages([], { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }), ja);
    });

    it('English by default, when LC_ALL overrides LANG, and when --locale en overrides the environment', function () {
      const english = messages([], {}, WITH_ERROR);
      assert.doesNotMatch(english[0]!, JAPANESE_TEXT);
      assert.deepEqual(messages([], { LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }, WITH_ERROR), english);
      assert.deepEqual(messages(['--locale', 'en'], { LANG: 'ja_JP.UTF-8' }, WITH_ERROR), english);
      assert.deepEqual(messages([], { LANG: 'en_US.UTF-8' }, WITH_ERROR), english);
    });

    it('a configuration with `locale: ja` gives Japanese findings', function () {
      ws.write('.partnerlint.yaml', 'locale: ja\n');
      assert.match(messages([], {}, WITH_ERROR)[0]!, JAPANESE_TEXT);
      assert.doesNotMatch(messages(['--locale', 'en'], {}, WITH_ERROR)[0]!, JAPANESE_TEXT);
    });

    it('Japanese text in a strategy is linted the same whatever the message language', function () {
      ws.write('partner-strategy.yaml', edits(JAPANESE, ['  pmf:\n    status: achieved\n', '  pmf:\n    status: not-yet\n']));
      const en = lintJson(ws, []);
      const ja = lintJson(ws, ['--locale', 'ja']);
      assert.equal(en.result.status, 1);
      assert.equal(ja.result.status, 1);
      const where = (files: typeof en.files) => files[0]!.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
      assert.deepEqual(where(ja.files), where(en.files));
    });
  });
});
