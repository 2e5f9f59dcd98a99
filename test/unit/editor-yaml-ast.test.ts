import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { completionPlaceAt, parseYaml, placeAt } from '../../src/core/index';
import type { CompletionPlace, YamlPath } from '../../src/core/index';
import { READY } from '../helpers/strategy';

/** What placeAt finds at `offset`: the path, the kind and the text of its span. */
function place(text: string, offset: number): { path: YamlPath; kind: string; text: string } | undefined {
  const found = placeAt(parseYaml(text).doc, offset);
  return found && { path: found.path, kind: found.kind, text: text.slice(found.span.start, found.span.end) };
}

/** The offset of the `nth` occurrence (0-based) of `needle`, plus `delta`. */
function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `offsetOf(): ${needle} not found`);
  }
  return index + delta;
}

const CURSOR = '‸';

/** completionPlaceAt at the place marked ‸ in `marked` (the mark is taken out), with the text from `start` to the cursor. */
function complete(marked: string): (CompletionPlace & { typed: string }) | undefined {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0 && marked.indexOf(CURSOR, offset + 1) < 0, 'one cursor mark');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const found = completionPlaceAt(text, offset);
  return found && { ...found, typed: text.slice(found.start, offset) };
}

describe('editor: placeAt', () => {
  const text = [
    'version: 1',
    'title: 関西の戦略 FY2027',
    'product:',
    '  name: Acme',
    '  pmf: {status: achieved, evidence: [win rate, NPS]}',
    '  expertise: high   # comment',
    'partners:',
    '  - name: 関西OAシステムズ',
    '    type: local-king',
    '    segments: [kansai-smb]',
    '  - name: B',
    'kpis:',
    '  - - nested',
    '',
  ].join('\n');

  it('finds a key anywhere on it, its end included, with its path', () => {
    assert.deepEqual(place(text, 0), { path: ['version'], kind: 'key', text: 'version' });
    assert.deepEqual(place(text, 3), { path: ['version'], kind: 'key', text: 'version' });
    assert.deepEqual(place(text, 7), { path: ['version'], kind: 'key', text: 'version' }, 'just after the key');
    assert.deepEqual(place(text, offsetOf(text, 'expertise', 4)), { path: ['product', 'expertise'], kind: 'key', text: 'expertise' });
    assert.deepEqual(place(text, offsetOf(text, 'product')), { path: ['product'], kind: 'key', text: 'product' });
  });

  it('finds a scalar value with the path of its key', () => {
    assert.deepEqual(place(text, offsetOf(text, '1')), { path: ['version'], kind: 'value', text: '1' });
    assert.deepEqual(place(text, offsetOf(text, 'Acme', 2)), { path: ['product', 'name'], kind: 'value', text: 'Acme' });
    assert.deepEqual(place(text, offsetOf(text, 'high', 4)), { path: ['product', 'expertise'], kind: 'value', text: 'high' }, 'at its end');
  });

  it('walks into block sequences by index', () => {
    assert.deepEqual(place(text, offsetOf(text, 'local-king', 3)), { path: ['partners', 0, 'type'], kind: 'value', text: 'local-king' });
    assert.deepEqual(place(text, offsetOf(text, 'type')), { path: ['partners', 0, 'type'], kind: 'key', text: 'type' });
    assert.deepEqual(place(text, offsetOf(text, 'name', 0, 2)), { path: ['partners', 1, 'name'], kind: 'key', text: 'name' });
    assert.deepEqual(place(text, offsetOf(text, 'B')), { path: ['partners', 1, 'name'], kind: 'value', text: 'B' });
    assert.deepEqual(place(text, offsetOf(text, 'nested')), { path: ['kpis', 0, 0], kind: 'value', text: 'nested' }, 'a list in a list');
  });

  it('walks into flow maps and flow sequences', () => {
    assert.deepEqual(place(text, offsetOf(text, 'status')), { path: ['product', 'pmf', 'status'], kind: 'key', text: 'status' });
    assert.deepEqual(place(text, offsetOf(text, 'achieved', 1)), { path: ['product', 'pmf', 'status'], kind: 'value', text: 'achieved' });
    assert.deepEqual(place(text, offsetOf(text, 'evidence')), { path: ['product', 'pmf', 'evidence'], kind: 'key', text: 'evidence' });
    assert.deepEqual(place(text, offsetOf(text, 'win rate', 5)), { path: ['product', 'pmf', 'evidence', 0], kind: 'value', text: 'win rate' });
    assert.deepEqual(place(text, offsetOf(text, 'NPS')), { path: ['product', 'pmf', 'evidence', 1], kind: 'value', text: 'NPS' });
    assert.deepEqual(place(text, offsetOf(text, 'kansai-smb')), { path: ['partners', 0, 'segments', 0], kind: 'value', text: 'kansai-smb' });
  });

  it('counts offsets in UTF-16 units through Japanese text', () => {
    assert.deepEqual(place(text, offsetOf(text, '関西の戦略', 2)), { path: ['title'], kind: 'value', text: '関西の戦略 FY2027' });
    assert.deepEqual(place(text, offsetOf(text, 'OAシステムズ', 3)), { path: ['partners', 0, 'name'], kind: 'value', text: '関西OAシステムズ' });
    // The key after Japanese text starts where the UTF-16 count says.
    assert.deepEqual(place(text, offsetOf(text, 'type')), { path: ['partners', 0, 'type'], kind: 'key', text: 'type' });
    const keys = '名前: 値\n';
    assert.deepEqual(place(keys, 0), { path: ['名前'], kind: 'key', text: '名前' });
    assert.deepEqual(place(keys, 4), { path: ['名前'], kind: 'value', text: '値' });
  });

  it('works the same with CRLF line breaks', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(place(crlf, offsetOf(crlf, 'local-king', 3)), { path: ['partners', 0, 'type'], kind: 'value', text: 'local-king' });
    assert.deepEqual(place(crlf, offsetOf(crlf, 'type')), { path: ['partners', 0, 'type'], kind: 'key', text: 'type' });
    assert.deepEqual(place(crlf, offsetOf(crlf, 'NPS')), { path: ['product', 'pmf', 'evidence', 1], kind: 'value', text: 'NPS' });
    const title = { path: ['title'], kind: 'value', text: '関西の戦略 FY2027' };
    assert.deepEqual(place(crlf, offsetOf(crlf, '\r\nproduct')), title, 'just after the value, before the CR: still on it');
    assert.equal(place(crlf, offsetOf(crlf, '\r\nproduct', 1)), undefined, 'between CR and LF: no value takes in the CR');
    assert.deepEqual(place(crlf, offsetOf(crlf, '\r\nproduct', 2)), { path: ['product'], kind: 'key', text: 'product' });
  });

  it('is undefined between tokens: after the colon, in indentation, in comments, on blank and dash', () => {
    assert.equal(place(text, 8), undefined, 'the space between `version:` and `1`');
    assert.equal(place(text, offsetOf(text, '  name: Acme', 1)), undefined, 'indentation');
    assert.equal(place(text, offsetOf(text, '# comment', 3)), undefined, 'a comment');
    assert.equal(place(text, offsetOf(text, 'high', 6)), undefined, 'spaces before a comment');
    assert.equal(place(text, offsetOf(text, '- name', 0)), undefined, 'a sequence dash');
    assert.equal(place(text, offsetOf(text, '{status')), undefined, 'a flow map’s brace');
    assert.equal(place(text, text.length), undefined, 'the end of the text');
  });

  it('is undefined on an empty value: `key:` has no value text to be on', () => {
    const empty = 'product:\n  name:\n  pmf:   # later\neconomics:\n  pricing:';
    assert.deepEqual(place(empty, offsetOf(empty, 'name:', 4)), { path: ['product', 'name'], kind: 'key', text: 'name' });
    assert.equal(place(empty, offsetOf(empty, 'name:', 5)), undefined, 'just after the colon');
    assert.equal(place(empty, offsetOf(empty, 'pmf:', 5)), undefined);
    assert.equal(place(empty, offsetOf(empty, 'pmf:', 7)), undefined, 'where yaml puts the empty value, before the comment');
    assert.equal(place(empty, empty.length), undefined, 'at the end of `pricing:` without a final line break');
    assert.deepEqual(place('k: ""\n', 3), { path: ['k'], kind: 'value', text: '""' }, 'an empty string is written, so it is there');
  });

  it('is undefined for a document that is a scalar or empty, and skips keys that are not scalars', () => {
    assert.equal(place('just text\n', 2), undefined, 'a scalar at the root has no path');
    assert.equal(place('', 0), undefined);
    assert.deepEqual(place('- a\n- b\n', 6), { path: [1], kind: 'value', text: 'b' }, 'a sequence at the root');
    // (parseDocument, not parseYaml: turning a collection key into data would only add a warning.)
    const complexKey = parseDocument('? [a, b]\n: 1\nk: v\n');
    assert.equal(placeAt(complexKey, 3), undefined, 'inside a flow-sequence key');
    assert.equal(placeAt(complexKey, 11), undefined, 'its value has no path');
    assert.deepEqual(placeAt(complexKey, 16)?.path, ['k']);
  });

  it('finds every key and value of the complete example where it is written', () => {
    const doc = parseYaml(READY).doc;
    const found = placeAt(doc, offsetOf(READY, 'directSalesQuota', 3));
    assert.deepEqual(found?.path, ['organization', 'owner', 'directSalesQuota']);
    assert.equal(READY.slice(found!.span.start, found!.span.end), 'directSalesQuota');
    assert.deepEqual(placeAt(doc, offsetOf(READY, '2027-03-31'))?.path, ['kpis', 0, 'due']);
    assert.deepEqual(placeAt(doc, offsetOf(READY, 'Mid-size'))?.path, ['product', 'directSalesStory'], 'inside a folded block scalar');
  });
});

