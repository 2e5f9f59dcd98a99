/** The server's reads from disk under Node: regular files only (never a FIFO that would block), up to a size limit. */
import { existsSync, readdirSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeText, isSkippedFolder } from '../core/index';
import type { Catalogue } from '../core/index';
import { readRegularFile } from '../node/read-file';
import type { ReadFileResult } from './protocol';
import type { LocalFiles } from './workspace';

/** Node's file system, as the server reads it. */
export const NODE_FILES: LocalFiles = {
  pathOf: (uri) => fileURLToPath(uri),
  uriOf: (path) => pathToFileURL(path).href,
  read: readFromDisk,
  list: listFromDisk,
  repositoryRoot: gitRootAbove,
};

/** `reasons` words why a file cannot be read, in the reader's language. */
export function readFromDisk(path: string, limit: number, reasons: Catalogue['reasons']): ReadFileResult {
  let bytes: Uint8Array | { size: number };
  try {
    bytes = readRegularFile(path, limit);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    if (code === 'EACCES' || code === 'EPERM') return { unreadable: reasons.permissionDenied };
    if (code === 'EISDIR') return { unreadable: reasons.isFolder };
    if (code === 'ENOTREG') return { unreadable: reasons.notRegular };
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  if ('size' in bytes) return { tooLarge: bytes.size };
  const text = decodeText(bytes);
  return text === undefined ? { notText: true } : { text };
}

/** Every file below `folder` whose path relative to it passes `wanted`, skipping node_modules and dot-folders as the CLI does. */
export function listFromDisk(folder: string, wanted: (relativePath: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (current: string, relative: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) walk(join(current, entry.name), path);
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
