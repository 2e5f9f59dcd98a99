/**
 * Ours, not the chapter's: no run of 15 or more characters of the seed chapter (the chapter in Japanese, kept beside the project in its workplace, which the rules
 * paraphrase) appears in any text file of the product, apart from the chapter's key terms (a run that is a key term and
 * a particle or two). White space is ignored, so a sentence split over two lines is still found.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromRoot, repoRoot } from '../helpers/paths';

const RUN = 15;
/** The chapter's own terms, which the product rightly uses as they are. */
const KEY_TERMS = [
  'パートナービジネス',
  'マジョリティ層',
  'ローカルキング',
  'プロダクトマーケットフィット',
  'プロダクト・マーケット・フィット',
  '新規セグメントの攻略',
  '新たなビジネスモデルの開発',
  '営業担当者の数を増やす',
];
const SEED = fromRoot('..', 'shared', 'seed');
/** The product's text files: sources, schemas, samples, docs, package texts (not tests, fixtures or dependencies). */
const ROOTS = ['src', 'schemas', 'samples', 'docs', 'media', 'README.md', 'SECURITY.md', 'package.json', 'package.nls.json', 'package.nls.ja.json'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'generated')
    .flatMap((name) => files(join(path, name)));
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('copy: the product paraphrases the chapter, never copies it', function () {
  const seedTexts = existsSync(SEED) ? readdirSync(SEED).map((name) => squeeze(readFileSync(join(SEED, name), 'utf8'))) : [];
  const runs = new Set<string>();
  for (const text of seedTexts) for (let i = 0; i + RUN <= text.length; i++) runs.add(text.slice(i, i + RUN));
  const inSeed = (run: string): boolean => seedTexts.some((text) => text.includes(run));
  /** A shared run may be a key term with a particle or two around it; more than that is a copied clause. */
  const copied = (run: string): boolean => KEY_TERMS.reduce((rest, term) => rest.split(term).join(''), run).length >= 6;

  it('reads the chapter', function () {
    if (seedTexts.length === 0) this.skip(); // outside this workplace, where ../shared is not beside the project
    assert.ok(runs.size > 1000);
  });

  it(`shares no run of ${RUN} characters with the chapter, in any text file of the product`, function () {
    if (seedTexts.length === 0) this.skip();
    const shared: string[] = [];
    for (const file of ROOTS.flatMap((root) => files(fromRoot(root)))) {
      const text = squeeze(readFileSync(file, 'utf8'));
      for (let i = 0; i + RUN <= text.length; i++) {
        if (!runs.has(text.slice(i, i + RUN))) continue;
        let end = i + RUN;
        while (end < text.length && inSeed(text.slice(i, end + 1))) end++;
        const run = text.slice(i, end);
        if (copied(run)) shared.push(`${relative(repoRoot, file)}: ${run}`);
        i = end - 1;
      }
    }
    assert.equal(shared.length, 0, `\n${shared.join('\n')}`);
  });
});
