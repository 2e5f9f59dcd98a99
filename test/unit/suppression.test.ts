import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { mergeConfig } from '../../src/core/config';
import { comments, parseYaml } from '../../src/core/yaml-ast';
import { LineIndex } from '../../src/core/positions';
import { disableNextLineEdit, parseDirectives } from '../../src/core/suppression';
import type { LintResult } from '../../src/core/types';
import { READY, columnOf, edit, lineOf } from '../helpers/strategy';

const ids = (result: LintResult): string[] => result.findings.map((f) => f.ruleId);
const unused = (result: LintResult) => result.findings.filter((f) => f.ruleId === 'unused-disable');

/** High churn (5 %) puts `high-churn` on the churn line and `ltv-too-low` on the price line. */
const HIGH_CHURN = edit(READY, ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05']);

describe('suppression (through lint)', () => {
  it('the unsuppressed baseline reports what the tests below suppress', () => {
    assert.deepEqual(lint(READY).findings, [], 'READY is clean');
    const result = lint(HIGH_CHURN);
    assert.deepEqual(ids(result), ['ltv-too-low', 'high-churn']);
    assert.equal(result.findings[1]!.range.start.line, lineOf(HIGH_CHURN, 'monthlyChurnRate'));
  });

  describe('disable-next-line', () => {
    it('suppresses the named rule on the next line, with the text after `--` as justification', () => {
      const text = edit(HIGH_CHURN, [
        '  monthlyChurnRate: 0.05',
        '  # partnerlint-disable-next-line high-churn -- seasonal churn, see board memo\n  monthlyChurnRate: 0.05',
      ]);
      const result = lint(text);
      assert.deepEqual(ids(result), ['ltv-too-low'], 'ltv-too-low is on another line and stays');
      assert.equal(result.suppressed.length, 1);
      assert.equal(result.suppressed[0]!.ruleId, 'high-churn');
      assert.equal(result.suppressed[0]!.justification, 'seasonal churn, see board memo');
      assert.equal(result.suppressed[0]!.range.start.line, lineOf(text, 'monthlyChurnRate'));
      assert.match(result.suppressed[0]!.message, /churn/i, 'a suppressed finding keeps its message');
    });

    it('gives an empty justification without `--`', () => {
      const text = edit(HIGH_CHURN, ['  monthlyChurnRate: 0.05', '  # partnerlint-disable-next-line high-churn\n  monthlyChurnRate: 0.05']);
      assert.equal(lint(text).suppressed[0]!.justification, '');
    });

    it('keeps a Japanese justification', () => {
      const text = edit(HIGH_CHURN, ['  monthlyChurnRate: 0.05', '  # partnerlint-disable-next-line high-churn -- 季節要因のため\n  monthlyChurnRate: 0.05']);
      assert.equal(lint(text).suppressed[0]!.justification, '季節要因のため');
    });

    it('covers only the very next line', () => {
      const text = edit(HIGH_CHURN, ['  monthlyChurnRate: 0.05', '  # partnerlint-disable-next-line high-churn\n\n  monthlyChurnRate: 0.05']);
      const result = lint(text);
      assert.ok(ids(result).includes('high-churn'));
      assert.equal(unused(result).length, 1);
    });

    it('works in a CRLF file', () => {
      const text = edit(HIGH_CHURN, ['  monthlyChurnRate: 0.05', '  # partnerlint-disable-next-line high-churn -- ok\n  monthlyChurnRate: 0.05']).replace(
        /\n/g,
        '\r\n',
      );
      const result = lint(text);
      assert.deepEqual(ids(result), ['ltv-too-low']);
      assert.equal(result.suppressed[0]!.justification, 'ok');
    });
  });

  describe('disable-line', () => {
    it('suppresses on its own line', () => {
      const text = edit(READY, ['    dedicated: true', '    dedicated: false # partnerlint-disable-line no-dedicated-owner -- interim owner until April']);
      const result = lint(text);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(
        result.suppressed.map((f) => [f.ruleId, f.justification]),
        [['no-dedicated-owner', 'interim owner until April']],
      );
    });

    it('takes a trailing `partnerlint-disable` as disable-line, not as file-level', () => {
      const text = edit(READY, ['    dedicated: true', '    dedicated: false # partnerlint-disable no-dedicated-owner'], [/kpis:[\s\S]*$/, '']);
      const result = lint(text);
      assert.deepEqual(
        result.suppressed.map((f) => f.ruleId),
        ['no-dedicated-owner'],
      );
      assert.ok(ids(result).includes('no-kpis'));
    });
  });

  describe('file-level disable', () => {
    it('suppresses the named rule anywhere in the file', () => {
      const text = `# partnerlint-disable no-kpis -- KPIs come with the FY2028 plan\n${edit(READY, [/kpis:[\s\S]*$/, ''])}`;
      const result = lint(text);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(
        result.suppressed.map((f) => [f.ruleId, f.justification]),
        [['no-kpis', 'KPIs come with the FY2028 plan']],
      );
    });

    it('applies from any own-line position, not just the top', () => {
      const text = edit(READY, [/kpis:[\s\S]*$/, '# partnerlint-disable no-kpis\n']);
      assert.deepEqual(
        lint(text).suppressed.map((f) => f.ruleId),
        ['no-kpis'],
      );
    });
  });

  describe('rule lists', () => {
    /** No budget and no headcount: both reported at the `executiveSponsor` key. */
    const NO_MONEY = edit(READY, ['    budget: approved\n', ''], ['    headcount: approved\n', '']);

    it('the baseline has two findings on one line', () => {
      const result = lint(NO_MONEY);
      assert.deepEqual(ids(result), ['no-budget', 'no-headcount']);
      assert.equal(new Set(result.findings.map((f) => f.range.start.line)).size, 1);
    });

    it('suppresses several comma-separated rules', () => {
      const text = edit(NO_MONEY, ['  executiveSponsor:', '  executiveSponsor: # partnerlint-disable-line no-budget, no-headcount -- approved in Q2']);
      const result = lint(text);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(
        result.suppressed.map((f) => [f.ruleId, f.justification]),
        [
          ['no-budget', 'approved in Q2'],
          ['no-headcount', 'approved in Q2'],
        ],
      );
    });

    it('accepts a list without spaces', () => {
      const text = edit(NO_MONEY, ['  executiveSponsor:', '  executiveSponsor: # partnerlint-disable-line no-budget,no-headcount']);
      assert.deepEqual(lint(text).findings, []);
      assert.equal(lint(text).suppressed.length, 2);
    });

    it('suppresses every rule when no rule is named', () => {
      const text = edit(NO_MONEY, ['  executiveSponsor:', '  executiveSponsor: # partnerlint-disable-line -- all of it']);
      const result = lint(text);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(
        result.suppressed.map((f) => [f.ruleId, f.justification]),
        [
          ['no-budget', 'all of it'],
          ['no-headcount', 'all of it'],
        ],
      );
    });

    it('suppresses every rule in the file with a bare file-level directive', () => {
      const text = `# partnerlint-disable\n${edit(NO_MONEY, [/kpis:[\s\S]*$/, ''])}`;
      const result = lint(text);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.suppressed.map((f) => f.ruleId).sort(), ['no-budget', 'no-headcount', 'no-kpis']);
      // docs/reference/readiness.md v2: a budget and headcount not written stay unknown even when their findings are suppressed; the
      // reasons name them, without a line.
      assert.equal(result.readiness?.verdict, 'incomplete');
      assert.deepEqual(
        result.readiness!.checks.executive.reasons.map((r) => [r.ruleId, r.line]),
        [
          [null, null],
          [null, null],
        ],
      );
    });

    it('suppresses only the named rule of two on a line', () => {
      const text = edit(NO_MONEY, ['  executiveSponsor:', '  executiveSponsor: # partnerlint-disable-line no-budget']);
      const result = lint(text);
      assert.deepEqual(ids(result), ['no-headcount']);
      assert.equal(result.readiness?.verdict, 'incomplete', 'headcount not stated is unknown');
      assert.deepEqual(
        result.readiness!.checks.executive.reasons.map((r) => r.ruleId),
        ['no-headcount', null],
        'the unsuppressed no-headcount is pointed at, the suppressed budget named',
      );
    });
  });

  describe('what cannot be suppressed', () => {
    it('a syntax finding stays, whatever the directive says', () => {
      for (const directive of ['# partnerlint-disable-line syntax', '# partnerlint-disable-line']) {
        const result = lint(`a: 1\na: 2 ${directive}\n`);
        assert.deepEqual(ids(result), ['syntax'], directive);
        assert.deepEqual(result.suppressed, []);
        assert.equal(result.readiness, null);
      }
      const fileLevel = lint('# partnerlint-disable\nversion: 1\ntitle: [\n');
      assert.ok(ids(fileLevel).length > 0 && ids(fileLevel).every((id) => id === 'syntax'));
    });

    it('a "#" inside a quoted value is not a directive', () => {
      const text = edit(READY, ['title: Acme Cloud partner strategy FY2027', 'title: "# partnerlint-disable no-kpis"'], [/kpis:[\s\S]*$/, '']);
      const result = lint(text);
      assert.deepEqual(ids(result), ['no-kpis']);
      assert.deepEqual(result.suppressed, []);
    });

    it('a word that only starts like a directive is not one', () => {
      const text = `# partnerlint-disabled no-kpis\n${edit(READY, [/kpis:[\s\S]*$/, ''])}`;
      assert.deepEqual(ids(lint(text)), ['no-kpis']);
    });
  });

  describe('unused-disable', () => {
    it('reports a directive that suppresses nothing, at the comment', () => {
      const text = edit(READY, ['  monthlyChurnRate: 0.01', '  # partnerlint-disable-next-line\n  monthlyChurnRate: 0.01']);
      const result = lint(text);
      assert.deepEqual(ids(result), ['unused-disable']);
      const finding = result.findings[0]!;
      assert.equal(finding.severity, 'info');
      assert.deepEqual(finding.range.start, { line: lineOf(text, 'partnerlint-disable'), column: columnOf(text, '# partnerlint') });
      assert.equal(text.slice(finding.span.start, finding.span.end).trimEnd(), '# partnerlint-disable-next-line');
      assert.match(finding.message, /suppresses nothing|remove/i);
    });

    it('reports a file-level directive for a rule that reports nothing', () => {
      const result = lint(`# partnerlint-disable no-kpis -- old\n${READY}`);
      assert.deepEqual(ids(result), ['unused-disable']);
      assert.deepEqual(result.findings[0]!.range.start, { line: 1, column: 1 });
      assert.match(result.findings[0]!.message, /`no-kpis`/);
    });

    it('reports one finding per unused rule of a list, and suppresses the rest', () => {
      const text = edit(HIGH_CHURN, ['  monthlyChurnRate: 0.05', '  # partnerlint-disable-next-line high-churn, no-kpis, no-budget\n  monthlyChurnRate: 0.05']);
      const result = lint(text);
      assert.deepEqual(
        result.suppressed.map((f) => f.ruleId),
        ['high-churn'],
      );
      const reports = unused(result);
      assert.equal(reports.length, 2);
      const line = lineOf(text, 'partnerlint-disable');
      for (const report of reports) assert.deepEqual(report.range.start, { line, column: 3 });
      assert.ok(reports.some((f) => /`no-kpis`/.test(f.message)));
      assert.ok(reports.some((f) => /`no-budget`/.test(f.message)));
    });

    it('reports an unknown rule id with the rule id to change it to', () => {
      const text = edit(HIGH_CHURN, ['  monthlyChurnRate: 0.05', '  monthlyChurnRate: 0.05 # partnerlint-disable-line high-churn, hihg-churn']);
      const result = lint(text);
      assert.deepEqual(
        result.suppressed.map((f) => f.ruleId),
        ['high-churn'],
      );
      const [report, ...rest] = unused(result);
      assert.deepEqual(rest, []);
      assert.match(report!.message, /`hihg-churn`/);
      assert.match(report!.message, /(rename|change) it to `high-churn`/);
      assert.deepEqual(report!.range.start, { line: lineOf(text, 'hihg-churn'), column: columnOf(text, '# partnerlint') });
    });

    it('reports an unknown rule id that resembles nothing without a suggestion', () => {
      const result = lint(`# partnerlint-disable completely-made-up\n${READY}`);
      assert.equal(unused(result).length, 1);
      assert.match(unused(result)[0]!.message, /`completely-made-up`/);
      assert.doesNotMatch(unused(result)[0]!.message, /(rename|change) it to/);
    });

    it('reports naming `syntax`, which can never be suppressed', () => {
      const result = lint(`# partnerlint-disable syntax\n${READY}`);
      assert.equal(unused(result).length, 1);
      assert.match(unused(result)[0]!.message, /`syntax` cannot be suppressed/);
      assert.deepEqual(unused(result)[0]!.range.start, { line: 1, column: 1 });
    });

    it('words its messages in Japanese with locale ja', () => {
      const result = lint(`# partnerlint-disable no-kpis, hihg-churn\n${READY}`, { locale: 'ja' });
      assert.equal(unused(result).length, 2);
      for (const finding of unused(result)) assert.match(finding.message, /[\u3040-\u30ff\u4e00-\u9fff]/);
    });

    it('is not reported when turned off, and can be raised to warning', () => {
      const text = `# partnerlint-disable no-kpis\n${READY}`;
      assert.deepEqual(lint(text, { config: mergeConfig([{ rules: { 'unused-disable': 'off' } }]) }).findings, []);
      assert.equal(lint(text, { config: mergeConfig([{ rules: { 'unused-disable': 'warning' } }]) }).findings[0]?.severity, 'warning');
    });

    it('counts a rule turned off as reporting nothing', () => {
      const text = edit(HIGH_CHURN, ['  monthlyChurnRate: 0.05', '  monthlyChurnRate: 0.05 # partnerlint-disable-line high-churn']);
      const result = lint(text, { config: mergeConfig([{ rules: { 'high-churn': 'off' } }]) });
      assert.deepEqual(result.suppressed, []);
      assert.deepEqual(ids(result), ['ltv-too-low', 'unused-disable']);
    });
  });

  describe('readiness', () => {
    const NOT_DEDICATED = edit(READY, ['    dedicated: true', '    dedicated: false']);

    it('counts a reported finding against the verdict', () => {
      const result = lint(NOT_DEDICATED);
      assert.deepEqual(ids(result), ['no-dedicated-owner']);
      assert.equal(result.readiness?.verdict, 'reconsider');
      assert.equal(result.readiness?.checks.owner.status, 'at-risk');
    });

    it('does not count a suppressed finding', () => {
      const result = lint(edit(NOT_DEDICATED, ['    dedicated: false', '    dedicated: false # partnerlint-disable-line no-dedicated-owner -- interim']));
      assert.equal(result.readiness?.verdict, 'ready');
      assert.equal(result.readiness?.checks.owner.status, 'clear');
    });

    it('does not count a rule turned off by configuration', () => {
      const result = lint(NOT_DEDICATED, { config: mergeConfig([{ rules: { 'no-dedicated-owner': 'off' } }]) });
      assert.deepEqual(result.findings, []);
      assert.equal(result.readiness?.verdict, 'ready');
    });

    it('does not count a suppressed high churn either', () => {
      const text = edit(
        HIGH_CHURN,
        ['  monthlyPrice: 5000', '  monthlyPrice: 5000 # partnerlint-disable-line ltv-too-low'],
        ['  monthlyChurnRate: 0.05', '  monthlyChurnRate: 0.05 # partnerlint-disable-line high-churn'],
      );
      const result = lint(text);
      assert.deepEqual(result.findings, []);
      assert.equal(result.readiness?.checks.ltv.status, 'clear');
      assert.equal(result.readiness?.verdict, 'ready');
    });
  });
});

