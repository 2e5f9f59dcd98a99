/** The few git questions `--new-since` asks: where the work tree is, what a ref names, and a file as it was there. */

/** git could not answer: not a work tree, a ref that names no commit, or git itself failing. */
export class GitError extends Error {
  constructor(
    readonly kind: 'notWorkTree' | 'unknownRef' | 'failed',
    detail: string,
  ) {
    super(detail);
  }
}

/** A strategy's path at the ref, by its path now (a file the change renamed), and the files the change deleted. */
export interface Changes {
  renamedFrom: Map<string, string>;
  deleted: string[];
}

/**
 * git with nothing from the repository's configuration run on our behalf: no fsmonitor hook, no pager, no external
 * diff or text conversion. Returns stdout as bytes.
 */
function git(cwd: string, args: readonly string[], maxBuffer = 64 * 1024 * 1024): Buffer {
  // Loaded when git is first needed (--new-since): most runs never start a process.
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  return execFileSync('git', ['-c', 'core.fsmonitor=false', '--no-pager', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
  });
}

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}

/** The root of the work tree `cwd` is in. */
export function workTreeRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new GitError(code === 'ENOENT' ? 'failed' : 'notWorkTree', code === 'ENOENT' ? 'git is not installed' : stderrOf(error));
  }
}

/** The commit `ref` names. */
export function resolveCommit(root: string, ref: string): string {
  // `--end-of-options`: a ref that starts with a dash is a ref, never an option of git's.
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
      .toString('utf8')
      .trim();
  } catch {
    throw new GitError('unknownRef', ref);
  }
}

/** Renames and deletions between `commit` and the work tree, with repository-relative paths. */
export function changesSince(root: string, commit: string): Changes {
  let out: string;
  try {
    out = git(root, ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-M', '-z', commit, '--']).toString('utf8');
  } catch (error) {
    throw new GitError('failed', stderrOf(error));
  }
  const fields = out.split('\0');
  const changes: Changes = { renamedFrom: new Map(), deleted: [] };
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (status.startsWith('R')) changes.renamedFrom.set(to, from);
    } else {
      const path = fields[i++]!;
      if (status === 'D') changes.deleted.push(path);
    }
  }
  return changes;
}

/** The bytes of `path` at `commit`, or undefined when the commit has no such file. */
export function fileAt(root: string, commit: string, path: string, limit: number): Uint8Array | { size: number } | undefined {
  let size: number;
  try {
    const type = git(root, ['cat-file', '-t', `${commit}:${path}`])
      .toString('utf8')
      .trim();
    if (type !== 'blob') return undefined;
    size = Number(
      git(root, ['cat-file', '-s', `${commit}:${path}`])
        .toString('utf8')
        .trim(),
    );
  } catch {
    return undefined;
  }
  if (size > limit) return { size };
  try {
    return git(root, ['cat-file', 'blob', `${commit}:${path}`], limit + 1024);
  } catch (error) {
    throw new GitError('failed', stderrOf(error));
  }
}
