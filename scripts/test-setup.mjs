// What the tests need beyond npm packages, checked before any test runs: Neovim (the second real editor that
// test/neovim.test.ts drives), util-linux `script` (a terminal for the colour tests), Chromium, a Japanese font (for the
// screenshots) and the Kerberos headers
// (the VS Code host: Chromium shows code-server, which builds a Kerberos module). As root with apt-get (a fresh machine
// of this project), the missing ones are installed; otherwise this says exactly what to install and exits 1, so that no
// test is skipped for want of them. Node 24 and code-server come from the npm registry (scripts/vscode-host.mjs).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const have = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** [what, Debian package, present?] */
const NEEDS = [
  ['Neovim', 'neovim', () => have('nvim')],
  ['util-linux script', 'bsdutils', () => have('script')],
  ['Chromium', 'chromium', () => existsSync('/usr/bin/chromium')],
  // Japanese in Chromium's screenshots (the HTML report, the VS Code host) as characters, not empty boxes.
  ['a Japanese font', 'fonts-ipafont-gothic', () => existsSync('/usr/share/fonts/opentype/ipafont-gothic')],
  ['the Kerberos headers', 'libkrb5-dev', () => existsSync('/usr/include/gssapi/gssapi.h')],
];

const missing = () => NEEDS.filter(([, , present]) => !present());

let absent = missing();
if (absent.length > 0) {
  const packages = absent.map(([, name]) => name);
  if (process.getuid?.() !== 0 || !have('apt-get')) {
    console.error(`test-setup: missing: ${absent.map(([what]) => what).join(', ')}.`);
    console.error(`test-setup: install them (Debian, as root): apt-get install -y ${packages.join(' ')}`);
    process.exit(1);
  }
  console.log(`test-setup: installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  // The package lists of a fresh machine may be empty: update them once when the first attempt fails.
  if (!install() && !(spawnSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0 && install())) {
    console.error(`test-setup: apt-get install ${packages.join(' ')} failed`);
    process.exit(1);
  }
  absent = missing();
  if (absent.length > 0) {
    console.error(`test-setup: still missing after apt-get: ${absent.map(([what]) => what).join(', ')}`);
    process.exit(1);
  }
}
console.log(
  `test-setup: ${spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}, script, Chromium, a Japanese font and the Kerberos headers are here`,
);
