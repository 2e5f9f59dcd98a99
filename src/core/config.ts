/**
 * `.partnerlint.yaml`: discovery from the strategy's folder upward, validation against its own schema, and merging.
 * Files are read through an injected reader, so the core never touches a file system.
 */
import { catalogue } from './i18n';
import { own } from './data';
import { describeContentErrors, describeSchemaErrors } from './schema-errors';
import { validateConfig } from './validators';
import configSchema from '../../schemas/partnerlint-config.schema.json';
import { LineIndex } from './positions';
import { parseYaml, spanForPath } from './yaml-ast';
import { ruleMessages } from './rules/index';
import { syntaxReport } from './rules/syntax';
import type { ConfigLayer, FileReader, Locale, Position, ResolvedConfig, SeveritySetting, Thresholds } from './types';

export type { ConfigLayer, FileReader, ResolvedConfig, Thresholds } from './types';

export const CONFIG_FILE_NAME = '.partnerlint.yaml';

/**
 * The smallest LTV per account worth a partner's time, by currency: USD 20,000 at rounded exchange rates. These are
 * partnerlint's own round figures, not market data; a `.partnerlint.yaml` sets its own (`thresholds.minLtv`).
 */
export const DEFAULT_MIN_LTV: Readonly<Record<string, number>> = Object.freeze({
  JPY: 3_000_000,
  USD: 20_000,
  EUR: 18_000,
  GBP: 16_000,
  CHF: 17_000,
  CAD: 28_000,
  AUD: 31_000,
  NZD: 34_000,
  SGD: 26_000,
  HKD: 160_000,
  CNY: 145_000,
  TWD: 650_000,
  KRW: 28_000_000,
  INR: 1_700_000,
  THB: 700_000,
  IDR: 320_000_000,
  MYR: 90_000,
  PHP: 1_150_000,
  VND: 500_000_000,
  SEK: 210_000,
  NOK: 210_000,
  DKK: 135_000,
  PLN: 78_000,
  CZK: 450_000,
  BRL: 110_000,
  MXN: 360_000,
  ZAR: 360_000,
  AED: 73_000,
  SAR: 75_000,
  ILS: 72_000,
});

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({
  minTargetCompanies: 500,
  maxMonthlyChurnRate: 0.03,
  ltvHorizonMonths: 60,
  minLtv: DEFAULT_MIN_LTV as Record<string, number>,
  minPaybackMonths: 24,
});

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly position: Position,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses and validates one configuration file; throws ConfigError naming the file and line. */
export function parseConfig(text: string, file: string, locale: Locale = 'en'): ConfigLayer {
  const words = catalogue(locale).config;
  const lines = new LineIndex(text);
  const parsed = parseYaml(text);
  const problem = parsed.problems[0];
  if (problem) {
    const report = syntaxReport(problem, text);
    const detail = ruleMessages('syntax', locale)[report.messageId ?? 'generic']!(report.args ?? {}, locale);
    throw new ConfigError(file, lines.positionAt(problem.span.start), words.doesNotParse(detail));
  }
  const data = parsed.data ?? {};
  if (!validateConfig(data)) {
    // `.nan` and `.inf` fail the schema's number types without a schema error of their own: the content check says why.
    let first = [...describeSchemaErrors(validateConfig.errors ?? [], data, locale, configSchema), ...describeContentErrors(data, locale, () => 0)][0];
    // The schema rule's words for a root that is not a map speak of a partner strategy; say it of this file instead.
    if (first?.messageId === 'rootNotMap') {
      first = { ...first, messageId: 'badType', args: { key: CONFIG_FILE_NAME, expected: catalogue(locale).types.map, actual: first.args.actual ?? '' } };
    }
    const span = first ? spanForPath(parsed, first.path, first.anchor) : { start: 0, end: 0 };
    const schemaMessages = ruleMessages('schema', locale);
    const detail = first ? (schemaMessages[first.messageId]?.(first.args, locale) ?? first.messageId) : '';
    throw new ConfigError(file, lines.positionAt(span.start), words.invalid(detail));
  }
  return data as ConfigLayer;
}

