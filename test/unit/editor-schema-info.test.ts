import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { keyDescription, keysAt, lint, parseYaml, schemaHoverAt, valueDescription, valuesAt } from '../../src/core/index';
import type { KeyInfo } from '../../src/core/index';
import { describe as describeSchema, schemaAt } from '../../src/core/schema-info';
import { fromRoot } from '../helpers/paths';
import { READY, edit } from '../helpers/strategy';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The schema as the file says it, to check that the helpers read it rather than a copy. */
const SCHEMA = JSON.parse(readFileSync(fromRoot('schemas/partner-strategy.schema.json'), 'utf8')) as {
  description: string;
  properties: Record<string, { description: string; 'x-description-ja': string; properties?: Record<string, Record<string, string>> }>;
  $defs: Record<string, { description?: string; 'x-description-ja'?: string; properties?: Record<string, Record<string, string>> }>;
};

/** The keys as `key:shape` with a `!` for required ones, in the schema's order. */
function keys(infos: KeyInfo[]): string[] {
  return infos.map((info) => `${info.key}${info.required ? '!' : ''}:${info.shape}`);
}

describe('editor: schemaAt', () => {
  it('is the whole schema at the root', () => {
    const root = schemaAt([]);
    assert.equal(root?.title, 'Partner strategy');
    assert.equal(root?.description, SCHEMA.description);
    assert.equal(describeSchema(root, 'ja'), (SCHEMA as unknown as Record<string, string>)['x-description-ja']);
  });

  it('follows $ref into $defs and keeps the referring key’s own description', () => {
    const title = schemaAt(['title']);
    assert.equal(title?.type, 'string', 'from #/$defs/text');
    assert.equal(title?.minLength, 1);
    assert.equal(title?.description, SCHEMA.properties.title!.description);
    assert.equal(title?.$ref, undefined, 'the $ref itself is gone');
  });

  it('steps into list items through `items`, also when they are a $ref', () => {
    const partner = schemaAt(['partners', 0]);
    assert.equal(partner?.description, SCHEMA.$defs.partner!.description);
    assert.ok(partner?.properties, 'the partner definition, resolved');
    assert.deepEqual(schemaAt(['partners', 3, 'segments', 0])?.pattern, '^[a-z0-9][a-z0-9-]*$', 'a $ref to segmentId inside a list of a list item');
    assert.equal(schemaAt(['product', 'pmf', 'evidence', 0])?.type, 'string');
  });

  it('is undefined outside the schema', () => {
    assert.equal(schemaAt(['nonsense']), undefined, 'an unknown top-level key');
    assert.equal(schemaAt(['product', 'nonsense']), undefined);
    assert.equal(schemaAt(['product', 'nonsense', 'deeper']), undefined, 'below an unknown key');
    assert.equal(schemaAt(['product', 0]), undefined, 'an index into a map');
    assert.equal(schemaAt(['partners', 'name']), undefined, 'a key of a list');
    assert.equal(schemaAt(['version', 'x']), undefined, 'a key below a scalar');
    assert.equal(schemaAt(['partners', 0, 'name', 'x']), undefined, 'a key below a $ref to a scalar definition');
  });
});

