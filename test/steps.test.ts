/**
 * `npm test`'s steps are bounded (scripts/steps.mjs): a step that never ends is reported with what it was waiting for
 * and its last lines, then killed with everything it started, a process that made a group of its own included.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fromRoot } from './helpers/paths';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('bounded test steps (scripts/steps.mjs)', function () {
  this.timeout(60_000);

  it('reports a step that hangs, kills it and what it started, and goes on', async () => {
    const run = spawnSync(process.execPath, [fromRoot('test/fixtures/steps/run-hang.mjs')], { encoding: 'utf8', timeout: 45_000 });
    assert.equal(run.error, undefined, 'the runner itself ended');
    const lines = run.stdout.trim().split('\n');
    assert.deepEqual(JSON.parse(lines.at(-1)!), { ok: false, timedOut: true, status: null });
    assert.match(run.stdout, /^TIMED OUT: a step that hangs, after 2 s, waiting for the fixture that never ends\. Its last lines:$/m);
    assert.match(run.stdout, /^ {2}\| waiting forever$/m);
    assert.match(run.stdout, /^a step that hangs: killed, with everything it started$/m);
    const started = Number(/^started (\d+)$/m.exec(run.stdout)![1]);
    // SIGTERM reached its own group too; SIGKILL follows within the grace period.
    for (let waited = 0; alive(started) && waited < 10_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    assert.equal(alive(started), false, `the process it started (${started}) is gone`);
  });
});
