/** Every output format of docs/reference/cli.md except SARIF (sarif.test.ts), run as a process; and several formats in one run. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { catalogue, CHECK_IDS } from '../../src/core/index';
import { words as cliWords } from '../../src/cli/texts';
import { fromRoot } from '../helpers/paths';
import {
  assertNoAnsi,
  BASE,
  cleanEnv,
  CLI,
  crlf,
  displayWidth,
  edit,
  edits,
  JAPANESE,
  JAPANESE_PREFIX,
  JAPANESE_TEXT,
  lintJson,
  WARNING_ONLY,
  WITH_ERROR,
  WITH_INFO,
  Workspace,
} from '../helpers/cli';
import type { JsonFile, JsonMessage } from '../helpers/cli';

/** Findings of every severity, and positions of different widths: 8:13 error, 18:20 warning, 49:16 error, 60:11 info. */
const MIXED = edits(
  BASE,
  ['    status: achieved\n', '    status: not-yet\n'],
  ['  targetCompanies: 12000\n', '  targetCompanies: 300\n'],
  ['    dedicated: true\n', '    dedicated: false\n'],
  ['    due: 2027-03-31\n', ''],
);

const SYNTAX_ERROR = 'version: 1\ntitle: [unclosed\nproduct:\n  name: x\n';
const BINARY = Buffer.from([0x76, 0x3a, 0x20, 0x00, 0x01, 0x0a]);

function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

