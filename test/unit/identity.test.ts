/** A finding's identity (location keys) and the baseline file: what the pull-request workflow stands on. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { BaselineError, countIdentities, identityOf, lint, locationKey, parseBaseline, serializeBaseline, subtractKnown } from '../../src/core/index';
import type { Baseline, LintResult } from '../../src/core/index';
import { READY, edit } from '../helpers/strategy';

function keysOf(result: LintResult): string[] {
  return result.findings.map((finding) => {
    const { ruleId, location } = identityOf(result, finding);
    return `${ruleId} ${location}`;
  });
}

const WITH_FINDINGS = edit(
  READY,
  ['  monthlyChurnRate: 0.01', '  monthlyChurnRate: 0.05'],
  ['    segments: [kansai-smb]', '    segments: [kansai-smbb]'],
);

describe('finding identity: location keys', () => {
  it('names list items by `id` or `name`, else by index, as a JSON Pointer', () => {
    const data = {
      partners: [{ name: 'Kansai OA Systems', segments: ['kansai-smb'] }],
      kpis: [{ name: 'Active partners' }],
      market: { segments: [{ id: 'kansai-smb', name: 'SMB in Kansai' }] },
      purposes: [{ type: 'majority-reach' }],
    };
    assert.equal(locationKey(data, ['partners', 0, 'segments', 0]), '/partners[name=Kansai OA Systems]/segments/0');
    assert.equal(locationKey(data, ['kpis', 0, 'name']), '/kpis[name=Active partners]/name');
    assert.equal(locationKey(data, ['market', 'segments', 0, 'status']), '/market/segments[id=kansai-smb]/status', '`id` before `name`');
    assert.equal(locationKey(data, ['purposes', 0, 'type']), '/purposes/0/type');
    assert.equal(locationKey(data, []), '');
    assert.equal(locationKey(undefined, ['economics', 'monthlyPrice']), '/economics/monthlyPrice', 'a path into nothing is still a pointer');
  });

  it('escapes what would read as a step: `/` and `~` as in JSON Pointer, `]` inside a name', () => {
    const data = { partners: [{ name: 'A/B ~ [C]' }], 'odd/key~': 1 };
    assert.equal(locationKey(data, ['partners', 0, 'type']), '/partners[name=A~1B ~0 [C~2]/type');
    assert.equal(locationKey(data, ['odd/key~']), '/odd~1key~0');
  });

  it('keeps every key when lines are added above the findings (comments, keys, a longer title)', () => {
    const before = keysOf(lint(WITH_FINDINGS));
    assert.ok(before.includes('high-churn /economics/monthlyChurnRate'), before.join('\n'));
    assert.ok(before.includes('unknown-segment /partners[name=Kansai OA Systems]/segments/0'), before.join('\n'));
    const moved = edit(WITH_FINDINGS, ['version: 1\n', '# A comment\n# and another\nversion: 1\n'], ['company: Acme KK', 'company: Acme KK\n# the holding company\n']);
    assert.deepEqual(keysOf(lint(moved)), before);
  });

  it('keeps the key of a named list item when items are inserted before it', () => {
    const inserted = edit(WITH_FINDINGS, ['partners:\n', 'partners:\n  - name: Osaka Dealers\n    type: reseller\n']);
    const keys = keysOf(lint(inserted));
    assert.ok(keys.includes('unknown-segment /partners[name=Kansai OA Systems]/segments/0'), keys.join('\n'));
  });

  it('is the same in Japanese, with CRLF line ends and with a BOM', () => {
    const before = keysOf(lint(WITH_FINDINGS));
    assert.deepEqual(keysOf(lint(WITH_FINDINGS, { locale: 'ja' })), before);
    assert.deepEqual(keysOf(lint(`\uFEFF${WITH_FINDINGS.replace(/\n/g, '\r\n')}`)), before);
  });

  it('subtracts known findings by count: as many of an identity as are known, the rest are new', () => {
    const identities = [{ ruleId: 'a', location: '/x' }, { ruleId: 'a', location: '/x' }, { ruleId: 'b', location: '' }];
    const known = countIdentities([{ ruleId: 'a', location: '/x' }, { ruleId: 'c', location: '/y' }]);
    const { unknown, matched, unmatched } = subtractKnown(['first', 'second', 'third'], identities, known);
    assert.deepEqual(matched, ['first']);
    assert.deepEqual(unknown, ['second', 'third']);
    assert.deepEqual(unmatched, [{ ruleId: 'c', location: '/y', count: 1 }]);
    assert.equal(known.get('a')?.get('/x'), 1, 'the known counts are not used up');
  });
});

describe('baseline file', () => {
  const baseline: Baseline = new Map([
    ['plans/jp/partner-strategy.yaml', new Map([['ltv-too-low', new Map([['/economics/monthlyPrice', 1]])], ['high-churn', new Map([['/economics/monthlyChurnRate', 2]])]])],
    ['__proto__', new Map([['no-kpis', new Map([['', 1]])]])],
    ['a.yaml', new Map([['no-kpis', new Map([['', 1]])]])],
  ]);

  it('is written with sorted keys, two-space JSON and a final newline, and reads back the same', () => {
    const text = serializeBaseline(baseline);
    assert.ok(text.endsWith('}\n'));
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const files = Object.keys((JSON.parse(text) as { files: object }).files);
    assert.deepEqual(files, ['__proto__', 'a.yaml', 'plans/jp/partner-strategy.yaml']);
    assert.ok(text.indexOf('"high-churn"') < text.indexOf('"ltv-too-low"'), 'rules sorted');
    assert.deepEqual(parseBaseline(text), new Map([...baseline].sort(([a], [b]) => (a < b ? -1 : 1))));
  });

  it('matches the shape of pull-requests.md', () => {
    const text = '{"version": 1, "files": {"plans/jp/partner-strategy.yaml": {"ltv-too-low": {"/economics/monthlyPrice": 1}}}}';
    assert.equal(parseBaseline(text).get('plans/jp/partner-strategy.yaml')?.get('ltv-too-low')?.get('/economics/monthlyPrice'), 1);
  });

  it('refuses anything else with a BaselineError, never another exception', () => {
    for (const text of ['', 'nope', '[]', '{"version": 2, "files": {}}', '{"version": 1}', '{"version": 1, "files": {"a": 1}}', '{"version": 1, "files": {"a": {"r": {"/x": 0}}}}', '{"version": 1, "files": {"a": {"r": {"/x": 1.5}}}}']) {
      assert.throws(() => parseBaseline(text), BaselineError, text);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          parseBaseline(text);
        } catch (error) {
          assert.ok(error instanceof BaselineError, String(error));
        }
      }),
      { numRuns: 300 },
    );
  });
});
