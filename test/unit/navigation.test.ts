/** The core's navigation: the outline, and segment ids as symbols, for the language server. */
import { strict as assert } from 'node:assert';
import { isSegmentReference, outline, parseYaml, renameSegment, segmentAt, segmentOccurrences, valueSpan } from '../../src/core/index';
import { READY, edit } from '../helpers/strategy';

const TEXT = edit(READY, ['    segments: [kansai-smb]', "    segments: ['kansai-smb', tokai]"]);

describe('navigation', () => {
  it("finds each segment id defined and used, without quotes, in the text's order", () => {
    const found = segmentOccurrences(TEXT).map((o) => [o.id, o.kind, TEXT.slice(o.span.start, o.span.end)]);
    assert.deepEqual(found, [
      ['kansai-smb', 'definition', 'kansai-smb'],
      ['kansai-smb', 'reference', 'kansai-smb'],
      ['kansai-smb', 'reference', 'kansai-smb'],
      ['tokai', 'reference', 'tokai'],
    ]);
    assert.deepEqual(segmentOccurrences('version: [1\n'), [], 'nothing in a file that does not parse');
  });

  it('knows the id under the cursor, and none elsewhere', () => {
    assert.equal(segmentAt(TEXT, TEXT.indexOf("'kansai-smb'") + 3)?.occurrences.length, 3);
    assert.equal(segmentAt(TEXT, 0), undefined);
  });

  it('renames every occurrence, or says why not, in English and Japanese', () => {
    const at = TEXT.indexOf('id: kansai-smb') + 5;
    const renamed = renameSegment(TEXT, at, 'chubu-smb', 'en');
    assert.ok('edits' in renamed && renamed.edits.length === 3 && renamed.edits.every((e) => e.text === 'chubu-smb'));
    assert.deepEqual(renameSegment(TEXT, at, 'Chubu', 'en'), {
      error: '`Chubu` is not a segment id: use lower-case letters, digits and hyphens, starting with a letter or digit.',
    });
    assert.match((renameSegment(TEXT, 0, 'x', 'ja') as { error: string }).error, /^ここで名前を変更できるのはセグメント id だけです/);
    const two = edit(READY, ['      companies: 4000', '      companies: 4000\n    - id: tokai\n      name: Tokai\n      status: new']);
    assert.match((renameSegment(two, two.indexOf('id: tokai') + 4, 'kansai-smb', 'en') as { error: string }).error, /already defined/);
  });

  it('outlines the strategy by section, with list items by name, in the locale', () => {
    const symbols = outline(TEXT, 'ja');
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['製品: Acme Cloud', '市場', '経済性', '目的', '組織', 'パートナー', 'KPI 一覧'],
    );
    assert.deepEqual(
      symbols[5]!.children.map((s) => [s.name, TEXT.slice(s.selection.start, s.selection.end)]),
      [['Kansai OA Systems', 'Kansai OA Systems']],
    );
    assert.deepEqual(outline('- a list\n', 'en'), []);
  });

  it('finds the span of a value, and none for a missing one', () => {
    const span = valueSpan(TEXT, ['economics', 'monthlyPrice'])!;
    assert.equal(TEXT.slice(span.start, span.end), '5000');
    assert.equal(valueSpan(TEXT, ['economics', 'nothing']), undefined);
  });

  it('knows where a segment id is expected, and finds the references once per parse', () => {
    assert.ok(isSegmentReference(['purposes', 0, 'segment']));
    assert.ok(isSegmentReference(['partners', 3, 'segments', 1]));
    assert.ok(!isSegmentReference(['purposes', 0, 'type']));
    assert.ok(!isSegmentReference(['market', 'segments', 0, 'id']));
    assert.ok(!isSegmentReference(['purposes', 0, 'segment', 'x']));
    // The references themselves, found once per parse.
    const parsed = parseYaml(TEXT);
    const references = segmentOccurrences(parsed).filter((o) => o.kind === 'reference');
    assert.ok(references.length >= 2);
    assert.equal(segmentOccurrences(parsed), segmentOccurrences(parsed), 'found once per parse');
  });
});
