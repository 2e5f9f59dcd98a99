import { strict as assert } from 'node:assert';
import { BLOCK_FOR_RULE, lint, missingBlockFix, newStrategyTemplate, parseYaml } from '../../src/core/index';
import type { BlockFix, Locale } from '../../src/core/index';
import { READY, edit } from '../helpers/strategy';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The text with the fix's edit applied (the span replaced by the edit's text). */
function apply(text: string, fix: BlockFix): string {
  const { span } = fix.edit;
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, 'the span lies in the text');
  return text.slice(0, span.start) + fix.edit.text + text.slice(span.end);
}

function ruleIds(text: string, locale: Locale = 'en'): string[] {
  return lint(text, { locale }).findings.map((finding) => finding.ruleId);
}

/**
 * Applies the fix for `ruleId` and checks what every fix must do: the result parses, has no finding of `ruleId` (nor the
 * schema finding about the block's key being of the wrong type), and keeps the text around the edit.
 */
function fixAndLint(text: string, ruleId: string, locale: Locale = 'en'): { fix: BlockFix; fixed: string; data: Record<string, unknown> } {
  const fix = missingBlockFix(text, ruleId, locale);
  assert.ok(fix, `a fix for ${ruleId}`);
  const fixed = apply(text, fix);
  const parsed = parseYaml(fixed);
  assert.deepEqual(parsed.problems, [], `the fixed text parses:\n${fixed}`);
  const result = lint(fixed, { locale });
  const ids = result.findings.map((finding) => finding.ruleId);
  assert.ok(!ids.includes('syntax'), 'no syntax finding');
  assert.ok(!ids.includes(ruleId), `${ruleId} is gone: ${ids.join(', ')}\n${fixed}`);
  assert.equal(text.slice(0, fix.edit.span.start), fixed.slice(0, fix.edit.span.start), 'the text before the edit is kept');
  assert.equal(text.slice(fix.edit.span.end), fixed.slice(fixed.length - (text.length - fix.edit.span.end)), 'the text after the edit is kept');
  return { fix, fixed, data: parsed.data as Record<string, unknown> };
}

/** The block of `key` at the top level (lines from `key:` up to the next blank line or the end). */
const BLOCK = (key: string): RegExp => new RegExp(`${key}:\\n(?:  .*\\n)+\\n?`);

const NO_PURPOSES = edit(READY, [BLOCK('purposes'), '']);
const NO_PARTNERS = edit(READY, [BLOCK('partners'), '']);
const NO_KPIS = edit(READY, [/\nkpis:\n(?: {2}.*\n)+$/, '']);
const NO_SPONSOR = edit(READY, [/ {2}executiveSponsor:\n(?: {4}.*\n)+/, '']);
const NO_OWNER = edit(READY, [/ {2}owner:\n(?: {4}.*\n)+/, '']);
const NO_ORGANIZATION = edit(READY, [BLOCK('organization'), '']);

/** READY with organization's children indented by four spaces (and their children by eight). */
const ORGANIZATION_AT_4 = READY.replace(/organization:\n(?: {2}.*\n)+/, (block) => block.replace(/^( {2,})/gm, (spaces) => spaces + spaces));

/** The organization's keys in the order written. */
function organizationKeys(data: Record<string, unknown>): string[] {
  return Object.keys(data.organization as Record<string, unknown>);
}

