/** What one run found, file by file: the input of every formatter. */
import type { LintResult, Locale } from '../core/index';

export interface FileReport {
  /** Relative to the working directory, forward slashes. */
  path: string;
  /** The text that was linted (for source excerpts and byte columns). */
  text?: string;
  result?: LintResult;
  /** Why the file could not be linted. */
  error?: string;
}

export interface RunReport {
  files: FileReport[];
  locale: Locale;
  /** Report errors only (--quiet). */
  quiet: boolean;
  /** Patterns that matched no strategy file: the run fails (exit 2) even when every file linted is clean. */
  unmatched: string[];
  /**
   * The run has failed (exit 2) whatever the findings: no file, a pattern that matched nothing, a file not linted, or a
   * report that could not be written (set while the reports are written, files before stdout).
   */
  failed: boolean;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(files: readonly FileReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const finding of file.result?.findings ?? []) {
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}
