/** Reading strategy and configuration files from disk for the core, which never touches a file system itself. */
import { readFileSync, statSync } from 'node:fs';
import type { FileReader, Locale } from '../core/index';
import { catalogue, tooLargeMessage } from '../core/index';
// Not exported by core/index (yet); the same thousands separators as the findings use.

/** Larger files are reported and skipped rather than linted. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { text: string } | { error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A strategy file's text (UTF-8, BOM removed), or why it cannot be linted. */
export function readStrategy(path: string, locale: Locale): ReadOutcome {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { error: tooLargeMessage(size, MAX_FILE_BYTES, locale) };
    return checkStrategyBytes(readFileSync(path), locale);
  } catch (error) {
    return { error: catalogue(locale).file.unreadable(describeError(error, locale)) };
  }
}

/**
 * Strategy text from bytes read elsewhere (standard input): the same checks as a file gets, so that a size over the
 * limit, a NUL byte or bytes that are not UTF-8 are reported the same way.
 */
export function checkStrategyBytes(bytes: Uint8Array, locale: Locale): ReadOutcome {
  const words = catalogue(locale).file;
  if (bytes.byteLength > MAX_FILE_BYTES) return { error: tooLargeMessage(bytes.byteLength, MAX_FILE_BYTES, locale) };
  if (bytes.includes(0)) return { error: words.binary() };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: words.binary() };
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

/** The system error codes the CLI words itself, in every locale. */
const REASONS: Record<string, keyof ReturnType<typeof catalogue>['reasons']> = {
  ENOENT: 'noSuchFile',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  EISDIR: 'isFolder',
  ENOTDIR: 'notFolder',
  ENOSPC: 'noSpace',
  EROFS: 'readOnly',
};

/**
 * Why a file could not be read (or, with `writing`, written), in the locale's words. For a file being written, a
 * missing path means its folder is missing.
 */
export function describeError(error: unknown, locale: Locale = 'en', writing = false): string {
  const reasons = catalogue(locale).reasons;
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return reasons.notUtf8;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && writing) return reasons.noSuchFolder;
  const reason = REASONS[code ?? ''];
  if (reason) return reasons[reason];
  return error instanceof Error ? error.message : String(error);
}

