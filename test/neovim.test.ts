/**
 * A second real editor: headless Neovim (Debian's `neovim`, installed by scripts/test-setup.mjs) with its built-in LSP
 * client opens a strategy, gets the server's diagnostics, applies a quick fix and renames a segment id. What is asserted
 * is Neovim's own state: `vim.diagnostic.get()` and the buffer's lines (test/neovim/partnerlint.lua writes them out).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { READY, edit } from './helpers/strategy';
import { fromRoot } from './helpers/paths';

interface NeovimState {
  error?: string;
  diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string; source: string; code: string }[];
  actions: string[];
  after_fix: string[];
  after_rename: string[];
  remaining: string[];
}

describe('Neovim with partnerlint-language-server', function () {
  this.timeout(90_000);
  let folder: string;
  let state: NeovimState;
  /** A misspelt key (a quick fix) and a high churn (a warning that stays), on the README's sample. */
  const TEXT = edit(READY, ['  monthlyPrice: 5000', '  monthlyPrise: 5000'], ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05']);
  const line = (needle: string): number => TEXT.split('\n').findIndex((l) => l.includes(needle));

  before(function () {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(version.error, undefined, 'Neovim is installed by `npm test` (scripts/test-setup.mjs): run it, or `apt-get install neovim`');
    folder = mkdtempSync(join(tmpdir(), 'partnerlint-neovim-'));
    mkdirSync(join(folder, '.git'));
    const file = join(folder, 'partner-strategy.yaml');
    writeFileSync(file, TEXT);
    const out = join(folder, 'state.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${fromRoot('test/neovim/partnerlint.lua')}`], {
      env: { ...process.env, PARTNERLINT_FILE: file, PARTNERLINT_OUT: out, PARTNERLINT_NODE: process.execPath, PARTNERLINT_SERVER: fromRoot('dist/server.js') },
      encoding: 'utf8',
      timeout: 80_000,
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    state = JSON.parse(readFileSync(out, 'utf8')) as NeovimState;
    assert.equal(state.error, undefined, state.error);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it("holds the server's diagnostics, with exact positions, rule ids and source", () => {
    assert.deepEqual(
      state.diagnostics.map((d) => [d.code, d.severity, d.lnum, d.col, d.end_lnum, d.end_col, d.source]),
      [
        ['schema', 1, line('monthlyPrise'), 2, line('monthlyPrise'), 14, 'partnerlint'],
        ['high-churn', 2, line('monthlyChurnRate'), 20, line('monthlyChurnRate'), 24, 'partnerlint'],
      ],
    );
    assert.equal(state.diagnostics[0]!.message, 'Unknown key `monthlyPrise` in `economics`; rename it to `monthlyPrice` or remove it.');
  });

  it('applies the quick fix to the buffer, and the finding goes away', () => {
    assert.deepEqual(state.actions, [
      'Apply every safe fix of partnerlint',
      'Change to `monthlyPrice`',
      'Disable schema for this line',
      'Show documentation for schema',
    ]);
    assert.equal(state.after_fix[line('monthlyPrise')], '  monthlyPrice: 5000');
    assert.ok(
      state.remaining.every((message) => !message.includes('monthlyPrise')),
      state.remaining.join('\n'),
    );
    assert.ok(state.remaining.some((message) => message.startsWith('Monthly churn')));
  });

  it('renames a segment id everywhere with its own rename', () => {
    const uses = state.after_rename.filter((l) => l.includes('smb'));
    assert.deepEqual(uses, ['    - id: chubu-smb', '    segment: chubu-smb', '    segments: [chubu-smb]']);
    assert.equal(state.after_rename.length, state.after_fix.length);
  });
});
