/** docs/editors.md: every editor's configuration starts the server the package ships, the way the tests start it. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fromRoot } from './helpers/paths';

const DOC = readFileSync(fromRoot('docs/editors.md'), 'utf8');
const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { bin: Record<string, string> };

function blocks(section: string): string[] {
  const text = DOC.split(/^## /m).find((s) => s.startsWith(section));
  assert.ok(text, `docs/editors.md has no section "${section}"`);
  return [...text.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('docs/editors.md', () => {
  it('starts the bin the package ships, over stdio, in every editor', () => {
    assert.equal(manifest.bin['partnerlint-language-server'], 'dist/server.js');
    for (const section of ['Neovim', 'Helix', 'Emacs (eglot)', 'Zed']) {
      for (const block of blocks(section)) assert.match(block, /partnerlint-language-server["']?,? ?["']?--stdio/, `${section}: ${block}`);
    }
    assert.match(DOC, /\*\*Command:\*\* `npx partnerlint-language-server --stdio`/, 'JetBrains (LSP4IJ)');
  });

  it('gives Neovim the form the Neovim test uses (start_client and buf_attach_client), and vim.lsp.config for 0.11+', () => {
    const [modern, older] = blocks('Neovim');
    assert.match(modern!, /vim\.lsp\.config\('partnerlint'/);
    assert.match(modern!, /vim\.lsp\.enable\('partnerlint'\)/);
    const test = readFileSync(fromRoot('test/neovim/partnerlint.lua'), 'utf8');
    for (const call of ['vim.lsp.start_client({', "name = 'partnerlint',", 'vim.lsp.buf_attach_client(']) {
      assert.ok(older!.includes(call) && test.includes(call), call);
    }
  });

  it('gives Zed valid JSON', () => {
    const [zed] = blocks('Zed');
    const settings = JSON.parse(zed!) as { lsp: { partnerlint: { binary: { arguments: string[] } } } };
    assert.deepEqual(settings.lsp.partnerlint.binary.arguments, ['partnerlint-language-server', '--stdio']);
  });
});
