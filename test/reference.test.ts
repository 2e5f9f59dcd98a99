/**
 * The repository explains itself: the parts of the docs and schemas written from the code are up to date
 * (scripts/reference.mjs), and every document that code, tests, scripts and docs name exists.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromRoot } from './helpers/paths';

/** The files whose text may name a document: code, tests, scripts, the docs, and the files at the top. */
function filesNamingDocuments(): string[] {
  const below = (folder: string): string[] =>
    readdirSync(fromRoot(folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|mjs|cjs|js|md|json|yml)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !/[/\\](generated|fixtures|workspace|memfs)[/\\]/.test(path));
  // Not CHANGELOG.md: it tells history, in the names things had then.
  const top = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'action.yml'].map((file) => fromRoot(file));
  return [...below('src'), ...below('test'), ...below('scripts'), ...below('docs'), ...top.filter(existsSync)];
}

describe('the reference in the repository', function () {
  this.timeout(60_000);

  it('the parts written from the code are up to date (node scripts/reference.mjs --check)', () => {
    const check = spawnSync(process.execPath, [fromRoot('scripts/reference.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it('every document named in code, tests, scripts and docs exists (no "rules.md says" without a file behind it)', () => {
    const dangling: string[] = [];
    for (const file of filesNamingDocuments()) {
      // In code, what its comments name (its strings name the files its tests write); in docs, everything.
      const whole = readFileSync(file, 'utf8');
      // In Markdown, not what its code blocks show: they may be a page of another folder.
      const text = /\.(ts|mjs|cjs|js)$/.test(file)
        ? (whole.match(/\/\/.*$|\/\*[\s\S]*?\*\//gm) ?? []).join('\n')
        : whole.replace(/^( *)(`{3,4})[\s\S]*?^\1\2$/gm, '');
      const where = file.slice(fromRoot('.').length + 1);
      // A Markdown document named by a path or a link: relative to the file, or to the repository's root.
      for (const match of text.matchAll(/(?<![\w./-])((?:\.{1,2}\/)*[\w.-]+(?:\/[\w.-]+)*\.md)\b/g)) {
        const name = match[1]!;
        if (!existsSync(join(dirname(file), name)) && !existsSync(fromRoot(name))) dangling.push(`${where}: ${name}`);
      }
      // Documents outside the repository, and issues a reader cannot open.
      // In code, a comment citing a glossary word must name its file (docs/reference/glossary.md).
      // An absolute path to a document (a machine's own folder) counts as outside too: no reader has it.
      const absolute = String.raw`(?<![\w.~:/-])\/(?:[\w.-]+\/)+[\w.-]+\.md\b|(?<![\w.~:/-])\/(?:[\w.-]+\/)*shared\/[\w./-]+`;
      const outside = /\.(ts|mjs|cjs|js)$/.test(file)
        ? new RegExp(String.raw`\.\.\/shared\/[\w./-]+|\bissue \d+\b|\bthe glossary\b(?! \()|${absolute}`, 'gi')
        : new RegExp(String.raw`\.\.\/shared\/[\w./-]+|\bissue \d+\b|${absolute}`, 'gi');
      for (const match of text.matchAll(outside)) {
        dangling.push(`${where}: ${match[0]}`);
      }
    }
    assert.deepEqual(dangling, []);
  });
});
