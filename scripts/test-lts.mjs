// The tests that run partnerlint as a process (the CLI, the language server over its protocol) once more, on the
// current LTS Node (24, the one the VS Code host uses, from the npm registry), besides the machine's Node that
// `c8 mocha` used. Mocha runs on that Node, so the processes the tests start (process.execPath) do too.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = ['out/test/cli/*.test.js', 'out/test/server/protocol.test.js'];

const found = spawnSync(process.execPath, [join(root, 'scripts/vscode-host.mjs'), 'node'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (found.status !== 0) {
  console.error('test-lts: cannot install Node 24 (see above)');
  process.exit(1);
}
const node = found.stdout.trim();
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`\n== the CLI and the language server as processes, on Node ${version}`);
const mocha = join(root, 'node_modules/mocha/bin/mocha.js');
const { status } = spawnSync(node, [mocha, '--no-config', '--reporter', 'dot', '--timeout', '20000', ...SUITES], { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
