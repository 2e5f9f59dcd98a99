// Packages the VS Code extension (.vsix). vsce refuses a package.json with both `files` (the npm package's list) and a
// .vscodeignore (the extension's), so the .vsix is made from a staging copy: the files .vscodeignore lets through and
// a package.json without `files`.
//   node scripts/package-vsix.mjs <out.vsix> [--browser-only]
// --browser-only leaves out `main` and everything Node runs (the web tests' .vsix: VS Code can then run it only in the
// browser's web worker extension host, as on github.dev).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ options: { 'browser-only': { type: 'boolean' } }, allowPositionals: true });
const out = resolve(positionals[0] ?? join(root, 'partnerlint.vsix'));
const browserOnly = values['browser-only'] === true;
/** What Node runs of the extension: its `main` and the language server's process. */
const NODE_BUNDLES = new Set(['dist/extension.js', 'dist/server.js', 'dist/server-main.js']);

/** What the extension ships: .vscodeignore's `!` lines, with what vsce always adds. */
const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.startsWith('!'))
  .map((line) => line.slice(1).replace(/\/\*\*$/, ''));

const stage = mkdtempSync(join(tmpdir(), 'partnerlint-vsix-'));
try {
  for (const path of [...shipped, '.vscodeignore']) {
    if (!(browserOnly && NODE_BUNDLES.has(path))) cpSync(join(root, path), join(stage, path), { recursive: true });
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  delete manifest.scripts;
  if (browserOnly) delete manifest.main;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', out], { cwd: stage, stdio: 'inherit' });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