describe('CLI process: stylish', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('aligns rows: positions right-aligned, severities padded, messages and rule ids in columns', function () {
    ws.write('partner-strategy.yaml', MIXED);
    const messages = lintJson(ws, []).files[0]!.messages;
    assert.deepEqual(
      messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`),
      ['8:13 error pmf-not-achieved', '18:20 warning target-market-too-small', '49:16 error no-dedicated-owner', '60:11 info kpi-without-due-date'],
    );
    const width = Math.min(100, Math.max(...messages.map((m) => displayWidth(m.message))));
    const result = ws.run([]);
    assert.equal(result.status, 1);
    const sourceLines = MIXED.split('\n');
    const expected = ['partner-strategy.yaml'];
    for (const m of messages) {
      const position = `${m.line}:${m.column}`.padStart(5);
      expected.push(`  ${position}  ${m.severity.padEnd(7)}  ${padDisplay(m.message, width)}  ${m.ruleId}`);
      expected.push(`       | ${sourceLines[m.line - 1]}`);
      expected.push(`       | ${' '.repeat(m.column - 1)}^${'~'.repeat(m.endColumn - m.column - 1)}`);
    }
    expected.push('', '✖ 4 findings (2 errors, 1 warning, 1 info) in 1 file', '');
    assert.equal(result.stdout, expected.join('\n'));
    assert.equal(result.stderr, '');
  });

  it('puts the ^~~~ marker under the finding on a Japanese line (CJK = 2 columns), with Japanese messages', function () {
    ws.write('partner-strategy.yaml', JAPANESE);
    const messages = lintJson(ws, ['--locale', 'ja']).files[0]!.messages;
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn]),
      [
        ['purpose-sales-capacity', 35, 38, 52],
        ['kpi-without-due-date', 57, 11, 24],
      ],
    );
    for (const m of messages) assert.match(m.message, JAPANESE_TEXT);
    const width = Math.min(100, Math.max(...messages.map((m) => displayWidth(m.message))));
    const result = ws.run(['--locale', 'ja']);
    assert.equal(result.status, 0);
    const sourceLine = `${JAPANESE_PREFIX}sales-capacity }`;
    const markerLine = `       | ${' '.repeat(displayWidth(JAPANESE_PREFIX))}^${'~'.repeat('sales-capacity'.length - 1)}`;
    assert.equal(
      result.stdout,
      'partner-strategy.yaml\n' +
        `  35:38  警告  ${padDisplay(messages[0]!.message, width)}  purpose-sales-capacity\n` +
        `       | ${sourceLine}\n` +
        `${markerLine}\n` +
        `  57:11  情報  ${padDisplay(messages[1]!.message, width)}  kpi-without-due-date\n` +
        '       |   - name: パートナー経由の新規顧客数\n' +
        `       |           ^${'~'.repeat(displayWidth('パートナー経由の新規顧客数') - 1)}\n` +
        '\n' +
        '✖ 指摘2件（エラー0件、警告1件、情報1件）、対象1ファイル\n',
    );
    // The check that matters on a terminal: the caret sits at the display column where `sales-capacity` starts.
    const lines = result.stdout.split('\n');
    const source = lines[2]!;
    const marker = lines[3]!;
    assert.equal(displayWidth(marker.slice(0, marker.indexOf('^'))), displayWidth(source.slice(0, source.indexOf('sales-capacity'))));
    assert.equal(displayWidth(marker.slice(marker.indexOf('^'))), 'sales-capacity'.length);
  });

  it('a CRLF file gives the same report as the LF file, with no carriage return in it', function () {
    ws.write('lf/partner-strategy.yaml', MIXED);
    ws.write('crlf/partner-strategy.yaml', crlf(MIXED));
    const lf = ws.run(['lf']);
    const crlfRun = ws.run(['crlf']);
    assert.equal(crlfRun.status, 1);
    assert.equal(crlfRun.stdout, lf.stdout.replace(/^lf\//gm, 'crlf/'));
    assert.doesNotMatch(crlfRun.stdout, /\r/);
    const japanese = crlf(JAPANESE);
    ws.write('ja/partner-strategy.yaml', japanese);
    assert.ok(ws.run(['ja']).stdout.includes(`       | ${' '.repeat(displayWidth(JAPANESE_PREFIX))}^${'~'.repeat(13)}\n`));
  });

  it("--summary adds each file's readiness verdict after its findings, also for a clean file", function () {
    ws.write('a/partner-strategy.yaml', WITH_ERROR);
    ws.write('b/partner-strategy.yaml', BASE);
    ws.write('c/partner-strategy.yaml', SYNTAX_ERROR);
    const words = catalogue('en');
    const result = ws.run(['--summary']);
    assert.equal(result.status, 1);
    const lines = result.stdout.split('\n');
    // a: one finding (3 lines), then the verdict and seven checks, aligned by display width; a check that is not clear
    // gives its reason and the finding it comes from.
    assert.equal(lines[0], 'a/partner-strategy.yaml');
    assert.equal(lines[4], `  readiness: ${words.verdicts.reconsider}`);
    const nameWidth = Math.max(...CHECK_IDS.map((id) => displayWidth(words.checks[id])));
    const statusWidth = Math.max(...Object.values(words.checkStatus).map(displayWidth));
    CHECK_IDS.forEach((id, i) => {
      const status = id === 'owner' ? 'at-risk' : 'clear';
      assert.ok(
        lines[5 + i]!.startsWith(`    ${padDisplay(words.checks[id], nameWidth)}  ${padDisplay(words.checkStatus[status], statusWidth)}  `),
        lines[5 + i],
      );
    });
    assert.ok(lines[5 + CHECK_IDS.indexOf('owner')]!.endsWith(' (no-dedicated-owner, line 49)'), lines[5 + CHECK_IDS.indexOf('owner')]);
    assert.equal(lines[12], '');
    // b: clean, so only its verdict.
    assert.equal(lines[13], 'b/partner-strategy.yaml');
    assert.equal(lines[14], `  readiness: ${words.verdicts.ready}`);
    // c: a syntax error has no verdict.
    const c = lines.indexOf('c/partner-strategy.yaml');
    assert.ok(c > 14);
    assert.ok(!lines.slice(c).some((line) => line.startsWith('  readiness:')), result.stdout);
    assert.equal(lines.at(-2), '✖ 2 findings (2 errors, 0 warnings, 0 infos) in 3 files');
    // Without --summary, no verdict and no clean file.
    const plain = ws.run([]).stdout;
    assert.doesNotMatch(plain, /readiness/);
    assert.doesNotMatch(plain, /^b\/partner-strategy\.yaml$/m);
  });

  it('--summary --locale ja gives the verdict and checks in Japanese', function () {
    ws.write('partner-strategy.yaml', JAPANESE);
    const words = cliWords('ja');
    const lines = ws.run(['--summary', '--locale', 'ja']).stdout.split('\n');
    const verdict = lines.findIndex((line) => line.startsWith(`  ${words.cli.readiness}: `));
    // Its only purpose is "more sales people": the purpose check is at risk (rules v2), the rest clear.
    assert.equal(lines[verdict], `  準備状況: ${words.verdicts.reconsider}`);
    assert.match(lines[verdict]!, JAPANESE_TEXT);
    const nameWidth = Math.max(...CHECK_IDS.map((id) => displayWidth(words.checks[id])));
    const status = (id: string) => words.checkStatus[id === 'purpose' ? 'at-risk' : 'clear'];
    CHECK_IDS.forEach((id, i) =>
      assert.ok(lines[verdict + 1 + i]!.startsWith(`    ${padDisplay(words.checks[id], nameWidth)}  ${status(id)}`), lines[verdict + 1 + i]),
    );
    assert.ok(lines[verdict + 1]!.endsWith('（purpose-sales-capacity、35行目）'), lines[verdict + 1]);
    // The status column starts at one display column on every row, the PMF row's long Japanese name included.
    const statusColumns = new Set(CHECK_IDS.map((id, i) => displayWidth(lines[verdict + 1 + i]!.slice(0, lines[verdict + 1 + i]!.indexOf(status(id))))));
    assert.equal(statusColumns.size, 1);
  });

  it('shows control characters from the strategy (CR, LF, ESC in a KPI name) as escapes, keeping one row per finding', function () {
    ws.write('partner-strategy.yaml', edit(WITH_INFO, '  - name: Partner-sourced new accounts', '  - name: "Grow 50%\\r\\nnow \\e[31mRED"'));
    const message = lintJson(ws, []).files[0]!.messages[0]!;
    assert.ok(message.message.includes('Grow 50%\r\nnow \u001b[31mRED'), message.message);
    const result = ws.run([]);
    assert.equal(result.status, 0);
    assert.doesNotMatch(result.stdout, /[\u0000-\u0009\u000b-\u001f]/);
    const row = `  60:11  info  ${message.message.replace('\r\n', '\\r\\n').replace('\u001b', '\\u001b')}  kpi-without-due-date`;
    assert.equal(result.stdout.split('\n')[1], row);
    assert.ok(row.includes('Grow 50%\\r\\nnow \\u001b[31mRED'));
  });

  it('has no ANSI escapes when stdout is not a terminal, whatever NO_COLOR or FORCE_COLOR say', function () {
    ws.write('partner-strategy.yaml', MIXED);
    for (const env of [{}, { NO_COLOR: '1' }, { FORCE_COLOR: '1' }, { NO_COLOR: undefined, FORCE_COLOR: undefined }]) {
      const result = ws.run(['--summary'], { env });
      assert.equal(result.status, 1);
      assertNoAnsi(result.stdout);
      assertNoAnsi(result.stderr);
    }
  });

  describe('on a terminal (util-linux `script`)', function () {
    const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
    const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
    const onTty = (args: string[], env: Record<string, string | undefined> = {}) => {
      const command = [process.execPath, CLI, ...args].map(quote).join(' ');
      const child = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: ws.root,
        env: cleanEnv({ TERM: 'xterm-256color', ...env }),
        encoding: 'utf8',
        timeout: 30_000,
      });
      return { status: child.status, stdout: child.stdout.replace(/\r\n/g, '\n') };
    };
    before(function () {
      assert.ok(hasScript, 'util-linux `script` is missing: node scripts/test-setup.mjs says how to install it');
    });

    it('colours the report when stdout is a terminal and NO_COLOR is unset', function () {
      ws.write('partner-strategy.yaml', MIXED);
      const plain = ws.run([]).stdout;
      const tty = onTty([], { NO_COLOR: undefined });
      assert.equal(tty.status, 1);
      assert.match(tty.stdout, /\u001b\[31merror *\u001b\[39m/);
      assert.equal(tty.stdout.replace(/\u001b\[\d+m/g, ''), plain);
    });

    it('no colour on a terminal with NO_COLOR set, with --no-color, or for a report written with -o', function () {
      ws.write('partner-strategy.yaml', MIXED);
      const plain = ws.run([]).stdout;
      assert.equal(onTty([], { NO_COLOR: '1' }).stdout, plain);
      assert.equal(onTty(['--no-color'], { NO_COLOR: undefined }).stdout, plain);
      const toFile = onTty(['-o', 'report.txt'], { NO_COLOR: undefined });
      assert.equal(toFile.status, 1);
      assert.equal(toFile.stdout, '');
      assert.equal(ws.read('report.txt'), plain);
      // A second format on stdout keeps its colour while the file stays plain.
      const both = onTty(['-f', 'json', '-o', 'report.json', '-f', 'stylish'], { NO_COLOR: undefined });
      assert.match(both.stdout, /\u001b\[/);
      assertNoAnsi(ws.read('report.json'));
    });
  });
});

describe('CLI process: json', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('has the exact shape of docs/reference/cli.md', function () {
    ws.write('plans/partner-strategy.yaml', WITH_ERROR);
    const result = ws.run(['-f', 'json']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    const files = JSON.parse(result.stdout) as JsonFile[];
    assert.equal(files.length, 1);
    const file = files[0]!;
    assert.deepEqual(Object.keys(file), ['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'readiness']);
    const message = file.messages[0]!;
    assert.deepEqual(Object.keys(message), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'docsUrl']);
    assert.match(message.message, /\S/);
    assert.deepEqual(file, {
      filePath: 'plans/partner-strategy.yaml',
      messages: [
        {
          ruleId: 'no-dedicated-owner',
          severity: 'error',
          message: message.message,
          line: 49,
          column: 16,
          endLine: 49,
          endColumn: 21,
          docsUrl: 'https://github.com/partnerlint/partnerlint/blob/main/docs/rules/no-dedicated-owner.md',
        },
      ],
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
      readiness: {
        verdict: 'reconsider',
        checks: { purpose: 'clear', pmf: 'clear', marketSize: 'clear', ltv: 'clear', expertise: 'clear', executive: 'clear', owner: 'at-risk' },
        reasons: { owner: [{ ruleId: 'no-dedicated-owner', line: 49, column: 16, message: message.message, status: 'at-risk' }] },
      },
    });
    assert.ok(result.stdout.endsWith('\n'));
  });

  it('counts each severity, and a clean file has no messages and a ready verdict', function () {
    ws.write('mixed.partner-strategy.yaml', MIXED);
    ws.write('partner-strategy.yaml', BASE);
    const [mixed, clean] = lintJson(ws, []).files;
    assert.deepEqual([mixed!.errorCount, mixed!.warningCount, mixed!.infoCount], [2, 1, 1]);
    assert.equal(mixed!.readiness!.verdict, 'reconsider');
    assert.deepEqual(clean, {
      filePath: 'partner-strategy.yaml',
      messages: [],
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
      readiness: {
        verdict: 'ready',
        checks: { purpose: 'clear', pmf: 'clear', marketSize: 'clear', ltv: 'clear', expertise: 'clear', executive: 'clear', owner: 'clear' },
        reasons: {},
      },
    });
  });

  it('a syntax error gives readiness: null and no other finding', function () {
    ws.write('partner-strategy.yaml', SYNTAX_ERROR);
    const { result, files } = lintJson(ws, []);
    assert.equal(result.status, 1);
    const file = files[0]!;
    assert.equal(file.readiness, null);
    assert.ok(file.messages.length >= 1);
    assert.ok(file.messages.every((m) => m.ruleId === 'syntax' && m.severity === 'error'));
    assert.equal(file.errorCount, file.messages.length);
    for (const m of file.messages) assert.ok(m.line >= 1 && m.column >= 1 && m.endLine >= m.line, JSON.stringify(m));
  });

  it('Japanese: messages with --locale ja, columns in UTF-16 code units, CRLF the same as LF', function () {
    ws.write('lf/partner-strategy.yaml', JAPANESE);
    ws.write('crlf/partner-strategy.yaml', crlf(JAPANESE));
    const { files } = lintJson(ws, ['--locale', 'ja']);
    const [crlfFile, lfFile] = files;
    assert.deepEqual(crlfFile!.messages, lfFile!.messages);
    const where = lfFile!.messages.map((m: JsonMessage) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
    assert.deepEqual(where, [
      ['purpose-sales-capacity', 35, JAPANESE_PREFIX.length + 1, 35, JAPANESE_PREFIX.length + 1 + 'sales-capacity'.length],
      ['kpi-without-due-date', 57, 11, 57, 11 + 'パートナー経由の新規顧客数'.length],
    ]);
    for (const m of lfFile!.messages) assert.match(m.message, JAPANESE_TEXT);
    assert.ok(lfFile!.messages[1]!.message.includes('パートナー経由の新規顧客数'));
  });

  it('an unreadable file has an error and readiness: null', function () {
    ws.write('bin.partner-strategy.yaml', BINARY);
    const { result, files } = lintJson(ws, []);
    assert.equal(result.status, 2);
    assert.deepEqual(Object.keys(files[0]!), ['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'readiness', 'error']);
    assert.equal(files[0]!.readiness, null);
  });
});

/** GitHub's escaping of workflow command data and properties. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

describe('CLI process: github', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('escapes `,` `:` `%` in the file property and `%`, CR, LF in the message', function () {
    const folder = 'q1,east:west 100%';
    // A KPI name with a percent sign, CR LF, a colon and a comma (YAML escapes in a double-quoted string).
    ws.write(`${folder}/partner-strategy.yaml`, edit(WITH_INFO, '  - name: Partner-sourced new accounts', '  - name: "Grow 50%\\r\\nnow: more, ok"'));
    const message = lintJson(ws, []).files[0]!.messages[0]!;
    assert.equal(message.ruleId, 'kpi-without-due-date');
    assert.ok(message.message.includes('Grow 50%\r\nnow: more, ok'), message.message);
    const result = ws.run(['-f', 'github']);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      `::notice file=q1%2Ceast%3Awest 100%25/partner-strategy.yaml,line=60,col=11,endLine=60,endColumn=${message.endColumn},` +
        `title=partnerlint(kpi-without-due-date)::${escapeData(message.message)}\n`,
    );
    assert.ok(result.stdout.includes('Grow 50%25%0D%0Anow: more, ok'));
    assert.equal(result.stdout.split('\n').length, 2, 'one command, one line');
    assert.equal(escapeProperty(folder), 'q1%2Ceast%3Awest 100%25');
  });

  it('one command per finding, errors first, then warnings, then notices', function () {
    ws.write('a/partner-strategy.yaml', edit(WARNING_ONLY, '    due: 2027-03-31\n', ''));
    ws.write('b/partner-strategy.yaml', MIXED);
    ws.write('c/bin.partner-strategy.yaml', BINARY);
    const json = lintJson(ws, []);
    const result = ws.run(['-f', 'github']);
    assert.equal(result.status, 2, 'the unreadable file makes the run fail');
    const expected: string[] = [];
    const unreadable = json.files.find((f) => f.error)!;
    expected.push(`::error file=c/bin.partner-strategy.yaml,title=partnerlint::${escapeData(unreadable.error!)}`);
    for (const [severity, command] of [
      ['error', 'error'],
      ['warning', 'warning'],
      ['info', 'notice'],
    ] as const) {
      for (const file of json.files) {
        for (const m of file.messages.filter((x) => x.severity === severity)) {
          expected.push(
            `::${command} file=${file.filePath},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=partnerlint(${m.ruleId})::${escapeData(m.message)}`,
          );
        }
      }
    }
    assert.equal(result.stdout, `${expected.join('\n')}\n`);
    const order = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => {
        const [, type, file, lineNumber] = /^::(\w+) file=([^,]+)(?:,line=(\d+))?/.exec(line)!;
        return lineNumber ? `${type} ${file}:${lineNumber}` : `${type} ${file}`;
      });
    assert.deepEqual(order, [
      'error c/bin.partner-strategy.yaml',
      'error b/partner-strategy.yaml:8',
      'error b/partner-strategy.yaml:49',
      'warning a/partner-strategy.yaml:18',
      'warning b/partner-strategy.yaml:18',
      'notice a/partner-strategy.yaml:60',
      'notice b/partner-strategy.yaml:60',
    ]);
  });

  it('writes the markdown report to GITHUB_STEP_SUMMARY with a note on findings beyond 10 of a type', function () {
    const kpis = Array.from({ length: 12 }, (_, i) => `  - name: KPI ${i + 1}\n    target: ${i + 1}\n`).join('');
    ws.write('partner-strategy.yaml', BASE.replace(/^kpis:\n[\s\S]*$/m, `kpis:\n${kpis}`));
    const summary = ws.write('step-summary.md', 'previous step\n');
    const markdown = ws.run(['-f', 'markdown']).stdout;
    const result = ws.run(['-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trimEnd().split('\n').length, 12, 'every finding is still a command');
    assert.ok(
      result.stdout
        .split('\n')
        .slice(0, 12)
        .every((line) => line.startsWith('::notice ')),
    );
    assert.equal(
      readFileSync(summary, 'utf8'),
      `previous step\n${markdown}\n> 2 findings were not annotated: GitHub shows 10 annotations of each type per step. All findings are listed above.\n\n`,
    );
  });

  it('at 10 findings of a type or fewer the summary has no note; without GITHUB_STEP_SUMMARY nothing is written', function () {
    ws.write('partner-strategy.yaml', MIXED);
    const summary = ws.path('summary.md');
    const markdown = ws.run(['-f', 'markdown']).stdout;
    assert.equal(ws.run(['-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } }).status, 1);
    assert.equal(readFileSync(summary, 'utf8'), `${markdown}\n`);
    assert.equal(ws.run(['-f', 'github'], { env: { GITHUB_STEP_SUMMARY: undefined } }).status, 1);
  });

  it('Japanese messages with --locale ja, columns in UTF-16 code units', function () {
    ws.write('計画/partner-strategy.yaml', JAPANESE);
    const result = ws.run(['-f', 'github', '--locale', 'ja']);
    assert.equal(result.status, 0);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.ok(
      lines[0]!.startsWith(`::warning file=計画/partner-strategy.yaml,line=35,col=38,endLine=35,endColumn=52,title=partnerlint(purpose-sales-capacity)::`),
      lines[0],
    );
    assert.ok(lines[1]!.startsWith('::notice file=計画/partner-strategy.yaml,line=57,col=11,'), lines[1]);
    for (const line of lines) assert.match(line.slice(line.lastIndexOf('::')), JAPANESE_TEXT);
  });
});

/**
 * A small XML well-formedness check: one root, every element closed in order, attribute values quoted without raw `<`,
 * every `&` an entity, no raw `>` needed but allowed. Returns the elements' names and attributes in document order.
 */
function parseXml(text: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  let rest = text.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  assert.ok(rest.length < text.length, 'no XML declaration');
  const stack: { name: string; attributes: Record<string, string>; text: string }[] = [];
  let roots = 0;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const decode = (value: string): string =>
    value.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(Number(e.slice(1))),
    );
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const chunk = lt < 0 ? rest : rest.slice(0, lt);
    assert.doesNotMatch(chunk, entity, `a raw & in text: ${chunk}`);
    if (stack.length) stack.at(-1)!.text += decode(chunk);
    else assert.match(chunk, /^\s*$/, `text outside the root: ${chunk}`);
    if (lt < 0) break;
    rest = rest.slice(lt);
    const tag = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>/.exec(rest);
    assert.ok(tag, `malformed tag at: ${rest.slice(0, 80)}`);
    const [whole, closing, name, attributeText, selfClosing] = tag;
    rest = rest.slice(whole.length);
    if (closing) {
      const open = stack.pop();
      assert.equal(open?.name, name, `</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attributeText!.matchAll(/([A-Za-z_][\w.:-]*)="([^"]*)"/g)) {
      assert.doesNotMatch(value!, entity, `a raw & in ${key}="${value}"`);
      assert.equal(attributes[key!], undefined, `duplicate attribute ${key}`);
      attributes[key!] = decode(value!);
    }
    const element = { name: name!, attributes, text: '' };
    elements.push(element);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(element);
  }
  assert.equal(stack.length, 0, `unclosed: ${stack.map((e) => e.name).join(', ')}`);
  assert.equal(roots, 1, 'one root element');
  return elements;
}

