// The extension-host suite under @vscode/test-electron, on a machine that can download VS Code (not this one:
// `npm test` runs the same suite in code-server instead, see scripts/test-extension-host.mjs).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(mkdtempSync(join(tmpdir(), 'partnerlint-workspace-')), 'workspace');
cpSync(join(root, 'test/extension-host/workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/extension-host/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale', 'en'],
  });
} catch (error) {
  console.error(`partnerlint: the extension-host tests failed under @vscode/test-electron: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
