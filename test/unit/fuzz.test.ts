/**
 * Property-based tests over generated strategies and mutations of the samples. Each property runs FUZZ_RUNS cases
 * (PARTNERLINT_FUZZ_RUNS for long runs); fast-check prints the seed and the shrunk counterexample of a failure, and
 * PARTNERLINT_FUZZ_SEED replays a run.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYamlText, stringify } from 'yaml';
import {
  completionPlaceAt,
  keyDescription,
  keysAt,
  LineIndex,
  lint,
  missingBlockFix,
  BLOCK_FOR_RULE,
  parseYaml,
  placeAt,
  previewModel,
  valueDescription,
  valuesAt,
} from '../../src/core/index';
import type { Finding, LintResult, Locale } from '../../src/core/index';
import { comments } from '../../src/core/yaml-ast';
import { fromRoot } from '../helpers/paths';

const RUNS = Number(process.env.PARTNERLINT_FUZZ_RUNS) || 500;
const SEED = process.env.PARTNERLINT_FUZZ_SEED === undefined ? undefined : Number(process.env.PARTNERLINT_FUZZ_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const samples = readdirSync(fromRoot('samples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(fromRoot('samples', name), 'utf8'));

// ------------------------------------------------------------------ inputs

const PUNCTUATION = [
  ':',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '#',
  '&a ',
  '*a',
  '!',
  '|',
  '>',
  "'",
  '"',
  '?',
  '%',
  '@',
  '`',
  '<<: ',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\ufeff',
  '---\n',
  '...\n',
];
const JAPANESE = ['日本語', 'パートナー戦略', '関西の中小製造業', '😀', '\u3000', '：', '「引用」'];
const RETYPED = [
  '0',
  '-1',
  '1e400',
  '.nan',
  '.inf',
  'true',
  'null',
  '~',
  '""',
  '[]',
  '{}',
  '[a, b]',
  '{a: 1}',
  'toString',
  '__proto__',
  'constructor',
  '2027-02-30',
  '"日本"',
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'retype'; line: number; value: string }
  | { kind: 'misspell'; line: number }
  | { kind: 'indent'; by: string }
  | { kind: 'lineEndings'; eol: '\r\n' | '\r' }
  | { kind: 'bom' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...PUNCTUATION, ...JAPANESE) }),
  fc.record({ kind: fc.constant('retype' as const), line: fc.nat(), value: fc.constantFrom(...RETYPED) }),
  fc.record({ kind: fc.constant('misspell' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), by: fc.constantFrom('  ', '    ', ' ') }),
  fc.record({ kind: fc.constant('lineEndings' as const), eol: fc.constantFrom('\r\n' as const, '\r' as const) }),
  fc.record({ kind: fc.constant('bom' as const) }),
);

function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const pick = (n: number): number => n % lines.length;
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1));
    case 'delete':
      lines.splice(pick(change.line), 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(pick(change.line), 0, lines[pick(change.line)]!);
      return lines.join('\n');
    case 'swap': {
      const [a, b] = [pick(change.line), pick(change.other)];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'retype': {
      const i = pick(change.line);
      lines[i] = lines[i]!.replace(/^(\s*(?:- )?[^:#]+:\s).*$/, `$1${change.value}`);
      return lines.join('\n');
    }
    case 'misspell': {
      // Two letters of the line's key swapped: a near miss that "did you mean" should catch.
      const i = pick(change.line);
      lines[i] = lines[i]!.replace(/^(\s*(?:- )?)([A-Za-z])([A-Za-z])([A-Za-z]*:)/, '$1$3$2$4');
      return lines.join('\n');
    }
    case 'indent':
      // The whole document indented: the root map starts at a column other than 1.
      return lines.map((line) => (line.trim() === '' || line.startsWith('#') ? line : `${change.by}${line}`)).join('\n');
    case 'lineEndings':
      return text.replace(/\r?\n/g, change.eol);
    case 'bom':
      return `\ufeff${text}`;
  }
}

const mutatedSample = fc
  .tuple(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, changes]) => changes.reduce(mutate, text));

/** Strategies built from the format's keys and values, some of them wrong, written in block or flow style. */
const generatedStrategy = fc
  .record(
    {
      version: fc.constantFrom(1, 2, '1'),
      title: fc.constantFrom('Acme 戦略', '', 'x'),
      product: fc.record(
        {
          name: fc.constantFrom('Acme', ''),
          pmf: fc.record(
            { status: fc.constantFrom('achieved', 'not-yet', 'unknown', 'acheived'), evidence: fc.constantFrom([], ['win rate 32%'], 'text') },
            { requiredKeys: [] },
          ),
          directSalesStory: fc.constantFrom('It sells.', '  ', 3),
          expertise: fc.constantFrom('low', 'medium', 'high', 'hihg'),
          enablement: fc.constantFrom('course', ''),
        },
        { requiredKeys: [] },
      ),
      market: fc.record(
        {
          targetCompanies: fc.oneof(fc.integer({ min: -5, max: 20000 }), fc.constant('many')),
          segments: fc.array(
            fc.record(
              {
                id: fc.constantFrom('kansai-smb', 'tokyo', 'Bad Id', 'toString'),
                name: fc.constantFrom('関西', ''),
                status: fc.constantFrom('new', 'existing', 'old'),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      ),
      economics: fc.record(
        {
          currency: fc.constantFrom('JPY', 'USD', 'GBP', 'toString', 'jpy'),
          pricing: fc.constantFrom('per-user', 'per-account', 'per-seat'),
          monthlyPrice: fc.oneof(fc.double({ min: -10, max: 1e308, noNaN: true }), fc.constantFrom(30000, 0, 1e308)),
          usersPerAccount: fc.constantFrom(20, 0, 1e308),
          userGrowthRate: fc.constantFrom(0, 0.3, -1, 1e10),
          monthlyChurnRate: fc.constantFrom(0.01, 0.05, 2, -0.1),
          partnerMargin: fc.constantFrom(0.2, 1.5),
        },
        { requiredKeys: [] },
      ),
      purposes: fc.array(
        fc.record(
          {
            type: fc.constantFrom('majority-reach', 'new-segment', 'integration', 'new-business-model', 'sales-capacity', 'constructor'),
            segment: fc.constantFrom('kansai-smb', 'nowhere'),
          },
          { requiredKeys: ['type'] },
        ),
        { maxLength: 3 },
      ),
      organization: fc.record(
        {
          executiveSponsor: fc.record(
            {
              name: fc.constantFrom('Tanaka', ''),
              understandsLongTerm: fc.boolean(),
              budget: fc.constantFrom('approved', 'requested', 'none'),
              headcount: fc.constantFrom('approved', 'none'),
              priority: fc.constantFrom('high', 'low'),
            },
            { requiredKeys: [] },
          ),
          owner: fc.record(
            { name: fc.constantFrom('Sato'), dedicated: fc.constantFrom(true, false, 'yes'), directSalesQuota: fc.boolean() },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      partners: fc.array(
        fc.record(
          {
            name: fc.constantFrom('Kansai OA', ''),
            type: fc.constantFrom('local-king', 'technology', 'alliance', 'reseller', 'constructor'),
            segments: fc.constantFrom(['kansai-smb'], ['nowhere'], []),
            customerRelationships: fc.boolean(),
            colour: fc.constant('red'),
          },
          { requiredKeys: ['name'] },
        ),
        { maxLength: 3 },
      ),
      kpis: fc.array(
        fc.record(
          { name: fc.constantFrom('New accounts', ''), target: fc.constantFrom(120, 'many'), due: fc.constantFrom('2027-03-31', '2027-02-30', 'soon') },
          { requiredKeys: ['name'] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  )
  .chain((data) =>
    fc.constantFrom(stringify(data), stringify(data, { collectionStyle: 'flow' }), stringify(data).replace(/\n/g, '\r\n'), stringify(data, { indent: 4 })),
  );

const anyText = fc.oneof(
  { weight: 3, arbitrary: mutatedSample },
  { weight: 2, arbitrary: generatedStrategy },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

// ------------------------------------------------------------------ helpers

/** What identifies a finding whatever the language: its rule, where it starts and the path it is about. */
const identity = (f: Finding): string => `${f.ruleId}@${f.range.start.line}:${f.range.start.column} ${JSON.stringify(f.path)}`;

function assertSoundRanges(text: string, result: LintResult): void {
  const lines = new LineIndex(text);
  for (const finding of [...result.findings, ...result.suppressed]) {
    const { span, range } = finding;
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span within the text: ${identity(finding)}`);
    assert.deepEqual(range, lines.rangeOf(span), `range of the span: ${identity(finding)}`);
    assert.ok(range.start.line >= 1 && range.start.column >= 1, 'positions are 1-based');
    // A finding about a value or key that is written out covers that value or key.
    const value = at(result.data, finding.path);
    const covered = text.slice(span.start, span.end);
    if (finding.path.length > 0 && isPrimitive(value) && !covered.includes('\n') && !covered.includes('\r') && !/^[*|>&!]/.test(covered)) {
      const key = finding.path.at(-1);
      let parsed: unknown;
      try {
        parsed = parseYamlText(covered, { version: '1.2' });
      } catch {
        parsed = Symbol('unparsable');
      }
      assert.ok(
        covered === String(key) ||
          covered === String(value) ||
          covered.replace(/^(["'])(.*)\1$/, '$2') === String(key) ||
          Object.is(parsed, value) ||
          parsed === value,
        `${identity(finding)} covers ${JSON.stringify(covered)}, neither its key ${JSON.stringify(key)} nor its value ${JSON.stringify(value)}`,
      );
    }
  }
}

function at(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function assertNoFunctions(value: unknown, where: string, seen = new Set<unknown>()): void {
  assert.notEqual(typeof value, 'function', `a function at ${where}`);
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) assertNoFunctions(child, `${where}.${key}`, seen);
}

/**
 * The text with a trailing suppression comment for `ruleId` on 1-based `line`; a comment already there becomes the
 * directive's reason.
 */
function withDisableLine(text: string, line: number, ruleId: string): string {
  const lines = new LineIndex(text);
  const { start, end } = lines.lineBounds(line);
  const directive = `# partnerlint-disable-line ${ruleId}`;
  const existing = comments(parseYaml(text)).find((comment) => comment.span.start >= start && comment.span.start <= end);
  if (existing) return `${text.slice(0, existing.span.start)}${directive} -- ${text.slice(existing.span.start + 1)}`;
  return `${text.slice(0, end)} ${directive}${text.slice(end)}`;
}

function apply(text: string, edit: { span: { start: number; end: number }; text: string }): string {
  return text.slice(0, edit.span.start) + edit.text + text.slice(edit.span.end);
}

// ------------------------------------------------------------------ properties

describe(`fuzz: properties of lint over generated and mutated strategies (${RUNS} cases each)`, function () {
  this.timeout(600_000);

  it('lint never throws, and every range lies within the text and covers what it names', () => {
    fc.assert(
      fc.property(anyText, (text) => assertSoundRanges(text, lint(text))),
      params,
    );
  });

  it('is deterministic, and English and Japanese give the same findings in the same order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const en = lint(text, { locale: 'en' });
        const ja = lint(text, { locale: 'ja' });
        assert.deepEqual(lint(text, { locale: 'en' }), en, 'the same result twice');
        assert.deepEqual(ja.findings.map(identity), en.findings.map(identity));
        assert.deepEqual(ja.readiness?.verdict, en.readiness?.verdict);
      }),
      params,
    );
  });

  it('gives the same positions for LF, CRLF and CR line endings and with a byte order mark', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedSample, generatedStrategy), (text) => {
        const lf = text.replace(/\r\n?/g, '\n').replace(/\ufeff/g, '');
        const expected = lint(lf).findings.map(identity);
        for (const form of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), `\ufeff${lf}`]) {
          assert.deepEqual(lint(form).findings.map(identity), expected);
        }
      }),
      params,
    );
  });

  it("suppressing a finding's rule on its line removes exactly the findings of that rule there", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedSample, generatedStrategy), fc.nat(), (text, pick) => {
        const before = lint(text);
        const candidates = before.findings.filter((f) => f.ruleId !== 'syntax' && f.ruleId !== 'unused-disable');
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const line = target.range.start.line;
        const suppressed = withDisableLine(text, line, target.ruleId);
        // Only where the comment is a comment: not inside a block scalar or a quoted string spanning lines.
        fc.pre(parseYaml(suppressed).problems.length === 0);
        fc.pre(JSON.stringify(parseYaml(suppressed).data) === JSON.stringify(before.data));
        const after = lint(suppressed);
        const expected = before.findings.filter((f) => !(f.ruleId === target.ruleId && f.range.start.line === line)).map(identity);
        assert.deepEqual(after.findings.map(identity), expected);
        assert.ok(after.suppressed.some((f) => f.ruleId === target.ruleId && f.range.start.line === line));
      }),
      params,
    );
  });

  it('every offered fix yields a file that parses and no longer has that finding', () => {
    const applied = { suggestions: 0, blocks: 0 };
    fc.assert(
      fc.property(fc.oneof(mutatedSample, generatedStrategy), fc.constantFrom<Locale>('en', 'ja'), (text, locale) => {
        const before = lint(text, { locale });
        for (const finding of before.findings) {
          for (const suggestion of finding.suggestions ?? []) {
            const fixed = apply(text, { span: suggestion.span, text: suggestion.replacement });
            applied.suggestions++;
            const after = lint(fixed, { locale });
            assert.deepEqual(
              after.findings.filter((f) => f.ruleId === 'syntax').map((f) => f.message),
              [],
              `"${suggestion.title.en}" keeps the file parsing`,
            );
            assert.ok(
              !after.findings.some(
                (f) => f.ruleId === finding.ruleId && JSON.stringify(f.path) === JSON.stringify(finding.path) && f.message === finding.message,
              ),
              `"${suggestion.title.en}" removes ${identity(finding)}`,
            );
          }
          if (!Object.hasOwn(BLOCK_FOR_RULE, finding.ruleId)) continue;
          const fix = missingBlockFix(text, finding.ruleId, locale);
          if (!fix) continue;
          applied.blocks++;
          const after = lint(apply(text, fix.edit), { locale });
          assert.deepEqual(
            after.findings.filter((f) => f.ruleId === 'syntax').map((f) => f.message),
            [],
            `"${fix.title.en}" keeps the file parsing`,
          );
          assert.ok(
            !after.findings.some((f) => f.ruleId === finding.ruleId && f.message === finding.message),
            `"${fix.title.en}" removes ${identity(finding)}`,
          );
        }
      }),
      params,
    );
    // Not vacuous: the inputs do offer fixes of both kinds.
    assert.ok(applied.suggestions >= RUNS / 20 && applied.blocks >= RUNS / 20, JSON.stringify(applied));
  });

  it('hover, completion and the preview model never throw at any offset and hold no functions', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.constantFrom<Locale>('en', 'ja'), (text, pick, locale) => {
        const offset = pick % (text.length + 1);
        const { doc } = parseYaml(text);
        const place = placeAt(doc, offset);
        if (place) {
          const description =
            place.kind === 'key' ? keyDescription(place.path, locale) : valueDescription(place.path, text.slice(place.span.start, place.span.end), locale);
          assert.ok(description === undefined || typeof description === 'string');
        }
        const completion = completionPlaceAt(text, offset);
        if (completion) {
          const offered = completion.kind === 'key' ? keysAt(completion.path, locale) : valuesAt(completion.path);
          assertNoFunctions(offered, 'completion');
        }
        const model = previewModel(text, lint(text, { locale }), locale);
        assertNoFunctions(model, 'preview');
        JSON.stringify(model);
      }),
      params,
    );
  });
});
