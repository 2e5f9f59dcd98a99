// The parts of the docs and schemas that restate a fact the code owns, written from the code: the rule tables (from
// each rule's metadata), the keys of the file format (from its JSON Schema), the thresholds (from the configuration's
// schema and defaults), the CLI's options (from its option table), and the rule ids of the configuration's schema.
// Each generated part sits between `<!-- reference:NAME -->` and `<!-- /reference:NAME -->`.
//
//   node scripts/reference.mjs           rewrites them (run it after changing a rule, a key, a threshold or an option)
//   node scripts/reference.mjs --check   exits 1 naming every file that is out of date (test/reference.test.ts)
//
// It reads the compiled code in out/ (`node scripts/build.mjs tsc` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(join(root, 'out/src/core/index.js'));
const { OPTIONS } = require(join(root, 'out/src/cli/options.js'));
const { rules, catalogue, DEFAULT_THRESHOLDS } = core;
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** A Markdown table cell: pipes escaped, one line. */
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

const checksOf = (rule, locale) => (rule.meta.feeds ?? []).map((id) => catalogue(locale).checks[id]).join(locale === 'ja' ? '、' : ', ') || '—';

function rulesTable(locale, linkPrefix) {
  const words = catalogue(locale);
  const head = locale === 'ja' ? ['ルール', '既定の重要度', '準備状況チェック', '内容'] : ['Rule', 'Default', 'Readiness check', 'What it wants'];
  return table(
    head,
    rules.map((rule) => [
      `[\`${rule.meta.id}\`](${linkPrefix}${rule.meta.id}.md)`,
      words.severities[rule.meta.defaultSeverity],
      checksOf(rule, locale),
      rule.meta.title[locale],
    ]),
  );
}

