import { strict as assert } from 'node:assert';
import { rules } from '../../src/core/rules/index';
import { catalogue, catalogues, formatMoney, formatNumber, formatPercent } from '../../src/core/i18n';
import { LOCALES } from '../../src/core/types';
import type { MessageArgs } from '../../src/core/rule';

const JAPANESE = /[\u3001-\u30ff\u4e00-\u9fff]/;

/** Plausible values for every argument the rules' messages use; a name not listed here gets a short text. */
const PLAUSIBLE: MessageArgs = {
  annual: 0.2,
  oneTime: 400000,
  months: 12,
  actual: 'text "many"',
  allowed: '`a`, `b`',
  churn: 0.05,
  margin: 0.2,
  companies: 120,
  comparison: 'at least',
  currency: 'JPY',
  detail: 'Unexpected end of flow sequence',
  expected: 'a number',
  growth: 0.3,
  hint: 'use a three-letter code',
  horizon: 60,
  id: 'kansai-smb',
  key: 'economics.monthlyPrice',
  limit: 1,
  line: 12,
  ltv: 1_053_703,
  max: 100,
  maximum: 0.03,
  minimum: 500,
  name: 'Partner-sourced accounts',
  parent: '`economics`',
  partnerShare: 210_740,
  price: 5_000,
  revenue: 100_000,
  rule: 'ltv-too-low',
  segment: 'kansai-smb',
  state: 'requested',
  suggestion: 'monthlyPrice',
  threshold: 3_000_000,
  users: 20,
  value: 'banana',
};

/** The same, with every optional argument empty (no suggestion, no partner share, per-account pricing...). */
const SPARSE: MessageArgs = { ...PLAUSIBLE, suggestion: '', partnerShare: '', users: '', state: '', margin: '', annual: '', oneTime: 0 };

function argsFor(base: MessageArgs): MessageArgs {
  return new Proxy(base, { get: (target, name) => (typeof name === 'string' && name in target ? target[name] : 'x') });
}

/** Every key path of a catalogue, with the kind of value it holds. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}()`];
  if (typeof value === 'string') return [prefix];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k))
      .sort();
  return [`${prefix}:${typeof value}`];
}

describe('i18n: rule texts', () => {
  it('every locale is covered: en and ja', () => {
    assert.deepEqual([...LOCALES], ['en', 'ja']);
  });

  for (const rule of rules) {
    describe(rule.meta.id, () => {
      it('has the same non-empty message ids in en and ja', () => {
        const en = Object.keys(rule.messages.en).sort();
        const ja = Object.keys(rule.messages.ja).sort();
        assert.ok(en.length > 0, 'no messages');
        assert.deepEqual(ja, en);
        for (const id of en) assert.ok(id.length > 0);
      });

      it('has a title and a rationale in both languages', () => {
        for (const locale of LOCALES) {
          assert.ok(rule.meta.title[locale].trim().length > 0, `title ${locale}`);
          assert.ok(rule.meta.rationale[locale].trim().length > 0, `rationale ${locale}`);
        }
        assert.match(rule.meta.title.ja, JAPANESE);
        assert.match(rule.meta.rationale.ja, JAPANESE);
        assert.doesNotMatch(rule.meta.title.en, JAPANESE);
        assert.notEqual(rule.meta.title.en, rule.meta.title.ja);
      });

      it('has a valid default severity', () => {
        assert.ok(['error', 'warning', 'info'].includes(rule.meta.defaultSeverity));
      });

      it('words every message as a non-empty string in both languages, with or without the optional arguments', () => {
        for (const id of Object.keys(rule.messages.en)) {
          for (const base of [PLAUSIBLE, SPARSE]) {
            const texts = LOCALES.map((locale) => {
              const text = rule.messages[locale][id]!(argsFor(base), locale);
              assert.equal(typeof text, 'string');
              assert.ok(text.trim().length > 0, `${id} ${locale}`);
              assert.doesNotMatch(text, /undefined|NaN|\[object Object\]/, `${id} ${locale}: ${text}`);
              return text;
            });
            const [en, ja] = texts as [string, string];
            assert.match(ja, JAPANESE, `${id} ja: ${ja}`);
            assert.doesNotMatch(en, JAPANESE, `${id} en: ${en}`);
            assert.notEqual(en, ja);
          }
        }
      });
    });
  }
});

describe('i18n: the general catalogue', () => {
  it('has the same keys, of the same kinds, in both locales', () => {
    assert.deepEqual(shape(catalogues.ja), shape(catalogues.en));
    assert.ok(shape(catalogues.en).length > 20);
  });

  it('has non-empty texts in both locales, Japanese in ja', () => {
    const visit = (en: unknown, ja: unknown, path: string): void => {
      if (typeof en === 'string') {
        assert.ok(en.length > 0 && typeof ja === 'string' && ja.length > 0, path);
        assert.match(ja as string, JAPANESE, `${path}: ${String(ja)}`);
        return;
      }
      if (typeof en === 'function') {
        const args = ['JPY 1,000', '2 MB'];
        const enText = (en as (...a: string[]) => string)(...args);
        const jaText = (ja as (...a: string[]) => string)(...args);
        assert.ok(enText.length > 0 && jaText.length > 0, path);
        assert.match(jaText, JAPANESE, `${path}: ${jaText}`);
        return;
      }
      for (const key of Object.keys(en as object)) visit((en as Record<string, unknown>)[key], (ja as Record<string, unknown>)[key], `${path}.${key}`);
    };
    visit(catalogues.en, catalogues.ja, 'catalogue');
  });

  it("catalogue(locale) returns the locale's catalogue", () => {
    assert.equal(catalogue('en'), catalogues.en);
    assert.equal(catalogue('ja'), catalogues.ja);
  });

  it('formats numbers, money and percentages as people of the locale write them', () => {
    assert.equal(formatNumber(1_053_703.4, 'en'), '1,053,703');
    assert.equal(formatNumber(1_053_703.4, 'ja'), '1,053,703');
    assert.equal(formatNumber(0.125, 'en', 2), '0.13');
    assert.equal(formatMoney(3_000_000, 'JPY', 'en'), 'JPY 3,000,000');
    assert.equal(formatPercent(0.05, 'en'), '5%');
    assert.equal(formatPercent(0.0125, 'ja'), '1.25%');
  });
});
