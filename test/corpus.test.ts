/**
 * The expert corpus: realistic strategies of different industries, countries and maturity, each with the verdict and
 * checks that a close reader of the chapter would give, and why, in its header:
 *
 *   # expert:
 *   #   verdict: incomplete
 *   #   owner: unknown — the owner is planned ("未定（採用予定）"), not missing and not refused
 *   # tool differs:
 *   #   purpose: clear — why this reading is the tool's to make
 *
 * partnerlint must agree with the expert on every file, or the file must say, under "tool differs", why it reads it
 * otherwise. A rule change that moves a verdict shows up here as a disagreement to fix or to explain.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_IDS, lint } from '../src/core/index';
import type { CheckId, CheckStatus, Verdict } from '../src/core/index';
import { fromRoot } from './helpers/paths';

interface Reading {
  verdict?: Verdict;
  checks: Partial<Record<CheckId, CheckStatus>>;
  why: Partial<Record<CheckId | 'verdict', string>>;
}

/** The `# <heading>:` block's `#   key: value — why` lines. */
function readingUnder(text: string, heading: string): Reading | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.indexOf(`# ${heading}:`);
  if (start < 0) return undefined;
  const reading: Reading = { checks: {}, why: {} };
  for (const line of lines.slice(start + 1)) {
    const match = /^#\s{3}(\w+): ([\w-]+)(?: — (.*))?$/.exec(line);
    if (!match) break;
    const [, key, value, why] = match as unknown as [string, string, string, string | undefined];
    if (key === 'verdict') reading.verdict = value as Verdict;
    else {
      assert.ok((CHECK_IDS as readonly string[]).includes(key), `unknown check ${key}`);
      reading.checks[key as CheckId] = value as CheckStatus;
    }
    if (why) reading.why[key as CheckId | 'verdict'] = why;
  }
  return reading;
}

const folder = fromRoot('test/fixtures/corpus');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

describe('expert corpus: the verdict a close reader of the chapter would give', () => {
  it('has at least 20 strategies, of many countries and currencies, in English and Japanese', () => {
    assert.ok(files.length >= 20, `${files.length} files`);
    const currencies = new Set(files.map((name) => /currency: ([A-Z]{3})/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? 'JPY'));
    assert.ok(currencies.size >= 10, [...currencies].join());
    assert.ok(files.some((name) => /[\u3040-\u30ff]/.test(readFileSync(join(folder, name), 'utf8'))));
  });

  it('covers every verdict, and every check both at risk and unknown where docs/reference/readiness.md allows it', () => {
    const seen = new Set<string>();
    for (const name of files) {
      const expert = readingUnder(readFileSync(join(folder, name), 'utf8'), 'expert')!;
      seen.add(`verdict:${expert.verdict}`);
      for (const [id, status] of Object.entries(expert.checks)) seen.add(`${id}:${status}`);
    }
    for (const verdict of ['ready', 'reconsider', 'incomplete']) assert.ok(seen.has(`verdict:${verdict}`), verdict);
    for (const id of CHECK_IDS) {
      assert.ok(seen.has(`${id}:at-risk`) || id === 'pmf' || id === 'purpose', `${id} at risk`);
      assert.ok(seen.has(`${id}:unknown`) || id === 'marketSize' || id === 'purpose', `${id} unknown`);
    }
  });

  for (const name of files) {
    describe(name, () => {
      const text = readFileSync(join(folder, name), 'utf8');
      const expert = readingUnder(text, 'expert');
      const differs = readingUnder(text, 'tool differs') ?? { checks: {}, why: {} };

      it('states the expert verdict and all seven checks, each with why', () => {
        assert.ok(expert, 'no "# expert:" block');
        assert.ok(expert.verdict, 'no verdict');
        assert.deepEqual(Object.keys(expert.checks).sort(), [...CHECK_IDS].sort());
        for (const id of CHECK_IDS) assert.ok((expert.why[id] ?? '').length > 5, `${id}: no why`);
        for (const key of [...Object.keys(differs.checks), ...(differs.verdict ? ['verdict'] : [])]) {
          assert.ok((differs.why[key as CheckId] ?? '').length >= 20, `${key}: a disagreement must say why the reading is the tool's`);
        }
      });

      it('partnerlint gives the same reading, or the file says why not', () => {
        const readiness = lint(text).readiness!;
        const expected = { verdict: differs.verdict ?? expert!.verdict, ...expert!.checks, ...differs.checks };
        const actual = { verdict: readiness.verdict, ...Object.fromEntries(CHECK_IDS.map((id) => [id, readiness.checks[id].status])) };
        assert.deepEqual(actual, expected);
      });

      it('explains every check that is not clear, in English and in Japanese', () => {
        for (const locale of ['en', 'ja'] as const) {
          const readiness = lint(text, { locale }).readiness!;
          for (const id of CHECK_IDS) {
            const check = readiness.checks[id];
            if (check.status === 'clear') continue;
            assert.ok(check.reasons.length > 0, `${locale} ${id}: no reason`);
            // v1's reason for the LTV said "the economics are incomplete or the currency has no threshold": never again.
            assert.ok(!/incomplete or the currency|不足しているか、通貨/.test(check.reason), `${locale} ${id}: "X or Y": ${check.reason}`);
            if (locale === 'ja') assert.match(check.reason, /[\u3040-\u30ff]/);
          }
        }
      });
    });
  }
});
