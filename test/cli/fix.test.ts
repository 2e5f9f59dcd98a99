/** --fix and --fix-dry-run as a process: the file keeps all but its fixed spans, and the diff applies with git. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { BASE, Workspace, edits, modeBoundUser } from '../helpers/cli';

const BOM = '\uFEFF';
/** Misspelt key and value, a Japanese comment, CRLF line ends, a BOM, and a finding no fix can remove (the churn). */
const BROKEN = `${BOM}${edits(
  BASE,
  ['  monthlyPrice: 5000', '  monthlyPrise: 5000   # 1ユーザーあたり月額'],
  ['    type: local-king', "    type: 'local-kign'"],
  ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05'],
).replace(/\n/g, '\r\n')}`;
const FIXED = BROKEN.replace('monthlyPrise', 'monthlyPrice').replace("'local-kign'", "'local-king'");

describe('CLI process: --fix and --fix-dry-run', function () {
  this.timeout(60_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    ws.write('plans/partner-strategy.yaml', BROKEN);
  });
  afterEach(() => ws.dispose());

  it('--fix applies the safe fixes in place, keeping BOM, CRLF and comments, and reports what remains', () => {
    const result = ws.run(['--fix', 'plans']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(ws.path('plans/partner-strategy.yaml'), 'utf8'), FIXED);
    assert.ok(result.stdout.includes('high-churn') && !result.stdout.includes('schema'), result.stdout);
    const again = ws.run(['--fix', 'plans']);
    assert.equal(again.stdout, result.stdout);
    assert.equal(readFileSync(ws.path('plans/partner-strategy.yaml'), 'utf8'), FIXED, 'a second --fix changes nothing');
  });

  it('--fix-dry-run prints a unified diff that git applies, and writes nothing', () => {
    const result = ws.run(['--fix-dry-run', 'plans']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(ws.path('plans/partner-strategy.yaml'), 'utf8'), BROKEN);
    const lines = result.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 2), ['--- a/plans/partner-strategy.yaml', '+++ b/plans/partner-strategy.yaml']);
    assert.ok(
      lines.includes('-  monthlyPrise: 5000   # 1ユーザーあたり月額') && lines.includes('+  monthlyPrice: 5000   # 1ユーザーあたり月額'),
      result.stdout,
    );
    assert.ok(lines.includes("-    type: 'local-kign'") && lines.includes("+    type: 'local-king'"), result.stdout);
    // The diff has no line ends of its own to apply: git applies it to the CRLF file with --ignore-whitespace.
    ws.write('fixes.diff', result.stdout);
    execFileSync('git', ['apply', '--ignore-whitespace', 'fixes.diff'], { cwd: ws.root, stdio: 'pipe' });
    assert.equal(readFileSync(ws.path('plans/partner-strategy.yaml'), 'utf8').replace(/\r/g, ''), FIXED.replace(/\r/g, ''));
    assert.equal(ws.run(['--fix-dry-run', 'plans']).stdout, '', 'nothing left to fix: an empty diff');
  });

  it('refuses --fix with --stdin, and shows the diff of standard input with --fix-dry-run', () => {
    const refused = ws.run(['--fix', '--stdin'], { input: BROKEN });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /^partnerlint: --fix writes files, and --stdin has none: use --fix-dry-run to see the fixes as a diff\n/);
    const diff = ws.run(['--fix-dry-run', '--stdin', '--stdin-filename', 'plans/partner-strategy.yaml'], { input: BROKEN });
    assert.ok(diff.stdout.startsWith('--- a/plans/partner-strategy.yaml\n'), diff.stdout);
  });

  it('says when a fixed file cannot be written, and fails the run (the file read-only)', function () {
    const user = modeBoundUser(ws);
    chmodSync(ws.path('plans'), 0o755);
    chmodSync(ws.path('plans/partner-strategy.yaml'), 0o444);
    const result = ws.run(['--fix', 'plans'], user);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^partnerlint: cannot write the fixes to 'plans\/partner-strategy\.yaml': permission denied\n/);
    assert.equal(readFileSync(ws.path('plans/partner-strategy.yaml'), 'utf8'), BROKEN);
  });
});
