import { strict as assert } from 'node:assert';
import { Alias, parseDocument } from 'yaml';
import { LineIndex } from '../../src/core/positions';
import { comments as commentsOf, completionPlaceAt, lineOneSpan, locate, MAX_ALIAS_NODES, MAX_DEPTH, parseYaml, spanForPath } from '../../src/core/yaml-ast';

const comments = (text: string) => commentsOf(parseYaml(text));
import type { Anchor } from '../../src/core/yaml-ast';
import type { YamlPath } from '../../src/core/types';

/** Where spanForPath puts a finding: the text it covers and its "line:column-line:column". */
function where(text: string, path: YamlPath, anchor?: Anchor): { text: string; at: string } {
  const parsed = parseYaml(text);
  assert.deepEqual(parsed.problems, [], 'the test text must parse');
  const span = spanForPath(parsed, path, anchor);
  const { start, end } = new LineIndex(text).rangeOf(span);
  return { text: text.slice(span.start, span.end), at: `${start.line}:${start.column}-${end.line}:${end.column}` };
}

describe('yaml-ast: spanForPath', () => {
  const text = [
    'version: 1', //                      1
    'product:', //                        2
    '  name: Acme', //                    3
    '  pmf:', //                          4
    '  expertise: high', //               5
    'market: {targetCompanies: 300}', //  6
    'partners:', //                       7
    '  - name: Kansai OA', //             8
    '    type: local-king', //            9
    '    segments: [kansai-smb, tokyo]', // 10
    '  - plain item', //                  11
    'kpis:', //                           12
    '  - [1,', //                         13
    '     2]', //                         14
    '',
  ].join('\n');

  it('points at the value of a scalar entry', () => {
    assert.deepEqual(where(text, ['product', 'expertise']), { text: 'high', at: '5:14-5:18' });
    assert.deepEqual(where(text, ['version']), { text: '1', at: '1:10-1:11' });
  });

  it('points at the key with anchor "key"', () => {
    assert.deepEqual(where(text, ['product', 'expertise'], 'key'), { text: 'expertise', at: '5:3-5:12' });
    assert.deepEqual(where(text, ['partners', 0, 'type'], 'key'), { text: 'type', at: '9:5-9:9' });
  });

  it('points at the key of a block collection, so that the squiggle is one line', () => {
    assert.deepEqual(where(text, ['product']), { text: 'product', at: '2:1-2:8' });
    assert.deepEqual(where(text, ['partners']), { text: 'partners', at: '7:1-7:9' });
  });

  it('points at a one-line flow collection itself', () => {
    assert.deepEqual(where(text, ['market']), { text: '{targetCompanies: 300}', at: '6:9-6:31' });
    assert.deepEqual(where(text, ['partners', 0, 'segments']), { text: '[kansai-smb, tokyo]', at: '10:15-10:34' });
  });

  it('points into flow collections', () => {
    assert.deepEqual(where(text, ['market', 'targetCompanies']), { text: '300', at: '6:27-6:30' });
    assert.deepEqual(where(text, ['market', 'targetCompanies'], 'key'), { text: 'targetCompanies', at: '6:10-6:25' });
    assert.deepEqual(where(text, ['partners', 0, 'segments', 1]), { text: 'tokyo', at: '10:28-10:33' });
  });

  it('points at a block map in a sequence by its first key', () => {
    assert.deepEqual(where(text, ['partners', 0]), { text: 'name', at: '8:5-8:9' });
    assert.deepEqual(where(text, ['partners', 0, 'name']), { text: 'Kansai OA', at: '8:11-8:20' });
  });

  it('points at a scalar sequence item itself', () => {
    assert.deepEqual(where(text, ['partners', 1]), { text: 'plain item', at: '11:5-11:15' });
  });

  it('points at the first line of a multi-line flow collection in a sequence', () => {
    assert.deepEqual(where(text, ['kpis', 0]), { text: '[1,', at: '13:5-13:8' });
    assert.deepEqual(where(text, ['kpis', 0, 1]), { text: '2', at: '14:6-14:7' });
  });

  it('points at the key of a multi-line flow collection', () => {
    assert.deepEqual(where(text, ['kpis']), { text: 'kpis', at: '12:1-12:5' });
  });

  it('points at the key of an entry with no value, since an empty value has no width to show', () => {
    assert.deepEqual(where(text, ['product', 'pmf']), { text: 'pmf', at: '4:3-4:6' });
    assert.deepEqual(where(text, ['product', 'pmf'], 'key'), { text: 'pmf', at: '4:3-4:6' });
    assert.deepEqual(where('a: ~\n', ['a']), { text: '~', at: '1:4-1:5' }, 'an explicit null has a width');
  });

  describe('a missing path', () => {
    it('falls back to the key of the nearest enclosing entry that is present', () => {
      assert.deepEqual(where(text, ['product', 'pmf', 'status']), { text: 'pmf', at: '4:3-4:6' });
      assert.deepEqual(where(text, ['product', 'directSalesStory']), { text: 'product', at: '2:1-2:8' });
      assert.deepEqual(where(text, ['partners', 0, 'customerRelationships']), { text: 'name', at: '8:5-8:9' });
      assert.deepEqual(where(text, ['market', 'segments']), { text: 'market', at: '6:1-6:7' });
    });

    it('falls back the same way whatever the anchor', () => {
      assert.deepEqual(where(text, ['product', 'enablement'], 'key'), { text: 'product', at: '2:1-2:8' });
    });

    it('falls back for an index past the end of a list, or a key asked of a list', () => {
      assert.deepEqual(where(text, ['partners', 5, 'name']), { text: 'partners', at: '7:1-7:9' });
      assert.deepEqual(where(text, ['partners', 'name']), { text: 'partners', at: '7:1-7:9' });
    });

    it('stops at a scalar that is asked for a child', () => {
      assert.deepEqual(where(text, ['product', 'expertise', 'level']), { text: 'expertise', at: '5:3-5:12' });
      assert.deepEqual(where(text, ['partners', 1, 'name']), { text: 'plain item', at: '11:5-11:15' });
    });

    it('falls back to line 1 when nothing on the path is present', () => {
      assert.deepEqual(where(text, ['organization', 'owner', 'dedicated']), { text: 'version: 1', at: '1:1-1:11' });
      assert.deepEqual(where(text, ['organization'], 'key'), { text: 'version: 1', at: '1:1-1:11' });
    });

    it('uses an empty span at 1:1 when line 1 is blank or the text is empty', () => {
      assert.deepEqual(where('\n\nversion: 1\n', ['organization']), { text: '', at: '1:1-1:1' });
      assert.deepEqual(where('', ['organization']), { text: '', at: '1:1-1:1' });
      assert.deepEqual(where('', []), { text: '', at: '1:1-1:1' });
    });
  });

  it('points at line 1 for the root path of a block map', () => {
    assert.deepEqual(where('version: 1\ntitle: x\n', []), { text: 'version', at: '1:1-1:8' });
    assert.deepEqual(where('- a\n- b\n', []), { text: '- a', at: '1:1-1:4' });
    assert.deepEqual(where('[a, b]\n', []), { text: '[a, b]', at: '1:1-1:7' });
  });

  it('ends a collection first line before "\\r\\n"', () => {
    assert.deepEqual(where('- a\r\n- b\r\n', []), { text: '- a', at: '1:1-1:4' });
  });

  describe('aliases and anchors', () => {
    const aliased = ['defaults: &owner', '  name: Sato', '  dedicated: false', 'organization:', '  owner: *owner', ''].join('\n');

    it('points at the alias itself for the aliased entry', () => {
      assert.deepEqual(where(aliased, ['organization', 'owner']), { text: '*owner', at: '5:10-5:16' });
      assert.deepEqual(where(aliased, ['organization', 'owner'], 'key'), { text: 'owner', at: '5:3-5:8' });
    });

    it('follows the alias to the anchored node for paths through it', () => {
      assert.deepEqual(where(aliased, ['organization', 'owner', 'dedicated']), { text: 'false', at: '3:14-3:19' });
      const located = locate(parseYaml(aliased), ['organization', 'owner', 'dedicated']);
      assert.equal(located.found, true);
      assert.equal(located.depth, 3);
    });

    it("falls back to the alias entry's key when the path is missing below it", () => {
      assert.deepEqual(where(aliased, ['organization', 'owner', 'directSalesQuota']), { text: 'owner', at: '5:3-5:8' });
    });

    it('points at the anchored value, not the anchor name', () => {
      assert.deepEqual(where('a: &x 5\nb: *x\n', ['a']), { text: '5', at: '1:7-1:8' });
    });
  });

  describe('Japanese, emoji, tabs and CRLF', () => {
    it('counts Japanese keys and values in UTF-16 columns', () => {
      const ja = '名前: 佐藤 太郎\n製品:\n  説明: 😀テスト\n';
      assert.deepEqual(where(ja, ['名前']), { text: '佐藤 太郎', at: '1:5-1:10' });
      assert.deepEqual(where(ja, ['名前'], 'key'), { text: '名前', at: '1:1-1:3' });
      assert.deepEqual(where(ja, ['製品', '説明']), { text: '😀テスト', at: '3:7-3:12' });
      assert.deepEqual(where(ja, ['製品', '無い']), { text: '製品', at: '2:1-2:3' });
    });

    it('keeps tabs inside values in the span', () => {
      const tabs = 'title: "a\tb"\nplain: a\tb\n';
      assert.deepEqual(where(tabs, ['title']), { text: '"a\tb"', at: '1:8-1:13' });
      assert.deepEqual(where(tabs, ['plain']), { text: 'a\tb', at: '2:8-2:11' });
    });

    it('maps CRLF text to the same lines and columns as LF text', () => {
      const lf = 'a:\n  b: 1\n  c:\n    - x: 1\n      y: 2\n';
      const crlf = lf.replace(/\n/g, '\r\n');
      for (const [path, anchor] of [
        [['a', 'b'], undefined],
        [['a', 'c', 0], undefined],
        [['a', 'c', 0, 'y'], 'key'],
        [['a', 'zz'], undefined],
        [['a', 'c'], undefined],
      ] as [YamlPath, Anchor | undefined][]) {
        assert.deepEqual(where(crlf, path, anchor), where(lf, path, anchor), JSON.stringify(path));
      }
    });
  });

  describe('block scalars', () => {
    const block = ['product:', '  directSalesStory: >-', '    Mid-size makers', '    buy it.', '  enablement: |', '    Two days', 'x: 1', ''].join('\n');

    it('starts at the indicator and ends on the last content line', () => {
      assert.deepEqual(where(block, ['product', 'directSalesStory']), { text: '>-\n    Mid-size makers\n    buy it.', at: '2:21-4:12' });
      assert.deepEqual(where(block, ['product', 'enablement']), { text: '|\n    Two days', at: '5:15-6:13' });
    });

    it('ends on the last content line with CRLF too', () => {
      const crlf = block.replace(/\n/g, '\r\n');
      assert.equal(where(crlf, ['product', 'enablement']).at, '5:15-6:13');
    });

    it('points at the key with anchor "key"', () => {
      assert.deepEqual(where(block, ['product', 'directSalesStory'], 'key'), { text: 'directSalesStory', at: '2:3-2:19' });
    });
  });
});

