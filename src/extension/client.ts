/**
 * The extension's language client: it starts `dist/server.js` over Node IPC, off the extension host's thread, and
 * answers the server's requests for files only VS Code can read (virtual workspaces, through `vscode.workspace.fs`).
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind } from 'vscode-languageclient/node';
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { catalogue } from '../core/i18n';
import { FIND_FILES_REQUEST, READ_FILE_REQUEST } from '../server/protocol';
import type { FindFilesParams, FindFilesResult, InitializationOptions, ReadFileParams, ReadFileResult } from '../server/protocol';
import { decodeText } from '../core/text';
import { readRegularFile } from './read';
import { RestartPolicy } from './restarts';
import { uiLocale } from './settings';


export interface StrategyClient {
  client: LanguageClient;
  /** Fires with a document's URI each time the server publishes its diagnostics (after they are shown). */
  onDidPublish: vscode.Event<vscode.Uri>;
}

export function createClient(context: vscode.ExtensionContext): StrategyClient {
  const published = new vscode.EventEmitter<vscode.Uri>();
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  // A server that exits is restarted, 4 times in 3 minutes at most; then the user is told, once.
  const restarts = new RestartPolicy(4, 3);
  const errorHandler: ErrorHandler = {
    error: (_error, _message, count): ErrorHandlerResult => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: (): CloseHandlerResult => {
      const { restart, tell } = restarts.exited(Date.now());
      if (restart) return { action: CloseAction.Restart, handled: true };
      return { action: CloseAction.DoNotRestart, handled: !tell, ...(tell ? { message: catalogue(uiLocale()).editor.serverStopped(restarts.recentExits, restarts.windowMinutes) } : {}) };
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
  const client = new LanguageClient('partnerlint', 'Partner Strategy Lint', serverOptions, clientOptions);
  client.onRequest(READ_FILE_REQUEST, (params: ReadFileParams) => readFile(params));
  client.onRequest(FIND_FILES_REQUEST, (params: FindFilesParams) => findFiles(params));
  context.subscriptions.push(published);
  return { client, onDidPublish: published.event };
}

async function readFile({ uri, limit }: ReadFileParams): Promise<ReadFileResult> {
  const read = await readRegularFile(vscode.Uri.parse(uri), limit, uiLocale());
  if (!('bytes' in read)) return read;
  const text = decodeText(read.bytes);
  return text === undefined ? { notText: true } : { text };
}

async function findFiles({ folder, globs }: FindFilesParams): Promise<FindFilesResult> {
  const base = vscode.Uri.parse(folder);
  const found = new Set<string>();
  for (const glob of globs) {
    for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(base, glob), '**/{node_modules,.git}/**')) found.add(uri.toString());
  }
  return [...found];
}