describe('suppression: parseDirectives', () => {
  const directives = (text: string) => parseDirectives(comments(parseYaml(text)), new LineIndex(text));

  it('reads the kind, the rules with their spans, the justification and the line it covers', () => {
    const text = 'a: 1\n# partnerlint-disable-next-line x-rule, y-rule -- because\nb: 2 # partnerlint-disable-line z\n# partnerlint-disable\n';
    const [next, line, file, ...rest] = directives(text);
    assert.deepEqual(rest, []);
    assert.equal(next!.kind, 'disable-next-line');
    assert.equal(next!.line, 3);
    assert.deepEqual(
      next!.rules.map((r) => [r.id, text.slice(r.span.start, r.span.end)]),
      [
        ['x-rule', 'x-rule'],
        ['y-rule', 'y-rule'],
      ],
    );
    assert.equal(next!.justification, 'because');
    assert.equal(line!.kind, 'disable-line');
    assert.equal(line!.line, 3);
    assert.deepEqual(
      line!.rules.map((r) => r.id),
      ['z'],
    );
    assert.equal(file!.kind, 'disable');
    assert.equal(file!.line, undefined);
    assert.deepEqual(file!.rules, []);
  });

  it('ignores ordinary comments', () => {
    assert.deepEqual(directives('# a comment\na: 1 # partnerlint is great\n'), []);
  });
});