describe('CLI process: junit', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('is well-formed XML: one testsuite per file, a passing testcase for a clean file, a failure per finding, escaped text', function () {
    ws.write('clean/partner-strategy.yaml', BASE);
    const kpiName = `Q1 "A&B" <top> 'x'`;
    ws.write(
      'dirty/partner-strategy.yaml',
      edits(WITH_ERROR, ['  - name: Partner-sourced new accounts', `  - name: '${kpiName.replace(/'/g, "''")}'`], ['    due: 2027-03-31\n', '']),
    );
    ws.write('broken/partner-strategy.yaml', SYNTAX_ERROR);
    ws.write('bin/partner-strategy.yaml', BINARY);
    const json = lintJson(ws, []);
    const result = ws.run(['-f', 'junit']);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, '');
    assert.equal((result.stdout.match(/<testsuite /g) ?? []).length, 4);
    assert.equal((result.stdout.match(/<testsuite /g) ?? []).length, (result.stdout.match(/<\/testsuite>/g) ?? []).length);
    const elements = parseXml(result.stdout);
    const root = elements[0]!;
    assert.equal(root.name, 'testsuites');
    const suites = elements.filter((e) => e.name === 'testsuite');
    assert.deepEqual(
      suites.map((s) => s.attributes.name),
      json.files.map((f) => f.filePath),
    );
    assert.deepEqual(
      suites.map((s) => s.attributes.name),
      ['bin/partner-strategy.yaml', 'broken/partner-strategy.yaml', 'clean/partner-strategy.yaml', 'dirty/partner-strategy.yaml'],
    );
    // The clean file: exactly one passing test case.
    assert.ok(
      result.stdout.includes(
        '  <testsuite name="clean/partner-strategy.yaml" tests="1" failures="0" errors="0" skipped="0">\n' +
          '    <testcase classname="clean/partner-strategy.yaml" name="partnerlint"/>\n' +
          '  </testsuite>\n',
      ),
      result.stdout,
    );
    const dirty = json.files[3]!;
    assert.deepEqual(suites[3]!.attributes, { name: 'dirty/partner-strategy.yaml', tests: '2', failures: '2', errors: '0', skipped: '0' });
    const failures = elements.filter((e) => e.name === 'failure');
    const dirtyFailures = failures.slice(-2);
    assert.deepEqual(
      dirtyFailures.map((f) => f.attributes.type),
      dirty.messages.map((m) => m.ruleId),
    );
    assert.deepEqual(
      dirtyFailures.map((f) => f.attributes.message),
      dirty.messages.map((m) => m.message),
    );
    assert.ok(dirtyFailures[1]!.attributes.message!.includes(kpiName));
    assert.ok(result.stdout.includes('Q1 &quot;A&amp;B&quot; &lt;top&gt; &apos;x&apos;'));
    assert.ok(!result.stdout.includes(kpiName));
    // The syntax error is a failure, the unreadable file an error.
    assert.equal(suites[1]!.attributes.failures, String(json.files[1]!.messages.length));
    assert.equal(suites[0]!.attributes.errors, '1');
    assert.equal(elements.filter((e) => e.name === 'error').length, 1);
    assert.equal(elements.filter((e) => e.name === 'error')[0]!.attributes.message, json.files[0]!.error);
    const testcases = elements.filter((e) => e.name === 'testcase').length;
    assert.deepEqual(root.attributes, {
      name: 'partnerlint',
      tests: String(testcases),
      failures: String(failures.length),
      errors: '1',
    });
  });

  it('Japanese: well-formed, Japanese messages and names with --locale ja', function () {
    ws.write('計画/partner-strategy.yaml', JAPANESE);
    const result = ws.run(['-f', 'junit', '--locale', 'ja']);
    assert.equal(result.status, 0);
    const elements = parseXml(result.stdout);
    const suites = elements.filter((e) => e.name === 'testsuite');
    assert.equal(suites.length, 1);
    assert.equal(suites[0]!.attributes.name, '計画/partner-strategy.yaml');
    const failures = elements.filter((e) => e.name === 'failure');
    assert.equal(failures.length, 2);
    for (const failure of failures) assert.match(failure.attributes.message!, JAPANESE_TEXT);
    assert.ok(failures[1]!.text.includes('計画/partner-strategy.yaml:57:11'), failures[1]!.text);
  });
});