describe('editor: keyDescription', () => {
  it('describes top-level keys in English and Japanese', () => {
    assert.equal(keyDescription(['economics'], 'en'), SCHEMA.properties.economics!.description);
    assert.equal(keyDescription(['economics'], 'ja'), SCHEMA.properties.economics!['x-description-ja']);
    assert.match(keyDescription(['version'], 'en')!, /Always the integer 1/);
    assert.match(keyDescription(['version'], 'ja')!, JAPANESE);
  });

  it('describes the keys of a list item through the $ref of `items`', () => {
    const type = SCHEMA.$defs.partner!.properties!.type!;
    assert.equal(keyDescription(['partners', 0, 'type'], 'en'), type.description);
    assert.equal(keyDescription(['partners', 0, 'type'], 'ja'), type['x-description-ja']);
    assert.equal(keyDescription(['partners', 12, 'type'], 'en'), type.description, 'any index');
    assert.match(keyDescription(['kpis', 0, 'due'], 'en')!, /YYYY-MM-DD/);
    assert.match(keyDescription(['market', 'segments', 0, 'status'], 'ja')!, /existing（既存/);
  });

  it('describes a key whose schema is a $ref with its own description beside it', () => {
    const budget = SCHEMA.properties.organization!.properties!.executiveSponsor as unknown as { properties: Record<string, Record<string, string>> };
    assert.equal(keyDescription(['organization', 'executiveSponsor', 'budget'], 'en'), budget.properties.budget!.description);
    assert.equal(keyDescription(['organization', 'executiveSponsor', 'budget'], 'ja'), budget.properties.budget!['x-description-ja']);
    assert.equal(keyDescription(['product', 'name'], 'en'), 'Name of the product.');
    assert.equal(keyDescription(['product', 'name'], 'ja'), '製品名。');
  });

  it('describes a list item by its definition', () => {
    assert.equal(keyDescription(['purposes', 0], 'en'), 'One purpose of the partner business.');
    assert.equal(keyDescription(['purposes', 0], 'ja'), 'パートナービジネスの目的の1つ。');
  });

  it('is undefined outside the schema and where the schema has no description', () => {
    assert.equal(keyDescription(['nonsense'], 'en'), undefined);
    assert.equal(keyDescription(['partners', 0, 'nonsense'], 'ja'), undefined);
    assert.equal(keyDescription(['product', 'pmf', 'evidence', 0], 'en'), undefined, '#/$defs/text has no description');
  });

  it('describe() falls back to English where there is no Japanese, and ignores what is not text', () => {
    assert.equal(describeSchema({ description: 'Only English.' }, 'ja'), 'Only English.');
    assert.equal(describeSchema({ description: 'English.', 'x-description-ja': '日本語。' }, 'ja'), '日本語。');
    assert.equal(describeSchema({ description: 'English.', 'x-description-ja': '日本語。' }, 'en'), 'English.');
    assert.equal(describeSchema({ description: 42 }, 'en'), undefined);
    assert.equal(describeSchema({}, 'en'), undefined);
    assert.equal(describeSchema(undefined, 'en'), undefined);
  });

  it('has a description in both languages for every key a strategy may hold', () => {
    const walk = (path: (string | number)[]): void => {
      for (const info of keysAt(path, 'en')) {
        const child = [...path, info.key];
        assert.ok(keyDescription(child, 'en'), `English for ${child.join('.')}`);
        assert.match(keyDescription(child, 'ja')!, JAPANESE, `Japanese for ${child.join('.')}`);
        if (info.shape === 'map') walk(child);
        if (info.shape === 'list') walk([...child, 0]);
      }
    };
    walk([]);
  });
});

describe('editor: keysAt', () => {
  it('lists the top-level keys with required flags and shapes', () => {
    assert.deepEqual(keys(keysAt([], 'en')), [
      'version!:scalar',
      'title!:scalar',
      'company:scalar',
      'product!:map',
      'market!:map',
      'economics!:map',
      'purposes:list',
      'organization!:map',
      'partners:list',
      'kpis:list',
    ]);
  });

  it('lists the keys of `economics`', () => {
    assert.deepEqual(keys(keysAt(['economics'], 'en')), [
      'currency:scalar',
      'pricing!:scalar',
      'monthlyPrice!:scalar',
      'usersPerAccount:scalar',
      'userGrowthRate:scalar',
      'monthlyChurnRate:scalar',
      'annualChurnRate:scalar',
      'oneTimeRevenue:scalar',
      'partnerMargin:scalar',
    ]);
  });

  it('lists the keys of a partner, through `items` and its $ref', () => {
    assert.deepEqual(keys(keysAt(['partners', 0], 'en')), ['name!:scalar', 'type!:scalar', 'segments:list', 'customerRelationships:scalar', 'regions:list']);
  });

  it('lists nested maps: product, pmf, organization and its people', () => {
    assert.deepEqual(keys(keysAt(['product'], 'en')), ['name!:scalar', 'pmf:map', 'directSalesStory:scalar', 'expertise:scalar', 'enablement:scalar']);
    assert.deepEqual(keys(keysAt(['product', 'pmf'], 'en')), ['status!:scalar', 'evidence:list']);
    assert.deepEqual(keys(keysAt(['organization'], 'en')), ['executiveSponsor:map', 'owner:map']);
    assert.deepEqual(keys(keysAt(['organization', 'owner'], 'en')), ['name!:scalar', 'dedicated!:scalar', 'directSalesQuota:scalar']);
    assert.deepEqual(keys(keysAt(['market', 'segments', 0], 'en')), ['id!:scalar', 'name!:scalar', 'status!:scalar', 'companies:scalar']);
  });

  it('describes each key in the locale', () => {
    const en = keysAt(['economics'], 'en').find((info) => info.key === 'pricing');
    const ja = keysAt(['economics'], 'ja').find((info) => info.key === 'pricing');
    assert.equal(en?.description, SCHEMA.properties.economics!.properties!.pricing!.description);
    assert.equal(ja?.description, SCHEMA.properties.economics!.properties!.pricing!['x-description-ja']);
    assert.match(keysAt([], 'ja').find((info) => info.key === 'kpis')!.description, JAPANESE);
  });

  it('is empty where there is no map: a scalar, a list, outside the schema', () => {
    assert.deepEqual(keysAt(['version'], 'en'), []);
    assert.deepEqual(keysAt(['partners'], 'en'), [], 'the list itself, not an item');
    assert.deepEqual(keysAt(['partners', 0, 'name'], 'en'), []);
    assert.deepEqual(keysAt(['nonsense'], 'en'), []);
  });
});