/** Every key of the strategy schema, depth first, with its path written as in the docs (`partners[].type`). */
function keys(schema) {
  const out = [];
  const resolve = (node) => (node?.$ref ? { ...resolve(ref(node.$ref)), ...withoutRef(node) } : node);
  const ref = (pointer) =>
    pointer
      .replace(/^#\//, '')
      .split('/')
      .reduce((node, part) => node[part], schema);
  const withoutRef = ({ $ref, ...rest }) => rest;
  const visit = (node, path) => {
    const resolved = resolve(node);
    const properties = resolved.type === 'array' ? resolve(resolved.items)?.properties : resolved.properties;
    const required = new Set((resolved.type === 'array' ? resolve(resolved.items)?.required : resolved.required) ?? []);
    for (const [key, child] of Object.entries(properties ?? {})) {
      const full = resolve(child);
      const childPath = `${path}${path ? '.' : ''}${key}`;
      out.push({ path: childPath, node: full, required: required.has(key) });
      if (full.type === 'object' || (full.type === 'array' && resolve(full.items)?.properties))
        visit(full, full.type === 'array' ? `${childPath}[]` : childPath);
    }
  };
  visit(schema, '');
  return out;
}

function valueShown(node, locale) {
  const ja = locale === 'ja';
  if (node.enum) return node.enum.map((value) => `\`${value}\``).join(ja ? '、' : ', ');
  if (node.const !== undefined) return `\`${node.const}\``;
  const JA_TYPES = { array: 'リスト', object: 'マップ', string: '文字列', integer: '整数', number: '数値', boolean: '真偽値' };
  const type = ja ? (JA_TYPES[node.type] ?? node.type) : node.type === 'array' ? 'list' : node.type === 'object' ? 'map' : node.type;
  const bounds = [
    node.minimum !== undefined ? `≥ ${node.minimum}` : '',
    node.exclusiveMinimum !== undefined ? `> ${node.exclusiveMinimum}` : '',
    node.maximum !== undefined ? `≤ ${node.maximum}` : '',
  ].filter(Boolean);
  return [type, ...bounds].join(' ');
}

function keysTable(locale) {
  const ja = locale === 'ja';
  const head = ja ? ['キー', '値', '必須', '意味'] : ['Key', 'Value', 'Required', 'Meaning'];
  return table(
    head,
    keys(readJson('schemas/partner-strategy.schema.json')).map(({ path, node, required }) => [
      `\`${path}\``,
      valueShown(node, locale),
      required ? (ja ? '必須' : 'yes') : '',
      (ja ? node['x-description-ja'] : node.description) ?? '',
    ]),
  );
}

function thresholdsTable(locale) {
  const ja = locale === 'ja';
  const thresholds = readJson('schemas/partnerlint-config.schema.json').properties.thresholds.properties;
  const shown = (key) =>
    key === 'minLtv' ? (ja ? '30通貨の表（準備状況のページ）' : 'a table of 30 currencies (see the readiness page)') : `\`${DEFAULT_THRESHOLDS[key]}\``;
  return table(
    ja ? ['キー', '既定値', '意味'] : ['Key', 'Default', 'Meaning'],
    Object.entries(thresholds).map(([key, node]) => [`\`thresholds.${key}\``, shown(key), ja ? node['x-description-ja'] : node.description]),
  );
}

function optionsTable(locale) {
  const ja = locale === 'ja';
  return table(
    ja ? ['オプション', '意味'] : ['Option', 'Meaning'],
    OPTIONS.map((option) => [
      `\`${[option.short ? `-${option.short}` : '', `--${option.name}${option.value ? ` ${option.value[locale]}` : ''}`].filter(Boolean).join(', ')}\``,
      option.help[locale],
    ]),
  );
}

/** The editor settings the extension contributes, described in the language's package.nls file. */
function settingsTable(locale) {
  const ja = locale === 'ja';
  const manifest = readJson('package.json');
  const nls = readJson(ja ? 'package.nls.ja.json' : 'package.nls.json');
  const described = (text) => text.replace(/^%(.+)%$/, (_, key) => nls[key] ?? text);
  return table(
    ja ? ['設定', '既定値', '意味'] : ['Setting', 'Default', 'Meaning'],
    Object.entries(manifest.contributes.configuration.properties).map(([key, node]) => [
      `\`${key}\``,
      `\`${JSON.stringify(node.default)}\``,
      described(node.markdownDescription ?? node.description ?? ''),
    ]),
  );
}

/** The default LTV thresholds (src/core/config.ts), three currencies a row. */
function minLtvTable() {
  const pairs = Object.entries(core.DEFAULT_MIN_LTV).map(([currency, value]) => [currency, value.toLocaleString('en')]);
  const rows = [];
  for (let i = 0; i < pairs.length; i += 3) rows.push(pairs.slice(i, i + 3).flat());
  return [
    '| currency | minLtv | currency | minLtv | currency | minLtv |',
    '| --- | ---: | --- | ---: | --- | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const REGIONS = {
  'min-ltv': minLtvTable,
  'settings:en': () => settingsTable('en'),
  'settings:ja': () => settingsTable('ja'),
  'rules:readme': () => rulesTable('en', 'docs/rules/'),
  'rules:index-en': () => rulesTable('en', ''),
  'rules:index-ja': () => rulesTable('ja', ''),
  'rules:reference-en': () => rulesTable('en', '../rules/'),
  'rules:reference-ja': () => rulesTable('ja', '../rules/'),
  'keys:en': () => keysTable('en'),
  'keys:ja': () => keysTable('ja'),
  'thresholds:en': () => thresholdsTable('en'),
  'thresholds:ja': () => thresholdsTable('ja'),
  'options:en': () => optionsTable('en'),
  'options:ja': () => optionsTable('ja'),
};

const PAGES = [
  'README.md',
  'docs/rules/README.md',
  'docs/reference/rules.md',
  'docs/reference/format.md',
  'docs/reference/configuration.md',
  'docs/reference/cli.md',
  'docs/reference/language-server.md',
  'docs/reference/readiness.md',
];

/** The page with each of its regions written anew; throws on a region this script does not know. */
function regenerate(text, file) {
  return text.replace(/<!-- reference:([\w:-]+) -->\n[\s\S]*?<!-- \/reference:\1 -->/g, (_, name) => {
    if (!Object.hasOwn(REGIONS, name)) throw new Error(`${file}: unknown region ${name}`);
    return `<!-- reference:${name} -->\n${REGIONS[name]()}\n<!-- /reference:${name} -->`;
  });
}

/** The configuration's schema with the rule ids of the code. */
function configSchema() {
  const schema = readJson('schemas/partnerlint-config.schema.json');
  schema.$defs.ruleId.enum = rules.map((rule) => rule.meta.id);
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const outputs = [
  ...PAGES.map((file) => [file, regenerate(readFileSync(join(root, file), 'utf8'), file)]),
  ['schemas/partnerlint-config.schema.json', configSchema()],
];
const stale = outputs.filter(([file, text]) => readFileSync(join(root, file), 'utf8') !== text).map(([file]) => file);
if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    console.error(`reference: out of date (run node scripts/reference.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(`reference: ${outputs.length} files up to date`);
} else {
  for (const [file, text] of outputs) if (stale.includes(file)) writeFileSync(join(root, file), text);
  console.log(stale.length ? `reference: rewrote ${stale.join(', ')}` : 'reference: nothing to change');
}
