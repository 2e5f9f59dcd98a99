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
import { registerMcpServer } from './mcp';

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
  const api = activateWith(context, nodeClient);
  // Agent mode's MCP server runs as a process: on a Node host only.
  api.mcp = registerMcpServer(context);
  return api;
}
