// `npm test` after its set-up: the unit and process tests with coverage, the same on Node 24, then the tests in a real
// VS Code. Each runs as a bounded step (scripts/steps.mjs): one that fails or hangs is reported, killed with all it
// started, and the next still runs; the run fails if any did.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStep } from './steps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);

const steps = [
  { name: 'mocha, with coverage (c8)', command: bin('c8'), args: [bin('mocha')], minutes: 30, waitingFor: 'the mocha suites of out/test' },
  { name: 'the process tests on Node 24', command: process.execPath, args: [join(root, 'scripts/test-lts.mjs')], minutes: 25, waitingFor: 'mocha on Node 24' },
  {
    name: 'the tests in VS Code',
    command: process.execPath,
    args: [join(root, 'scripts/test-vscode.mjs')],
    minutes: 100,
    waitingFor: 'the VS Code steps, each bounded on its own',
  },
];
const failed = [];
for (const step of steps) {
  const { ok, timedOut } = await runStep({ ...step, cwd: root });
  if (!ok) failed.push(`${step.name}${timedOut ? ' (timed out, killed)' : ''}`);
}
for (const name of failed) console.log(`FAILED: ${name}`);
console.log(`npm test: ${steps.length - failed.length} of ${steps.length} parts passed`);
process.exit(failed.length ? 1 : 0);
