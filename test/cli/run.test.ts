/**
 * `run(argv, io)` in this process (src/cli/run.ts): everything it says goes through `io`, it returns the exit code, and
 * it keeps nothing from one run to the next (a configuration changed between two runs is read again).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { BASE, runInProcess, Workspace } from '../helpers/cli';

const runIn = (ws: Workspace, argv: string[], env: NodeJS.ProcessEnv = {}) => runInProcess(ws.root, argv, env);

describe('CLI in process: run(argv, io)', function () {
  this.timeout(30_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('lints through io and returns the exit code', async () => {
    ws.write('partner-strategy.yaml', BASE);
    const clean = await runIn(ws, ['-f', 'json']);
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal(clean.stderr, '');
    const [file] = JSON.parse(clean.stdout) as { filePath: string; readiness: { verdict: string } }[];
    assert.equal(file!.filePath, 'partner-strategy.yaml');
    assert.equal(file!.readiness.verdict, 'ready');
    const usage = await runIn(ws, ['--format', 'xml']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^partnerlint: unknown format 'xml'/);
  });

  it('keeps nothing between runs: a configuration changed in between is read again', async () => {
    ws.write('partner-strategy.yaml', BASE.replace('targetCompanies: 12000', 'targetCompanies: 300'));
    const before = await runIn(ws, ['-f', 'json']);
    assert.equal((JSON.parse(before.stdout) as { warningCount: number }[])[0]!.warningCount, 1, 'target-market-too-small is a warning');
    ws.write('.partnerlint.yaml', 'rules:\n  target-market-too-small: error\n');
    const after = await runIn(ws, ['-f', 'json']);
    assert.equal(after.code, 1);
    assert.equal((JSON.parse(after.stdout) as { errorCount: number }[])[0]!.errorCount, 1, 'the new configuration applies');
  });

  it('writes the GitHub job summary only for the github format, where the workflow gives a summary file', async () => {
    ws.write('partner-strategy.yaml', BASE);
    const summary = ws.path('summary.md');
    await runIn(ws, ['-f', 'json'], { GITHUB_STEP_SUMMARY: summary });
    assert.throws(() => readFileSync(summary), /ENOENT/, 'json asks for no summary');
    const github = await runIn(ws, ['-f', 'github'], { GITHUB_STEP_SUMMARY: summary });
    assert.equal(github.code, 0, github.stderr);
    assert.match(readFileSync(summary, 'utf8'), /^## partnerlint\n/);
  });
});