describe('editor: missingBlockFix', () => {
  it('covers the five rules whose finding a block answers', () => {
    // In the rules' order: the map is made from each rule's `meta.insertsBlock`.
    assert.deepEqual(BLOCK_FOR_RULE, {
      'purpose-missing': 'purposes',
      'no-target-partners': 'partners',
      'no-kpis': 'kpis',
      'no-executive-sponsor': 'executiveSponsor',
      'no-dedicated-owner': 'owner',
    });
    assert.deepEqual(ruleIds(READY), [], 'the complete example lints clean, so every finding below comes from the cut');
  });

  describe('when the block is absent', () => {
    const cases: [string, string, string][] = [
      ['purpose-missing', NO_PURPOSES, 'purposes'],
      ['no-target-partners', NO_PARTNERS, 'partners'],
      ['no-kpis', NO_KPIS, 'kpis'],
    ];
    for (const [ruleId, text, key] of cases) {
      it(`${ruleId}: appends \`${key}\` at the end of the file`, () => {
        assert.ok(ruleIds(text).includes(ruleId), `the text has a ${ruleId} finding`);
        const { fix, fixed, data } = fixAndLint(text, ruleId);
        assert.deepEqual(fix.edit.span, { start: text.length, end: text.length });
        assert.ok(fixed.startsWith(text) && fixed.endsWith('\n'));
        assert.ok(fix.edit.text.startsWith(`${key}:\n  - `));
        assert.ok(Array.isArray(data[key]) && (data[key] as unknown[]).length === 1, `one item to fill in under ${key}`);
        assert.equal(fix.title.en, `Add \`${key}\` to fill in`);
        assert.equal(fix.title.ja, `\`${key}\` のひな形を追加`);
      });
    }

    it('no-executive-sponsor: inserts `executiveSponsor` first under `organization`', () => {
      assert.ok(ruleIds(NO_SPONSOR).includes('no-executive-sponsor'));
      const { fix, fixed, data } = fixAndLint(NO_SPONSOR, 'no-executive-sponsor');
      assert.equal(fix.edit.span.start, NO_SPONSOR.indexOf('organization:\n') + 'organization:\n'.length);
      assert.ok(fixed.includes('organization:\n  executiveSponsor:\n    name: ""'));
      assert.deepEqual(organizationKeys(data), ['executiveSponsor', 'owner']);
      assert.equal(fix.title.en, 'Add `executiveSponsor` to fill in');
    });

    it('no-dedicated-owner: inserts `owner` first under `organization`', () => {
      assert.ok(ruleIds(NO_OWNER).includes('no-dedicated-owner'));
      const { fixed, data } = fixAndLint(NO_OWNER, 'no-dedicated-owner');
      assert.ok(fixed.includes('organization:\n  owner:\n    name: ""'));
      assert.deepEqual(organizationKeys(data), ['owner', 'executiveSponsor']);
      assert.deepEqual((data.organization as Record<string, unknown>).owner, { name: '', dedicated: true, directSalesQuota: false });
    });

    for (const ruleId of ['no-executive-sponsor', 'no-dedicated-owner']) {
      it(`${ruleId}: appends \`organization\` with the block when there is no organization`, () => {
        assert.ok(ruleIds(NO_ORGANIZATION).includes('schema'), 'organization is required');
        const { fix, fixed, data } = fixAndLint(NO_ORGANIZATION, ruleId);
        assert.deepEqual(fix.edit.span, { start: NO_ORGANIZATION.length, end: NO_ORGANIZATION.length });
        const block = BLOCK_FOR_RULE[ruleId]!;
        assert.ok(fixed.endsWith(fix.edit.text) && fix.edit.text.startsWith(`organization:\n  ${block}:\n    name: ""`));
        assert.deepEqual(organizationKeys(data), [block]);
        assert.ok(!lint(fixed).findings.some((f) => f.ruleId === 'schema' && /`organization`/.test(f.message)), 'organization is there now');
      });
    }

    it('the two organization fixes compose', () => {
      const both = edit(NO_SPONSOR, [/ {2}owner:\n(?: {4}.*\n)+/, '']);
      const once = fixAndLint(both, 'no-dedicated-owner').fixed;
      const twice = fixAndLint(once, 'no-executive-sponsor');
      assert.deepEqual(organizationKeys(twice.data), ['executiveSponsor', 'owner']);
    });
  });

  describe('when the block is present but empty', () => {
    it('purpose-missing on `purposes: []` replaces the empty list', () => {
      const text = edit(READY, [BLOCK('purposes'), 'purposes: []\n\n']);
      assert.ok(ruleIds(text).includes('purpose-missing'));
      const { fix, data } = fixAndLint(text, 'purpose-missing');
      assert.equal(text.slice(fix.edit.span.start, fix.edit.span.end), 'purposes: []');
      assert.deepEqual(data.purposes, [{ type: 'majority-reach', description: '' }]);
      assert.deepEqual(Object.keys(data), Object.keys(parseYaml(READY).data as object), 'in the same place, not moved to the end');
    });

    it('no-target-partners on `partners: []` replaces the empty list', () => {
      const text = edit(READY, [BLOCK('partners'), 'partners: []\n\n']);
      assert.ok(ruleIds(text).includes('no-target-partners'));
      const { fix, data } = fixAndLint(text, 'no-target-partners');
      assert.equal(text.slice(fix.edit.span.start, fix.edit.span.end), 'partners: []');
      assert.deepEqual(data.partners, [{ name: '', type: 'reseller', customerRelationships: false }]);
    });

    it('no-kpis on `kpis: []` replaces the empty list', () => {
      const text = edit(READY, [/kpis:\n(?: {2}.*\n)+$/, 'kpis: []\n']);
      assert.ok(ruleIds(text).includes('no-kpis'));
      const { fix, data } = fixAndLint(text, 'no-kpis');
      assert.equal(text.slice(fix.edit.span.start, fix.edit.span.end), 'kpis: []');
      assert.deepEqual(data.kpis, [{ name: '', target: 0, due: '' }]);
    });

    it('`kpis:` with no value (a schema finding) becomes the list too, also with a comment after it', () => {
      for (const empty of ['kpis:', 'kpis:   # to do', 'kpis: ~', 'kpis: ""']) {
        const text = edit(READY, [/kpis:\n(?: {2}.*\n)+$/, `${empty}\n`]);
        assert.ok(
          lint(text).findings.some((f) => f.ruleId === 'schema' && /`kpis`/.test(f.message)),
          `${empty}: kpis has the wrong type`,
        );
        const { fixed, data } = fixAndLint(text, 'no-kpis');
        assert.equal((data.kpis as unknown[]).length, 1, empty);
        assert.ok(!lint(fixed).findings.some((f) => f.ruleId === 'schema' && /`kpis` must be/.test(f.message)), `${empty}: the type is right now`);
      }
    });

    it('`partners: [ ]` over two lines, and `purposes:` as the last line without a line break', () => {
      fixAndLint(edit(READY, [BLOCK('partners'), 'partners: [\n  ]\n\n']), 'no-target-partners');
      const { fixed } = fixAndLint(`${NO_PURPOSES}purposes:`, 'purpose-missing');
      assert.ok(!fixed.endsWith('\n'), 'the replaced key had no line break after it, and the edit adds none');
    });

    for (const ruleId of ['no-executive-sponsor', 'no-dedicated-owner']) {
      it(`${ruleId}: fills an empty \`organization:\``, () => {
        const text = edit(READY, [/organization:\n(?: {2}.*\n)+/, 'organization:\n']);
        const { fix, data } = fixAndLint(text, ruleId);
        assert.equal(fix.edit.span.start, text.indexOf('organization:\n') + 'organization:\n'.length);
        assert.deepEqual(organizationKeys(data), [BLOCK_FOR_RULE[ruleId]!]);
        assert.ok(fix.edit.text.startsWith(`  ${BLOCK_FOR_RULE[ruleId]}:\n    name: ""`), 'children two spaces in');
      });
    }

    it('fills an empty `organization:` with a comment or an anchor after it', () => {
      for (const header of ['organization:   # who', 'organization: &org']) {
        const text = edit(READY, [/organization:\n(?: {2}.*\n)+/, `${header}\n`]);
        const { fixed } = fixAndLint(text, 'no-executive-sponsor');
        assert.ok(fixed.includes(`${header}\n  executiveSponsor:\n`), header);
      }
    });
  });

  describe('indentation under a block `organization:`', () => {
    it('follows children at two spaces', () => {
      const { fix } = fixAndLint(NO_SPONSOR, 'no-executive-sponsor');
      assert.match(fix.edit.text, /^ {2}executiveSponsor:\n {4}name: ""/);
      assert.ok(
        fix.edit.text
          .split('\n')
          .filter(Boolean)
          .every((line) => line.startsWith('  ')),
      );
    });

    it('follows children at four spaces', () => {
      assert.deepEqual(ruleIds(ORGANIZATION_AT_4), [], 'the re-indented example is still clean');
      for (const [ruleId, cut] of [
        ['no-executive-sponsor', / {4}executiveSponsor:\n(?: {8}.*\n)+/],
        ['no-dedicated-owner', / {4}owner:\n(?: {8}.*\n)+/],
      ] as const) {
        const text = edit(ORGANIZATION_AT_4, [cut, '']);
        const { fix, data } = fixAndLint(text, ruleId);
        const block = BLOCK_FOR_RULE[ruleId]!;
        assert.match(fix.edit.text, new RegExp(`^ {4}${block}:\\n {6}name: ""`), `${ruleId}: the block’s key at four spaces, like its siblings`);
        assert.deepEqual(organizationKeys(data).length, 2);
      }
    });
  });

  describe('line breaks', () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    const cases: [string, string][] = [
      ['purpose-missing', NO_PURPOSES],
      ['no-target-partners', edit(READY, [BLOCK('partners'), 'partners: []\n\n'])],
      ['no-kpis', NO_KPIS],
      ['no-executive-sponsor', NO_SPONSOR],
      ['no-dedicated-owner', NO_ORGANIZATION],
    ];
    for (const [ruleId, text] of cases) {
      it(`${ruleId}: CRLF text keeps CRLF`, () => {
        const { fix, fixed } = fixAndLint(crlf(text), ruleId);
        assert.ok(fix.edit.text.includes('\r\n'), 'the block has CRLF line breaks');
        assert.doesNotMatch(fixed, /(^|[^\r])\n/, 'no bare LF anywhere');
      });
    }

    for (const [ruleId, text] of cases.filter(([id]) => id !== 'no-target-partners' && id !== 'no-executive-sponsor')) {
      it(`${ruleId}: text without a final line break gets one before the appended block`, () => {
        const unterminated = text.replace(/\n+$/, '');
        const { fix, fixed } = fixAndLint(unterminated, ruleId);
        assert.ok(fix.edit.text.startsWith('\n') && !fix.edit.text.startsWith('\n\n'), 'one line break first');
        assert.ok(fixed.startsWith(unterminated) && fixed.endsWith('\n'));
        const crlfFix = missingBlockFix(crlf(unterminated), ruleId, 'en');
        assert.ok(crlfFix?.edit.text.startsWith('\r\n'), 'a CRLF one in CRLF text');
      });
    }

    it('no-executive-sponsor: text without a final line break is left as it ends', () => {
      const unterminated = NO_SPONSOR.replace(/\n+$/, '');
      const { fixed } = fixAndLint(unterminated, 'no-executive-sponsor');
      assert.ok(fixed.endsWith('due: 2027-03-31'), 'the edit is in the middle, under organization');
    });

    it('`organization:` as the last line without a line break: the block goes after it', () => {
      for (const eol of ['\n', '\r\n']) {
        const text = `${NO_ORGANIZATION.replace(/\n/g, eol)}organization:`;
        const { fix, fixed } = fixAndLint(text, 'no-dedicated-owner');
        assert.deepEqual(fix.edit.span, { start: text.length, end: text.length });
        assert.ok(
          fixed.endsWith(
            `organization:${eol}  owner:${eol}    name: ""                 # the person who runs partner business full time${eol}    dedicated: true${eol}    directSalesQuota: false${eol}`,
          ),
        );
      }
    });

    it('a text that ends with a `...` document end marker gets the block before the marker', () => {
      for (const eol of ['\n', '\r\n']) {
        for (const [ruleId, text] of [
          ['no-kpis', NO_KPIS],
          ['no-dedicated-owner', NO_ORGANIZATION],
        ] as const) {
          const marked = `${text}...${eol}# after the document${eol}`.replace(/\r?\n/g, eol);
          const { fix, fixed } = fixAndLint(marked, ruleId);
          assert.equal(fix.edit.span.start, text.replace(/\r?\n/g, eol).length, 'at the end of the content');
          assert.ok(fixed.endsWith(`${eol}...${eol}# after the document${eol}`));
        }
      }
    });

    it('an empty text gets no fix; a text of only comments is no map', () => {
      assert.equal(missingBlockFix('', 'no-kpis', 'en'), undefined);
      assert.equal(missingBlockFix('# nothing yet\n', 'no-kpis', 'en'), undefined);
    });
  });

  describe('no fix', () => {
    it('when the block is already there (no-dedicated-owner on `dedicated: false`)', () => {
      const text = edit(READY, ['    dedicated: true', '    dedicated: false']);
      assert.ok(ruleIds(text).includes('no-dedicated-owner'));
      assert.equal(missingBlockFix(text, 'no-dedicated-owner', 'en'), undefined);
      assert.equal(missingBlockFix(READY, 'no-executive-sponsor', 'en'), undefined);
    });

    it('when a top-level list already has items', () => {
      for (const ruleId of ['purpose-missing', 'no-target-partners', 'no-kpis']) assert.equal(missingBlockFix(READY, ruleId, 'en'), undefined, ruleId);
      assert.equal(missingBlockFix(edit(READY, [BLOCK('partners'), 'partners: [x]\n\n']), 'no-target-partners', 'en'), undefined);
      assert.equal(missingBlockFix(edit(READY, [BLOCK('partners'), 'partners: none\n\n']), 'no-target-partners', 'en'), undefined, 'a scalar is not empty');
    });

    it('when `organization` is a scalar written out: children under it would not parse', () => {
      for (const scalar of ['organization: Acme\n', 'organization: ~\n', 'organization: ""\n']) {
        const text = edit(NO_ORGANIZATION, [/$/, scalar]);
        assert.equal(missingBlockFix(text, 'no-executive-sponsor', 'en'), undefined, scalar);
      }
    });

    it('for a rule that is not about a block, a text that does not parse, a root that is not a block map', () => {
      assert.equal(missingBlockFix(NO_KPIS, 'high-churn', 'en'), undefined);
      assert.equal(missingBlockFix(NO_KPIS, 'toString', 'en'), undefined, 'not an inherited property');
      assert.equal(missingBlockFix(`${NO_KPIS}version: 2\n`, 'no-kpis', 'en'), undefined, 'a duplicate key');
      assert.equal(missingBlockFix('- a\n- b\n', 'no-kpis', 'en'), undefined, 'a list');
      assert.equal(missingBlockFix('just text\n', 'no-kpis', 'en'), undefined, 'a scalar');
    });
  });

  describe('flow style', () => {
    it('adds the block into a flow-style organization, on one line or several, as one entry', () => {
      const flows = [
        'organization: {owner: {name: Sato, dedicated: true}}\n',
        'organization: {\n  owner: {name: Sato, dedicated: true}\n}\n',
        'organization: {\n  owner: {name: Sato, dedicated: true}, # comma, then a comment\n}\n',
        'organization: {}\n',
      ];
      for (const flow of flows) {
        const text = edit(READY, [/organization:\n(?: {2}.*\n)+/, flow]);
        const ruleId = flow === 'organization: {}\n' ? 'no-dedicated-owner' : 'no-executive-sponsor';
        assert.ok(ruleIds(text).includes(ruleId));
        const fix = missingBlockFix(text, ruleId, 'en')!;
        assert.equal(fix.edit.span.start, fix.edit.span.end, 'an insertion');
        const fixed = apply(text, fix);
        assert.ok(!ruleIds(fixed).includes(ruleId) && !ruleIds(fixed).includes('syntax'), fixed);
      }
    });

    it('adds a top-level list into a flow-style document', () => {
      const text = '{version: 1, title: x}\n';
      const fix = missingBlockFix(text, 'no-kpis', 'en')!;
      assert.equal(apply(text, fix), '{version: 1, title: x, kpis: [{name: "", target: 0, due: ""}]}\n');
    });
  });

  describe('locale', () => {
    for (const [ruleId, text] of [
      ['purpose-missing', NO_PURPOSES],
      ['no-target-partners', NO_PARTNERS],
      ['no-kpis', NO_KPIS],
      ['no-executive-sponsor', NO_SPONSOR],
      ['no-dedicated-owner', NO_OWNER],
    ] as const) {
      it(`${ruleId}: Japanese comments with locale ja, English ones with en, the same YAML`, () => {
        const ja = fixAndLint(text, ruleId, 'ja');
        const en = fixAndLint(text, ruleId, 'en');
        assert.deepEqual(ja.fix.edit.span, en.fix.edit.span);
        const comments = (fix: BlockFix): string =>
          fix.edit.text
            .split('\n')
            .map((line) => line.replace(/^[^#]*#?/, ''))
            .join('\n');
        assert.match(comments(ja.fix), JAPANESE);
        assert.doesNotMatch(en.fix.edit.text, JAPANESE);
        assert.deepEqual(ja.data, en.data, 'only the comments differ');
        assert.deepEqual(ja.fix.title, en.fix.title, 'the title comes in both languages either way');
        assert.match(ja.fix.title.ja, JAPANESE);
      });
    }
  });
});

describe('editor: newStrategyTemplate', () => {
  for (const locale of ['en', 'ja'] as const) {
    it(`${locale}: parses and lints with no syntax finding`, () => {
      const template = newStrategyTemplate(locale);
      assert.deepEqual(parseYaml(template).problems, []);
      const result = lint(template, { locale });
      assert.ok(!result.findings.some((finding) => finding.ruleId === 'syntax'), result.findings.map((f) => f.message).join('\n'));
      assert.notEqual(result.readiness, null);
      assert.ok(template.endsWith('\n') && !template.includes('\r'));
    });
  }

  it('has every block of the format, with comments in the locale', () => {
    const en = newStrategyTemplate('en');
    const ja = newStrategyTemplate('ja');
    const data = parseYaml(en).data as Record<string, unknown>;
    assert.deepEqual(Object.keys(data), ['version', 'title', 'company', 'product', 'market', 'economics', 'purposes', 'organization', 'partners', 'kpis']);
    assert.deepEqual(Object.keys(data.organization as object), ['executiveSponsor', 'owner']);
    assert.deepEqual(parseYaml(ja).data, data, 'the same YAML in both languages');
    assert.doesNotMatch(en, JAPANESE);
    assert.match(ja, JAPANESE);
    for (const ruleId of Object.keys(BLOCK_FOR_RULE)) {
      assert.ok(!ruleIds(en).includes(ruleId), `${ruleId}: the template has the block`);
      assert.equal(missingBlockFix(en, ruleId, 'en'), undefined, `${ruleId}: nothing left to insert`);
    }
  });
});