interface RdjsonDiagnostic {
  message: string;
  location: { path: string; range?: { start: { line: number; column: number }; end: { line: number; column: number } } };
  severity: string;
  source: { name: string };
  code?: { value: string; url: string };
  suggestions?: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; text: string }[];
}

describe('CLI process: rdjson', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  function rdjson(args: string[]): { status: number | null; diagnostics: RdjsonDiagnostic[]; source: unknown } {
    const result = ws.run(['-f', 'rdjson', ...args]);
    assert.equal(result.stderr, '');
    const parsed = JSON.parse(result.stdout) as { source: unknown; diagnostics: RdjsonDiagnostic[] };
    assert.deepEqual(Object.keys(parsed), ['source', 'diagnostics']);
    return { status: result.status, diagnostics: parsed.diagnostics, source: parsed.source };
  }

  it('counts columns in UTF-8 bytes after Japanese text (1-based, end exclusive), with Japanese messages', function () {
    ws.write('partner-strategy.yaml', JAPANESE);
    const { status, diagnostics, source } = rdjson(['--locale', 'ja']);
    assert.equal(status, 0);
    assert.equal((source as { name: string }).name, 'partnerlint');
    const start = 1 + Buffer.byteLength(JAPANESE_PREFIX, 'utf8');
    assert.equal(start, 58);
    assert.deepEqual(diagnostics[0]!.location, {
      path: 'partner-strategy.yaml',
      range: { start: { line: 35, column: start }, end: { line: 35, column: start + Buffer.byteLength('sales-capacity') } },
    });
    const name = 'パートナー経由の新規顧客数';
    assert.deepEqual(diagnostics[1]!.location.range, { start: { line: 57, column: 11 }, end: { line: 57, column: 11 + Buffer.byteLength(name, 'utf8') } });
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.code!.value, d.source.name]),
      [
        ['WARNING', 'purpose-sales-capacity', 'partnerlint'],
        ['INFO', 'kpi-without-due-date', 'partnerlint'],
      ],
    );
    assert.ok(diagnostics[0]!.code!.url.endsWith('/docs/rules/purpose-sales-capacity.md'));
    for (const d of diagnostics) assert.match(d.message, JAPANESE_TEXT);
  });

  it('a suggestion after Japanese text has its range in bytes too; CRLF is the same as LF', function () {
    const typo = edit(JAPANESE, 'type: sales-capacity }', 'type: sales-capasity }');
    ws.write('lf/partner-strategy.yaml', typo);
    ws.write('crlf/partner-strategy.yaml', crlf(typo));
    const { status, diagnostics } = rdjson([]);
    assert.equal(status, 1);
    const byPath = (path: string) => diagnostics.filter((d) => d.location.path === path).map((d) => ({ ...d, location: { ...d.location, path: '' } }));
    assert.deepEqual(byPath('crlf/partner-strategy.yaml'), byPath('lf/partner-strategy.yaml'));
    const schema = diagnostics.find((d) => d.location.path === 'lf/partner-strategy.yaml' && d.code?.value === 'schema')!;
    assert.equal(schema.severity, 'ERROR');
    const range = { start: { line: 35, column: 58 }, end: { line: 35, column: 72 } };
    assert.deepEqual(schema.location.range, range);
    assert.deepEqual(schema.suggestions, [{ range, text: 'sales-capacity' }]);
  });

  it('maps every severity and reports an unreadable file without a range', function () {
    ws.write('partner-strategy.yaml', MIXED);
    ws.write('bin.partner-strategy.yaml', BINARY);
    const { status, diagnostics } = rdjson([]);
    assert.equal(status, 2);
    assert.deepEqual(
      diagnostics.map((d) => [d.location.path, d.severity, d.code?.value]),
      [
        ['bin.partner-strategy.yaml', 'ERROR', undefined],
        ['partner-strategy.yaml', 'ERROR', 'pmf-not-achieved'],
        ['partner-strategy.yaml', 'WARNING', 'target-market-too-small'],
        ['partner-strategy.yaml', 'ERROR', 'no-dedicated-owner'],
        ['partner-strategy.yaml', 'INFO', 'kpi-without-due-date'],
      ],
    );
    assert.equal(diagnostics[0]!.location.range, undefined);
    // ASCII lines: byte columns equal the UTF-16 ones.
    assert.deepEqual(diagnostics[3]!.location.range, { start: { line: 49, column: 16 }, end: { line: 49, column: 21 } });
  });
});

