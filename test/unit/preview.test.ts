import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { isStrategyFileName, lint, previewModel } from '../../src/core/index';
import { fromRoot } from '../helpers/paths';
import { previewLabels } from '../../src/core/view/labels';

const sample = (name: string): string => readFileSync(fromRoot('samples', name), 'utf8');

describe('previewModel', () => {
  it('shows a ready strategy: verdict, matrix cell, LTV series, partners and KPIs', () => {
    const text = sample('acme-cloud.partner-strategy.yaml');
    const model = previewModel(text, lint(text), 'en');
    assert.equal(model.title, 'Acme Cloud partner strategy FY2027');
    assert.equal(model.company, 'Acme KK');
    assert.equal(model.readiness?.verdict, 'ready');
    assert.deepEqual(
      model.readiness?.checks.map((c) => [c.id, c.status]),
      [
        ['purpose', 'clear'],
        ['pmf', 'clear'],
        ['marketSize', 'clear'],
        ['ltv', 'clear'],
        ['expertise', 'clear'],
        ['executive', 'clear'],
        ['owner', 'clear'],
      ],
    );
    assert.deepEqual(
      model.matrix.cells['majority-reach'].map((p) => [p.label, p.segment, p.line]),
      [['Reach the majority', 'kansai-smb', 35]],
    );
    assert.deepEqual(model.matrix.cells.integration, []);
    assert.equal(model.ltv?.ltvText, 'JPY 8,680,628');
    assert.equal(model.ltv?.thresholdText, 'JPY 3,000,000');
    assert.equal(model.ltv?.partnerShareText, 'JPY 1,736,126');
    assert.equal(model.ltv?.margin, 0.2);
    assert.equal(model.ltv?.cumulative.length, 60);
    assert.deepEqual(
      model.ltv?.inputs.map((i) => i.label),
      ['Monthly price', 'Users per account', 'User growth a year', 'Monthly churn', 'Horizon'],
    );
    assert.deepEqual(model.partners, [
      {
        type: 'local-king',
        label: 'Local kings',
        groups: [
          { segment: 'SMB manufacturers in Kansai', partners: [{ name: 'Kansai OA Systems', customerRelationships: true, regions: ['Osaka', 'Kyoto'] }] },
        ],
      },
    ]);
    assert.deepEqual(model.kpis, [{ name: 'Partner-sourced new accounts', target: '120 accounts', due: '2027-03-31' }]);
    assert.deepEqual(model.findings, []);
    assert.equal(model.problem, undefined);
  });

  it('gives every reason of a check that is not clear, with the line it jumps to, and links how the verdict is reached', () => {
    const text = sample('kantan-yoyaku.partner-strategy.yaml');
    const result = lint(text);
    const model = previewModel(text, result, 'en');
    const owner = model.readiness!.checks.find((c) => c.id === 'owner')!;
    assert.equal(owner.status, 'at-risk');
    assert.deepEqual(
      owner.reasons.map((r) => [r.ruleId, r.line, r.statusLabel]),
      [
        ['no-dedicated-owner', 56, 'at risk'],
        ['owner-has-direct-quota', 57, 'at risk'],
      ],
    );
    const executive = model.readiness!.checks.find((c) => c.id === 'executive')!;
    assert.deepEqual(
      executive.reasons.map((r) => [r.ruleId, r.status]),
      [['no-headcount', 'unknown']],
    );
    assert.ok(model.readiness!.checks.filter((c) => c.status === 'clear').every((c) => c.reasons.length === 0));
    assert.match(model.readiness!.docsUrl, /docs\/reference\/readiness\.md$/);
    assert.match(previewModel(text, lint(text, { locale: 'ja' }), 'ja').readiness!.docsUrl, /docs\/reference\/readiness\.md#日本語$/);
  });

  it('shows annual churn and one-time revenue among the LTV inputs when the file gives them', () => {
    const text = sample('acme-cloud.partner-strategy.yaml').replace('monthlyChurnRate: 0.01', 'annualChurnRate: 0.11\n  oneTimeRevenue: 300000');
    const model = previewModel(text, lint(text), 'en');
    assert.deepEqual(
      model.ltv?.inputs.map((i) => i.label),
      ['Monthly price', 'Users per account', 'User growth a year', 'Annual churn', 'Monthly churn', 'One-time revenue', 'Horizon'],
    );
    assert.equal(model.ltv?.inputs.find((i) => i.label === 'Monthly churn')?.value, '0.97%');
  });

  it('puts sales-capacity apart and speaks Japanese', () => {
    const text = sample('kantan-yoyaku.partner-strategy.yaml');
    const model = previewModel(text, lint(text, { locale: 'ja' }), 'ja');
    assert.equal(model.readiness?.label, '要再検討');
    assert.deepEqual(
      model.matrix.salesCapacity.map((p) => p.label),
      ['営業担当者の数を増やす'],
    );
    // The panel's own labels are the extension's, in the same language.
    assert.equal(previewLabels('ja').salesCapacityNote.includes('営業担当者の数を増やす'), true);
    assert.ok(model.findings.length > 0 && model.findings.every((f) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(f.message)));
    assert.equal(model.partners.find((p) => p.type === 'reseller')?.label, '販売代理店');
    assert.ok(model.kpis.some((k) => k.due === null));
  });

  it('says what is wrong instead of going blank when the file does not parse', () => {
    const text = 'version: 1\ntitle: [unclosed\n';
    const model = previewModel(text, lint(text), 'en');
    assert.equal(model.readiness, null);
    assert.equal(model.ltv, null);
    assert.equal(model.problem?.line, 3);
    assert.match(model.problem?.message ?? '', /bracket/);
  });

  it('groups partners without segments apart and keeps unknown types readable', () => {
    const text =
      'version: 1\ntitle: t\npartners:\n  - { name: A, type: reseller }\n  - { name: B, type: reseller, segments: [x, y] }\n  - { name: C, type: mystery }\n  - { type: referral }\nkpis:\n  - { name: K, target: 1.5 }\n';
    const model = previewModel(text, lint(text), 'en');
    assert.deepEqual(
      model.partners.map((p) => [p.type, p.label, p.groups.map((g) => [g.segment, g.partners.map((x) => x.name)])]),
      [
        [
          'reseller',
          'Resellers',
          [
            ['Any segment', ['A']],
            ['x', ['B']],
            ['y', ['B']],
          ],
        ],
        ['mystery', 'mystery', [['Any segment', ['C']]]],
        ['referral', 'Referral partners', [['Any segment', ['?']]]],
      ],
    );
    assert.deepEqual(model.kpis, [{ name: 'K', target: '1.5', due: null }]);
  });
});

describe('isStrategyFileName', () => {
  for (const name of [
    'partner-strategy.yaml',
    'partner-strategy.yml',
    'plans/partner-strategy.yaml',
    'a/b.partner-strategy.yml',
    'C:\\x\\acme.partner-strategy.yaml',
  ]) {
    it(`accepts ${name}`, () => assert.equal(isStrategyFileName(name), true));
  }
  for (const name of ['partner-strategy.json', 'my-partner-strategy.yaml', 'partner-strategy.yaml.bak', '.partnerlint.yaml', 'partner-strategy']) {
    it(`rejects ${name}`, () => assert.equal(isStrategyFileName(name), false));
  }
});
