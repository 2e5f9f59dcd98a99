/** Safe fixes: one list in the core; applying them keeps everything but the fixed spans, and a second pass is a no-op. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyFixes, fixText, lint, safeFixes } from '../../src/core/index';
import { closest } from '../../src/core/suggest';
import { READY, edit } from '../helpers/strategy';

/** Misspelt keys and values of READY, each with one close candidate; the comment and quoting around them must stay. */
const MISSPELT = edit(
  READY,
  ['  monthlyPrice: 5000', '  monthlyPrize: 5000   # per user, list price'],
  ['type: local-king', "type: 'local-kign'"],
  ['    status: achieved', '    status: achived'],
);

describe('safe fixes', () => {
  it("are the findings' corrections, in the text's order", () => {
    const fixes = safeFixes(lint(MISSPELT));
    assert.deepEqual(
      fixes.map((f) => [f.ruleId, MISSPELT.slice(f.span.start, f.span.end), f.replacement]),
      [
        ['schema', 'achived', 'achieved'],
        ['schema', 'monthlyPrize', 'monthlyPrice'],
        ['schema', "'local-kign'", 'local-king'],
      ],
    );
  });

  it('fix a file to the text it meant, keeping comments, order and layout; fixing again changes nothing', () => {
    const { text, applied } = fixText(MISSPELT);
    assert.equal(applied, 3);
    assert.equal(text, edit(READY, ['  monthlyPrice: 5000', '  monthlyPrice: 5000   # per user, list price']));
    assert.deepEqual(fixText(text), { text, applied: 0, fixes: [] });
  });

  it('keep CRLF line ends and Japanese text', () => {
    const crlf = edit(MISSPELT, ['title: Acme Cloud partner strategy FY2027', 'title: アクメ・クラウドのパートナー戦略']).replace(/\n/g, '\r\n');
    const { text } = fixText(crlf);
    assert.ok(text.includes('アクメ・クラウドのパートナー戦略\r\n'));
    assert.equal(text.split('\r\n').length, crlf.split('\r\n').length);
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
    assert.deepEqual(lint(text).findings, []);
  });

  it('never offer a correction that needs judgement: two candidates as close are no fix', () => {
    assert.equal(closest('locale-king', ['local-king']), 'local-king');
    assert.equal(closest('abcd', ['abce', 'abcf']), undefined, 'a tie');
    assert.equal(closest('partner', ['partner-margin', 'partner-share']), undefined, 'an abbreviation of two');
    assert.equal(closest('warn', ['warning', 'error']), 'warning');
  });

  it('drop the second of two overlapping fixes', () => {
    const fixes = [
      { ruleId: 'a', title: { en: '', ja: '' }, span: { start: 0, end: 4 }, replacement: 'AAAA' },
      { ruleId: 'b', title: { en: '', ja: '' }, span: { start: 2, end: 6 }, replacement: 'BBBB' },
    ];
    const kept = safeFixes({
      findings: fixes.map((f) => ({
        ruleId: f.ruleId,
        severity: 'error',
        message: '',
        path: [],
        span: f.span,
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        docsUrl: '',
        suggestions: [f],
      })),
    });
    assert.deepEqual(
      kept.map((f) => f.ruleId),
      ['a'],
    );
    assert.equal(applyFixes('123456', kept), 'AAAA56');
  });

  it('are idempotent for any misspelling of any key of a strategy (fast-check)', () => {
    const keyLines = READY.split('\n')
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => /^\s*[a-zA-Z]+:/.test(line));
    fc.assert(
      fc.property(fc.constantFrom(...keyLines), fc.nat(), (picked, seed) => {
        const lines = READY.split('\n');
        const key = /^(\s*)([a-zA-Z]+):/.exec(picked.line)!;
        const name = key[2]!;
        const at = seed % name.length;
        // One letter doubled: a near miss of the key.
        lines[picked.index] = `${key[1]}${name.slice(0, at)}${name[at]}${name.slice(at)}${picked.line.slice(key[0].length - 1)}`;
        const once = fixText(lines.join('\n'));
        assert.deepEqual(fixText(once.text), { text: once.text, applied: 0, fixes: [] });
      }),
      { numRuns: 200 },
    );
  });
});
