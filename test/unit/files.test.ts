/** Which files are strategies: by name, or by the `extraFiles` globs the CLI, the server and the extension share. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { escapeRegex, isSkippedFolder, isStrategyFile, isStrategyFileName, matchesGlob } from '../../src/core/index';
import { STRATEGY_GLOB } from '../../src/server/protocol';

describe('globs over paths', () => {
  const cases: [string, string, boolean][] = [
    ['plans/*.yaml', 'plans/kansai.yaml', true],
    ['plans/*.yaml', 'plans/deep/kansai.yaml', false],
    ['plans/**/*.yaml', 'plans/deep/er/kansai.yaml', true],
    ['plans/**/*.yaml', 'plans/kansai.yaml', true],
    ['**/*.plan.yaml', 'a/b/c.plan.yaml', true],
    ['**/*.plan.yaml', 'c.plan.yaml', true],
    ['*.yaml', '.partnerlint.yaml', false],
    ['plans/?.yaml', 'plans/a.yaml', true],
    ['plans/?.yaml', 'plans/ab.yaml', false],
    ['plans/{a,b}.yaml', 'plans/b.yaml', true],
    ['plans/{a,b}.yaml', 'plans/c.yaml', false],
    ['plans/{a.yaml', 'plans/{a.yaml', true],
    // Wildcards inside braces, as VS Code's globs have them (the server's own STRATEGY_GLOB is one).
    ['**/{partner-strategy.yaml,*.partner-strategy.yaml}', 'plans/kansai.partner-strategy.yaml', true],
    ['**/{partner-strategy.yaml,*.partner-strategy.yaml}', 'partner-strategy.yaml', true],
    ['**/{partner-strategy.yaml,*.partner-strategy.yaml}', 'plans/.partner-strategy.yaml', false],
    ['plans/{*.yaml,*.yml}', 'plans/a.yml', true],
    ['plans/{*.yaml,*.yml}', 'plans/deep/a.yml', false],
    ['plans/a{*,b}.yaml', 'plans/a.x.yaml', true],
    ['戦略/*.yaml', '戦略/関西.yaml', true],
    ['plans/(x).yaml', 'plans/(x).yaml', true],
  ];
  for (const [glob, path, expected] of cases)
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(matchesGlob(path, glob), expected));

  it('STRATEGY_GLOB, which a virtual workspace is searched with, matches what a strategy file name is', () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,8}$/);
    const name = fc.oneof(
      segment,
      fc.constantFrom('partner-strategy.yaml', 'partner-strategy.yml', 'x.partner-strategy.yaml', 'a.b.partner-strategy.yml', 'partner-strategy.json'),
      segment.map((s) => `${s}.partner-strategy.yaml`),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), name, (folders, file) => {
        const path = [...folders, file].join('/');
        return matchesGlob(path, STRATEGY_GLOB) === isStrategyFileName(path);
      }),
    );
  });

  it('searches for strategies outside node_modules and dot-folders only, the same for every walk', () => {
    assert.deepEqual(['node_modules', '.git', '.vscode', 'plans', '計画', 'node_modules2'].map(isSkippedFolder), [true, true, true, false, false, false]);
  });

  it('takes every other character literally', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/[*?{]/.test(text)),
        (text) => matchesGlob(text, text) && !matchesGlob(`${text}x`, text),
      ),
    );
    assert.equal(new RegExp(`^${escapeRegex('a.b+c')}$`).test('a.b+c'), true);
  });

  it('counts a file as a strategy by its name, or by a glob of extraFiles over its path in the workspace folder', () => {
    assert.equal(isStrategyFile('/w/plans/partner-strategy.yaml', 'plans/partner-strategy.yaml', []), true);
    assert.equal(isStrategyFile('/w/plans/kansai.yaml', 'plans/kansai.yaml', []), false);
    assert.equal(isStrategyFile('/w/plans/kansai.yaml', 'plans/kansai.yaml', ['plans/*.yaml']), true);
    assert.equal(isStrategyFile('/w/docker-compose.yaml', 'docker-compose.yaml', ['plans/*.yaml']), false);
  });
});