describe('yaml-ast: locate', () => {
  const text = 'a:\n  b: 1\nlist:\n  - 2\n';
  const doc = parseYaml(text);

  it('reports how deep it got', () => {
    assert.deepEqual((({ found, depth }) => ({ found, depth }))(locate(doc, ['a', 'b'])), { found: true, depth: 2 });
    assert.deepEqual((({ found, depth }) => ({ found, depth }))(locate(doc, ['a', 'x', 'y'])), { found: false, depth: 1 });
    assert.deepEqual((({ found, depth }) => ({ found, depth }))(locate(doc, ['list', 3])), { found: false, depth: 1 });
  });

  it('matches a null key as the empty property name the data has for it', () => {
    const parsed = parseYaml('a: 1\n~: draft\n');
    assert.deepEqual(Object.keys(parsed.data as object), ['a', '']);
    const located = locate(parsed, ['']);
    assert.equal(located.found, true);
    assert.deepEqual(spanForPath(parsed, [''], 'key'), { start: 5, end: 6 });
  });

  it('matches numeric keys of maps by their text', () => {
    const numeric = parseYaml('2027: plan\n');
    assert.equal(locate(numeric, ['2027']).found, true);
  });
});

describe('yaml-ast: lineOneSpan', () => {
  it('covers line 1 without its line ending', () => {
    assert.deepEqual(lineOneSpan('abc\r\ndef'), { start: 0, end: 3 });
    assert.deepEqual(lineOneSpan('abc'), { start: 0, end: 3 });
    assert.deepEqual(lineOneSpan('\nx'), { start: 0, end: 0 });
    assert.deepEqual(lineOneSpan(''), { start: 0, end: 0 });
  });
});

