// The tests in a real VS Code (code-server, see scripts/vscode-host.mjs): the extension-host suite, then the
// user-level tests that drive the packaged .vsix through the browser, then the web extension in VS Code for the Web.
// Screenshots go to test-artifacts/.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = join(root, 'scripts/vscode-host.mjs');
const workspace = join(root, 'test/extension-host/workspace');
const results = [];

function step(name, command, args, env = {}) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  results.push({ name, ok: status === 0 });
  return status === 0;
}

if (!step('set up the VS Code host', process.execPath, [host, 'setup'])) finish();
step('extension-host suite', process.execPath, [
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
]);
// Restricted mode: workspace trust on and the folder untrusted; the extension must keep its full function there.
step(
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
  { PARTNERLINT_HOST_SUITE: 'restricted' },
);
const vsix = join(root, '.vscode-test/partnerlint.vsix');
if (step('package the .vsix', process.execPath, [join(root, 'scripts/package-vsix.mjs'), vsix])) {
  console.log(`partnerlint.vsix: ${(statSync(vsix).size / 1024).toFixed(1)} KB`);
  for (const script of readdirSync(join(root, 'test/ui'))
    .filter((name) => name.endsWith('.ui.mjs'))
    .sort()) {
    step(`user-level test ${script}`, process.execPath, [
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
    ]);
  }
}
// The language server's browser build in a worker of Chromium's own, as vscode.dev starts it.
step('language server in a browser worker', process.execPath, [join(root, 'test/web/worker.browser.mjs')]);
// VS Code for the Web: the extension as a web extension in the browser's web worker extension host, on a memfs.
const webVsix = join(root, '.vscode-test/partnerlint-browser-only.vsix');
if (step('package the browser-only .vsix', process.execPath, [join(root, 'scripts/package-vsix.mjs'), webVsix, '--browser-only'])) {
  step('web extension test web.ui.mjs', process.execPath, [
    host,
    'web',
    '--vsix',
    webVsix,
    '--files',
    workspace,
    '--script',
    join(root, 'test/web/web.ui.mjs'),
    '--screenshots',
    join(root, 'test-artifacts/web'),
  ]);
}
finish();

function finish() {
  const failed = results.filter((r) => !r.ok);
  for (const r of failed) console.log(`FAILED: ${r.name}`);
  console.log(`vscode: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}
