import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex, utf8Column, utf8Length } from '../../src/core/positions';

describe('positions: LineIndex', () => {
  describe('plain ASCII with "\\n"', () => {
    const text = 'ab\ncde\n\nf';
    const lines = new LineIndex(text);

    it('counts lines, the last one without a newline included', () => {
      assert.equal(lines.lineCount, 4);
      assert.deepEqual(
        [1, 2, 3, 4].map((l) => lines.lineText(l)),
        ['ab', 'cde', '', 'f'],
      );
    });

    it('maps offsets to 1-based lines and columns', () => {
      assert.deepEqual(lines.positionAt(0), { line: 1, column: 1 });
      assert.deepEqual(lines.positionAt(1), { line: 1, column: 2 });
      assert.deepEqual(lines.positionAt(2), { line: 1, column: 3 }, 'the "\\n" itself is the end of line 1');
      assert.deepEqual(lines.positionAt(3), { line: 2, column: 1 });
      assert.deepEqual(lines.positionAt(7), { line: 3, column: 1 }, 'an empty line');
      assert.deepEqual(lines.positionAt(8), { line: 4, column: 1 });
      assert.deepEqual(lines.positionAt(9), { line: 4, column: 2 }, 'the end of the text');
    });

    it('maps positions back to offsets', () => {
      assert.equal(lines.offsetAt({ line: 1, column: 1 }), 0);
      assert.equal(lines.offsetAt({ line: 2, column: 3 }), 5);
      assert.equal(lines.offsetAt({ line: 4, column: 2 }), 9);
    });

    it('clamps out-of-range offsets and positions', () => {
      assert.deepEqual(lines.positionAt(-5), { line: 1, column: 1 });
      assert.deepEqual(lines.positionAt(1000), { line: 4, column: 2 });
      assert.equal(lines.offsetAt({ line: 1, column: 99 }), 2, 'a column past the content is the line end');
      assert.equal(lines.offsetAt({ line: 2, column: 0 }), 3, 'column 0 is column 1');
      assert.equal(lines.offsetAt({ line: 0, column: 1 }), 0, 'line 0 is line 1');
      assert.equal(lines.offsetAt({ line: -3, column: 2 }), 1);
      assert.equal(lines.offsetAt({ line: 99, column: 1 }), 8, 'a line past the end is the last line');
      assert.equal(lines.lineText(0), 'ab');
      assert.equal(lines.lineText(42), 'f');
    });

    it('gives line bounds without the line ending', () => {
      assert.deepEqual(lines.lineBounds(1), { start: 0, end: 2 });
      assert.deepEqual(lines.lineBounds(3), { start: 7, end: 7 });
      assert.deepEqual(lines.lineBounds(4), { start: 8, end: 9 });
    });

    it('turns spans into ranges', () => {
      assert.deepEqual(lines.rangeOf({ start: 3, end: 6 }), { start: { line: 2, column: 1 }, end: { line: 2, column: 4 } });
      assert.deepEqual(lines.rangeOf({ start: 1, end: 4 }), { start: { line: 1, column: 2 }, end: { line: 2, column: 2 } });
      assert.deepEqual(lines.rangeOf({ start: 5, end: 5 }), { start: { line: 2, column: 3 }, end: { line: 2, column: 3 } });
    });
  });

  describe('empty text', () => {
    const lines = new LineIndex('');
    it('has one empty line and every offset is 1:1', () => {
      assert.equal(lines.lineCount, 1);
      assert.equal(lines.lineText(1), '');
      assert.deepEqual(lines.positionAt(0), { line: 1, column: 1 });
      assert.deepEqual(lines.positionAt(10), { line: 1, column: 1 });
      assert.equal(lines.offsetAt({ line: 5, column: 5 }), 0);
      assert.deepEqual(lines.rangeOf({ start: 0, end: 0 }), { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    });
  });

  describe('a trailing newline', () => {
    const lines = new LineIndex('a: 1\n');
    it('opens an empty last line', () => {
      assert.equal(lines.lineCount, 2);
      assert.equal(lines.lineText(2), '');
      assert.deepEqual(lines.positionAt(5), { line: 2, column: 1 });
    });
  });

  describe('CRLF line endings', () => {
    const text = 'a: 1\r\nbb: 2\r\n\r\nc';
    const lines = new LineIndex(text);

    it('strips "\\r" from the line text', () => {
      assert.equal(lines.lineCount, 4);
      assert.deepEqual(
        [1, 2, 3, 4].map((l) => lines.lineText(l)),
        ['a: 1', 'bb: 2', '', 'c'],
      );
      assert.deepEqual(lines.lineBounds(1), { start: 0, end: 4 });
    });

    it('puts the "\\r" and the "\\n" at the end of the line content', () => {
      assert.deepEqual(lines.positionAt(4), { line: 1, column: 5 }, 'the "\\r"');
      assert.deepEqual(lines.positionAt(5), { line: 1, column: 5 }, 'between "\\r" and "\\n": clamped to the content end');
      assert.deepEqual(lines.positionAt(6), { line: 2, column: 1 });
      assert.deepEqual(lines.positionAt(text.indexOf('c')), { line: 4, column: 1 });
    });

    it('never maps a position to the "\\n" of "\\r\\n"', () => {
      assert.equal(lines.offsetAt({ line: 1, column: 6 }), 4);
      assert.equal(lines.offsetAt({ line: 1, column: 100 }), 4);
      assert.equal(lines.offsetAt({ line: 3, column: 3 }), 13);
    });

    it('breaks lines at a lone "\\r", as YAML 1.2 does', () => {
      const lone = new LineIndex('a\rb\nc');
      assert.equal(lone.lineCount, 3);
      assert.equal(lone.lineText(1), 'a');
      assert.equal(lone.lineText(2), 'b');
      assert.deepEqual(lone.positionAt(2), { line: 2, column: 1 });
      assert.deepEqual(lone.positionAt(1), { line: 1, column: 2 });
    });

    it('gives the same positions to LF, CRLF and lone CR forms of a text', () => {
      const lf = 'a: 1\nbb: 2\n\nc: 日本\n';
      for (const [name, eol] of [
        ['CRLF', '\r\n'],
        ['CR', '\r'],
      ] as const) {
        const other = lf.replace(/\n/g, eol);
        const a = new LineIndex(lf);
        const b = new LineIndex(other);
        assert.equal(b.lineCount, a.lineCount, name);
        for (let line = 1; line <= a.lineCount; line++) assert.equal(b.lineText(line), a.lineText(line), `${name} line ${line}`);
      }
    });

    it('does not count a byte order mark as a column', () => {
      const bom = new LineIndex('\ufeffa: 1\nb: 2');
      assert.deepEqual(bom.positionAt(1), { line: 1, column: 1 });
      assert.deepEqual(bom.positionAt(0), { line: 1, column: 1 });
      assert.equal(bom.offsetAt({ line: 1, column: 1 }), 1);
      assert.equal(bom.lineText(1), 'a: 1');
      assert.deepEqual(bom.positionAt(6), { line: 2, column: 1 });
    });
  });

  describe('Japanese text', () => {
    const text = 'title: 日本語の戦略\n名前: 佐藤\n';
    const lines = new LineIndex(text);
    it('counts one UTF-16 unit per character', () => {
      assert.deepEqual(lines.positionAt(text.indexOf('戦略')), { line: 1, column: 12 });
      assert.deepEqual(lines.positionAt(text.indexOf('佐藤')), { line: 2, column: 5 });
      assert.equal(lines.offsetAt({ line: 2, column: 5 }), text.indexOf('佐藤'));
      assert.equal(lines.lineText(2), '名前: 佐藤');
    });
  });

  describe('emoji (surrogate pairs)', () => {
    const text = 'a: 🚀x\n😀: 1';
    const lines = new LineIndex(text);
    it('counts an emoji as two UTF-16 columns', () => {
      assert.deepEqual(lines.positionAt(text.indexOf('x')), { line: 1, column: 6 });
      assert.deepEqual(lines.positionAt(text.indexOf(':', 5)), { line: 2, column: 3 });
      assert.equal(lines.offsetAt({ line: 1, column: 6 }), text.indexOf('x'));
      assert.deepEqual(lines.rangeOf({ start: 3, end: 5 }), { start: { line: 1, column: 4 }, end: { line: 1, column: 6 } });
    });
  });

  describe('tabs', () => {
    const text = 'a:\t"x\ty"\n\tb';
    const lines = new LineIndex(text);
    it('counts a tab as one column', () => {
      assert.deepEqual(lines.positionAt(text.indexOf('"')), { line: 1, column: 4 });
      assert.deepEqual(lines.positionAt(text.indexOf('y')), { line: 1, column: 7 });
      assert.deepEqual(lines.positionAt(text.indexOf('b')), { line: 2, column: 2 });
    });
  });

  describe('property: offsets round-trip', () => {
    const pieces = fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '\r', '日', '😀', '#', ':');
    const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

    it('offsetAt(positionAt(o)) === o for every offset not between "\\r" and "\\n"', () => {
      fc.assert(
        fc.property(texts, fc.nat(), (text, n) => {
          const lines = new LineIndex(text);
          const offset = n % (text.length + 1);
          fc.pre(!(text[offset - 1] === '\r' && text[offset] === '\n'));
          assert.equal(lines.offsetAt(lines.positionAt(offset)), offset);
        }),
        { numRuns: 500 },
      );
    });

    it('positionAt(offsetAt(p)) === p for every position inside a line', () => {
      fc.assert(
        fc.property(texts, fc.nat(), fc.nat(), (text, l, c) => {
          const lines = new LineIndex(text);
          const line = (l % lines.lineCount) + 1;
          const column = (c % (lines.lineText(line).length + 1)) + 1;
          assert.deepEqual(lines.positionAt(lines.offsetAt({ line, column })), { line, column });
        }),
        { numRuns: 300 },
      );
    });

    it('lines joined with their endings give back the text', () => {
      fc.assert(
        fc.property(texts, (text) => {
          const lines = new LineIndex(text);
          let rebuilt = '';
          for (let line = 1; line <= lines.lineCount; line++) {
            const { start } = lines.lineBounds(line);
            const next = line < lines.lineCount ? lines.lineBounds(line + 1).start : text.length;
            assert.equal(text.slice(start, start + lines.lineText(line).length), lines.lineText(line));
            rebuilt += text.slice(start, next);
          }
          assert.equal(rebuilt, text);
          assert.equal(lines.lineCount, text.split(/\r\n|\r|\n/).length);
        }),
      );
    });
  });
});

describe('positions: UTF-8 columns', () => {
  it('measures bytes: ASCII 1, Latin-1 2, Japanese 3, emoji 4', () => {
    assert.equal(utf8Length(''), 0);
    assert.equal(utf8Length('abc'), 3);
    assert.equal(utf8Length('é'), 2);
    assert.equal(utf8Length('日本'), 6);
    assert.equal(utf8Length('😀'), 4);
    assert.equal(utf8Length('a😀日'), 8);
  });

  it('counts a lone surrogate as the 3 bytes of its replacement character', () => {
    assert.equal(utf8Length('\ud83d'), 3);
    assert.equal(utf8Length('\ud83dx'), 4);
    assert.equal(utf8Length('\ude00'), 3);
  });

  it('agrees with Buffer.byteLength on well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'));
      }),
    );
  });

  it('turns a UTF-16 column into a UTF-8 byte column', () => {
    const line = 'title: 日本語 😀x';
    assert.equal(utf8Column(line, 1), 1);
    assert.equal(utf8Column(line, 8), 8, 'before the Japanese');
    assert.equal(utf8Column(line, 9), 11, 'after one Japanese character');
    assert.equal(utf8Column(line, 11), 17, 'after three');
    assert.equal(utf8Column(line, line.indexOf('x') + 1), 22, 'after the emoji (two UTF-16 units, four bytes)');
    assert.equal(utf8Column(line, 0), 1, 'column 0 is clamped to 1');
    assert.equal(utf8Column('', 5), 1);
  });
});