/** Later layers win, key by key; `minLtv` is merged over the defaults rather than replacing them. */
export function mergeConfig(layers: readonly ConfigLayer[], files: string[] = []): ResolvedConfig {
  const rules: Record<string, SeveritySetting> = {};
  const minLtv: Record<string, number> = { ...DEFAULT_THRESHOLDS.minLtv };
  const resolved: ResolvedConfig = { rules, thresholds: { ...DEFAULT_THRESHOLDS, minLtv }, files };
  for (const layer of layers) {
    copyOwn(rules, layer.rules);
    const { minLtv: layerMinLtv, ...scalars } = layer.thresholds ?? {};
    for (const key of ['minTargetCompanies', 'maxMonthlyChurnRate', 'ltvHorizonMonths', 'minPaybackMonths'] as const) {
      const value = own(scalars, key);
      if (value !== undefined) resolved.thresholds[key] = value;
    }
    copyOwn(minLtv, layerMinLtv);
    if (layer.locale) resolved.locale = layer.locale;
  }
  return resolved;
}

/** Keys are what users wrote: defined as own properties, so that `__proto__` is a key like any other, never a setter. */
function copyOwn<T>(target: Record<string, T>, source: Readonly<Record<string, T>> | undefined): void {
  for (const key of Object.keys(source ?? {}))
    Object.defineProperty(target, key, { value: source![key], enumerable: true, writable: true, configurable: true });
}

export interface DiscoveryOptions {
  /** Do not look above this folder (the workspace or repository root). */
  stopAt?: string;
  /** Message language of configuration errors. */
  locale?: Locale;
  /** Layers that the discovered files override, e.g. an editor's settings. */
  baseLayers?: readonly ConfigLayer[];
}

/**
 * The configuration for the strategy at `strategyPath` (a '/'-separated path): every `.partnerlint.yaml` from its
 * folder upward until one says `root: true`, `stopAt` or the top; nearer files win key by key.
 */
export async function discoverConfig(strategyPath: string, read: FileReader, options: DiscoveryOptions = {}): Promise<ResolvedConfig> {
  const found: { file: string; layer: ConfigLayer }[] = [];
  for (const folder of ancestors(parentFolder(strategyPath), options.stopAt)) {
    const file = joinPath(folder, CONFIG_FILE_NAME);
    const text = await read(file);
    if (text === undefined) continue;
    const layer = parseConfig(text, file, options.locale);
    found.push({ file, layer });
    if (layer.root === true) break;
  }
  found.reverse();
  return mergeConfig(
    [...(options.baseLayers ?? []), ...found.map((f) => f.layer)],
    found.map((f) => f.file),
  );
}

/** Reads an explicitly named configuration file; its absence is an error, not a default. */
export async function loadConfigFile(file: string, read: FileReader, locale: Locale = 'en'): Promise<ResolvedConfig> {
  const text = await read(file);
  if (text === undefined) throw new ConfigError(file, { line: 1, column: 1 }, catalogue(locale).config.notFound());
  return mergeConfig([parseConfig(text, file, locale)], [file]);
}

export function parentFolder(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '' && path.startsWith('/')) return '/'; // the root is its own parent, not '.'
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}

function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/** `folder` and its parents, nearest first, ending at `stopAt` (inclusive) or the top. */
function* ancestors(folder: string, stopAt?: string): Generator<string> {
  const stop = stopAt?.replace(/\/+$/, '') || undefined;
  let current = folder;
  for (;;) {
    yield current;
    if (stop !== undefined && (current === stop || current === `${stop}/`)) return;
    const parent = parentFolder(current);
    if (parent === current || current === '.') return;
    current = parent;
  }
}
