// The tests in a real VS Code (code-server, see scripts/vscode-host.mjs): the extension-host suite, then the
// user-level tests that drive the packaged .vsix through the browser, then the web extension in VS Code for the Web.
// Screenshots go to test-artifacts/.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStep } from './steps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = join(root, 'scripts/vscode-host.mjs');
const workspace = join(root, 'test/extension-host/workspace');
const results = [];

/**
 * Each step has a limit sized for a busy 2-core machine (several times what it takes on a quiet one); past it, the step
 * is killed with everything it started and reported, and the next step runs.
 */
async function step(name, command, args, { minutes, waitingFor, env = {} }) {
  const { ok, timedOut } = await runStep({ name, command, args, minutes, waitingFor, cwd: root, env });
  results.push({ name, ok, timedOut });
  return ok;
}

const SUITE = { minutes: 15, waitingFor: 'the extension-host suite in code-server (its tests, then the host closing)' };
const UI = { minutes: 10, waitingFor: 'the browser driving code-server through the user-level script' };

if (!(await step('set up the VS Code host', process.execPath, [host, 'setup'], { minutes: 20, waitingFor: 'Node 24 and code-server from the npm registry' })))
  finish();
await step(
  'extension-host suite',
  process.execPath,
  [
    host,
    'run',
    '--extension',
    root,
    '--tests',
    join(root, 'out/test/extension-host/suite/index.js'),
    '--workspace',
    workspace,
    '--copy-workspace',
    '--screenshots',
    join(root, 'test-artifacts/vscode-host'),
  ],
  SUITE,
);
// Restricted mode: workspace trust on and the folder untrusted; the extension must keep its full function there.
await step(
  'extension-host suite in restricted mode',
  process.execPath,
  [
    host,
    'run',
    '--restricted',
    '--extension',
    root,
    '--tests',
    join(root, 'out/test/extension-host/suite/index.js'),
    '--workspace',
    workspace,
    '--copy-workspace',
    '--screenshots',
    join(root, 'test-artifacts/vscode-host-restricted'),
  ],
  { ...SUITE, env: { PARTNERLINT_HOST_SUITE: 'restricted' } },
);
const vsix = join(root, '.vscode-test/partnerlint.vsix');
if (
  await step('package the .vsix', process.execPath, [join(root, 'scripts/package-vsix.mjs'), vsix], { minutes: 5, waitingFor: 'vsce packing the extension' })
) {
  console.log(`partnerlint.vsix: ${(statSync(vsix).size / 1024).toFixed(1)} KB`);
  for (const script of readdirSync(join(root, 'test/ui'))
    .filter((name) => name.endsWith('.ui.mjs'))
    .sort()) {
    await step(
      `user-level test ${script}`,
      process.execPath,
      [
        host,
        'ui',
        '--vsix',
        vsix,
        '--script',
        join(root, 'test/ui', script),
        '--workspace',
        workspace,
        '--copy-workspace',
        '--screenshots',
        join(root, 'test-artifacts/ui'),
      ],
      UI,
    );
  }
}
// The language server's browser build in a worker of Chromium's own, as vscode.dev starts it.
await step('language server in a browser worker', process.execPath, [join(root, 'test/web/worker.browser.mjs')], {
  minutes: 5,
  waitingFor: "Chromium's worker answering the language server's requests",
});
// VS Code for the Web: the extension as a web extension in the browser's web worker extension host, on a memfs.
const webVsix = join(root, '.vscode-test/partnerlint-browser-only.vsix');
if (
  await step('package the browser-only .vsix', process.execPath, [join(root, 'scripts/package-vsix.mjs'), webVsix, '--browser-only'], {
    minutes: 5,
    waitingFor: 'vsce packing the browser-only extension',
  })
) {
  await step(
    'web extension test web.ui.mjs',
    process.execPath,
    [host, 'web', '--vsix', webVsix, '--files', workspace, '--script', join(root, 'test/web/web.ui.mjs'), '--screenshots', join(root, 'test-artifacts/web')],
    UI,
  );
}
finish();

function finish() {
  const failed = results.filter((r) => !r.ok);
  for (const r of failed) console.log(`FAILED: ${r.name}${r.timedOut ? ' (timed out, killed)' : ''}`);
  console.log(`vscode: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}
