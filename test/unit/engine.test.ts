import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lint, sortFindings } from '../../src/core/engine';
import { mergeConfig } from '../../src/core/config';
import { RULE_IDS, docsUrl } from '../../src/core/rules/index';
import type { Finding, LintResult } from '../../src/core/types';
import { READY, columnOf, edit, lineOf } from '../helpers/strategy';

const ids = (result: LintResult): string[] => result.findings.map((f) => f.ruleId);
const at = (f: Finding): string => `${f.range.start.line}:${f.range.start.column}`;
const schema = (result: LintResult): Finding[] => result.findings.filter((f) => f.ruleId === 'schema');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Many findings at once: PMF not yet, small market, low priority, not dedicated, quota, no KPIs. */
const MESSY = edit(
  READY,
  ['status: achieved', 'status: not-yet'],
  ['targetCompanies: 12000', 'targetCompanies: 100'],
  ['priority: high', 'priority: low'],
  ['    dedicated: true', '    dedicated: false'],
  ['directSalesQuota: false', 'directSalesQuota: true'],
  ['    budget: approved\n', ''],
  ['    headcount: approved\n', ''],
  [/kpis:[\s\S]*$/, ''],
);

describe('engine: lint() basics', () => {
  it('a complete strategy has no findings and is ready', () => {
    const result = lint(READY);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.suppressed, []);
    assert.equal(result.readiness?.verdict, 'ready');
    assert.ok(result.ltv && result.ltv.ltv > 8_000_000);
    assert.equal((result.data as { version: number }).version, 1);
  });

  it('every finding has the documented fields', () => {
    for (const finding of lint(MESSY).findings) {
      assert.ok(RULE_IDS.includes(finding.ruleId));
      assert.ok(['error', 'warning', 'info'].includes(finding.severity));
      assert.ok(finding.message.length > 0);
      assert.equal(finding.docsUrl, docsUrl(finding.ruleId));
      assert.match(finding.docsUrl, new RegExp(`docs/rules/${finding.ruleId}\\.md$`));
      assert.ok(finding.range.start.line >= 1 && finding.range.start.column >= 1);
      assert.ok(finding.span.start <= finding.span.end);
      assert.ok(Array.isArray(finding.path));
    }
  });

  it('reports each rule at the node docs/reference/rules.md names', () => {
    const result = lint(MESSY);
    const where = Object.fromEntries(result.findings.map((f) => [f.ruleId, at(f)]));
    assert.equal(where['pmf-not-achieved'], `${lineOf(MESSY, 'not-yet')}:${columnOf(MESSY, 'not-yet')}`);
    assert.equal(where['target-market-too-small'], `${lineOf(MESSY, 'targetCompanies')}:${columnOf(MESSY, '100')}`);
    assert.equal(where['low-priority'], `${lineOf(MESSY, 'priority: low')}:${columnOf(MESSY, 'low')}`);
    assert.equal(where['no-dedicated-owner'], `${lineOf(MESSY, 'dedicated: false')}:${columnOf(MESSY, 'false')}`);
    assert.equal(
      where['owner-has-direct-quota'],
      `${lineOf(MESSY, 'directSalesQuota')}:${columnOf(MESSY, 'directSalesQuota: true') + 'directSalesQuota: '.length}`,
    );
    assert.equal(where['no-budget'], `${lineOf(MESSY, 'executiveSponsor')}:3`, 'absent budget: at the executiveSponsor key');
    assert.equal(where['no-kpis'], '1:1', 'absent kpis: line 1');
  });

  it('sorts findings by line, then column, then rule id', () => {
    const result = lint(MESSY);
    assert.ok(result.findings.length >= 8);
    const keys = result.findings.map((f) => [f.range.start.line, f.range.start.column, f.ruleId] as const);
    for (let i = 1; i < keys.length; i++) {
      const [l1, c1, r1] = keys[i - 1]!;
      const [l2, c2, r2] = keys[i]!;
      assert.ok(l1 < l2 || (l1 === l2 && (c1 < c2 || (c1 === c2 && r1 <= r2))), `${keys[i - 1]} before ${keys[i]}`);
    }
    const sameSpot = result.findings.filter((f) => f.ruleId === 'no-budget' || f.ruleId === 'no-headcount');
    assert.deepEqual(
      sameSpot.map((f) => f.ruleId),
      ['no-budget', 'no-headcount'],
      'two findings at one spot: by rule id',
    );
    assert.equal(at(sameSpot[0]!), at(sameSpot[1]!));
  });

  it('sortFindings orders by line, column, rule id and YAML path, never by message, without changing its input', () => {
    const make = (line: number, column: number, ruleId: string, path: (string | number)[] = [], message = 'm'): Finding => ({
      ruleId,
      severity: 'info',
      message,
      path,
      span: { start: 0, end: 0 },
      docsUrl: '',
      range: { start: { line, column }, end: { line, column } },
    });
    const input = [
      make(2, 1, 'a'),
      make(1, 5, 'b'),
      make(1, 5, 'a', ['x', 1], 'z'),
      make(1, 5, 'a', ['x', 0], 'y'),
      make(1, 5, 'a', ['x', 0], 'a'),
      make(1, 2, 'z'),
    ];
    const copy = [...input];
    const sorted = sortFindings(input);
    assert.deepEqual(
      sorted.map((f) => `${at(f)} ${f.ruleId} ${f.message}`),
      ['1:2 z m', '1:5 a y', '1:5 a a', '1:5 a z', '1:5 b m', '2:1 a m'],
      'equal paths keep their order',
    );
    assert.deepEqual(input, copy);
  });

  it('is deterministic', () => {
    for (const text of [READY, MESSY, 'a: 1\na: 2\n', '- x\n', '']) assert.deepEqual(lint(text), lint(text));
  });

  it('never throws on arbitrary text (property)', () => {
    const pieces = fc.constantFrom(
      'version: 1\n',
      'product:\n',
      '  name: x\n',
      '  pmf: {status: not-yet}\n',
      'partners: [',
      ']\n',
      '- ',
      '&a ',
      '*a\n',
      '"',
      '#',
      ' ',
      '\t',
      '\n',
      'kpis:\n',
      '  - name: k\n',
      '    target: 1\n',
      '---\n',
      '日本',
      '😀',
      '\r\n',
      '{',
      '}',
      ':',
      'partnerlint-disable ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const result = lint(text);
        for (const finding of result.findings) {
          assert.ok(finding.span.start >= 0 && finding.span.end <= text.length && finding.span.start <= finding.span.end);
          assert.ok(finding.message.length > 0 && !/undefined|NaN/.test(finding.message), finding.message);
        }
        assert.equal(
          result.readiness === null,
          result.findings.some((f) => f.ruleId === 'syntax'),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('engine: locale', () => {
  const text = edit(READY, ['    dedicated: true', '    dedicated: false'], ['targetCompanies: 12000', 'targetCompanies: many']);

  it('words messages in Japanese with locale ja and in English by default', () => {
    const en = lint(text);
    const ja = lint(text, { locale: 'ja' });
    assert.deepEqual(ids(en), ids(ja), 'the same findings');
    assert.deepEqual(en.findings.map(at), ja.findings.map(at), 'at the same places');
    for (let i = 0; i < en.findings.length; i++) {
      assert.notEqual(en.findings[i]!.message, ja.findings[i]!.message);
      assert.doesNotMatch(en.findings[i]!.message, JAPANESE);
      assert.match(ja.findings[i]!.message, JAPANESE);
    }
    assert.deepEqual(lint(text, { locale: 'en' }).findings, en.findings);
  });

  it('takes the locale from the configuration, and an explicit locale over it', () => {
    const config = mergeConfig([{ locale: 'ja' }]);
    assert.match(lint(text, { config }).findings[0]!.message, JAPANESE);
    assert.doesNotMatch(lint(text, { config, locale: 'en' }).findings[0]!.message, JAPANESE);
  });

  it('words the readiness reasons in the locale', () => {
    assert.match(lint(READY, { locale: 'ja' }).readiness!.checks.pmf.reason, JAPANESE);
    assert.doesNotMatch(lint(READY).readiness!.checks.pmf.reason, JAPANESE);
  });

  it('offers each suggestion title in both languages', () => {
    const finding = lint(edit(READY, ['monthlyPrice:', 'monthlyPrize:'])).findings[0]!;
    const title = finding.suggestions?.[0]?.title;
    assert.ok(title);
    assert.match(title.en, /monthlyPrice/);
    assert.match(title.ja, /monthlyPrice/);
    assert.match(title.ja, JAPANESE);
  });
});

describe('engine: severities from configuration', () => {
  const text = edit(READY, ['    dedicated: true', '    dedicated: false'], [/kpis:[\s\S]*$/, '']);

  it('uses the default severities of docs/reference/rules.md', () => {
    const severities = Object.fromEntries(lint(text).findings.map((f) => [f.ruleId, f.severity]));
    assert.deepEqual(severities, { 'no-dedicated-owner': 'error', 'no-kpis': 'warning' });
  });

  it('overrides severities', () => {
    const config = mergeConfig([{ rules: { 'no-dedicated-owner': 'info', 'no-kpis': 'error' } }]);
    const severities = Object.fromEntries(lint(text, { config }).findings.map((f) => [f.ruleId, f.severity]));
    assert.deepEqual(severities, { 'no-dedicated-owner': 'info', 'no-kpis': 'error' });
  });

  it('drops a rule set to `off`', () => {
    const result = lint(text, { config: mergeConfig([{ rules: { 'no-kpis': 'off' } }]) });
    assert.deepEqual(ids(result), ['no-dedicated-owner']);
    assert.deepEqual(result.suppressed, [], 'off is not suppression');
  });

  it('applies to engine-made findings too: schema and syntax', () => {
    const bad = edit(READY, ['monthlyPrice:', 'monthlyPrize:']);
    assert.equal(lint(bad, { config: mergeConfig([{ rules: { schema: 'warning' } }]) }).findings[0]?.severity, 'warning');
    assert.deepEqual(lint(bad, { config: mergeConfig([{ rules: { schema: 'off' } }]) }).findings, []);
    assert.equal(lint('a: 1\na: 2\n', { config: mergeConfig([{ rules: { syntax: 'info' } }]) }).findings[0]?.severity, 'info');
  });
});

describe('engine: syntax', () => {
  it('reports a syntax error and nothing else; no readiness, LTV or data', () => {
    const text = edit(MESSY, ['title: Acme Cloud partner strategy FY2027', 'title: [unclosed']);
    const result = lint(text);
    assert.ok(result.findings.length > 0);
    assert.ok(
      result.findings.every((f) => f.ruleId === 'syntax'),
      ids(result).join(),
    );
    assert.equal(result.readiness, null);
    assert.equal(result.ltv, null);
    assert.equal(result.data, undefined);
    assert.deepEqual(result.suppressed, []);
  });

  it('reports a duplicate key at the repeated key, naming it', () => {
    const text = edit(READY, ['  name: Acme Cloud\n', '  name: Acme Cloud\n  name: Acme Cloud 2\n']);
    const result = lint(text);
    assert.deepEqual(ids(result), ['syntax']);
    const finding = result.findings[0]!;
    assert.deepEqual(finding.range.start, { line: lineOf(text, 'Acme Cloud 2'), column: 3 });
    assert.match(finding.message, /`name`/);
    assert.equal(finding.severity, 'error');
  });

  it('reports several documents', () => {
    const result = lint(`${READY}---\nversion: 1\n`);
    assert.deepEqual(ids(result), ['syntax']);
    assert.equal(result.findings[0]!.range.start.line, READY.split('\n').length);
    assert.match(result.findings[0]!.message, /---/);
  });

  it('reports an alias bomb without expanding it', () => {
    const level = (name: string, item: string): string => `${name}: &${name} [${Array(10).fill(item).join(', ')}]`;
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', level('b', '*a'), level('c', '*b'), level('d', '*c'), level('e', '*d'), ''].join('\n');
    const result = lint(bomb);
    assert.deepEqual(ids(result), ['syntax']);
    assert.match(result.findings[0]!.message, /alias/i);
  });

  it('reports an alias with no anchor as a syntax error, but not as an alias bomb', () => {
    const result = lint(edit(READY, ['company: Acme KK', 'company: *nowhere']));
    assert.deepEqual(ids(result), ['syntax']);
    assert.doesNotMatch(result.findings[0]!.message, /bomb/);
    assert.match(result.findings[0]!.message, /nowhere/);
  });

  it('reports a %YAML 1.1 directive: strategies are YAML 1.2', () => {
    const result = lint(`%YAML 1.1\n---\n${READY}`);
    assert.deepEqual(ids(result), ['syntax']);
    assert.equal(at(result.findings[0]!), '1:1');
    assert.match(result.findings[0]!.message, /1\.1/);
    assert.deepEqual(lint(`%YAML 1.2\n---\n${READY}`).findings, []);
  });

  it('reports tabs used as indentation', () => {
    const result = lint('version: 1\nproduct:\n\tname: x\n');
    assert.deepEqual(ids(result), ['syntax']);
    assert.equal(result.findings[0]!.range.start.line, 3);
  });

  it('gives every syntax finding a visible range, unless it sits on an empty line', () => {
    for (const text of ['a: [1, 2\n', 'a: [1, 2', 'a: "x\n', 'a: 1\n b: 2\n', 'a:\n  - b\n  c: 1\n', 'a: 1\n\tb: 2\n']) {
      const result = lint(text);
      const lines = text.split('\n');
      assert.ok(result.findings.length > 0, text);
      for (const finding of result.findings) {
        assert.equal(finding.ruleId, 'syntax');
        assert.ok(finding.span.end <= text.length);
        const lineIsEmpty = lines[finding.range.start.line - 1] === '';
        assert.ok(finding.span.end > finding.span.start || lineIsEmpty, `${JSON.stringify(text)}: empty span at ${at(finding)}`);
      }
    }
  });
});

describe('engine: schema findings (schema-errors.ts)', () => {
  it('reports an unknown key at the key, with the key to rename it to and a replacement', () => {
    const text = edit(READY, ['  monthlyPrice: 5000', '  monthlyPrize: 5000']);
    const result = lint(text);
    assert.deepEqual(ids(result), ['schema'], 'one finding: the misspelt required key is not also reported as missing');
    const finding = result.findings[0]!;
    assert.deepEqual(finding.range, { start: { line: lineOf(text, 'monthlyPrize'), column: 3 }, end: { line: lineOf(text, 'monthlyPrize'), column: 15 } });
    assert.match(finding.message, /`monthlyPrize`/);
    assert.match(finding.message, /; rename it to `monthlyPrice` or remove it\.$/);
    assert.equal(finding.suggestions?.length, 1);
    assert.equal(finding.suggestions[0]!.replacement, 'monthlyPrice');
    assert.deepEqual(finding.suggestions[0]!.span, finding.span, 'the fix replaces the key');
    assert.deepEqual(finding.path, ['economics', 'monthlyPrize']);
  });

  it('applying the suggestion gives a clean file', () => {
    const text = edit(READY, ['  monthlyPrice: 5000', '  monthlyPrize: 5000']);
    const finding = lint(text).findings[0]!;
    const suggestion = finding.suggestions![0]!;
    const fixed = text.slice(0, suggestion.span.start) + suggestion.replacement + text.slice(suggestion.span.end);
    assert.equal(fixed, READY);
  });

  it('reports an unknown key with nothing close by listing the allowed keys, without a suggestion', () => {
    const result = lint(edit(READY, ['  monthlyPrice: 5000', '  monthlyPrice: 5000\n  discountPolicy: none']));
    const finding = schema(result)[0]!;
    assert.match(finding.message, /`discountPolicy`/);
    assert.match(finding.message, /`monthlyChurnRate`/);
    assert.equal(finding.suggestions, undefined);
  });

  it('reports a bad enum value at the value, naming the allowed values and the nearest, with a replacement', () => {
    const text = edit(READY, ['type: local-king', 'type: local-kign']);
    const finding = schema(lint(text))[0]!;
    assert.equal(schema(lint(text)).length, 1);
    assert.equal(at(finding), `${lineOf(text, 'local-kign')}:${columnOf(text, 'local-kign')}`);
    assert.match(finding.message, /`local-kign`/);
    assert.match(finding.message, /; change it to `local-king` \(allowed: /);
    for (const value of ['local-king', 'industry-specialist', 'reseller', 'system-integrator', 'technology', 'alliance', 'referral']) {
      assert.ok(finding.message.includes(`\`${value}\``), value);
    }
    assert.equal(finding.suggestions?.[0]?.replacement, 'local-king');
  });

  it('reports a far-off enum value without a suggestion, as a sentence', () => {
    const finding = schema(lint(edit(READY, ['type: local-king', 'type: banana'])))[0]!;
    assert.doesNotMatch(finding.message, /change it to/);
    assert.equal(finding.suggestions, undefined);
    assert.match(finding.message, /`banana`/);
    assert.match(finding.message, /; use one of `local-king`, /, 'the allowed values are what to write instead');
  });

  it("reports a missing key at its parent's key", () => {
    const text = edit(READY, ['  - name: Kansai OA Systems\n    type', '  - type']);
    const finding = schema(lint(text))[0]!;
    assert.equal(schema(lint(text)).length, 1);
    assert.equal(at(finding), `${lineOf(text, '  - type: local-king')}:5`, 'at the first key of the list item');
    assert.match(finding.message, /`name`/);
    const noPrice = edit(READY, ['  monthlyPrice: 5000\n', '']);
    assert.equal(at(schema(lint(noPrice))[0]!), `${lineOf(noPrice, 'economics:')}:1`);
    assert.match(schema(lint(noPrice))[0]!.message, /`monthlyPrice`/);
  });

  it('reports a missing top-level key at line 1', () => {
    const text = edit(READY, ['title: Acme Cloud partner strategy FY2027\n', '']);
    const result = lint(text);
    assert.deepEqual(ids(result), ['schema']);
    assert.equal(at(result.findings[0]!), '1:1');
    assert.match(result.findings[0]!.message, /`title`/);
  });

  it('reports a misspelt required key once, at the misspelt key', () => {
    const text = edit(READY, ['title:', 'titel:']);
    const result = lint(text);
    assert.deepEqual(ids(result), ['schema']);
    assert.equal(at(result.findings[0]!), '2:1');
    assert.equal(result.findings[0]!.suggestions?.[0]?.replacement, 'title');
  });

  it('reports wrong types at the value, saying what was expected and what was found', () => {
    const text = edit(
      READY,
      ['targetCompanies: 12000', 'targetCompanies: many'],
      ['    dedicated: true', '    dedicated: "yes"'],
      ['  evidence:\n      - Direct win rate 32% over FY2026', '  evidence: strong'],
    );
    const findings = schema(lint(text));
    assert.equal(findings.length, 3, findings.map((f) => f.message).join('\n'));
    const [evidence, companies, dedicated] = findings;
    assert.equal(at(evidence!), `${lineOf(text, 'evidence')}:${columnOf(text, 'strong')}`);
    assert.match(evidence!.message, /list/);
    assert.equal(at(companies!), `${lineOf(text, 'many')}:${columnOf(text, 'many')}`);
    assert.match(companies!.message, /whole number/);
    assert.match(companies!.message, /"many"/);
    assert.equal(at(dedicated!), `${lineOf(text, '"yes"')}:${columnOf(text, '"yes"')}`);
    assert.match(dedicated!.message, /true or false/);
  });

  it('reports an empty value at its key', () => {
    const text = edit(READY, ['    dedicated: true', '    dedicated:']);
    const finding = schema(lint(text))[0]!;
    assert.equal(at(finding), `${lineOf(text, 'dedicated:')}:5`);
    assert.ok(finding.span.end > finding.span.start);
  });

  it('reports numbers out of range, blank text, bad patterns and impossible dates at the value', () => {
    const text = edit(
      READY,
      ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 1.5'],
      ['title: Acme Cloud partner strategy FY2027', 'title: "  "'],
      ['currency: JPY', 'currency: yen'],
      ['due: 2027-03-31', 'due: 2027-02-30'],
    );
    const findings = schema(lint(text));
    const byLine = Object.fromEntries(findings.map((f) => [f.range.start.line, f.message]));
    assert.match(byLine[lineOf(text, 'monthlyChurnRate')]!, /above the maximum of 1; change it to 1 or less \(a rate is a fraction of 1: 2% is 0.02\)\.$/);
    assert.match(byLine[2]!, /`title`/);
    assert.match(byLine[lineOf(text, 'currency')]!, /ISO 4217/);
    assert.match(byLine[lineOf(text, 'due:')]!, /^`kpis\[0\].due` is `2027-02-30`, which is not a real calendar date; /);
    assert.equal(findings.length, 4);
  });

  it('reports a wrong version, an empty title and a malformed date, each at its value', () => {
    const text = edit(READY, ['version: 1', 'version: 2'], ['title: Acme Cloud partner strategy FY2027', 'title: ""'], ['due: 2027-03-31', 'due: 2027/03/31']);
    const findings = schema(lint(text));
    assert.deepEqual(findings.map(at), ['1:10', '2:8', `${lineOf(text, 'due:')}:${columnOf(text, '2027/03/31')}`]);
    assert.match(findings[0]!.message, /`version`.*\b1\b/);
    assert.match(findings[1]!.message, /`title`/);
    assert.match(findings[2]!.message, /YYYY-MM-DD/);
  });

  it('reports a segment id of the wrong form with a hint', () => {
    const text = edit(
      READY,
      ['    - id: kansai-smb', '    - id: Kansai_SMB'],
      ['segment: kansai-smb', 'segment: Kansai_SMB'],
      ['segments: [kansai-smb]', 'segments: [Kansai_SMB]'],
    );
    const findings = schema(lint(text));
    assert.ok(findings.length >= 1);
    assert.ok(
      findings.every((f) => /Kansai_SMB/.test(f.message) && /hyphen/.test(f.message)),
      findings.map((f) => f.message).join('\n'),
    );
  });

  it('reports a date that the calendar does not have, once', () => {
    for (const due of ['2027-02-30', '2027-02-29', '2027-04-31']) {
      const findings = schema(lint(edit(READY, ['due: 2027-03-31', `due: ${due}`])));
      assert.equal(findings.length, 1, due);
      assert.match(findings[0]!.message, new RegExp(due));
    }
    assert.deepEqual(lint(edit(READY, ['due: 2027-03-31', 'due: 2028-02-29'])).findings, [], 'a leap day');
    assert.equal(schema(lint(edit(READY, ['due: 2027-03-31', 'due: 2027-13-01']))).length, 1, "month 13: the schema's finding only");
  });

  it('reports .inf once, as not finite', () => {
    const text = edit(READY, ['monthlyPrice: 5000', 'monthlyPrice: .inf']);
    const findings = schema(lint(text));
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    assert.match(findings[0]!.message, /finite/);
  });

  it('reports a repeated segment id at the repeat, naming the first line', () => {
    const text = edit(READY, ['      companies: 4000\n', '      companies: 4000\n    - id: kansai-smb\n      name: again\n      status: new\n']);
    const findings = schema(lint(text));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.range.start.line, lineOf(text, 'name: again') - 1);
    assert.match(findings[0]!.message, new RegExp(`line ${lineOf(text, 'id: kansai-smb')}`));
  });

  it('reports usersPerAccount with per-account pricing', () => {
    const text = edit(READY, ['pricing: per-user', 'pricing: per-account']);
    const finding = schema(lint(text))[0]!;
    assert.equal(finding.range.start.line, lineOf(text, 'usersPerAccount'));
  });

  it('reports a root that is a list, or a scalar, once at line 1, and runs no rule on it', () => {
    for (const [text, word] of [
      ['- version: 1\n- title: x\n', /list/],
      ['42\n', /42/],
      ['just text\n', /just text/],
    ] as const) {
      const result = lint(text);
      assert.deepEqual(ids(result), ['schema'], text);
      assert.equal(at(result.findings[0]!), '1:1');
      assert.match(result.findings[0]!.message, word);
      assert.equal(result.readiness?.verdict, 'incomplete');
    }
  });

  it('reports an empty file once, at 1:1', () => {
    for (const text of ['', '\n\n', '# only a comment\n']) {
      const result = lint(text);
      assert.deepEqual(ids(result), ['schema'], JSON.stringify(text));
      assert.equal(at(result.findings[0]!), '1:1');
      assert.match(result.findings[0]!.message, /empty/);
      assert.equal(result.readiness?.verdict, 'incomplete');
    }
  });

  it('words schema findings in Japanese', () => {
    const text = edit(READY, ['monthlyPrice:', 'monthlyPrize:'], ['type: local-king', 'type: local-kign'], ['targetCompanies: 12000', 'targetCompanies: many']);
    const findings = schema(lint(text, { locale: 'ja' }));
    assert.equal(findings.length, 3);
    for (const finding of findings) assert.match(finding.message, JAPANESE);
    assert.ok(findings.some((f) => f.message.includes('`monthlyPrice`')));
  });

  it('reports a misspelt partner type once: by the schema, not also by majority-reach-without-local-partner', () => {
    // docs/reference/format.md: "so that no problem is reported twice".
    const result = lint(edit(READY, ['type: local-king', 'type: local-kign']));
    assert.deepEqual(ids(result), ['schema']);
  });
});

describe('engine: readiness (rules v2)', () => {
  type Check = 'purpose' | 'pmf' | 'marketSize' | 'ltv' | 'expertise' | 'executive' | 'owner';
  const verdict = (text: string, options = {}): string | undefined => lint(text, options).readiness?.verdict;
  const check = (text: string, id: Check, options = {}) => lint(text, options).readiness!.checks[id];
  const statuses = (text: string, options = {}) => Object.fromEntries(Object.entries(lint(text, options).readiness!.checks).map(([id, c]) => [id, c.status]));

  it('ready: all seven clear, each with what clear means, and no reasons', () => {
    const readiness = lint(READY).readiness!;
    assert.equal(readiness.verdict, 'ready');
    assert.deepEqual(Object.keys(readiness.checks), ['purpose', 'pmf', 'marketSize', 'ltv', 'expertise', 'executive', 'owner']);
    for (const result of Object.values(readiness.checks)) {
      assert.equal(result.status, 'clear');
      assert.deepEqual(result.ruleIds, []);
      assert.deepEqual(result.reasons, []);
      assert.ok(result.reason.length > 0);
    }
    assert.deepEqual(readiness.otherReasons, []);
  });

  it("said no is at risk: each check, from the finding of docs/reference/readiness.md's table, which it points at", () => {
    const cases: [Check, string, [string | RegExp, string][]][] = [
      ['purpose', 'purpose-sales-capacity', [['type: majority-reach', 'type: sales-capacity']]],
      ['pmf', 'pmf-not-achieved', [['status: achieved', 'status: not-yet']]],
      ['marketSize', 'target-market-too-small', [['targetCompanies: 12000', 'targetCompanies: 450']]],
      ['ltv', 'ltv-too-low', [['monthlyPrice: 5000', 'monthlyPrice: 500']]],
      [
        'ltv',
        'high-churn',
        [
          ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.04'],
          ['monthlyPrice: 5000', 'monthlyPrice: 50000'],
        ],
      ],
      [
        'ltv',
        'high-churn',
        [
          ['monthlyChurnRate: 0.01', 'annualChurnRate: 0.45'],
          ['monthlyPrice: 5000', 'monthlyPrice: 50000'],
        ],
      ],
      ['expertise', 'expertise-required', [['expertise: medium', 'expertise: high']]],
      ['executive', 'no-executive-understanding', [['understandsLongTerm: true', 'understandsLongTerm: false']]],
      ['executive', 'no-budget', [['budget: approved', 'budget: none']]],
      [
        'executive',
        'no-headcount',
        [
          ['headcount: approved', 'headcount: none'],
          [/ {2}owner:\n( {4}.*\n)+/, ''],
        ],
      ],
      ['executive', 'low-priority', [['priority: high', 'priority: low']]],
      ['executive', 'payback-expected-too-soon', [['priority: high', 'priority: high\n    expectedPaybackMonths: 12']]],
      ['owner', 'no-dedicated-owner', [['    dedicated: true', '    dedicated: false']]],
      ['owner', 'owner-has-direct-quota', [['directSalesQuota: false', 'directSalesQuota: true']]],
    ];
    for (const [id, rule, edits] of cases) {
      const text = edit(READY, ...edits);
      const result = lint(text);
      assert.ok(ids(result).includes(rule), `${rule}: ${ids(result).join()}`);
      assert.equal(result.readiness?.verdict, 'reconsider', rule);
      const checkResult = result.readiness!.checks[id];
      assert.equal(checkResult.status, 'at-risk', rule);
      assert.ok(checkResult.ruleIds.includes(rule), rule);
      const finding = result.findings.find((f) => f.ruleId === rule)!;
      const reason = checkResult.reasons.find((r) => r.ruleId === rule)!;
      assert.deepEqual(
        [reason.status, reason.line, reason.column, reason.message],
        ['at-risk', finding.range.start.line, finding.range.start.column, finding.message],
        rule,
      );
      assert.equal(checkResult.reason, checkResult.reasons[0]!.message, 'the one-line reason is the first reason');
    }
  });

  it('absent, pending or a placeholder is unknown, never at risk: each check, with a reason naming what to write', () => {
    const cases: [Check, string | null, [string | RegExp, string][]][] = [
      ['purpose', 'purpose-missing', [[/purposes:\n( {2}.*\n)+/, '']]],
      ['purpose', 'purpose-missing', [[/purposes:\n( {2}.*\n)+/, 'purposes: []\n']]],
      ['pmf', 'pmf-unverified', [[/ {2}pmf:\n {4}status: achieved\n {4}evidence:\n {6}- .*\n/, '']]],
      ['pmf', 'pmf-unverified', [['status: achieved', 'status: unknown']]],
      ['pmf', 'pmf-unverified', [[/ {4}evidence:\n {6}- .*\n/, '']]],
      ['pmf', 'pmf-unverified', [[/ {6}- Direct win rate.*\n/, '      - TBD\n      - 未定\n']]],
      ['marketSize', 'schema', [['  targetCompanies: 12000\n', '']]],
      ['ltv', 'ltv-not-judged', [['  monthlyChurnRate: 0.01\n', '']]],
      ['ltv', 'ltv-not-judged', [['currency: JPY', 'currency: ARS']]],
      ['ltv', 'ltv-not-judged', [['currency: JPY', 'currency: TBD']]],
      ['ltv', 'schema', [['  usersPerAccount: 20\n', '']]],
      ['expertise', null, [['  expertise: medium\n', '']]],
      ['executive', 'no-executive-sponsor', [[/ {2}executiveSponsor:\n( {4}.*\n)+/, '']]],
      ['executive', 'placeholder-text', [['    name: Tanaka (CEO)', '    name: TBD (the board decides in May)']]],
      ['executive', 'no-budget', [['budget: approved', 'budget: requested']]],
      ['executive', 'no-budget', [['    budget: approved\n', '']]],
      ['executive', 'no-headcount', [['headcount: approved', 'headcount: requested']]],
      ['executive', 'no-headcount', [['    headcount: approved\n', '']]],
      ['executive', 'schema', [['    understandsLongTerm: true\n', '']]],
      ['owner', 'no-dedicated-owner', [[/ {2}owner:\n( {4}.*\n)+/, '']]],
      ['owner', 'placeholder-text', [['    name: Sato', '    name: 未定（採用予定）']]],
      ['owner', 'placeholder-text', [['    name: Sato', '    name: TBD – recruiting']]],
    ];
    for (const [id, rule, edits] of cases) {
      const text = edit(READY, ...edits);
      const result = lint(text);
      const checkResult = result.readiness!.checks[id];
      const where = `${id} ${rule}: ${JSON.stringify(edits)}`;
      assert.equal(checkResult.status, 'unknown', where);
      assert.equal(result.readiness!.verdict, 'incomplete', where);
      assert.ok(checkResult.reasons.length > 0, where);
      const reason = checkResult.reasons[0]!;
      assert.equal(reason.status, 'unknown', where);
      assert.equal(reason.ruleId, rule, where);
      if (rule !== null) {
        const finding = result.findings.find((f) => f.ruleId === rule && f.range.start.line === reason.line);
        assert.ok(finding, `${where}: the reason points at a reported finding`);
        assert.equal(reason.message, finding.message);
      } else {
        assert.equal(reason.line, null);
        assert.match(reason.message, /`product\.expertise`/);
      }
      for (const other of Object.keys(result.readiness!.checks).filter((c) => c !== id)) {
        assert.equal(result.readiness!.checks[other as Check].status, 'clear', `${where}: ${other}`);
      }
    }
  });

  it('a sponsor or owner whose name is a placeholder gets only placeholder-text: the person is planned, not missing', () => {
    const text = edit(READY, ['    name: Tanaka (CEO)', '    name: TBD'], ['    name: Sato', '    name: 未定']);
    assert.deepEqual(ids(lint(text)).sort(), ['placeholder-text', 'placeholder-text']);
    assert.deepEqual(statuses(text), {
      purpose: 'clear',
      pmf: 'clear',
      marketSize: 'clear',
      ltv: 'clear',
      expertise: 'clear',
      executive: 'unknown',
      owner: 'unknown',
    });
  });

  it('said no beats a placeholder: a part-time owner whose name is TBD is at risk', () => {
    const text = edit(READY, ['    name: Sato', '    name: TBD'], ['    dedicated: true', '    dedicated: false']);
    assert.equal(check(text, 'owner').status, 'at-risk');
    assert.deepEqual(
      check(text, 'owner').reasons.map((r) => [r.ruleId, r.status]),
      [
        ['no-dedicated-owner', 'at-risk'],
        ['placeholder-text', 'unknown'],
      ],
      'what puts it at risk first',
    );
  });

  it('headcount none with a dedicated owner named is not at risk, and the message never says "no people"', () => {
    const text = edit(READY, ['headcount: approved', 'headcount: none']);
    const result = lint(text);
    assert.deepEqual(ids(result), ['no-headcount']);
    assert.equal(result.readiness!.checks.executive.status, 'clear');
    assert.equal(result.readiness!.verdict, 'ready');
    assert.match(result.findings[0]!.message, /beyond the owner/);
    assert.doesNotMatch(result.findings[0]!.message, /no people/i);
    assert.match(lint(text, { locale: 'ja' }).findings[0]!.message, /専任担当者のほかに/);
    // A placeholder owner is no owner named: then the refusal puts it at risk.
    const noOwner = edit(text, ['    name: Sato', '    name: TBD']);
    assert.equal(check(noOwner, 'executive').status, 'at-risk');
  });

  it('the purpose is at risk only when every purpose is sales-capacity', () => {
    const mixed = edit(READY, ['  - type: majority-reach\n', '  - type: sales-capacity\n  - type: majority-reach\n']);
    assert.deepEqual(ids(lint(mixed)), ['purpose-sales-capacity']);
    assert.equal(check(mixed, 'purpose').status, 'clear');
    const only = edit(READY, ['  - type: majority-reach\n', '  - type: sales-capacity\n']);
    assert.equal(check(only, 'purpose').status, 'at-risk');
  });

  it('specialist knowledge is at risk whenever it is high; the message acknowledges the enablement given', () => {
    const withEnablement = lint(edit(READY, ['expertise: medium', 'expertise: high']));
    assert.equal(withEnablement.readiness!.checks.expertise.status, 'at-risk');
    assert.match(withEnablement.findings[0]!.message, /enablement in `product\.enablement`/);
    const placeholder = lint(
      edit(READY, ['expertise: medium', 'expertise: high'], [/ {2}enablement: >-\n.*\n/, '  enablement: TBD. Partners would shadow our engineers\n']),
    );
    assert.deepEqual(placeholder.findings.map((f) => f.ruleId).sort(), ['expertise-required', 'placeholder-text']);
    assert.match(placeholder.findings.find((f) => f.ruleId === 'expertise-required')!.message, /describe in `product\.enablement`/, 'TBD is no enablement');
  });

  it('a rule turned off or suppressed does not count against the verdict, but a missing input stays unknown, named without a line', () => {
    const small = edit(READY, ['targetCompanies: 12000', 'targetCompanies: 400']);
    assert.equal(verdict(small), 'reconsider');
    assert.equal(verdict(small, { config: mergeConfig([{ thresholds: { minTargetCompanies: 100 } }]) }), 'ready');
    assert.equal(verdict(small, { config: mergeConfig([{ rules: { 'target-market-too-small': 'off' } }]) }), 'ready');
    assert.equal(verdict(small, { config: mergeConfig([{ rules: { 'target-market-too-small': 'info' } }]) }), 'reconsider', 'a lower severity still counts');
    const suppressed = edit(small, [
      '  targetCompanies: 400',
      '  # partnerlint-disable-next-line target-market-too-small -- a niche we accept\n  targetCompanies: 400',
    ]);
    assert.equal(verdict(suppressed), 'ready');

    const noSponsor = edit(READY, [/ {2}executiveSponsor:\n( {4}.*\n)+/, '']);
    for (const options of [{ config: mergeConfig([{ rules: { 'no-executive-sponsor': 'off' } }]) }, {}]) {
      const text = Object.keys(options).length
        ? noSponsor
        : edit(noSponsor, ['organization:', '# partnerlint-disable-next-line no-executive-sponsor\norganization:']);
      const result = lint(text, options);
      assert.ok(!ids(result).includes('no-executive-sponsor'));
      const executive = result.readiness!.checks.executive;
      assert.equal(executive.status, 'unknown');
      assert.deepEqual([executive.reasons[0]!.ruleId, executive.reasons[0]!.line], [null, null]);
      assert.match(executive.reasons[0]!.message, /`organization\.executiveSponsor`|sponsor/);
    }
    const noExpertise = edit(READY, ['  expertise: medium\n', '']);
    assert.equal(check(noExpertise, 'expertise', { config: mergeConfig([{ rules: { schema: 'off' } }]) }).status, 'unknown');
  });

  it('an LTV in any of the 30 currencies is judged; any other currency says how to add a threshold', () => {
    for (const currency of ['GBP', 'SGD', 'KRW', 'AUD', 'CHF', 'ILS']) {
      const result = lint(edit(READY, ['currency: JPY', `currency: ${currency}`], ['monthlyPrice: 5000', 'monthlyPrice: 1']));
      assert.deepEqual(ids(result), ['ltv-too-low'], currency);
      assert.equal(result.readiness!.checks.ltv.status, 'at-risk', currency);
    }
    const ars = edit(READY, ['currency: JPY', 'currency: ARS']);
    const result = lint(ars);
    assert.deepEqual(ids(result), ['ltv-not-judged']);
    assert.match(result.findings[0]!.message, /`thresholds\.minLtv\.ARS`/);
    assert.match(result.readiness!.checks.ltv.reason, /no LTV threshold for ARS/);
    assert.equal(verdict(ars, { config: mergeConfig([{ thresholds: { minLtv: { ARS: 1 } } }]) }), 'ready');
  });

  it('a schema finding outside every check keeps the file from ready, and says so', () => {
    const text = edit(READY, ['    target: 120', '    target: lots']);
    const readiness = lint(text).readiness!;
    assert.ok(Object.values(readiness.checks).every((c) => c.status === 'clear'));
    assert.equal(readiness.verdict, 'incomplete');
    assert.equal(readiness.otherReasons.length, 1);
    assert.equal(readiness.otherReasons[0]!.ruleId, 'schema');
  });

  it('never ready when the organization is missing; both of its checks say why', () => {
    const text = edit(READY, [/organization:\n( {2}.*\n)+/, '']);
    const result = lint(text);
    assert.ok(ids(result).includes('schema'));
    assert.equal(result.readiness?.verdict, 'incomplete');
    for (const id of ['executive', 'owner'] as const) assert.equal(result.readiness!.checks[id].reasons[0]!.ruleId, 'schema');
  });

  it('every check that is not clear has a reason, over generated strategies', () => {
    const variants: [string | RegExp, string][][] = [
      [['status: achieved', 'status: not-yet']],
      [['status: achieved', 'status: unknown']],
      [['targetCompanies: 12000', 'targetCompanies: 499']],
      [['currency: JPY', 'currency: XYZ']],
      [['  monthlyChurnRate: 0.01\n', '']],
      [['expertise: medium', 'expertise: high']],
      [['budget: approved', 'budget: requested']],
      [['headcount: approved', 'headcount: none']],
      [['    name: Sato', '    name: TBC']],
      [['    dedicated: true', '    dedicated: false']],
      [['type: majority-reach', 'type: sales-capacity']],
      [['version: 1', 'version: 2']],
    ];
    fc.assert(
      fc.property(fc.subarray(variants.map((_, i) => i)), (chosen) => {
        let text = READY;
        // Two variants may edit the same line: the first one wins.
        for (const i of chosen) text = variants[i]!.reduce((t, [from, to]) => t.replace(from, to), text);
        const readiness = lint(text).readiness!;
        for (const [id, c] of Object.entries(readiness.checks)) {
          if (c.status === 'clear') assert.deepEqual(c.reasons, [], id);
          else assert.ok(c.reasons.length > 0 && c.reasons.every((r) => r.message.length > 0), id);
          if (c.status === 'at-risk')
            assert.ok(
              c.reasons.some((r) => r.status === 'at-risk' && r.line !== null),
              id,
            );
        }
        // Only `headcount: none` beside a dedicated owner leaves a strategy ready.
        if (readiness.verdict === 'ready')
          assert.ok(
            chosen.every((i) => i === 7),
            JSON.stringify(chosen),
          );
        if (readiness.verdict === 'incomplete' && Object.values(readiness.checks).every((c) => c.status === 'clear'))
          assert.ok(readiness.otherReasons.length > 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('engine: large input', () => {
  it('lints 5,000 partners without error and reports each bad reference', function () {
    this.timeout(60_000);
    const partners = Array.from(
      { length: 5000 },
      (_, i) =>
        `  - name: パートナー ${i} 😀\n    type: ${i % 2 ? 'reseller' : 'local-king'}\n    segments: [${i % 1000 === 999 ? 'nowhere' : 'kansai-smb'}]\n`,
    ).join('');
    const text = edit(READY, [/partners:\n[\s\S]*?\nkpis:/, `partners:\n${partners}\nkpis:`]);
    const result = lint(text);
    assert.deepEqual(ids(result), Array(5).fill('unknown-segment'));
    assert.equal(result.findings[4]!.range.start.line, lineOf(text, 'パートナー 4999') + 2);
    assert.equal(result.readiness?.verdict, 'ready');
  });

  it('lints a long file of many findings', function () {
    this.timeout(60_000);
    const kpis = Array.from({ length: 3000 }, (_, i) => `  - name: KPI ${i}\n    target: ${i}\n`).join('');
    const text = edit(READY, [/kpis:[\s\S]*$/, `kpis:\n${kpis}`]);
    const result = lint(text);
    assert.equal(result.findings.length, 3000);
    assert.ok(result.findings.every((f) => f.ruleId === 'kpi-without-due-date'));
  });
});
