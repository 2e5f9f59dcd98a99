import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, mergeConfig, RULE_IDS } from '../src/core/index';
import { readExpectations } from './helpers/fixtures';
import { fromRoot } from './helpers/paths';

const fixturesRoot = fromRoot('test/fixtures/rules');
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
