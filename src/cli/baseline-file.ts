/** Reading and writing the baseline file (.partnerlint-baseline.json) for --baseline, --baseline-write and --baseline-prune. */
import { existsSync } from 'node:fs';
import { BaselineError, catalogue, parseBaseline, serializeBaseline } from '../core/index';
import type { Baseline, Locale } from '../core/index';
import { RunError } from './configs';
import { describeError, readBaselineText } from './read';
import { cliTexts } from './texts';
import { writeFileSafely } from '../node/write-file';

/** How a baseline starts, as partnerlint writes it or a person edits it: the only file a baseline is written over. */
export function isBaselineHead(head: string): boolean {
  return /^\uFEFF?\s*\{\s*"version"\s*:\s*1\s*[,}]/.test(head);
}

/** The baseline at `path`, or undefined where there is none (an error when the user named it). */
export function readBaseline(path: string, shown: string, mustExist: boolean, locale: Locale): Baseline | undefined {
  const texts = cliTexts(locale);
  if (!existsSync(path)) {
    if (mustExist) throw new RunError(texts.baselineMissing(shown));
    return undefined;
  }
  let text: string;
  try {
    text = readBaselineText(path);
  } catch (error) {
    throw new RunError(texts.cannotReadBaseline(shown, describeError(error, locale)));
  }
  try {
    return parseBaseline(text);
  } catch (error) {
    if (error instanceof BaselineError) throw new RunError(catalogue(locale).report.badBaseline(shown, error.detail));
    throw error;
  }
}

export function writeBaseline(path: string, shown: string, baseline: Baseline, locale: Locale): void {
  try {
    writeFileSafely(path, serializeBaseline(baseline), { replaces: isBaselineHead });
  } catch (error) {
    throw new RunError(cliTexts(locale).cannotWriteBaseline(shown, describeError(error, locale, true)));
  }
}
