/** Safe fixes: one list in the core; applying them keeps everything but the fixed spans, and a second pass is a no-op. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyFixes, fixText, lint, safeFixes } from '../../src/core/index';
import { closest } from '../../src/core/suggest';
import { parse } from 'yaml';
import { validateStrategy } from '../../src/core/validators';
import { READY, edit } from '../helpers/strategy';

/** A text's schema errors, each as where, which keyword and its parameters. */
function schemaErrors(text: string): Set<string> {
  const data = parse(text) as unknown;
  if (validateStrategy(data)) return new Set();
  return new Set((validateStrategy.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`));
}

/** Replacements in turn, of text that must be there (a replacement may leave it as it was). */
function edits(text: string, ...pairs: [string, string][]): string {
  return pairs.reduce((out, [from, to]) => {
    assert.ok(out.includes(from), from);
    return out.replace(from, to);
  }, text);
}

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
        ['schema', "'local-kign'", "'local-king'"],
      ],
    );
  });

  it('fix a file to the text it meant, keeping comments, order and layout; fixing again changes nothing', () => {
    const { text, applied } = fixText(MISSPELT);
    assert.equal(applied, 3);
    assert.equal(text, edit(READY, ['  monthlyPrice: 5000', '  monthlyPrice: 5000   # per user, list price'], ['type: local-king', "type: 'local-king'"]));
    assert.deepEqual(fixText(text), { text, applied: 0, fixes: [] });
  });

  it("keep the scalar's quoting, and never offer a fix that makes a duplicate or a schema error (fast-check)", () => {
    const base = edit(READY, [
      '    - id: kansai-smb\n',
      '    - id: kansai-smb\n      name: Kansai\n      status: new\n      companies: 100\n    - id: kansai-smx\n',
    ]);
    /** How a scalar is written: as it is, 'single' or "double" quoted. */
    const quote = fc.constantFrom(
      (v: string) => v,
      (v: string) => `'${v}'`,
      (v: string) => `"${v}"`,
    );
    /** A misspelling: a letter doubled, dropped or changed, or none. */
    const misspell = fc.tuple(fc.nat(), fc.constantFrom('double', 'drop', 'change', 'none'));
    const spoil = (word: string, [at, how]: [number, string]): string => {
      const i = at % word.length;
      if (how === 'double') return word.slice(0, i) + word[i] + word.slice(i);
      if (how === 'drop') return word.slice(0, i) + word.slice(i + 1);
      if (how === 'change') return `${word.slice(0, i)}${word[i] === 'q' ? 'z' : 'q'}${word.slice(i + 1)}`;
      return word;
    };
    const ids = fc.array(fc.tuple(fc.constantFrom('kansai-smb', 'kansai-smx'), misspell, quote), { minLength: 1, maxLength: 3 });
    const documents = fc
      .record({
        ids,
        flow: fc.boolean(),
        pricing: fc.tuple(fc.constantFrom('per-user', 'per-account'), misspell, quote),
        status: fc.tuple(fc.constantFrom('achieved', 'not-yet'), misspell, quote),
        key: fc.tuple(fc.constantFrom('monthlyPrice:', 'budget:', 'dedicated:'), misspell),
      })
      .map(({ ids, flow, pricing, status, key }) => {
        const written = ids.map(([id, how, q]) => q(spoil(id, how)));
        const list = flow ? `[${written.join(', ')}]` : `\n${written.map((id) => `      - ${id}`).join('\n')}`;
        return edits(
          base,
          ['    segments: [kansai-smb]', `    segments: ${list}  # where they sell`],
          ['  pricing: per-user', `  pricing: ${pricing[2](spoil(pricing[0], pricing[1]))}`],
          ['    status: achieved', `    status: ${status[2](spoil(status[0], status[1]))}`],
          [`  ${key[0]}`, `  ${spoil(key[0].slice(0, -1), key[1])}:`],
        );
      });
    let offered = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const before = schemaErrors(text);
        for (const fix of safeFixes(lint(text))) {
          offered++;
          const fixed = applyFixes(text, [fix]);
          const written = text.slice(fix.span.start, fix.span.end);
          // Quoting kept: a quoted scalar stays quoted the same way; a plain one is quoted only where it must be.
          if (written.startsWith('"')) assert.ok(fix.replacement.startsWith('"'), `${written} → ${fix.replacement}`);
          else if (written.startsWith("'")) assert.ok(fix.replacement.startsWith("'"), `${written} → ${fix.replacement}`);
          else assert.ok(!fix.replacement.startsWith("'"), `${written} → ${fix.replacement}`);
          const duplicates = (yaml: string): number => {
            const segments = (parse(yaml) as { partners: { segments: string[] }[] }).partners[0]!.segments;
            return segments.length - new Set(segments).size;
          };
          assert.ok(duplicates(fixed) <= duplicates(text), `no duplicate made by ${written} → ${fix.replacement}`);
          for (const error of schemaErrors(fixed)) assert.ok(before.has(error), `no schema error made (${error}) by ${written} → ${fix.replacement}`);
          assert.match(fixed, /# where they sell/);
        }
      }),
      { numRuns: 300 },
    );
    assert.ok(offered > 100, `${offered} fixes checked`);
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
