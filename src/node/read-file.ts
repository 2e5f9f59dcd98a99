/**
 * Reading a file from disk safely, for the CLI and the language server alike (each words the failures its own way).
 * Node only; nothing of the core.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';

/** Thrown for a path that is a FIFO, a socket or a device: reading one could block forever or never end. */
class NotRegularFile extends Error {
  readonly code = 'ENOTREG';
}

/**
 * The bytes of a regular file, or its size when it is larger than `limit`. The file is opened without blocking and
 * checked on the open descriptor, so that a FIFO (which would block until a writer comes) is never waited on, and a
 * file swapped after a check is not read either. `onStats` is given the open file's status (`--cache` compares it).
 */
export function readRegularFile(path: string, limit: number, onStats?: (stats: Stats) => void): Uint8Array | { size: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    onStats?.(stat);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new NotRegularFile(path);
    if (stat.size > limit) return { size: stat.size };
    // Read up to one byte past the limit: a file that grows while it is read is still refused. Once all the bytes its
    // size gave are in, the read that would say "end of file" is skipped (a system call per file).
    // Not zero-filled: only the bytes read are returned.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length && !(length === stat.size && length > 0); length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > limit) return { size: length };
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
