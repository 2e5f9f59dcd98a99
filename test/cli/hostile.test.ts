/**
 * Hostile inputs through the CLI as a process: each gives a clear finding or error naming the file, the exit code of
 * docs/reference/cli.md, no stack trace, no raw control bytes in any format, and no hang (runCli's timeout turns a hang into a failure).
 * Their time and memory are measured by `npm run bench`, not here.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { HOSTILE_CASES, layOut } from '../helpers/hostile';
import { BASE, modeBoundUser, Workspace } from '../helpers/cli';
import type { CliResult } from '../helpers/cli';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjson', 'gitlab', 'markdown'];
/** Control bytes no report may print raw: all C0 but tab and line breaks, DEL, and C1 (as UTF-8). */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function assertTrustworthy(result: CliResult, names: string, what: string): void {
  const output = result.stdout + result.stderr;
  assert.doesNotMatch(output, /^\s+at /m, `${what}: a stack trace`);
  assert.doesNotMatch(output, /internal error|FATAL|out of memory/i, what);
  assert.doesNotMatch(result.stderr, /\(node:\d+\)|Warning:/, `${what}: a warning of Node or a library reached stderr`);
  assert.doesNotMatch(output, RAW_CONTROL, `${what}: a raw control character`);
  assert.ok(output.includes(names), `${what}: the output does not name ${names}:\n${output.slice(0, 2000)}`);
}

describe('CLI process: hostile inputs', function () {
  this.timeout(120_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.name}: exit ${hostile.exit}, named, in every format`, function () {
      layOut(ws.root, hostile.files);
      const user = hostile.asOtherUser ? modeBoundUser(ws) : {};
      const args = hostile.args ?? ['.'];
      // --summary: stylish then names every file, clean ones too.
      const stylish = ws.run(['--summary', ...args], user);
      assert.equal(stylish.status, hostile.exit, `${hostile.name}:\n${stylish.stdout.slice(0, 2000)}${stylish.stderr}`);
      assertTrustworthy(stylish, hostile.names, 'stylish');
      for (const format of FORMATS.slice(1)) {
        const result = ws.run(['-f', format, ...args], user);
        assert.equal(result.status, hostile.exit, `${format}: ${result.stderr}`);
        // A clean file is named where a report lists every file (json, junit, markdown), not where it lists findings.
        const listsFiles = hostile.exit !== 0 || ['json', 'junit', 'markdown'].includes(format);
        assertTrustworthy(result, listsFiles ? hostile.names : '', format);
      }
    });
  }

  it('never claims a file it could not read is clear or ready', function () {
    for (const hostile of HOSTILE_CASES.filter((c) => c.exit !== 0 && !c.asOtherUser)) {
      const folder = new Workspace();
      try {
        layOut(folder.root, hostile.files);
        const files = JSON.parse(folder.run(['-f', 'json', ...(hostile.args ?? ['.'])]).stdout) as {
          filePath: string;
          readiness: { verdict: string } | null;
          error?: string;
        }[];
        for (const file of files) {
          if (file.filePath.endsWith('c/partner-strategy.yaml')) continue; // the good file of a mixed run
          assert.notEqual(file.readiness?.verdict, 'ready', `${hostile.name}: ${file.filePath}`);
        }
      } finally {
        folder.dispose();
      }
    }
  });

  it('a mixed run still lints the good file beside the hostile ones', function () {
    layOut(ws.root, HOSTILE_CASES.find((c) => c.name.startsWith('two deeply nested'))!.files);
    ws.write('d/partner-strategy.yaml', BASE.replace('monthlyPrice: 5000', 'monthlyPrice: 50'));
    const files = JSON.parse(ws.run(['-f', 'json']).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    assert.deepEqual(
      files.map((f) => [f.filePath, f.messages.map((m) => m.ruleId)]),
      [
        ['a/partner-strategy.yaml', ['syntax']],
        ['b/partner-strategy.yaml', ['syntax']],
        ['c/partner-strategy.yaml', []],
        ['d/partner-strategy.yaml', ['ltv-too-low']],
      ],
    );
  });

  it('generated control characters in keys, values and file names never reach any output raw', function () {
    const control = fc.constantFrom('\u001b[31m', '\u001b]0;x\u0007', '\u0007', '\u009b2J', '\u0085', '\u007f', '\u001b', '\u0000', '\u2028', '\b', '\f', '\v');
    fc.assert(
      fc.property(fc.array(control, { minLength: 1, maxLength: 3 }), fc.constantFrom('key', 'value', 'file'), (codes, where) => {
        const folder = new Workspace();
        try {
          const injected = codes.join('');
          const quoted = JSON.stringify(`x${injected}y`);
          const text =
            where === 'key'
              ? BASE.replace('company: Acme KK', `${quoted}: 1`)
              : where === 'value'
                ? BASE.replace('type: local-king', `type: ${quoted}`)
                : BASE.replace('dedicated: true', 'dedicated: false');
          const name = where === 'file' ? `x${injected.replace(/\u0000/g, '')}y.partner-strategy.yaml` : 'partner-strategy.yaml';
          folder.write(name, text);
          for (const format of FORMATS) {
            const result = folder.run(['-f', format]);
            assert.ok(result.status === 1, `${format}: exit ${result.status} ${result.stderr}`);
            assert.doesNotMatch(result.stdout + result.stderr, RAW_CONTROL, `${format}, ${where}, ${JSON.stringify(codes)}`);
          }
        } finally {
          folder.dispose();
        }
      }),
      { numRuns: 12 },
    );
  });

  it('generated binary and nesting never crash or hang it', function () {
    const nesting = fc
      .array(fc.constantFrom('[', '{a: ', '- ', '? ', '&x ', '*x ', '"', '\n'), { minLength: 100, maxLength: 3000 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.oneof(
          nesting,
          fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b).toString('latin1')),
        ),
        (text) => {
          const folder = new Workspace();
          try {
            folder.write('partner-strategy.yaml', text);
            const result = folder.run([]);
            assert.ok(result.status === 1 || result.status === 2, `exit ${result.status}: ${result.stderr}`);
            assertTrustworthy(result, 'partner-strategy.yaml', 'stylish');
          } finally {
            folder.dispose();
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
