/** The `partnerlint` settings a client sends (docs/reference/language-server.md), read defensively. */
import { MAX_FILE_BYTES } from '../core/limits';
import type { ConfigLayer, Locale } from '../core/index';

export interface Settings {
  enable: boolean;
  /** Lint open documents as the author types (debounced), or only when they are saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  layer: ConfigLayer;
  locale: Locale | undefined;
  /** Globs of further strategy files, relative to a workspace folder (or matched against the whole path outside one). */
  extraFiles: string[];
  maxFileSize: number;
}

/** What a client without configuration gets. */
export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  debounceMs: 200,
  layer: {},
  locale: undefined,
  extraFiles: [],
  maxFileSize: MAX_FILE_BYTES,
};

/** The settings of a `partnerlint` section as the client sent it: anything of the wrong type is the default. */
export function settingsFrom(section: Record<string, unknown> | null | undefined): Settings {
  if (!section || typeof section !== 'object') return DEFAULT_SETTINGS;
  const number = (key: string, fallback: number): number =>
    typeof section[key] === 'number' && Number.isFinite(section[key]) ? (section[key] as number) : fallback;
  const layer: ConfigLayer = {};
  const rules = section.rules;
  const thresholds = section.thresholds;
  if (rules && typeof rules === 'object' && Object.keys(rules).length) layer.rules = rules as ConfigLayer['rules'];
  if (thresholds && typeof thresholds === 'object' && Object.keys(thresholds).length) layer.thresholds = thresholds as ConfigLayer['thresholds'];
  return {
    enable: section.enable !== false,
    run: section.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.max(0, number('debounce', DEFAULT_SETTINGS.debounceMs)),
    layer,
    locale: section.locale === 'en' || section.locale === 'ja' ? section.locale : undefined,
    extraFiles: Array.isArray(section.extraFiles) ? section.extraFiles.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : [],
    maxFileSize: Math.max(1, number('maxFileSize', DEFAULT_SETTINGS.maxFileSize)),
  };
}