describe('suppression: disableNextLineEdit (the quick fix "Disable … for this line")', () => {
  /** The text after the edit, linted again: the finding is gone, and nothing is reported as unused. */
  const applied = (text: string, ruleId: string): string => {
    const finding = lint(text).findings.find((f) => f.ruleId === ruleId)!;
    const edit = disableNextLineEdit(text, finding)!;
    return text.slice(0, edit.span.start) + edit.text + text.slice(edit.span.end);
  };

  it('suppresses the finding, indented as its line (a list item too), with the file’s line ending', () => {
    for (const [name, text] of [
      ['a value in a map', edit(READY, ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05'])],
      ['a list item (a KPI without due date)', edit(READY, ['    due: 2027-03-31\n', ''])],
      [
        'CRLF and Japanese',
        edit(READY, ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05']).replace('title: ', 'title: 日本語の戦略 ').replace(/\n/g, '\r\n'),
      ],
    ] as const) {
      const ruleId = name.startsWith('a list') ? 'kpi-without-due-date' : 'high-churn';
      const fixed = applied(text, ruleId);
      const result = lint(fixed);
      assert.ok(
        !result.findings.some((f) => f.ruleId === ruleId || f.ruleId === 'unused-disable'),
        `${name}: ${result.findings.map((f) => f.ruleId).join(', ')}`,
      );
      assert.equal(result.suppressed.filter((f) => f.ruleId === ruleId).length, 1, name);
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixed), `${name}: CRLF kept`);
    }
  });

  it('offers nothing for the rules that cannot be suppressed', () => {
    assert.equal(disableNextLineEdit('a: [\n', { ruleId: 'syntax', span: { start: 0, end: 1 } }), undefined);
    assert.equal(disableNextLineEdit('a: 1\n', { ruleId: 'unused-disable', span: { start: 0, end: 1 } }), undefined);
  });
});
