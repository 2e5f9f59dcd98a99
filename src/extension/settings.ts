/** The `partnerlint.*` settings, read in one place. */
import * as vscode from 'vscode';
import type { ConfigLayer, Locale } from '../core/index';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  enable: boolean;
  run: RunMode;
  debounceMs: number;
  /** The settings' rules and thresholds, merged under the discovered .partnerlint.yaml. */
  layer: ConfigLayer;
  /** An explicit message language, or undefined to follow the configuration file or VS Code. */
  locale: Locale | undefined;
  extraFiles: string[];
  maxFileSize: number;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration('partnerlint', scope);
  const locale = config.get<string>('locale', 'auto');
  const rules = config.get<Record<string, string>>('rules', {});
  const thresholds = config.get<Record<string, unknown>>('thresholds', {});
  const layer: ConfigLayer = {};
  if (rules && Object.keys(rules).length > 0) layer.rules = rules as ConfigLayer['rules'];
  if (thresholds && Object.keys(thresholds).length > 0) layer.thresholds = thresholds as ConfigLayer['thresholds'];
  return {
    enable: config.get<boolean>('enable', true),
    run: config.get<RunMode>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.max(0, config.get<number>('debounce', 200)),
    layer,
    locale: locale === 'en' || locale === 'ja' ? locale : undefined,
    extraFiles: config.get<string[]>('extraFiles', []).filter((glob) => typeof glob === 'string' && glob.length > 0),
    maxFileSize: Math.max(1, config.get<number>('maxFileSize', 2 * 1024 * 1024)),
  };
}

/** VS Code's display language, as a message locale. */
export function displayLocale(): Locale {
  return vscode.env.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