interface GitlabIssue {
  type: string;
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

describe('CLI process: gitlab', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  function gitlab(args: string[] = []): GitlabIssue[] {
    const result = ws.run(['-f', 'gitlab', ...args]);
    assert.equal(result.stderr, '');
    return JSON.parse(result.stdout) as GitlabIssue[];
  }

  it('has description, check_name, fingerprint, severity and location; severities mapped', function () {
    ws.write('plans/partner-strategy.yaml', MIXED);
    ws.write('plans/bin.partner-strategy.yaml', BINARY);
    const json = lintJson(ws, []);
    const issues = gitlab();
    assert.deepEqual(
      issues.map((i) => [i.location.path, i.check_name, i.severity, i.location.lines.begin]),
      [
        ['plans/bin.partner-strategy.yaml', 'partnerlint', 'blocker', 1],
        ['plans/partner-strategy.yaml', 'pmf-not-achieved', 'major', 8],
        ['plans/partner-strategy.yaml', 'target-market-too-small', 'minor', 18],
        ['plans/partner-strategy.yaml', 'no-dedicated-owner', 'major', 49],
        ['plans/partner-strategy.yaml', 'kpi-without-due-date', 'info', 60],
      ],
    );
    assert.deepEqual(
      issues.slice(1).map((i) => i.description),
      json.files[1]!.messages.map((m) => m.message),
    );
    assert.equal(issues[0]!.description, json.files[0]!.error);
    for (const issue of issues) {
      assert.equal(issue.type, 'issue');
      assert.match(issue.fingerprint, /^[0-9a-f]{16,}$/);
    }
  });

  it('fingerprints are unique per finding and stable across runs and across a line inserted above', function () {
    const kpis = Array.from({ length: 3 }, (_, i) => `  - name: KPI ${i + 1}\n    target: ${i + 1}\n`).join('');
    const text = BASE.replace(/^kpis:\n[\s\S]*$/m, `kpis:\n${kpis}`).replace('  targetCompanies: 12000\n', '  targetCompanies: 300\n');
    ws.write('partner-strategy.yaml', text);
    const first = gitlab();
    assert.equal(first.length, 4);
    assert.equal(new Set(first.map((i) => i.fingerprint)).size, first.length, 'fingerprints are unique');
    assert.deepEqual(gitlab(), first, 'same output on a second run');
    ws.write('partner-strategy.yaml', `# A comment\n# and another\n${text}`);
    const moved = gitlab();
    assert.deepEqual(
      moved.map((i) => i.fingerprint),
      first.map((i) => i.fingerprint),
    );
    assert.deepEqual(
      moved.map((i) => i.location.lines.begin),
      first.map((i) => i.location.lines.begin + 2),
    );
    // The same finding in another file is another issue.
    ws.write('copy/partner-strategy.yaml', text);
    const both = gitlab();
    assert.equal(new Set(both.map((i) => i.fingerprint)).size, both.length);
  });

  it('Japanese descriptions with --locale ja', function () {
    ws.write('partner-strategy.yaml', JAPANESE);
    const issues = gitlab(['--locale', 'ja']);
    assert.deepEqual(
      issues.map((i) => [i.check_name, i.severity, i.location.lines.begin]),
      [
        ['purpose-sales-capacity', 'minor', 35],
        ['kpi-without-due-date', 'info', 57],
      ],
    );
    for (const issue of issues) assert.match(issue.description, JAPANESE_TEXT);
  });
});

