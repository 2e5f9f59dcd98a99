/** Reading workspace files through `vscode.workspace.fs` (so that virtual workspaces work), regular files only. */
import * as vscode from 'vscode';
import { catalogue } from '../core/i18n';
import type { Locale } from '../core/types';

export type ReadOutcome = { bytes: Uint8Array } | { missing: true } | { tooLarge: number } | { unreadable: string };

/**
 * The bytes of a regular file. A FIFO, a socket or a device is never read (a FIFO would hold a read open until a
 * writer came), and a file over `limit` is reported by its size before it is read.
 */
export async function readRegularFile(uri: vscode.Uri, limit: number, locale: Locale): Promise<ReadOutcome> {
  const reasons = catalogue(locale).reasons;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { unreadable: reasons.isFolder };
    if (!(stat.type & vscode.FileType.File)) return { unreadable: reasons.notRegular };
    if (stat.size > limit) return { tooLarge: stat.size };
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength > limit ? { tooLarge: bytes.byteLength } : { bytes };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound')) return { missing: true };
    if (error instanceof vscode.FileSystemError && error.code === 'NoPermissions') return { unreadable: reasons.permissionDenied };
    if (error instanceof vscode.FileSystemError && error.code === 'FileIsADirectory') return { unreadable: reasons.isFolder };
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
}
