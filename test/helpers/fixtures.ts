/**
 * Fixtures carry their expected findings next to the lines that cause them:
 *   monthlyPrice: 30000   # expect: ltv-too-low
 *   # expect-next-line: schema            (for a line that cannot hold a trailing comment)
 * and, in leading comments, the options to lint with:
 *   # config: {"thresholds": {"minTargetCompanies": 100}}
 *   # locale: ja
 */
import { lint, mergeConfig } from '../../src/core/index';
import type { ConfigLayer, Locale } from '../../src/core/index';

export interface FixtureExpectation {
  /** "rule@line" strings. */
  expected: string[];
  config: ConfigLayer[];
  locale?: Locale;
}

export function readExpectations(text: string): FixtureExpectation {
  const expected: string[] = [];
  const config: ConfigLayer[] = [];
  let locale: Locale | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const trailing = /#\s*expect:\s*([^#]+)$/.exec(line);
    const next = /^\s*#\s*expect-next-line:\s*([^#]+)$/.exec(line);
    const target = next ? index + 2 : index + 1;
    const list = (next ?? trailing)?.[1];
    if (list)
      for (const rule of list
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean))
        expected.push(`${rule}@${target}`);
    const configMatch = /^\s*#\s*config:\s*(\{.*\})\s*$/.exec(line);
    if (configMatch?.[1]) config.push(JSON.parse(configMatch[1]) as ConfigLayer);
    const localeMatch = /^\s*#\s*locale:\s*(en|ja)\s*$/.exec(line);
    if (localeMatch) locale = localeMatch[1] as Locale;
  });
  return { expected: expected.sort(), config, ...(locale ? { locale } : {}) };
}

/** A fixture's findings in one language, each as `line:column-endLine:endColumn rule-id message`. */
export type FixtureSnapshot = Record<Locale, string[]>;

/**
 * What a fixture's findings are, pinned whole: every finding's full range and message, in English and Japanese, linted
 * with the fixture's own configuration (test/fixtures.test.ts compares them with findings.snap.json of its folder).
 */
export function fixtureSnapshot(text: string): FixtureSnapshot {
  const { config } = readExpectations(text);
  const of = (locale: Locale): string[] =>
    lint(text, { config: mergeConfig(config), locale }).findings.map(
      (f) => `${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.ruleId} ${f.message}`,
    );
  return { en: of('en'), ja: of('ja') };
}
