/** Reading strategy and configuration files from disk for the core, which never touches a file system itself. */
import { readFileSync, statSync } from 'node:fs';
import type { FileReader, Locale } from '../core/index';
import { catalogue } from '../core/index';

/** Larger files are reported and skipped rather than linted. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { text: string } | { error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A strategy file's text (UTF-8, BOM removed), or why it cannot be linted. */
export function readStrategy(path: string, locale: Locale): ReadOutcome {
  const words = catalogue(locale).file;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { error: words.tooLarge(formatBytes(size), formatBytes(MAX_FILE_BYTES)) };
    const bytes = readFileSync(path);
    if (bytes.includes(0)) return { error: words.binary() };
    return { text: decoder.decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError) return { error: words.binary() };
    return { error: words.unreadable(describeError(error)) };
  }
}

export const readTextFile: FileReader = async (path) => {
  try {
    return decoder.decode(readFileSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
};

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