describe('yaml-ast: comments', () => {
  it('finds trailing and own-line comments, with their spans', () => {
    const text = 'a: 1 #c1\n#c2\n  # c3\nb: [1, # c4\n  2]\n';
    assert.deepEqual(comments(text), [
      { text: 'c1', span: { start: 5, end: 8 }, ownLine: false },
      { text: 'c2', span: { start: 9, end: 12 }, ownLine: true },
      { text: ' c3', span: { start: 15, end: 19 }, ownLine: true },
      { text: ' c4', span: { start: 27, end: 31 }, ownLine: false },
    ]);
  });

  it('does not take a "#" inside a quoted string, a plain scalar or a block scalar for a comment', () => {
    const text = 'a: "x # y" # real\nb: \'#q\'\nc: a#b\nd: |\n  # not a comment\ne: 1 # last\n';
    const found = comments(text);
    assert.deepEqual(
      found.map((c) => c.text),
      [' real', ' last'],
    );
    for (const comment of found) assert.equal(text.slice(comment.span.start, comment.span.end), `#${comment.text}`);
  });

  it('finds comments before the document, between entries and at the end', () => {
    const text = '# head\nversion: 1\n\n# middle\ntitle: x\n# tail';
    assert.deepEqual(
      comments(text).map((c) => [c.text, c.ownLine]),
      [
        [' head', true],
        [' middle', true],
        [' tail', true],
      ],
    );
  });

  it('handles CRLF and Japanese comment text', () => {
    const text = 'a: 1 # 理由\r\n# 次の行\r\nb: 2\r\n';
    const found = comments(text);
    assert.deepEqual(
      found.map((c) => [c.text.trimEnd(), c.ownLine]),
      [
        [' 理由', false],
        [' 次の行', true],
      ],
    );
    assert.equal(new LineIndex(text).positionAt(found[1]!.span.start).line, 2);
  });

  it('finds no comments in a text without them', () => {
    assert.deepEqual(comments(''), []);
    assert.deepEqual(comments('a: 1\n'), []);
  });
});