describe('editor: valuesAt', () => {
  it('lists enums in the schema’s order', () => {
    assert.deepEqual(valuesAt(['economics', 'pricing']), ['per-account', 'per-user']);
    assert.deepEqual(valuesAt(['partners', 0, 'type']), [
      'local-king',
      'industry-specialist',
      'reseller',
      'system-integrator',
      'technology',
      'alliance',
      'referral',
    ]);
    assert.deepEqual(valuesAt(['purposes', 2, 'type']), ['majority-reach', 'new-segment', 'integration', 'new-business-model', 'sales-capacity']);
    assert.deepEqual(valuesAt(['product', 'pmf', 'status']), ['achieved', 'not-yet', 'unknown']);
    assert.deepEqual(valuesAt(['market', 'segments', 0, 'status']), ['existing', 'new']);
  });

  it('lists an enum that comes through a $ref (approval)', () => {
    assert.deepEqual(valuesAt(['organization', 'executiveSponsor', 'budget']), ['approved', 'requested', 'none']);
    assert.deepEqual(valuesAt(['organization', 'executiveSponsor', 'headcount']), ['approved', 'requested', 'none']);
  });

  it('offers `version`’s const as text', () => {
    assert.deepEqual(valuesAt(['version']), ['1']);
  });

  it('offers true and false for booleans', () => {
    assert.deepEqual(valuesAt(['organization', 'owner', 'dedicated']), ['true', 'false']);
    assert.deepEqual(valuesAt(['partners', 0, 'customerRelationships']), ['true', 'false']);
  });

  it('is empty for free values, maps, lists and places outside the schema', () => {
    assert.deepEqual(valuesAt(['title']), []);
    assert.deepEqual(valuesAt(['economics', 'monthlyPrice']), []);
    assert.deepEqual(valuesAt(['economics']), []);
    assert.deepEqual(valuesAt(['partners']), []);
    assert.deepEqual(valuesAt(['nonsense']), []);
  });
});

describe('editor: valueDescription', () => {
  it('gives the part about `integration` of a purpose’s type, in both languages', () => {
    assert.equal(
      valueDescription(['purposes', 0, 'type'], 'integration', 'en'),
      'integration: make the product more valuable by connecting it with systems customers use',
    );
    assert.equal(valueDescription(['purposes', 0, 'type'], 'integration', 'ja'), 'integration（顧客が使うシステムとの連携強化で製品価値を高める）');
  });

  it('gives the part about `local-king` of a partner’s type, in both languages', () => {
    assert.equal(valueDescription(['partners', 0, 'type'], 'local-king', 'en'), 'local-king: dominates its local trade area');
    assert.equal(valueDescription(['partners', 0, 'type'], 'local-king', 'ja'), 'local-king（地域の商圏に強いローカルキング）');
  });

  it("leaves the description's closing full stop out of the last value's meaning, as it is out of the others", () => {
    assert.equal(valueDescription(['product', 'pmf', 'status'], 'unknown', 'en'), 'unknown: not assessed');
    assert.equal(valueDescription(['product', 'pmf', 'status'], 'unknown', 'ja'), 'unknown（未評価）');
    assert.equal(valueDescription(['product', 'pmf', 'status'], 'achieved', 'ja'), 'achieved（PMF を達成済み）');
  });

  it('tells apart values that start alike (`new` and `new-segment`, `new-business-model`)', () => {
    assert.equal(valueDescription(['market', 'segments', 0, 'status'], 'new', 'en'), 'new: not reached yet');
    assert.equal(valueDescription(['purposes', 0, 'type'], 'new-segment', 'en'), 'new-segment: win a segment not reached yet');
    assert.equal(
      valueDescription(['purposes', 0, 'type'], 'new-business-model', 'ja'),
      'new-business-model（パートナーと組み、単独では提供できない価値を届ける新たなビジネスモデル）',
    );
  });

  it('describes every purpose type, and every partner type in Japanese, about that value only', () => {
    for (const locale of ['en', 'ja'] as const) {
      for (const value of valuesAt(['purposes', 0, 'type'])) {
        const text = valueDescription(['purposes', 0, 'type'], value, locale);
        assert.ok(text?.startsWith(locale === 'en' ? `${value}: ` : `${value}（`), `${locale} ${value}: ${text}`);
        assert.ok(!/[;/]|、[a-z]/.test(text!.slice(value.length + 1)), `${locale} ${value}: only its own part: ${text}`);
      }
    }
    for (const value of valuesAt(['partners', 0, 'type']))
      assert.match(valueDescription(['partners', 0, 'type'], value, 'ja')!, new RegExp(`^${value}（[^（）]+）`));
  });

  it('takes the parts written "value(meaning)", also the first one after the key’s lead-in', () => {
    const budget = ['organization', 'executiveSponsor', 'budget'];
    assert.equal(valueDescription(budget, 'approved', 'ja'), 'approved（承認済み）');
    assert.equal(valueDescription(budget, 'requested', 'ja'), 'requested（申請中）');
    assert.equal(valueDescription(budget, 'none', 'ja'), 'none（承認されていない）');
  });

  it('is undefined where the description does not explain the value', () => {
    assert.equal(
      valueDescription(['organization', 'executiveSponsor', 'budget'], 'approved', 'en'),
      undefined,
      '"…: approved, requested or none." lists, not explains',
    );
    assert.equal(valueDescription(['product', 'expertise'], 'low', 'en'), undefined);
    assert.equal(valueDescription(['product', 'expertise'], 'low', 'ja'), undefined, '"…: low、medium、high"');
    assert.equal(valueDescription(['partners', 0, 'type'], 'reseller', 'en'), undefined, 'named without a meaning');
    assert.equal(valueDescription(['partners', 0, 'type'], 'nonsense', 'en'), undefined);
    assert.equal(valueDescription(['partners', 0, 'type'], '', 'en'), undefined, 'an empty value');
    assert.equal(valueDescription(['nonsense'], 'x', 'en'), undefined, 'outside the schema');
    assert.equal(valueDescription(['product', 'pmf', 'evidence', 0], 'x', 'en'), undefined, 'no description at all');
  });
});

