/** The VS Code host script keeps its sockets out of the checkout, and says so at once when it cannot. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from './helpers/paths';

describe('the VS Code host (scripts/vscode-host.mjs)', () => {
  it('fails at once, saying what to do, when the temporary folder is too deep for Unix sockets', () => {
    const base = mkdtempSync(join(tmpdir(), 'pl-'));
    const deep = join(base, ...Array.from({ length: 8 }, () => 'deep-folder-deep-folder'));
    mkdirSync(deep, { recursive: true });
    try {
      const result = spawnSync(
        process.execPath,
        [fromRoot('scripts/vscode-host.mjs'), 'run', '--extension', fromRoot('.'), '--tests', fromRoot('package.json'), '--workspace', fromRoot('test')],
        {
          env: { ...process.env, TMPDIR: deep },
          encoding: 'utf8',
          timeout: 20_000, // before any set-up: a hang or an install would pass this
        },
      );
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, /too deep for the sockets of VS Code and Chromium \(\d+ bytes, at most 107\): set TMPDIR to a shorter folder/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('what the tests need beyond npm (scripts/test-setup.mjs)', () => {
  it('names the missing Debian packages, with the command to install them, and stops, where it cannot install them', () => {
    // No apt-get, nvim or script on this PATH: as an ordinary user (or a machine without apt) would have it.
    const result = spawnSync(process.execPath, [fromRoot('scripts/test-setup.mjs')], {
      env: { ...process.env, PATH: join(fromRoot('.'), 'no-such-folder') },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stderr, /^test-setup: missing: Neovim, util-linux script[,.]/m);
    assert.match(result.stderr, /apt-get install -y neovim bsdutils/);
  });
});
