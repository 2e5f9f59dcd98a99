/** The server's reads from disk: regular files only (never a FIFO that would block), up to a size limit. */
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeText } from '../core/index';
import type { Catalogue } from '../core/index';
import type { ReadFileResult } from './protocol';

/** `reasons` words why a file cannot be read, in the reader's language. */
export function readFromDisk(path: string, limit: number, reasons: Catalogue['reasons']): ReadFileResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    if (code === 'EACCES' || code === 'EPERM') return { unreadable: reasons.permissionDenied };
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { unreadable: reasons.isFolder };
    if (!stat.isFile()) return { unreadable: reasons.notRegular };
    if (stat.size > limit) return { tooLarge: stat.size };
    const buffer = Buffer.alloc(stat.size);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    const text = decodeText(buffer.subarray(0, length));
    return text === undefined ? { notText: true } : { text };
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  } finally {
    closeSync(fd);
  }
}

/** Every file below `folder` whose path relative to it passes `wanted`, skipping node_modules and dot-folders as the CLI does. */
export function listFromDisk(folder: string, wanted: (relativePath: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (current: string, relative: string): void => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(join(current, entry.name), path);
      } else if (wanted(path)) {
        // A FIFO or a socket with a wanted name is listed too, so that it is reported rather than passed over.
        found.push(join(current, entry.name));
      }
    }
  };
  walk(folder, '');
  return found.sort();
}

/** Where configuration discovery for a strategy stops: its repository's root, as in the CLI. */
export function gitRootAbove(strategyPath: string): string | undefined {
  for (let current = dirname(strategyPath); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}
