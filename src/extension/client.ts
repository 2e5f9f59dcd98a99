/**
 * The extension's language client, the same on every host: what it sends the server, and its answers to the server's
 * requests for files only VS Code can read (virtual workspaces, through `vscode.workspace.fs`). The transport is the
 * host's: Node IPC to dist/server.js (node.ts), or a web worker running dist/web/server.js (web.ts).
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, RevealOutputChannelOn } from 'vscode-languageclient';
import type { BaseLanguageClient, CloseHandlerResult, ErrorHandler, ErrorHandlerResult, LanguageClientOptions } from 'vscode-languageclient';
import { FIND_FILES_REQUEST, READ_FILE_REQUEST } from '../server/protocol';
import type { FindFilesParams, FindFilesResult, InitializationOptions, ReadFileParams, ReadFileResult } from '../server/protocol';
import { isSkippedFolder, matchesGlob } from '../core/files';
import { decodeText } from '../core/text';
import { readRegularFile } from './read';
import { RestartPolicy } from './restarts';
import { uiLocale } from './settings';
import { extensionTexts } from './texts';

export interface StrategyClient {
  client: BaseLanguageClient;
  /** Fires with a document's URI each time the server publishes its diagnostics (after they are shown). */
  onDidPublish: vscode.Event<vscode.Uri>;
}

/** Makes the host's client from the options every host shares. */
export type ClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient;

export function createClient(context: vscode.ExtensionContext, factory: ClientFactory): StrategyClient {
  const published = new vscode.EventEmitter<vscode.Uri>();
  // A server that exits is restarted, 4 times in 3 minutes at most; then the user is told, once.
  const restarts = new RestartPolicy(4, 3);
  const errorHandler: ErrorHandler = {
    error: (_error, _message, count): ErrorHandlerResult => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: (): CloseHandlerResult => {
      const { restart, tell } = restarts.exited(Date.now());
      if (restart) return { action: CloseAction.Restart, handled: true };
      return {
        action: CloseAction.DoNotRestart,
        handled: !tell,
        ...(tell ? { message: extensionTexts(uiLocale()).serverStopped(restarts.recentExits, restarts.windowMinutes) } : {}),
      };
    },
  };
  const clientOptions: LanguageClientOptions = {
    // Every YAML document goes to the server, which tells strategies (by name, or by `partnerlint.extraFiles`) from the rest.
    documentSelector: [{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }],
    synchronize: { configurationSection: 'partnerlint' },
    initializationOptions: { clientFiles: true } satisfies InitializationOptions,
    outputChannelName: 'Partner Strategy Lint',
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        published.fire(uri);
      },
    },
  };
  const client = factory(context, clientOptions);
  client.onRequest(READ_FILE_REQUEST, readFile);
  client.onRequest(FIND_FILES_REQUEST, findFiles);
  context.subscriptions.push(published);
  return { client, onDidPublish: published.event };
}

async function readFile({ uri, limit }: ReadFileParams): Promise<ReadFileResult> {
  const read = await readRegularFile(vscode.Uri.parse(uri), limit, uiLocale());
  if (!('bytes' in read)) return read;
  const text = decodeText(read.bytes);
  return text === undefined ? { notText: true } : { text };
}

/** A virtual workspace's walk stops after this many entries: a whole repository in a browser is not read without end. */
const MAX_WALKED_ENTRIES = 100_000;

/**
 * The files below `folder` that a glob matches, found by walking `vscode.workspace.fs` as the CLI walks a disk: without
 * node_modules, dot-folders and linked folders. `workspace.findFiles` is not used: it needs the scheme's search
 * provider, which a plain file system (a memfs) has none of, and then it waits for one for ever.
 */
async function findFiles({ folder, globs }: FindFilesParams): Promise<FindFilesResult> {
  const found: string[] = [];
  let budget = MAX_WALKED_ENTRIES;
  const walk = async (uri: vscode.Uri, relative: string): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(uri);
    } catch {
      return;
    }
    for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (--budget < 0) return;
      const path = relative ? `${relative}/${name}` : name;
      const child = vscode.Uri.joinPath(uri, name);
      if (type & vscode.FileType.Directory) {
        if (!(type & vscode.FileType.SymbolicLink) && !isSkippedFolder(name)) await walk(child, path);
      } else if (globs.some((glob) => matchesGlob(path, glob))) {
        found.push(child.toString());
      }
    }
  };
  await walk(vscode.Uri.parse(folder), '');
  return found;
}
