/** Regression tests for defects found by a review of trust (hostile and odd inputs), each as a class of inputs rather than one example. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { lint, mergeConfig, missingBlockFix, parseConfig, previewModel, ConfigError } from '../../src/core/index';
import type { LintResult, Locale } from '../../src/core/index';
import { allowedKeysAt } from '../../src/core/schema-info';
import { ruleMessages } from '../../src/core/rules/index';
import { MAX_DEPTH } from '../../src/core/yaml-ast';
import { READY, edit, lineOf } from '../helpers/strategy';
import { fromRoot } from '../helpers/paths';
import { HOSTILE_CASES } from '../helpers/hostile';

const ids = (result: LintResult): string[] => result.findings.map((f) => `${f.ruleId}@${f.range.start.line}`);

describe('trust: a file that could not be read is never clear or ready', () => {
  it('a misspelt PMF status leaves PMF unknown, naming the finding, and the file incomplete', () => {
    for (const locale of ['en', 'ja'] as Locale[]) {
      const result = lint(edit(READY, ['status: achieved', 'status: acheived']), { locale });
      assert.equal(result.readiness?.verdict, 'incomplete');
      assert.equal(result.readiness?.checks.pmf.status, 'unknown');
      assert.equal(result.readiness?.checks.pmf.reason, result.findings.find((f) => f.ruleId === 'schema')?.message);
    }
  });

  it("a schema finding inside each check's inputs leaves that check unknown", () => {
    const cases: [string, string, [string, string]][] = [
      ['pmf', 'product.pmf', ['    status: achieved\n', '    status: achieved\n    evidnce: [x]\n']],
      ['marketSize', 'market.targetCompanies', ['targetCompanies: 12000', 'targetCompanies: many']],
      ['ltv', 'economics', ['currency: JPY', 'currency: yen']],
      ['expertise', 'product.expertise', ['expertise: medium', 'expertise: hihg']],
      ['expertise', 'product.enablement', ['  enablement: >-\n    Two-day partner course.', '  enablement: 3']],
      ['executive', 'organization.executiveSponsor', ['priority: high', 'priority: top']],
      ['owner', 'organization.owner', ['dedicated: true', 'dedicated: yes please']],
    ];
    for (const [check, input, change] of cases) {
      const result = lint(edit(READY, change));
      const checks = result.readiness!.checks as Record<string, { status: string }>;
      assert.equal(checks[check]!.status, 'unknown', input);
      assert.equal(result.readiness!.verdict, 'incomplete', input);
      const others = Object.entries(checks)
        .filter(([id]) => id !== check)
        .map(([, c]) => c.status);
      assert.ok(
        others.every((s) => s === 'clear'),
        `${input}: only ${check} changes`,
      );
    }
  });

  it('a schema finding outside every check keeps the checks clear, but the file is not ready', () => {
    const result = lint(edit(READY, ['    customerRelationships: true', '    customerRelationships: true\n    colour: blue']));
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['schema'],
    );
    assert.ok(Object.values(result.readiness!.checks).every((c) => c.status === 'clear'));
    assert.equal(result.readiness!.verdict, 'incomplete');
  });

  it('an at-risk check stays at risk whatever the schema says beside it', () => {
    const result = lint(edit(READY, ['status: achieved', 'status: not-yet\n    evidnce: [x]']));
    assert.equal(result.readiness!.checks.pmf.status, 'at-risk');
    assert.equal(result.readiness!.verdict, 'reconsider');
  });

  it('an LTV too large for a number is a finding at the price, never enough', () => {
    const result = lint(edit(READY, ['monthlyPrice: 5000', 'monthlyPrice: 1e308'], ['usersPerAccount: 20', 'usersPerAccount: 1e308']));
    assert.deepEqual(ids(result), [`schema@${lineOf(READY, 'monthlyPrice')}`]);
    assert.equal(result.ltv, null);
    assert.equal(result.readiness!.checks.ltv.status, 'unknown');
    assert.equal(result.readiness!.verdict, 'incomplete');
  });
});

describe('trust: nesting is bounded before the YAML library sees it', () => {
  const deep = (n: number): string[] => [
    `version: 1\nx: ${'['.repeat(n)}\n`,
    `version: 1\nx: ${'[ '.repeat(n)}${'] '.repeat(n)}\n`,
    `version: 1\nx: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
    `version: 1\nx:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2 + 2)}k${i}:`).join('\n')} 1\n`,
    `${'- '.repeat(n)}x\n`,
  ];

  it('10,000 levels in flow and block style give one syntax finding where the limit is passed, the same every time', () => {
    for (const text of deep(10_000)) {
      const runs = [lint(text), lint(text), lint(text)];
      assert.deepEqual(
        runs[0]!.findings.map((f) => f.ruleId),
        ['syntax'],
        text.slice(0, 30),
      );
      assert.match(runs[0]!.findings[0]!.message, new RegExp(String(MAX_DEPTH)));
      assert.deepEqual(runs[1], runs[0]);
      assert.deepEqual(runs[2], runs[0]);
    }
  });

  it('nesting just under the limit is read', () => {
    const text = `version: 1\nx: ${'['.repeat(MAX_DEPTH - 2)}${']'.repeat(MAX_DEPTH - 2)}\n`;
    assert.ok(!lint(text).findings.some((f) => f.ruleId === 'syntax'));
  });

  it('hover and completion helpers stay safe on deep text', () => {
    for (const text of deep(5000)) {
      assert.doesNotThrow(() => previewModel(text, lint(text), 'en'));
      assert.equal(missingBlockFix(text, 'no-kpis', 'en'), undefined);
    }
  });
});

describe('trust: keys a user wrote are looked up as own properties only', () => {
  for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`\`${name}\` as a currency, a partner type, a purpose type and a segment id is data`, () => {
      const text = edit(
        READY,
        ['currency: JPY', `currency: ${name}`],
        ['type: local-king', `type: ${name}`],
        ['type: majority-reach', `type: ${name}`],
        ['- id: kansai-smb', `- id: ${name}`],
      );
      for (const locale of ['en', 'ja'] as Locale[]) {
        const result = lint(text, { locale });
        for (const finding of result.findings) assert.doesNotMatch(finding.message, /NaN|function|\[object/, finding.message);
        assert.ok(result.ltv === null || result.ltv.threshold === null, 'no threshold for an unknown currency');
        const model = previewModel(text, result, locale);
        for (const group of model.partners) assert.equal(typeof group.label, 'string');
        assert.doesNotMatch(JSON.stringify(model), /function|NaN/);
      }
    });
  }

  it('`__proto__` and `constructor` keys in a configuration are keys, not the prototype', () => {
    const config = mergeConfig([{ thresholds: { minLtv: JSON.parse('{"__proto__": 5, "constructor": 7}') as Record<string, number> } }]);
    assert.equal(Object.getPrototypeOf(config.thresholds.minLtv), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(config.thresholds.minLtv, '__proto__')?.value, 5);
    assert.equal(config.thresholds.minLtv.constructor, 7);
    const result = lint(READY, { config: mergeConfig([{ rules: JSON.parse('{"toString": "off"}') as Record<string, 'off'> }]) });
    assert.deepEqual(result.findings, []);
  });
});

describe('trust: numbers', () => {
  for (const value of ['.nan', '.inf', '-.inf', '.NaN', '1e400']) {
    it(`a threshold of ${value} is a clear error at the value`, () => {
      const text = `thresholds:\n  minTargetCompanies: 500\n  maxMonthlyChurnRate: ${value}\n`;
      try {
        parseConfig(text, 'x/.partnerlint.yaml', 'en');
        assert.fail('no error');
      } catch (error) {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(error.position, { line: 3, column: 24 });
        assert.match(error.message, /maxMonthlyChurnRate/);
        assert.match(error.message, /finite/);
      }
    });
  }

  it('a strategy value of 1e400 or .nan is a finding at the value', () => {
    for (const value of ['1e400', '.nan', '.inf']) {
      const result = lint(edit(READY, ['monthlyChurnRate: 0.01', `monthlyChurnRate: ${value}`]));
      assert.deepEqual(ids(result), [`schema@${lineOf(READY, 'monthlyChurnRate')}`], value);
      assert.notEqual(result.readiness?.verdict, 'ready');
    }
  });
});

describe('trust: line endings and byte order marks', () => {
  const sample = readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml'), 'utf8');
  const where = (result: LintResult): string[] =>
    result.findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`);

  it('LF, CRLF and lone CR files, with and without a BOM, give identical findings at identical positions', () => {
    const expected = where(lint(sample));
    assert.ok(expected.length > 3);
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const bom of ['', '\ufeff']) {
        const text = bom + sample.replace(/\n/g, eol);
        assert.deepEqual(where(lint(text)), expected, JSON.stringify({ eol, bom }));
      }
    }
  });
});

describe('trust: anchors, aliases and merge keys', () => {
  it('101 and 1,000 references to one small anchor pass', () => {
    for (const count of [101, 1000]) {
      const text = edit(READY, [
        '    customerRelationships: true\n',
        `    customerRelationships: true\n    regions: &r [Osaka]\n${Array.from({ length: count }, (_, i) => `  - {name: P${i}, type: reseller, regions: *r}`).join('\n')}\n`,
      ]);
      assert.deepEqual(ids(lint(text)), [], String(count));
    }
  });

  it('hundreds of `<<: *base` merges give no unknown-key finding; explicit keys win over merged ones', () => {
    const partners = Array.from({ length: 236 }, (_, i) => `  - <<: *dealer\n    name: Dealer ${i}`).join('\n');
    const text = edit(
      READY,
      ['partners:\n', 'partners:\n  - &dealer\n    name: Base\n    type: local-king\n    customerRelationships: true\n'],
      [/kpis:/, `${partners}\n\nkpis:`],
    );
    const result = lint(text);
    assert.deepEqual(ids(result), []);
    const data = result.data as { partners: { name: string; type: string }[] };
    assert.equal(data.partners.length, 238);
    assert.deepEqual(data.partners[5], { name: 'Dealer 3', type: 'local-king', customerRelationships: true });
  });

  it('a finding inside merged content is reported at the alias that merged it', () => {
    const text =
      'version: 1\ntitle: t\nproduct: {name: p}\nmarket: {targetCompanies: 900}\neconomics: {pricing: per-account, monthlyPrice: 90000, monthlyChurnRate: 0.01}\norganization:\n  executiveSponsor: &s {name: A, understandsLongTerm: true, budget: approved, headcount: approved, priority: low}\n  owner:\n    <<: *s\n    dedicated: true\n';
    const findings = lint(text).findings.filter((f) => f.ruleId === 'low-priority' || f.ruleId === 'schema');
    const at = findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.column} ${text.slice(f.span.start, f.span.end)}`);
    assert.ok(
      at.some((line) => /^low-priority@7:\d+ low$/.test(line)),
      at.join('\n'),
    );
    // The owner gets the sponsor's keys it does not allow: each reported at `*s`.
    assert.ok(at.filter((line) => line.startsWith('schema@9:9 *s')).length >= 4, at.join('\n'));
  });
});

describe('trust: allowed keys come from the map the key is in', () => {
  const places: [string, (string | number)[], [string | RegExp, string]][] = [
    ['the root', [], ['company: Acme KK', 'company: Acme KK\ncolour: red']],
    ['product', ['product'], ['  name: Acme Cloud', '  name: Acme Cloud\n  colour: red']],
    ['product.pmf', ['product', 'pmf'], ['    status: achieved', '    status: achieved\n    colour: red']],
    ['market', ['market'], ['  targetCompanies: 12000', '  targetCompanies: 12000\n  colour: red']],
    ['a segment', ['market', 'segments', 0], ['      status: new', '      status: new\n      colour: red']],
    ['economics', ['economics'], ['  currency: JPY', '  currency: JPY\n  colour: red']],
    ['a purpose', ['purposes', 0], ['    segment: kansai-smb\n', '    segment: kansai-smb\n    colour: red\n']],
    ['organization', ['organization'], ['organization:\n', 'organization:\n  colour: red\n']],
    ['the sponsor', ['organization', 'executiveSponsor'], ['    priority: high', '    priority: high\n    colour: red']],
    ['the owner', ['organization', 'owner'], ['    dedicated: true', '    dedicated: true\n    colour: red']],
    ['a partner', ['partners', 0], ['    customerRelationships: true', '    customerRelationships: true\n    colour: red']],
    ['a KPI', ['kpis', 0], ['    target: 120', '    target: 120\n    colour: red']],
  ];
  for (const [name, path, change] of places) {
    it(`in ${name}`, () => {
      const [finding, ...rest] = lint(edit(READY, change)).findings;
      assert.deepEqual(rest, []);
      const allowed = allowedKeysAt(path);
      assert.ok(allowed.length > 1);
      assert.ok(finding!.message.endsWith(`use one of the keys allowed there: ${allowed.map((k) => `\`${k}\``).join(', ')}.`), finding!.message);
    });
  }

  it('never suggests a value that the schema refuses where it goes: an id that breaks the id pattern is no fix', () => {
    const text = edit(READY, ['    - id: kansai-smb', "    - id: 'kansai-sm}'"]);
    const suggestions = lint(text)
      .findings.filter((f) => f.ruleId === 'unknown-segment')
      .map((f) => [text.slice(f.span.start, f.span.end), f.suggestions?.[0]?.replacement]);
    assert.deepEqual(suggestions, [
      ['kansai-smb', undefined],
      ['kansai-smb', undefined],
    ]);
  });

  it('never suggests a key the map already has (renaming to it would repeat the key)', () => {
    const result = lint(edit(READY, ['company: Acme KK', 'company: Acme KK\ntitel: again']));
    assert.equal(result.findings[0]!.suggestions, undefined);
  });
});

describe('trust: quick fixes keep the file parsing', () => {
  const withoutKpis = edit(READY, [/kpis:[\s\S]*$/, '']);
  it('into an indented document, a CRLF one and one ending without a line break', () => {
    const texts = [
      withoutKpis
        .split('\n')
        .map((line) => (line ? `  ${line}` : line))
        .join('\n'),
      withoutKpis.replace(/\n/g, '\r\n'),
      withoutKpis.replace(/\n+$/, ''),
      withoutKpis.replace(/\n/g, '\r'),
    ];
    for (const text of texts) {
      const fix = missingBlockFix(text, 'no-kpis', 'en')!;
      const fixed = text.slice(0, fix.edit.span.start) + fix.edit.text + text.slice(fix.edit.span.end);
      const result = lint(fixed);
      assert.ok(!result.findings.some((f) => f.ruleId === 'syntax' || f.ruleId === 'no-kpis'), result.findings.map((f) => f.message).join('\n'));
    }
  });

  it('into a document or an organization written in flow style, as one flow entry', () => {
    const flow =
      '{version: 1, title: t, product: {name: p}, market: {targetCompanies: 900}, economics: {pricing: per-account, monthlyPrice: 90000, monthlyChurnRate: 0.01}, organization: {owner: {name: S, dedicated: true}}, purposes: []}';
    const cases: [string, string][] = [
      [flow, 'no-kpis'],
      [flow, 'no-target-partners'],
      [flow, 'purpose-missing'],
      [flow, 'no-executive-sponsor'],
      [
        flow.replace('organization: {owner: {name: S, dedicated: true}}', 'organization: {executiveSponsor: {name: A, understandsLongTerm: true}}'),
        'no-dedicated-owner',
      ],
      [edit(READY, [/organization:[\s\S]*?\npartners:/, 'organization: {owner: {name: Sato, dedicated: true}}\npartners:']), 'no-executive-sponsor'],
      [
        edit(READY, [/organization:[\s\S]*?\npartners:/, 'organization: {\n  owner: {name: Sato, dedicated: true}, # trailing comma\n}\npartners:']),
        'no-executive-sponsor',
      ],
    ];
    for (const [text, ruleId] of cases) {
      assert.ok(
        lint(text).findings.some((f) => f.ruleId === ruleId),
        `${ruleId} fires before the fix`,
      );
      const fix = missingBlockFix(text, ruleId, 'ja')!;
      assert.ok(fix, ruleId);
      const fixed = text.slice(0, fix.edit.span.start) + fix.edit.text + text.slice(fix.edit.span.end);
      const findings = lint(fixed).findings;
      assert.ok(!findings.some((f) => f.ruleId === 'syntax' || f.ruleId === ruleId), `${ruleId}: ${fixed}\n${findings.map((f) => f.message).join('\n')}`);
    }
  });

  it('offers nothing where a block cannot go (`organization` written as text)', () => {
    assert.equal(missingBlockFix(edit(READY, [/organization:[\s\S]*?\npartners:/, 'organization: Acme\npartners:']), 'no-executive-sponsor', 'en'), undefined);
  });
});

describe("trust: the YAML library's errors in our words", () => {
  const codes = /ErrorCode = ([^;]+);/
    .exec(readFileSync(fromRoot('node_modules/yaml/dist/errors.d.ts'), 'utf8'))![1]!
    .match(/'[A-Z_0-9]+'/g)!
    .map((code) => code.slice(1, -1));

  it('every error code of the library has a message of ours in both languages', () => {
    assert.ok(codes.length >= 20);
    for (const locale of ['en', 'ja'] as Locale[]) {
      const messages = ruleMessages('syntax', locale);
      for (const code of codes) assert.ok(Object.hasOwn(messages, code), `${locale}: ${code}`);
    }
  });

  it('broken files give Japanese messages with no English but names and code', () => {
    const broken = [
      'a: [1, 2\nb: 3\n',
      'a: "x\n',
      'a: 1\n  b: 2\n',
      '- a\nb: 1\n',
      'a: !!js/function x\n',
      'a: *nope\n',
      'a: b: c\n',
      'a:\n\t- b\n',
      '"a\nb": 1\n',
      'a: &x &y 1\n',
    ];
    for (const text of broken) {
      const findings = lint(text, { locale: 'ja' }).findings.filter((f) => f.ruleId === 'syntax');
      assert.ok(findings.length > 0, text);
      for (const finding of findings) assert.doesNotMatch(finding.message.replace(/`[^`]*`/g, '').replace(/YAML/g, ''), /[A-Za-z]{3,}/, finding.message);
    }
  });
});

describe('trust: the hostile inputs of the CLI test, through the core', () => {
  for (const hostile of HOSTILE_CASES) {
    const text = hostile.files['partner-strategy.yaml'];
    if (typeof text !== 'string') continue;
    it(`${hostile.name}: lint() answers, with findings in range, never ready unless clean`, () => {
      for (const locale of ['en', 'ja'] as Locale[]) {
        const result = lint(text, { locale });
        for (const finding of result.findings) {
          assert.ok(finding.span.start >= 0 && finding.span.end <= text.length && finding.span.start <= finding.span.end);
          assert.ok(finding.message.length > 0);
        }
        if (result.findings.some((f) => f.severity === 'error')) assert.notEqual(result.readiness?.verdict, 'ready');
      }
    });
  }
});
