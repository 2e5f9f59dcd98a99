import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, mergeConfig, RULE_IDS } from '../src/core/index';
import { existsSync } from 'node:fs';
import { fixtureSnapshot, readExpectations } from './helpers/fixtures';
import type { FixtureSnapshot } from './helpers/fixtures';
import { fromRoot } from './helpers/paths';

const fixturesRoot = fromRoot('test/fixtures/rules');
/** Each rule folder's pinned findings (scripts/fixture-snapshots.mjs writes them). */
const SNAPSHOT_FILE = 'findings.snap.json';
const folders = readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('rule fixtures (expected findings inline, compared as sets of rule@line)', () => {
  it('has a folder for every rule and a rule for every folder', () => {
    assert.deepEqual(folders, [...RULE_IDS].sort());
  });

  for (const ruleId of folders) {
    describe(ruleId, () => {
      const files = readdirSync(join(fixturesRoot, ruleId))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort();

      it('has failing and passing fixtures', () => {
        assert.ok(
          files.some((f) => f.startsWith('fail-')),
          'no fail-*.yaml',
        );
        assert.ok(
          files.some((f) => f.startsWith('pass-')),
          'no pass-*.yaml',
        );
      });

      const snapshotFile = join(fixturesRoot, ruleId, SNAPSHOT_FILE);
      const snapshots = existsSync(snapshotFile) ? (JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, FixtureSnapshot>) : {};

      it(`pins every fixture's findings, positions and messages in English and Japanese (${SNAPSHOT_FILE})`, () => {
        assert.deepEqual(Object.keys(snapshots).sort(), files, `${SNAPSHOT_FILE} names exactly the fixtures: npm run fixtures:update`);
        for (const file of files) {
          assert.deepEqual(
            fixtureSnapshot(readFileSync(join(fixturesRoot, ruleId, file), 'utf8')),
            snapshots[file],
            `${ruleId}/${file}: its findings changed; if that is meant, npm run fixtures:update and review the diff`,
          );
        }
      });

      for (const file of files) {
        it(file, () => {
          const text = readFileSync(join(fixturesRoot, ruleId, file), 'utf8');
          const expectation = readExpectations(text);
          const mentions = expectation.expected.some((e) => e.startsWith(`${ruleId}@`));
          if (file.startsWith('fail-')) assert.ok(mentions, `a fail- fixture must expect ${ruleId}`);
          if (file.startsWith('pass-')) assert.ok(!mentions, `a pass- fixture must not expect ${ruleId}`);
          const result = lint(text, { config: mergeConfig(expectation.config), ...(expectation.locale ? { locale: expectation.locale } : {}) });
          const actual = result.findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort();
          assert.deepEqual(
            actual,
            expectation.expected,
            result.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`).join('\n'),
          );
        });
      }
    });
  }
});
