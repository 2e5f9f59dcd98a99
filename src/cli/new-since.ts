/**
 * --new-since: each file linted again as it was at the ref (by its old path where the change renamed it), with the same
 * configuration, and only its new findings kept; the strategy files the change deleted under the linted paths listed.
 */
import { dirname, join } from 'node:path';
import { isStrategyFileName, lint, mergeConfig } from '../core/index';
import type { LintResult, Locale, ResolvedConfig } from '../core/index';
import { RunError } from './configs';
import type { Configs } from './configs';
import { displayPath } from './files';
import { changesSince, fileAt, GitError, resolveCommit, workTreeRoot } from './git';
import type { CliOptions } from './options';
import { checkStrategyBytes } from './read';
import type { FileReport, RemovedFile } from './report';
import { applyNewSince } from './review';
import { cliTexts } from './texts';

/** With --quiet, errors only. */
export function onlyErrorsIfQuiet(result: LintResult, quiet: boolean): LintResult {
  if (!quiet) return result;
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error'), suppressed: result.suppressed.filter((f) => f.severity === 'error') };
}

/** A text as it was at the --new-since ref, with the configuration in force now. */
function lintWith(text: string, config: ResolvedConfig, options: CliOptions, envLocale: Locale): LintResult {
  return onlyErrorsIfQuiet(lint(text, { config, locale: options.locale ?? config.locale ?? envLocale }), options.quiet);
}

export async function newSince(
  ref: string,
  reports: FileReport[],
  absolutePaths: Map<FileReport, string>,
  patterns: string[],
  cwd: string,
  options: CliOptions,
  configs: Configs,
  locale: Locale,
): Promise<{ ref: string; removed: RemovedFile[] }> {
  const texts = cliTexts(locale);
  let root: string;
  let commit: string;
  let changes: ReturnType<typeof changesSince>;
  // The work tree of the files linted (they may lie outside the working folder), else of the working folder.
  const first = [...absolutePaths.values()][0];
  try {
    root = workTreeRoot(first === undefined ? cwd : dirname(first));
    commit = resolveCommit(root, ref);
    changes = changesSince(root, commit);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new RunError(
      error.kind === 'notWorkTree'
        ? texts.notGitWorkTree(displayPath(first === undefined ? cwd : dirname(first), cwd))
        : error.kind === 'unknownRef'
          ? texts.unknownRef(ref)
          : texts.gitFailed(error.message),
    );
  }
  const baseText = (path: string): string | undefined => {
    const bytes = fileAt(root, commit, path, options.maxFileSize);
    if (bytes === undefined || 'size' in bytes) return undefined;
    const read = checkStrategyBytes(bytes, locale, options.maxFileSize);
    return 'text' in read ? read.text : undefined;
  };
  for (const file of reports) {
    const absolutePath = absolutePaths.get(file);
    if (!file.result || absolutePath === undefined) continue;
    const here = displayPath(absolutePath, root);
    const oldPath = changes.renamedFrom.get(here) ?? here;
    if (oldPath !== here) file.base = { renamedFrom: oldPath, readiness: null, findings: 0, existing: 0, fixed: [] };
    const text = baseText(oldPath);
    const config = await configs.for(absolutePath);
    applyNewSince(file, text === undefined ? undefined : lintWith(text, config, options, locale));
  }
  const removed: RemovedFile[] = [];
  for (const path of changes.deleted) {
    const absolutePath = join(root, path);
    const under = patterns.some((pattern) => absolutePath === pattern || absolutePath.startsWith(pattern.endsWith('/') ? pattern : `${pattern}/`));
    if (!under || !isStrategyFileName(absolutePath)) continue;
    const text = baseText(path);
    // The folder of a deleted file may be gone, or its configuration with it: the defaults judge what it was.
    const config = await configs.for(absolutePath).catch(() => mergeConfig([]));
    const result = text === undefined ? undefined : lintWith(text, config, options, locale);
    removed.push({ path: displayPath(absolutePath, cwd), readiness: result?.readiness ?? null, findings: result?.findings.length ?? 0 });
  }
  return { ref, removed };
}
