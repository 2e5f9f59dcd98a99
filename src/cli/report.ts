/** What one run found, file by file: the input of every formatter. */
import { catalogue, CHECK_IDS } from '../core/index';
import type { FindingIdentity, LintResult, Locale, Readiness } from '../core/index';
import { cliTexts } from './texts';

export interface FileReport {
  /** Relative to the working directory, forward slashes. */
  path: string;
  /** Relative to the repository's root (else the working directory), forward slashes: the file of a finding's key. */
  key: string;
  /** The text that was linted (for source excerpts and byte columns). */
  text?: string;
  result?: LintResult;
  /** Why the file could not be linted. */
  error?: string;
  /** How many findings the baseline covered (left out of `result.findings`). */
  baselined?: number;
  /** How many of the baseline's entries for this file match no finding any more. */
  stale?: number;
  /** With --new-since: the file as it was at the ref. */
  base?: BaseFile;
}

/** A finding of the file as it was at the ref that the change fixed: where it was then, and what it said. */
export interface FixedFinding extends FindingIdentity {
  line: number;
  message: string;
}

/** A file as it was at the --new-since ref. */
export interface BaseFile {
  /** The file's path at the ref when the change renamed it (repository-relative). */
  renamedFrom?: string;
  /** The file was not there at the ref. */
  added?: true;
  /** Its readiness at the ref; null when it was not there or did not parse. */
  readiness: Readiness | null;
  /** How many findings it had at the ref, and how many of them the file still has. */
  findings: number;
  existing: number;
  /** The findings at the ref that the change fixed. */
  fixed: FixedFinding[];
}

/** A strategy file that --new-since found deleted since its ref. */
export interface RemovedFile {
  /** Repository-relative, forward slashes. */
  path: string;
  readiness: Readiness | null;
  findings: number;
}

/** What a formatter may need besides the report: the same for every format (src/cli/formatters/index.ts). */
export interface FormatContext {
  /** partnerlint's version (SARIF names its tool). */
  version: string;
  /** The working folder: SARIF's artifact URIs are relative to it. */
  cwd: string;
  /** Colours for a terminal (stylish). */
  color: boolean;
  /** Each file's readiness verdict (stylish, --summary). */
  summary: boolean;
}

/** A report format: one file in src/cli/formatters/ and one line in its index. */
export type Formatter = (report: RunReport, context: FormatContext) => string;

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
  /** The --new-since ref as given, and the strategy files deleted since it. */
  newSince?: { ref: string; removed: RemovedFile[] };
  /** The baseline in use, as the user named it (or its default name). */
  baseline?: string;
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

/** The run's totals of what --new-since and the baseline left out. */
export function countLeftOut(report: RunReport): { baselined: number; existing: number; fixed: number; stale: number } {
  const totals = { baselined: 0, existing: 0, fixed: 0, stale: 0 };
  for (const file of report.files) {
    totals.baselined += file.baselined ?? 0;
    totals.stale += file.stale ?? 0;
    totals.existing += file.base?.existing ?? 0;
    totals.fixed += file.base?.fixed.length ?? 0;
  }
  for (const removed of report.newSince?.removed ?? []) totals.fixed += removed.findings;
  return totals;
}

/**
 * A file's readiness at the --new-since ref and now: `ready → reconsider (LTV: clear → at risk)`, or one verdict where
 * it did not change. `emphasize` marks a verdict that changed (bold in markdown).
 */
export function readinessChange(before: Readiness | null, after: Readiness | null, locale: Locale, emphasize: (text: string) => string = (t) => t): string {
  const words = catalogue(locale);
  const verdict = (readiness: Readiness | null): string => (readiness ? words.verdicts[readiness.verdict] : '—');
  const moved =
    before && after
      ? CHECK_IDS.filter((id) => before.checks[id].status !== after.checks[id].status).map(
          (id) => `${words.checks[id]}: ${words.checkStatus[before.checks[id].status]} → ${words.checkStatus[after.checks[id].status]}`,
        )
      : [];
  const checks = moved.length ? ` (${moved.join(', ')})` : '';
  if (before && after && before.verdict === after.verdict) return `${verdict(after)}${checks}`;
  return `${verdict(before)} → ${emphasize(verdict(after))}${checks}`;
}

/**
 * The language of the words around the files: the one every linted file speaks, where they agree (a repository whose
 * `.partnerlint.yaml` says `locale: ja` gets a Japanese report), else the run's. A file's own lines follow its result's.
 */
export function reportLocale(report: RunReport): Locale {
  const locales = new Set(report.files.flatMap((file) => (file.result ? [file.result.locale] : [])));
  return locales.size === 1 ? [...locales][0]! : report.locale;
}

/** A ref as a reader sees it: a full commit id shortened as git shows it (`3f9a2c1`), anything else as given. */
export function shownRef(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

/** What the baseline and --new-since left out, as clauses after a report's counts (`3 baselined`, `new since …`). */
export function leftOutClauses(report: RunReport, locale: Locale = report.locale): string[] {
  const words = cliTexts(locale);
  const leftOut = countLeftOut(report);
  return [
    ...(report.baseline !== undefined ? [words.baselined(leftOut.baselined)] : []),
    ...(report.newSince ? [words.newSince(shownRef(report.newSince.ref), leftOut.existing, leftOut.fixed)] : []),
  ];
}