describe('yaml-ast: parseYaml', () => {
  it('parses a clean document into plain data', () => {
    const parsed = parseYaml('version: 1\ntitle: 戦略\ndue: 2027-03-31\n');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.data, { version: 1, title: '戦略', due: '2027-03-31' }, 'YAML 1.2: a date stays a string');
  });

  it('reports a duplicate key at the second key, naming it', () => {
    const text = 'product:\n  name: a\n  name: b\n';
    const [problem, ...rest] = parseYaml(text).problems;
    assert.deepEqual(rest, []);
    assert.equal(problem?.code, 'DUPLICATE_KEY');
    assert.equal(text.slice(problem.span.start, problem.span.end), 'name');
    assert.equal(problem.span.start, text.lastIndexOf('name'));
    assert.equal(problem.args.key, 'name');
  });

  it('names a quoted or Japanese duplicate key in full', () => {
    const quoted = parseYaml('"a b": 1\n"a b": 2\n').problems[0];
    assert.equal(quoted?.args.key, 'a b');
    const text = '名前: 1\n名前: 2\n';
    const ja = parseYaml(text).problems[0];
    assert.equal(ja?.args.key, '名前');
    assert.equal(text.slice(ja!.span.start, ja!.span.end), '名前');
  });

  it('reports several documents', () => {
    const text = 'a: 1\n---\nb: 2\n';
    const problems = parseYaml(text).problems;
    assert.deepEqual(
      problems.map((p) => p.code),
      ['MULTIPLE_DOCS'],
    );
    assert.equal(problems[0]!.span.start, text.indexOf('---'));
  });

  it('reports a syntax error where the parser puts it, with a span inside the text', () => {
    const text = 'a: [1, 2\nb: 3\n';
    const problems = parseYaml(text).problems;
    assert.ok(problems.length > 0);
    for (const problem of problems) {
      assert.ok(problem.span.start >= 0 && problem.span.start <= problem.span.end && problem.span.end <= text.length);
      assert.match(problem.code, /^[A-Z_]+$/);
    }
    assert.equal(parseYaml(text).data, undefined, 'no data from a broken document');
  });

  it('rejects a %YAML directive for another version than 1.2, at the directive', () => {
    const text = '%YAML 1.1\n---\ndue: 2027-03-31\n';
    const problems = parseYaml(text).problems;
    assert.deepEqual(
      problems.map((p) => p.code),
      ['YAML_VERSION'],
    );
    assert.equal(text.slice(problems[0]!.span.start, problems[0]!.span.end), '%YAML 1.1');
    assert.equal(problems[0]!.args.version, '1.1');
    const ok = parseYaml('%YAML 1.2\n---\ndue: 2027-03-31\n');
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.data, { due: '2027-03-31' });
  });

  it('reports tabs used as indentation', () => {
    assert.deepEqual(
      parseYaml('a: 1\n\tb: 2\n').problems.map((p) => p.code),
      ['TAB_AS_INDENT'],
    );
  });

  it('expands a few aliases', () => {
    const parsed = parseYaml('x: &x 1\ny: [*x, *x]\n');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.data, { x: 1, y: [1, 1] });
  });

  it('reports an alias bomb instead of expanding it', () => {
    const level = (name: string, item: string): string => `${name}: &${name} [${Array(10).fill(item).join(', ')}]`;
    // Six levels of ten: a million values from a few lines.
    const text = ['a: &a [x, x, x, x, x, x, x, x, x, x]', level('b', '*a'), level('c', '*b'), level('d', '*c'), level('e', '*d'), level('f', '*e'), ''].join(
      '\n',
    );
    const parsed = parseYaml(text);
    assert.deepEqual(
      parsed.problems.map((p) => p.code),
      ['ALIAS_EXPANSION'],
    );
    assert.equal(parsed.data, undefined);
    const span = parsed.problems[0]!.span;
    assert.equal(text.slice(span.start, span.end), '*d', 'at the alias whose expansion passes the limit');
    assert.ok(span.start > text.indexOf('e: '), 'in the list of e');
    assert.equal(parsed.problems[0]!.args.limit, MAX_ALIAS_NODES);
  });

  it('expands many references to a small anchor: reuse is not a bomb', () => {
    const text = `x: &x v\ny: [${Array(1000).fill('*x').join(', ')}]\n`;
    const parsed = parseYaml(text);
    assert.deepEqual(parsed.problems, []);
    assert.equal((parsed.data as { y: string[] }).y.length, 1000);
  });

  it('reports an alias inside the node its anchor names', () => {
    const text = 'a: &a [1, *a]\n';
    const problems = parseYaml(text).problems;
    assert.deepEqual(
      problems.map((p) => p.code),
      ['ALIAS_CYCLE'],
    );
    assert.equal(text.slice(problems[0]!.span.start, problems[0]!.span.end), '*a');
  });

  it('reports nesting deeper than the limit before composing it, in flow and block style', () => {
    for (const text of [
      `a: ${'['.repeat(MAX_DEPTH + 5)}`,
      `a: ${'[ '.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`,
      `${'- '.repeat(MAX_DEPTH + 1)}x\n`,
    ]) {
      const problems = parseYaml(text).problems;
      assert.deepEqual(
        problems.map((p) => p.code),
        ['TOO_DEEP'],
        text.slice(0, 20),
      );
    }
    assert.deepEqual(parseYaml(`a: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`).problems, [], 'just under the limit');
  });

  it('reports a nesting the parser cannot unwind (thousands of levels, then a line at the top) at its line, never throwing', () => {
    for (const [text, line] of [
      [`version: 1\n${'- '.repeat(10_000)}x\nkey: 0\n`, 1],
      [`version: 1\na: [\n${'- '.repeat(5_000)}{${'['.repeat(6_000)}\nb: 1\n`, 2],
    ] as const) {
      const problems = parseYaml(text).problems;
      assert.deepEqual(
        problems.map((p) => p.code),
        ['TOO_DEEP'],
      );
      assert.equal(text.slice(0, problems[0]!.span.start).split('\n').length - 1, line, 'the line that nests too deep');
      assert.equal(completionPlaceAt(text, text.length), undefined);
    }
  });

  it("gives the data yaml gives, with aliases and merge keys, without yaml's search for each alias's anchor", () => {
    const options = { prettyErrors: false, uniqueKeys: true, version: '1.2', strict: true, merge: true, logLevel: 'error' } as const;
    const texts = [
      'a: &x {k: 1}\nb: *x\nc: {<<: *x, k: 2}\n',
      'base: &b [1, 2]\nl: [*b, *b]\n',
      'a: &a 1\nb: &a 2\nc: *a\n',
      'm: &m {x: 1}\nn: {<<: [*m, {y: 2}]}\n',
      'a: &a {b: &b [1]}\nc: *b\nd: *a\n',
      `partners:\n  - &base {type: reseller, segments: [s]}\n${Array.from({ length: 2000 }, (_, i) => `  - {<<: *base, name: P${i}}\n`).join('')}`,
    ];
    const search = Alias.prototype.resolve;
    let searches = 0;
    Alias.prototype.resolve = function (this: Alias, ...args: Parameters<typeof search>) {
      searches++;
      return search.apply(this, args);
    };
    try {
      for (const text of texts) assert.deepEqual(parseYaml(text).data, parseDocument(text, options).toJS({ maxAliasCount: -1 }), text.slice(0, 40));
      searches = 0;
      parseYaml(texts.at(-1)!);
      assert.equal(searches, 0, 'no alias of 2,000 searched the document for its anchor: linear in the number of aliases');
    } finally {
      Alias.prototype.resolve = search;
    }
  });

  it('reports expansion deeper than the limit through aliases', () => {
    const lines = ['a0: &a0 [x]'];
    for (let i = 1; i <= MAX_DEPTH + 1; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    const problems = parseYaml(lines.join('\n')).problems;
    assert.deepEqual(
      problems.map((p) => p.code),
      ['TOO_DEEP'],
    );
  });

  it('reports an alias with no anchor as such, not as an alias bomb', () => {
    const text = 'a: 1\nb: *nope\n';
    const problems = parseYaml(text).problems;
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.code, 'UNRESOLVED_ALIAS');
    assert.equal(problems[0]!.args.alias, 'nope');
    assert.equal(text.slice(problems[0]!.span.start, problems[0]!.span.end), '*nope');
  });
});
