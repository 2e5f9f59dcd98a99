/** Reading strategy and configuration files from disk for the core, which never touches a file system itself. */
import type { FileReader, Locale } from '../core/index';
import { catalogue, decodeText, tooLargeMessage } from '../core/index';
import type { Stats } from 'node:fs';
import { readRegularFile } from '../node/read-file';

import { MAX_BASELINE_BYTES, MAX_CONFIG_BYTES, MAX_FILE_BYTES } from '../core/limits';

export { MAX_FILE_BYTES };

/**
 * A file's text, without the byte order mark it may start with (`bom`: it did, and a fix writes it back), and the
 * file's status when it was read from disk.
 */
export type ReadOutcome = { text: string; bom: boolean; stats?: Stats } | { error: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A strategy file's text (UTF-8, BOM removed), or why it cannot be linted. */
export function readStrategy(path: string, locale: Locale, limit = MAX_FILE_BYTES): ReadOutcome {
  try {
    let stats: Stats | undefined;
    const bytes = readRegularFile(path, limit, (status) => (stats = status));
    if ('size' in bytes) return { error: tooLargeMessage(bytes.size, limit, locale) };
    const read = checkStrategyBytes(bytes, locale, limit);
    return 'text' in read ? { ...read, stats } : read;
  } catch (error) {
    return { error: catalogue(locale).file.unreadable(describeError(error, locale)) };
  }
}

/**
 * Strategy text from bytes read elsewhere (standard input): the same checks as a file gets, so that a size over the
 * limit, a NUL byte or bytes that are not UTF-8 are reported the same way.
 */
export function checkStrategyBytes(bytes: Uint8Array, locale: Locale, limit = MAX_FILE_BYTES): ReadOutcome {
  const words = catalogue(locale).file;
  if (bytes.byteLength > limit) return { error: tooLargeMessage(bytes.byteLength, limit, locale) };
  const text = decodeText(bytes);
  if (text === undefined) return { error: words.binary() };
  return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

export const readTextFile: FileReader = async (path) => {
  try {
    const bytes = readRegularFile(path, MAX_CONFIG_BYTES);
    if ('size' in bytes) throw Object.assign(new Error('EFBIG'), { code: 'EFBIG' });
    return decoder.decode(bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
};

/** A baseline read whole, with the same refusal of FIFOs and devices as every other read. */
export function readBaselineText(path: string): string {
  const bytes = readRegularFile(path, MAX_BASELINE_BYTES);
  if ('size' in bytes) throw Object.assign(new Error('EFBIG'), { code: 'EFBIG' });
  return decoder.decode(bytes);
}

/** The system error codes the CLI words itself, in every locale. */
const REASONS: Record<string, keyof ReturnType<typeof catalogue>['reasons']> = {
  ENOENT: 'noSuchFile',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  EISDIR: 'isFolder',
  ENOTDIR: 'notFolder',
  ENOSPC: 'noSpace',
  EROFS: 'readOnly',
  ENOTREG: 'notRegular',
  ENXIO: 'notRegular',
  ELOOP: 'linkLoop',
  EFBIG: 'tooLarge',
  EOUTSIDE: 'outside',
  ENOTOURS: 'notOurs',
  EEXIST: 'exists',
  ECHANGED: 'changed',
  EINPUT: 'isInput',
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
