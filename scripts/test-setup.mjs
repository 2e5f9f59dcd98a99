// What the tests need beyond npm packages, installed on a fresh machine: Neovim (Debian's `neovim`), the second real
// editor that test/neovim.test.ts drives. Idempotent; it only installs as root where apt-get is there, and otherwise
// says what to install. The VS Code host (Chromium, code-server) is set up by scripts/vscode-host.mjs.
import { spawnSync } from 'node:child_process';

const have = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

if (!have('nvim')) {
  if (process.getuid?.() !== 0 || !have('apt-get')) {
    console.error('test-setup: Neovim is missing: install it (Debian: apt-get install -y neovim)');
    process.exit(1);
  }
  console.log('test-setup: installing neovim with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', 'neovim'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  // The package lists of a fresh machine may be empty: update them once when the first attempt fails.
  if (!install() && !(spawnSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0 && install())) {
    console.error('test-setup: apt-get install neovim failed');
    process.exit(1);
  }
}
console.log(`test-setup: ${spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}`);
