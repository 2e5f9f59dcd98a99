/**
 * Ours, not the chapter's: no run of 15 or more characters of the chapter the rules paraphrase (Japanese, kept beside
 * the project in its workplace, not in the repository) appears in any text file of the product, apart from the
 * chapter's key terms (a run that is a key term and a particle or two). White space is ignored, so a sentence split over
 * two lines is still found. The repository keeps only fingerprints of the chapter's runs
 * (test/fixtures/chapter-runs.txt: a hash of each), so that the test runs anywhere; where the chapter is beside the
 * project, the fingerprints are checked against it (PARTNERLINT_WRITE_CHAPTER_RUNS=1 writes them anew).
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
const CHAPTER = fromRoot('..', 'shared', 'seed');
const FINGERPRINTS = fromRoot('test/fixtures/chapter-runs.txt');
/** The product's text files: sources, schemas, samples, docs, package texts (not tests, fixtures or dependencies). */
const ROOTS = [
  'src',
  'schemas',
  'samples',
  'docs',
  'media',
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'package.json',
  'package.nls.json',
  'package.nls.ja.json',
];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'generated')
    .flatMap((name) => files(join(path, name)));
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');
const fingerprint = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** The fingerprints of every run of the chapter's texts, sorted, one a line. */
function chapterFingerprints(texts: string[]): string {
  const prints = new Set<string>();
  for (const text of texts) for (let i = 0; i + RUN <= text.length; i++) prints.add(fingerprint(text.slice(i, i + RUN)));
  return `${[...prints].sort().join('\n')}\n`;
}

describe('copy: the product paraphrases the chapter, never copies it', function () {
  this.timeout(60_000);
  const runs = new Set(readFileSync(FINGERPRINTS, 'utf8').split('\n').filter(Boolean));
  /** A shared run may be a key term with a particle or two around it; more than that is a copied clause. */
  const copied = (run: string): boolean => KEY_TERMS.reduce((rest, term) => rest.split(term).join(''), run).length >= 6;

  it('keeps the fingerprints of the chapter, the same as the chapter where it is beside the project', () => {
    if (existsSync(CHAPTER)) {
      const expected = chapterFingerprints(readdirSync(CHAPTER).map((name) => squeeze(readFileSync(join(CHAPTER, name), 'utf8'))));
      if (process.env.PARTNERLINT_WRITE_CHAPTER_RUNS === '1') writeFileSync(FINGERPRINTS, expected);
      assert.equal(readFileSync(FINGERPRINTS, 'utf8'), expected, 'run with PARTNERLINT_WRITE_CHAPTER_RUNS=1 to write them anew');
    }
    // A clone elsewhere has only the fingerprints: they must be there.
    assert.ok(runs.size > 1000 || process.env.PARTNERLINT_WRITE_CHAPTER_RUNS === '1');
  });

  it(`shares no run of ${RUN} characters with the chapter, in any text file of the product`, () => {
    const shared: string[] = [];
    for (const file of ROOTS.flatMap((root) => files(fromRoot(root)))) {
      const text = squeeze(readFileSync(file, 'utf8'));
      for (let i = 0; i + RUN <= text.length; i++) {
        if (!runs.has(fingerprint(text.slice(i, i + RUN)))) continue;
        // The longest run from here whose every window is the chapter's.
        let end = i + RUN;
        while (end < text.length && runs.has(fingerprint(text.slice(end - RUN + 1, end + 1)))) end++;
        const run = text.slice(i, end);
        if (copied(run)) shared.push(`${relative(repoRoot, file)}: ${run}`);
        i = end - 1;
      }
    }
    assert.equal(shared.length, 0, `\n${shared.join('\n')}`);
  });
});
