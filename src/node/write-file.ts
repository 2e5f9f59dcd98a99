/**
 * Every write of the product goes through here: the cache, the baseline, `--fix`, `-o` reports, the Action's outputs
 * and job summary. A write lands only on a regular file (never over a device, FIFO, socket or folder), only where it
 * was asked, and atomically: into a temporary file beside the target, renamed over it, and removed on every failure.
 * An existing file is replaced only if the caller's `replaces` accepts it (a cache only over a cache); `within` keeps a
 * write inside a folder once links are followed (`--fix` in its repository). Node only; nothing of the core.
 */
import * as nodeFs from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The file system calls a write makes: node:fs, or a test's stand-in that fails on purpose (a full disk). */
export type WriteFs = Pick<
  typeof nodeFs,
  | 'statSync'
  | 'lstatSync'
  | 'realpathSync'
  | 'openSync'
  | 'writeSync'
  | 'closeSync'
  | 'fsyncSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'readSync'
  | 'fstatSync'
  | 'accessSync'
  | 'mkdirSync'
>;

/** Why a write was refused, as a system error code would say it (describeError words each in the user's language). */
export type RefusalCode = 'ENOTREG' | 'EISDIR' | 'EOUTSIDE' | 'ENOTOURS' | 'EEXIST' | 'ECHANGED' | 'EACCES' | 'EINPUT';

export class WriteRefused extends Error {
  constructor(readonly code: RefusalCode) {
    super(code);
  }
}

export interface WriteOptions {
  /**
   * Which existing file may be replaced: `any` regular file, `none`, or one whose first bytes this accepts (a file of
   * the writer's own kind; an empty file is accepted too, as it holds nothing to lose).
   */
  replaces: 'any' | 'none' | ((head: string) => boolean);
  /** The folder the file must lie in once every link on its way is followed (`--fix`: the repository or folder given). */
  within?: string;
  /** The status the file had when it was read: if it has changed since, it is not replaced (`--fix`). */
  unchangedSince?: Stats;
  fs?: WriteFs;
}

/** How much of an existing file `replaces` sees: enough to tell a kind by its start. */
const HEAD_BYTES = 4096;

/** Writes `content` to `path` as the module's header says; throws a WriteRefused or the system's error. */
export function writeFileSafely(path: string, content: string | Uint8Array, options: WriteOptions): void {
  const fs = options.fs ?? nodeFs;
  const target = resolveTarget(fs, path);
  if (options.within !== undefined && !inside(target.real, realOrSelf(fs, resolve(options.within)))) throw new WriteRefused('EOUTSIDE');
  const existing = target.existing;
  if (existing) checkReplaceable(fs, target.real, existing, options);
  const temporary = join(dirname(target.real), `.${basename(target.real)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  // `wx`: the temporary name is new, never a link or file someone put there.
  const fd = fs.openSync(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Checked again just before the rename: a file swapped in meanwhile is not replaced.
    const now = statusOf(fs, target.real);
    if (existing ? !now || !sameFile(now, existing) : now !== undefined) throw new WriteRefused('ECHANGED');
    fs.renameSync(temporary, target.real);
  } catch (error) {
    try {
      fs.unlinkSync(temporary);
    } catch {}
    throw error;
  }
}

/** Appends to a regular file (the Action's outputs, GitHub's job summary), made if missing; never to anything else. */
export function appendToFile(path: string, content: string, fs: WriteFs = nodeFs): void {
  const { constants } = nodeFs;
  // Non-blocking: a FIFO with no reader fails at once instead of waiting; the open file is checked before a byte goes.
  const fd = fs.openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, 0o666);
  try {
    const stats = fs.fstatSync(fd);
    if (stats.isDirectory()) throw new WriteRefused('EISDIR');
    if (!stats.isFile()) throw new WriteRefused('ENOTREG');
    const bytes = Buffer.from(content);
    for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a folder and its parents (a report's folder); an existing folder is fine. */
export function makeFolder(path: string, fs: WriteFs = nodeFs): void {
  fs.mkdirSync(path, { recursive: true });
}

/** Whether `path` is `folder` or below it (both absolute, links already followed). */
export function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The file a write to `path` lands on, its links followed, and its status if it exists. */
function resolveTarget(fs: WriteFs, path: string): { real: string; existing?: Stats } {
  const absolute = resolve(path);
  const existing = statusOf(fs, absolute, true);
  if (existing) return { real: fs.realpathSync(absolute), existing };
  // Missing: a link that leads nowhere is not a place to write (it could be made to lead anywhere).
  if (statusOf(fs, absolute) !== undefined) throw new WriteRefused('ENOTREG');
  return { real: join(fs.realpathSync(dirname(absolute)), basename(absolute)) };
}

function checkReplaceable(fs: WriteFs, real: string, existing: Stats, options: WriteOptions): void {
  if (existing.isDirectory()) throw new WriteRefused('EISDIR');
  if (!existing.isFile()) throw new WriteRefused('ENOTREG');
  if (options.unchangedSince && !sameFile(existing, options.unchangedSince, true)) throw new WriteRefused('ECHANGED');
  // A rename needs only the folder's permission: a file its owner made read-only is refused as a write to it would be.
  fs.accessSync(real, nodeFs.constants.W_OK);
  if ((existing.mode & 0o222) === 0) throw new WriteRefused('EACCES');
  // `none` means any existing file, an empty one too (`init` never writes over a file that is there).
  if (options.replaces === 'none') throw new WriteRefused('EEXIST');
  if (options.replaces === 'any' || existing.size === 0) return;
  if (!options.replaces(headOf(fs, real))) throw new WriteRefused('ENOTOURS');
}

function headOf(fs: WriteFs, path: string): string {
  const fd = fs.openSync(path, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** The status of `path` (its links followed when `follow`), or undefined if nothing is there. */
function statusOf(fs: WriteFs, path: string, follow = false): Stats | undefined {
  try {
    return follow ? fs.statSync(path) : fs.lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The same file, and with `content`, unchanged too (size and modification time). */
function sameFile(a: Stats, b: Stats, content = false): boolean {
  return a.dev === b.dev && a.ino === b.ino && (!content || (a.size === b.size && a.mtimeMs === b.mtimeMs));
}

function realOrSelf(fs: WriteFs, path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return path;
  }
}
