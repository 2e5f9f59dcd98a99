/**
 * Every text the product shows a person, by language: rule titles, rationales and messages, the core's catalogue, the
 * preview's labels, the playground's words, templates, schema descriptions, settings and commands, documentation
 * pages. For the tests that hold the words to the glossary (docs/reference/glossary.md) and keep them apart from the
 * chapter they paraphrase.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { catalogue, lint, newStrategyTemplate, previewModel, rules, missingBlockFix, BLOCK_FOR_RULE } from '../../src/core/index';
import type { Locale } from '../../src/core/index';
import { fromRoot } from './paths';
import { cliTexts } from '../../src/cli/texts';
import { usage } from '../../src/cli/options';
import { previewLabels } from '../../src/core/view/labels';
import { extensionTexts } from '../../src/extension/texts';
import { serverTexts } from '../../src/server/texts';
import { playgroundTexts } from '../../site/src/texts';

export interface Text {
  /** Where the text comes from, for a failure message. */
  where: string;
  text: string;
}

/** Message arguments that fill every placeholder, truthy (`X`, 1) or empty, to reach both branches of a message. */
function argsProxy(value: string): Record<string, string> {
  return new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? value : undefined) });
}

function walk(value: unknown, where: string, out: Text[]): void {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') {
    // Texts of words (`X`) and counts (0 and 1 reach both forms of a plural).
    for (const filler of ['X', 0, 1]) out.push({ where, text: String((value as (...args: unknown[]) => unknown)(...Array(7).fill(filler))) });
  } else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`, out);
}

function schemaTexts(file: string, locale: Locale, out: Text[]): void {
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((child, i) => visit(child, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (typeof child === 'string' && (locale === 'ja' ? key === 'x-description-ja' : key === 'description' || key === 'title'))
          out.push({ where: `${where}.${key}`, text: child });
        else visit(child, `${where}.${key}`);
      }
    }
  };
  visit(JSON.parse(readFileSync(fromRoot(file), 'utf8')), file);
}

const samples = readdirSync(fromRoot('samples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(fromRoot('samples', name), 'utf8'));

/** The product's texts in one language (messages are called with filler arguments). */
export function productTexts(locale: Locale): Text[] {
  const out: Text[] = [];
  for (const rule of rules) {
    out.push({ where: `${rule.meta.id} title`, text: rule.meta.title[locale] }, { where: `${rule.meta.id} rationale`, text: rule.meta.rationale[locale] });
    for (const [id, format] of Object.entries(rule.messages[locale])) {
      for (const filler of ['X', '']) out.push({ where: `${rule.meta.id} message ${id}`, text: format(argsProxy(filler), locale) });
    }
  }
  walk(catalogue(locale), 'catalogue', out);
  walk(cliTexts(locale), 'cli', out);
  out.push({ where: 'cli --help', text: usage(locale) });
  walk(previewLabels(locale), 'preview labels', out);
  walk(serverTexts(locale), 'server', out);
  walk(extensionTexts(locale), 'extension', out);
  walk(playgroundTexts(locale), 'playground', out);
  for (const text of samples) walk(previewModel(text, lint(text, { locale }), locale), 'preview', out);
  out.push({ where: 'new strategy template', text: newStrategyTemplate(locale) });
  for (const ruleId of Object.keys(BLOCK_FOR_RULE)) {
    const fix = missingBlockFix('version: 1\ntitle: t\norganization:\n  x: 1\n', ruleId, locale);
    if (fix) out.push({ where: `block fix ${ruleId}`, text: `${fix.title[locale]}\n${fix.edit.text}` });
  }
  for (const schema of ['schemas/partner-strategy.schema.json', 'schemas/partnerlint-config.schema.json']) schemaTexts(schema, locale, out);
  const nls = JSON.parse(readFileSync(fromRoot(locale === 'ja' ? 'package.nls.ja.json' : 'package.nls.json'), 'utf8')) as Record<string, string>;
  for (const [key, value] of Object.entries(nls)) out.push({ where: `package.nls ${key}`, text: value });
  return out;
}

/** The documentation pages, whole (each has its English and its Japanese half). */
export function documentationTexts(): Text[] {
  const pages = readdirSync(fromRoot('docs/rules'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/rules/${name}`);
  // Every page but the two that list the words and forms they rule out.
  const reference = readdirSync(fromRoot('docs/reference'))
    .filter((name) => name.endsWith('.md') && name !== 'glossary.md' && name !== 'japanese-style.md')
    .map((name) => `docs/reference/${name}`);
  return [...pages, ...reference, 'docs/architecture.md', 'docs/editors.md', 'docs/ci.md', 'README.md', 'CONTRIBUTING.md', 'SECURITY.md'].map((file) => ({
    where: file,
    text: readFileSync(fromRoot(file), 'utf8'),
  }));
}