describe('editor: the keys of format v2 (hover, completion, did-you-mean)', () => {
  it('describes annualChurnRate, oneTimeRevenue and expectedPaybackMonths in both languages', () => {
    for (const [path, key] of [
      [['economics'], 'annualChurnRate'],
      [['economics'], 'oneTimeRevenue'],
      [['organization', 'executiveSponsor'], 'expectedPaybackMonths'],
    ] as const) {
      for (const locale of ['en', 'ja'] as const) {
        const info = keysAt([...path], locale).find((k) => k.key === key);
        assert.ok(info && info.description.length > 20 && !info.required, `${key} ${locale}`);
        if (locale === 'ja') assert.match(info.description, /[\u3040-\u30ff]/);
      }
      assert.equal(keyDescription([...path, key], 'en'), keysAt([...path], 'en').find((k) => k.key === key)!.description);
    }
  });

  it('corrects a misspelt new key with a quick fix, and the corrected file has no finding', () => {
    const cases: [string, string, string][] = [
      ['  monthlyChurnRate: 0.01', '  anualChurnRate: 0.11', 'annualChurnRate'],
      ['  monthlyChurnRate: 0.01', '  monthlyChurnRate: 0.01\n  oneTimeRevenu: 300000', 'oneTimeRevenue'],
      ['    priority: high', '    priority: high\n    expectedPaybackMonth: 36', 'expectedPaybackMonths'],
    ];
    for (const [from, to, key] of cases) {
      const text = edit(READY, [from, to]);
      const findings = lint(text).findings;
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ['schema'],
        `${key}: ${findings.map((f) => f.message).join(' | ')}`,
      );
      const suggestion = findings[0]!.suggestions?.[0];
      assert.equal(suggestion?.replacement, key);
      const fixed = text.slice(0, suggestion!.span.start) + suggestion!.replacement + text.slice(suggestion!.span.end);
      assert.deepEqual(lint(fixed).findings, [], key);
    }
  });
});

describe('editor: schemaHoverAt (the hover of the language server and of the playground)', () => {
  it("gives a key's meaning, a quoted value's meaning as of what it holds, and nothing off the schema", () => {
    const text = edit(READY, ['  pricing: per-user', '  pricing: "per-user"']);
    const parsed = parseYaml(text);
    const key = schemaHoverAt(parsed, text.indexOf('pricing:') + 2, 'en');
    assert.equal(key?.title, 'pricing');
    assert.deepEqual(key?.span, { start: text.indexOf('pricing:'), end: text.indexOf('pricing:') + 'pricing'.length });
    const value = schemaHoverAt(parsed, text.indexOf('"per-user"') + 3, 'ja');
    assert.equal(value?.text, valueDescription(['economics', 'pricing'], 'per-user', 'ja'));
    assert.equal(schemaHoverAt(parsed, 0, 'en')?.title, 'version');
    assert.equal(schemaHoverAt(parseYaml('x: 1\n'), 0, 'en'), undefined, 'a key the schema does not have');
  });
});