/** The cells of a markdown table row, split at pipes that are not escaped. */
function cells(row: string): string[] {
  assert.ok(row.startsWith('| ') && row.endsWith(' |'), row);
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('CLI process: markdown', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('a verdict table per file, then the findings with links to docs/rules/<id>.md', function () {
    ws.write('a/partner-strategy.yaml', BASE);
    ws.write('b/partner-strategy.yaml', MIXED);
    ws.write('c/partner-strategy.yaml', SYNTAX_ERROR);
    ws.write('d/partner-strategy.yaml', BINARY);
    const json = lintJson(ws, []);
    const result = ws.run(['-f', 'markdown']);
    assert.equal(result.status, 2);
    const words = catalogue('en');
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], '## partnerlint');
    const header = lines.findIndex((line) => line.startsWith('| File | Readiness |'));
    assert.deepEqual(cells(lines[header]!), ['File', 'Readiness', ...CHECK_IDS.map((id) => words.checks[id])]);
    assert.deepEqual(cells(lines[header + 1]!), ['---', '---', ...CHECK_IDS.map(() => ':---:')]);
    const verdictRows = lines.slice(header + 2, header + 6).map(cells);
    assert.deepEqual(
      verdictRows.map((row) => row.slice(0, 2)),
      [
        ['`a/partner-strategy.yaml`', `**${words.verdicts.ready}**`],
        ['`b/partner-strategy.yaml`', `**${words.verdicts.reconsider}**`],
        ['`c/partner-strategy.yaml`', 'syntax error'],
        ['`d/partner-strategy.yaml`', 'not linted'],
      ],
    );
    assert.deepEqual(
      verdictRows[0]!.slice(2),
      CHECK_IDS.map(() => `✅ ${words.checkStatus.clear}`),
    );
    assert.equal(verdictRows[1]![2 + CHECK_IDS.indexOf('pmf')], `⚠️ ${words.checkStatus['at-risk']}`);
    assert.deepEqual(
      verdictRows[2]!.slice(2),
      CHECK_IDS.map(() => '—'),
    );
    const findings = lines.indexOf('### Findings');
    assert.ok(findings > header);
    const rows = lines.slice(findings + 4, lines.indexOf('### Each file')).filter((line) => line.startsWith('| '));
    // Then each file that parsed: no unexplained verdict, b's checks that are not clear with their findings' rules and lines.
    const perFile = lines.indexOf('### Each file');
    assert.ok(perFile > findings);
    const a = lines.indexOf('#### `a/partner-strategy.yaml`: **ready**');
    const why = lines.indexOf('#### `b/partner-strategy.yaml`: **reconsider**');
    assert.ok(perFile < a && a < why, `${perFile} < ${a} < ${why}`);
    const pmf = json.files[1]!.messages.find((m) => m.ruleId === 'pmf-not-achieved')!;
    assert.ok(lines.includes(`- ⚠️ **Product-market fit** is at risk: ${pmf.message} (pmf-not-achieved, line ${pmf.line})`), lines.slice(why).join('\n'));
    assert.ok(!lines.slice(a, why).some((line) => line.startsWith('- ')), 'a ready file has no reasons');
    assert.ok(!lines.slice(perFile).some((line) => /^#### `[cd]\//.test(line)), 'no section for a file without a verdict');
    const b = json.files[1]!;
    assert.deepEqual(
      rows.slice(0, 4),
      b.messages.map((m) => {
        const icon = { error: '🔴', warning: '🟡', info: 'ℹ️' }[m.severity];
        return `| \`b/partner-strategy.yaml\` | ${m.line}:${m.column} | ${icon} ${m.severity} | [${m.ruleId}](${m.docsUrl}) | ${m.message.replace(/\|/g, '\\|')} |`;
      }),
    );
    for (const row of rows) {
      const link = /\]\(([^)]+)\)/.exec(row);
      if (!link) continue;
      const id = /\/docs\/rules\/([a-z-]+)\.md$/.exec(link[1]!);
      assert.ok(id, link[1]);
      assert.ok(existsSync(fromRoot('docs/rules', `${id[1]}.md`)), `docs/rules/${id[1]}.md does not exist`);
    }
    assert.match(rows[4]!, /^\| `c\/partner-strategy\.yaml` \| \d+:\d+ \| 🔴 error \| \[syntax\]\(/);
    assert.equal(rows.at(-1), `| \`d/partner-strategy.yaml\` | | 🔴 error | | ${json.files[3]!.error} |`);
  });

  it('escapes `|` (and line breaks) in messages so the table keeps its columns', function () {
    ws.write('partner-strategy.yaml', edit(WITH_INFO, '  - name: Partner-sourced new accounts', '  - name: "Sales | Ops\\nshare"'));
    const message = lintJson(ws, []).files[0]!.messages[0]!;
    assert.ok(message.message.includes('Sales | Ops\nshare'));
    const result = ws.run(['-f', 'markdown']);
    const row = result.stdout.split('\n').find((line) => line.includes('kpi-without-due-date]'))!;
    assert.ok(row.includes('Sales \\| Ops share'), row);
    assert.equal(cells(row).length, 5);
    assert.equal(row.split(/(?<!\\)\|/).length, 7, 'six unescaped pipes: five cells');
  });

  it('Japanese headings, verdicts and messages with --locale ja', function () {
    ws.write('partner-strategy.yaml', JAPANESE);
    const result = ws.run(['-f', 'markdown', '--locale', 'ja']);
    assert.equal(result.status, 0);
    const words = catalogue('ja');
    const lines = result.stdout.split('\n');
    const header = lines.find((line) => line.startsWith('| ファイル | 準備状況 |'))!;
    assert.deepEqual(
      cells(header).slice(2),
      CHECK_IDS.map((id) => words.checks[id]),
    );
    assert.ok(
      lines.some((line) => line.startsWith(`| \`partner-strategy.yaml\` | **${words.verdicts.reconsider}** | ⚠️ ${words.checkStatus['at-risk']} |`)),
      result.stdout,
    );
    assert.ok(lines.includes('### ファイルごとの内容'));
    assert.ok(lines.includes(`#### \`partner-strategy.yaml\`: **${words.verdicts.reconsider}**`));
    assert.ok(
      lines.some(
        (line) => line.startsWith(`- ⚠️ **${words.checks.purpose}**は${words.checkStatus['at-risk']}: `) && line.endsWith('（purpose-sales-capacity、35行目）'),
      ),
      result.stdout,
    );
    const findingRows = lines.filter((line) => line.includes('](https://'));
    assert.equal(findingRows.length, 2);
    for (const row of findingRows) assert.match(cells(row)[4]!, JAPANESE_TEXT);
  });
});

