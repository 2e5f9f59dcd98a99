// Packages the VS Code extension (.vsix). vsce refuses a package.json with both `files` (the npm package's list) and a
// .vscodeignore (the extension's), so the .vsix is made from a staging copy: the files .vscodeignore lets through and
// a package.json without `files`. Usage: node scripts/package-vsix.mjs <out.vsix>
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'partnerlint.vsix'));

/** What the extension ships: .vscodeignore's `!` lines, with what vsce always adds. */
const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.startsWith('!'))
  .map((line) => line.slice(1).replace(/\/\*\*$/, ''));

const stage = mkdtempSync(join(tmpdir(), 'partnerlint-vsix-'));
try {
  for (const path of [...shipped, '.vscodeignore']) cpSync(join(root, path), join(stage, path), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  delete manifest.scripts;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', out], { cwd: stage, stdio: 'inherit' });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