describe('editor: completionPlaceAt', () => {
  it('completes a partial key at the top level, with the keys already there', () => {
    assert.deepEqual(complete('version: 1\nti‸\nproduct:\n  name: x\n'), {
      path: [],
      kind: 'key',
      prefix: 'ti',
      start: 11,
      siblings: ['version', 'product'],
      typed: 'ti',
    });
  });

  it('completes a key on an empty line, at the top level and inside `product:`', () => {
    assert.deepEqual(complete('version: 1\n‸\nproduct:\n  name: x\n'), {
      path: [],
      kind: 'key',
      prefix: '',
      start: 11,
      siblings: ['version', 'product'],
      typed: '',
    });
    const inside = complete('version: 1\nproduct:\n  name: x\n  ‸\n');
    assert.deepEqual(inside && [inside.path, inside.kind, inside.prefix, inside.siblings], [['product'], 'key', '', ['name']]);
  });

  it('completes a partial key inside `product:`', () => {
    const found = complete('version: 1\nproduct:\n  name: x\n  pm‸\nmarket:\n  targetCompanies: 1\n');
    assert.deepEqual(found && [found.path, found.kind, found.prefix, found.siblings, found.typed], [['product'], 'key', 'pm', ['name'], 'pm']);
    const deeper = complete('product:\n  pmf:\n    st‸\n  expertise: high\n');
    assert.deepEqual(deeper && [deeper.path, deeper.siblings], [['product', 'pmf'], []]);
    const back = complete('product:\n  pmf:\n    status: achieved\n  ‸\n');
    assert.deepEqual(back && [back.path, back.siblings], [['product'], ['pmf']], 'back out of `pmf` by indentation');
  });

  it('completes a key in a sequence item right after `- `', () => {
    const found = complete('partners:\n  - na‸\n');
    assert.deepEqual(found && [found.path, found.kind, found.prefix, found.start, found.siblings], [['partners', 0], 'key', 'na', 14, []]);
    const bare = complete('partners:\n  - name: A\n  - ‸\n');
    assert.deepEqual(bare && [bare.path, bare.prefix, bare.siblings], [['partners', 1], '', []], 'a new item after another');
  });

  it('completes a key on the following line of a sequence item', () => {
    const found = complete('partners:\n  - name: A\n    ty‸\n');
    assert.deepEqual(found && [found.path, found.kind, found.prefix, found.siblings, found.typed], [['partners', 0], 'key', 'ty', ['name'], 'ty']);
    const third = complete('partners:\n  - name: A\n    type: reseller\n    ‸\n  - name: B\n');
    assert.deepEqual(third && [third.path, third.siblings], [
      ['partners', 0],
      ['name', 'type'],
    ]);
    const second = complete('partners:\n  - name: A\n  - name: B\n    cu‸\n');
    assert.deepEqual(second && [second.path, second.siblings], [['partners', 1], ['name']]);
    const segment = complete('market:\n  segments:\n    - id: a\n      st‸\n');
    assert.deepEqual(segment && [segment.path, segment.siblings], [['market', 'segments', 0], ['id']]);
  });

  it('completes a value after `pricing: `, empty or begun', () => {
    assert.deepEqual(complete('economics:\n  pricing: ‸\n  monthlyPrice: 1\n'), {
      path: ['economics', 'pricing'],
      kind: 'value',
      prefix: '',
      start: 22,
      siblings: [],
      typed: '',
    });
    const begun = complete('economics:\n  pricing: per-‸\n');
    assert.deepEqual(begun && [begun.path, begun.kind, begun.prefix, begun.typed], [['economics', 'pricing'], 'value', 'per-', 'per-']);
  });

  it('completes a value after `type: ` in a sequence item, on the dash line and below it', () => {
    const below = complete('partners:\n  - name: A\n    type: lo‸\n');
    assert.deepEqual(below && [below.path, below.kind, below.prefix, below.typed], [['partners', 0, 'type'], 'value', 'lo', 'lo']);
    const dash = complete('purposes:\n  - segment: x\n  - type: ‸\n');
    assert.deepEqual(dash && [dash.path, dash.kind, dash.prefix], [['purposes', 1, 'type'], 'value', '']);
    const budget = complete('organization:\n  executiveSponsor:\n    budget: a‸\n');
    assert.deepEqual(budget?.path, ['organization', 'executiveSponsor', 'budget']);
  });

  it('works with CRLF line breaks', () => {
    const value = complete('economics:\r\n  pricing: per‸\r\n  monthlyPrice: 1\r\n');
    assert.deepEqual(value && [value.path, value.kind, value.prefix, value.start, value.typed], [['economics', 'pricing'], 'value', 'per', 23, 'per']);
    const key = complete('economics:\r\n  currency: JPY\r\n  pr‸\r\n  monthlyPrice: 1\r\n');
    assert.deepEqual(key && [key.path, key.kind, key.prefix, key.siblings, key.typed], [['economics'], 'key', 'pr', ['currency', 'monthlyPrice'], 'pr']);
    const item = complete('partners:\r\n  - name: A\r\n    ‸\r\n');
    assert.deepEqual(item && [item.path, item.siblings], [['partners', 0], ['name']]);
  });

  it('works in a file that otherwise does not parse', () => {
    const broken = 'version: 1\nproduct:\n  name: x\n  pm‸\nmarket: [\n';
    assert.ok(parseYaml(broken.replace(CURSOR, '')).problems.length > 0, 'the text does not parse');
    const found = complete(broken);
    assert.deepEqual(found && [found.path, found.kind, found.prefix, found.siblings], [['product'], 'key', 'pm', ['name']]);
    const tab = complete('version: 1\nproduct:\n  name: x\n  ‸\n\tbad: y\n');
    assert.deepEqual(tab?.path, ['product']);
    const duplicate = complete('version: 1\nversion: 2\neconomics:\n  pricing: ‸\n');
    assert.deepEqual(duplicate && [duplicate.path, duplicate.kind], [['economics', 'pricing'], 'value'], 'a duplicate key elsewhere');
    const crlf = complete('version: 1\r\nproduct:\r\n  name: x\r\n  pm‸\r\nmarket: [\r\n');
    assert.deepEqual(crlf && [crlf.path, crlf.siblings], [['product'], ['name']]);
  });

  it('lists the keys already present as siblings, and none for a value', () => {
    const found = complete('economics:\n  currency: JPY\n  ‸\n  pricing: per-user\n  monthlyPrice: 1\n');
    assert.deepEqual(found?.siblings, ['currency', 'pricing', 'monthlyPrice']);
    assert.deepEqual(complete('economics:\n  currency: JPY\n  pricing: ‸\n')?.siblings, []);
    const complexKey = complete('? [a, b]\n: {c: d}\nversion: 1\nti‸\n');
    assert.deepEqual(complexKey && [complexKey.path, complexKey.siblings], [[], ['version']], 'a key that is not a scalar is neither a sibling nor a way in');
  });

  it('completes at the very start and end of a text', () => {
    assert.deepEqual(complete('‸'), { path: [], kind: 'key', prefix: '', start: 0, siblings: [], typed: '' });
    assert.deepEqual(complete('ver‸'), { path: [], kind: 'key', prefix: 'ver', start: 0, siblings: [], typed: 'ver' });
    assert.deepEqual(complete('version: 1\nproduct:\n  na‸')?.path, ['product'], 'no final line break');
  });

  it('is undefined where nothing is being typed: in a comment, after a quote, in a flow map, mid-line text', () => {
    assert.equal(complete('version: 1\ntitle: x # c‸\n'), undefined, 'a comment');
    assert.equal(complete('"quoted‸'), undefined, 'a quoted key');
    assert.equal(complete('product: {name: ‸}\n'), undefined, 'a flow map');
    assert.equal(complete('version: 1\nproduct:\n  name: x\n    pm‸\n'), undefined, 'over-indented: no place for the key');
    assert.equal(complete('version: 1\nproduct: [\n  name: x\n  pm‸\n'), undefined, 'swallowed by an unclosed flow sequence');
  });
});