describe('CLI process: several formats in one run', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    ws.write('partner-strategy.yaml', WITH_ERROR);
  });
  afterEach(() => ws.dispose());

  it('-f json -o a.json -f sarif -o b.sarif writes both files, nothing to stdout, and keeps the exit code', function () {
    const result = ws.run(['-f', 'json', '-o', 'a.json', '-f', 'sarif', '-o', 'b.sarif']);
    assert.deepEqual(result, { status: 1, stdout: '', stderr: '' });
    assert.equal(ws.read('a.json'), ws.run(['-f', 'json']).stdout);
    const sarif = JSON.parse(ws.read('b.sarif')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(
      sarif.runs[0]!.results.map((r) => r.ruleId),
      ['no-dedicated-owner'],
    );
  });

  it('-f json -f stylish -o x: the output pairs with the format before it (stylish to x, json to stdout)', function () {
    const result = ws.run(['-f', 'json', '-f', 'stylish', '-o', 'x']);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, ws.run(['-f', 'json']).stdout);
    assert.equal(ws.read('x'), ws.run([]).stdout);
  });

  it('-f json -f sarif -o a -o b pairs in order; -f json -o a -f stylish leaves stylish on stdout', function () {
    assert.deepEqual(ws.run(['-f', 'json', '-f', 'sarif', '-o', 'a', '-o', 'b']), { status: 1, stdout: '', stderr: '' });
    assert.equal(ws.read('a'), ws.run(['-f', 'json']).stdout);
    assert.equal((JSON.parse(ws.read('b')) as { version: string }).version, '2.1.0');
    const result = ws.run(['-f', 'json', '-o', 'c', '-f', 'stylish']);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, ws.run([]).stdout);
    assert.equal(ws.read('c'), ws.run(['-f', 'json']).stdout);
  });

  it('-o before its -f, and -o with the default format, still pair up', function () {
    assert.deepEqual(ws.run(['-o', 'r.json', '-f', 'json']), { status: 1, stdout: '', stderr: '' });
    assert.equal(ws.read('r.json'), ws.run(['-f', 'json']).stdout);
    assert.deepEqual(ws.run(['-o', 'r.txt']), { status: 1, stdout: '', stderr: '' });
    assert.equal(ws.read('r.txt'), ws.run([]).stdout);
  });

  it('a Japanese run to files: every format written, nothing on stdout', function () {
    ws.write('partner-strategy.yaml', JAPANESE);
    const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjson', 'gitlab', 'markdown'];
    const args = formats.flatMap((format) => ['-f', format, '-o', `out/${format}.txt`]);
    ws.write('out/.keep', '');
    const result = ws.run(['--locale', 'ja', ...args]);
    assert.deepEqual(result, { status: 0, stdout: '', stderr: '' });
    for (const format of formats) {
      const written = ws.read(`out/${format}.txt`);
      assert.equal(written, ws.run(['--locale', 'ja', '-f', format]).stdout, format);
      assert.match(written, JAPANESE_TEXT, format);
    }
  });
});

