/** A finding's identity (location keys) and the baseline file: what the pull-request workflow stands on. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  BaselineError,
  countIdentities,
  identityData,
  identityOf,
  lint,
  locationKey,
  parseBaseline,
  serializeBaseline,
  subtractKnown,
} from '../../src/core/index';
import type { Baseline, LintResult, YamlPath } from '../../src/core/index';
import { READY, edit } from '../helpers/strategy';

function keysOf(result: LintResult): string[] {
  return result.findings.map((finding) => {
    const { ruleId, location } = identityOf(result, finding);
    return `${ruleId} ${location}`;
  });
}

const WITH_FINDINGS = edit(READY, ['  monthlyChurnRate: 0.01', '  monthlyChurnRate: 0.05'], ['    segments: [kansai-smb]', '    segments: [kansai-smbb]']);

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
    const moved = edit(
      WITH_FINDINGS,
      ['version: 1\n', '# A comment\n# and another\nversion: 1\n'],
      ['company: Acme KK', 'company: Acme KK\n# the holding company\n'],
    );
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
    const identities = [
      { ruleId: 'a', location: '/x' },
      { ruleId: 'a', location: '/x' },
      { ruleId: 'b', location: '' },
    ];
    const known = countIdentities([
      { ruleId: 'a', location: '/x' },
      { ruleId: 'c', location: '/y' },
    ]);
    const { unknown, matched, unmatched } = subtractKnown(['first', 'second', 'third'], identities, known);
    assert.deepEqual(matched, ['first']);
    assert.deepEqual(unknown, ['second', 'third']);
    assert.deepEqual(unmatched, [{ ruleId: 'c', location: '/y', count: 1 }]);
    assert.equal(known.get('a')?.get('/x'), 1, 'the known counts are not used up');
  });
});

/** A path down `data` by `choices` (each picks a key or an index, some past the end), stopping anywhere. */
function pathDown(data: unknown, choices: readonly number[]): YamlPath {
  const path: (string | number)[] = [];
  let current = data;
  for (const choice of choices) {
    if (Array.isArray(current)) {
      const index = choice % (current.length + 1);
      path.push(index);
      current = current[index];
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      const key = keys[choice % (keys.length + 1)] ?? 'missing';
      path.push(key);
      current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
    } else break;
  }
  return path;
}

describe('finding identity: what --cache keeps of a document (identityData)', () => {
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.constant(null), tie('list'), tie('record')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    record: fc.dictionary(fc.constantFrom('id', 'name', 'partners', 'segments', '__proto__', 'constructor', 'a/b', '~'), tie('node'), { maxKeys: 4 }),
  })).node;

  it('gives every path the location key the whole document gives it, also after a JSON round trip', () => {
    fc.assert(
      fc.property(value, fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: 5 }), (data, choiceLists) => {
        const paths = choiceLists.map((choices) => pathDown(data, choices));
        const kept = identityData(data, paths);
        const stored = kept === undefined ? undefined : JSON.parse(JSON.stringify(kept));
        for (const path of paths) {
          assert.equal(locationKey(kept, path), locationKey(data, path), JSON.stringify(path));
          assert.equal(locationKey(stored, path), locationKey(data, path), JSON.stringify(path));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the keys along the paths and the id and name of the list items they pass: nothing else', () => {
    const data = {
      partners: [
        { name: 'A', id: 'a', notes: 'long text' },
        { name: 'B', segments: ['x', 'y'], notes: 'more' },
      ],
      market: { size: 900, segments: [] },
    };
    assert.deepEqual(
      JSON.parse(
        JSON.stringify(
          identityData(data, [
            ['partners', 1, 'segments', 1],
            ['market', 'size'],
          ]),
        ),
      ),
      {
        partners: [null, { name: 'B', segments: [null, null] }],
        market: { size: null },
      },
    );
    assert.equal(identityData(data, []), undefined, 'no finding: nothing to keep');
  });
});

describe('baseline file', () => {
  const baseline: Baseline = new Map([
    [
      'plans/jp/partner-strategy.yaml',
      new Map([
        ['ltv-too-low', new Map([['/economics/monthlyPrice', 1]])],
        ['high-churn', new Map([['/economics/monthlyChurnRate', 2]])],
      ]),
    ],
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

  it('matches the shape of the baseline in docs/ci.md', () => {
    const text = '{"version": 1, "files": {"plans/jp/partner-strategy.yaml": {"ltv-too-low": {"/economics/monthlyPrice": 1}}}}';
    assert.equal(parseBaseline(text).get('plans/jp/partner-strategy.yaml')?.get('ltv-too-low')?.get('/economics/monthlyPrice'), 1);
  });

  it('refuses anything else with a BaselineError, never another exception', () => {
    for (const text of [
      '',
      'nope',
      '[]',
      '{"version": 2, "files": {}}',
      '{"version": 1}',
      '{"version": 1, "files": {"a": 1}}',
      '{"version": 1, "files": {"a": {"r": {"/x": 0}}}}',
      '{"version": 1, "files": {"a": {"r": {"/x": 1.5}}}}',
    ]) {
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
