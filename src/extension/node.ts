/**
 * The extension's entry on a Node extension host (desktop, remote; package.json `main`): the server runs as
 * dist/server.js, a process of its own, over Node IPC.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { ServerOptions } from 'vscode-languageclient/node';
import type { ClientFactory } from './client';
import { activateWith } from './extension';
import type { PartnerlintApi } from './extension';

export { deactivate } from './extension';
export type { PartnerlintApi } from './extension';

const nodeClient: ClientFactory = (context, clientOptions) => {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  return new LanguageClient('partnerlint', 'Partner Strategy Lint', serverOptions, clientOptions);
};

export function activate(context: vscode.ExtensionContext): PartnerlintApi {
  return activateWith(context, nodeClient);
}