describe('CLI process: a file that could not be fully read is never ready, in any report', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    ws.write('partner-strategy.yaml', edit(BASE, '    status: achieved\n', '    status: acheived\n'));
  });
  afterEach(() => ws.dispose());

  it('json, --summary and markdown say incomplete, with PMF unknown', function () {
    const { files } = lintJson(ws, []);
    const schema = files[0]!.messages.find((m) => m.ruleId === 'schema')!;
    assert.deepEqual(files[0]!.readiness, {
      verdict: 'incomplete',
      checks: { purpose: 'clear', pmf: 'unknown', marketSize: 'clear', ltv: 'clear', expertise: 'clear', executive: 'clear', owner: 'clear' },
      reasons: { pmf: [{ ruleId: 'schema', line: schema.line, column: schema.column, message: schema.message, status: 'unknown' }] },
    });
    const en = cliWords('en');
    const summary = ws.run(['--summary']).stdout;
    assert.match(summary, new RegExp(`${en.cli.readiness}: ${en.verdicts.incomplete}`));
    assert.match(summary, new RegExp(`${en.checks.pmf}\\s+${en.checkStatus.unknown}\\s+\`acheived\` is not a valid value`));
    assert.doesNotMatch(summary, new RegExp(`: ${en.verdicts.ready}\\b`));
    const markdown = ws.run(['-f', 'markdown']).stdout;
    assert.match(markdown, new RegExp(`\\| \\*\\*${en.verdicts.incomplete}\\*\\* \\| ✅ ${en.checkStatus.clear} \\| ❔ ${en.checkStatus.unknown} \\|`));
    assert.match(markdown, new RegExp(`- ❔ \\*\\*${en.checks.pmf}\\*\\* is ${en.checkStatus.unknown}: .*\\(schema, line ${schema.line}\\)`));
  });
});
