/**
 * The extension's entry on a web worker extension host (vscode.dev, github.dev; package.json `browser`). Every file
 * comes through `vscode.workspace.fs`; nothing on this path uses Node.
 *
 * The language server (dist/web/server.js) runs in a worker of its own, so that linting stays off the extension host's
 * thread. VS Code makes no worker for an extension that a remote server holds (code-server, a codespace in a browser):
 * there the same server runs inside the extension host's own worker, over a message channel.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import type { MessageTransports } from 'vscode-languageclient/browser';
import type { ClientFactory } from './client';
import { activateWith } from './extension';
import type { PartnerlintApi } from './extension';

export { deactivate } from './extension';
export type { PartnerlintApi } from './extension';

/** The browser's Worker and MessageChannel, as the web extension host has them (this TypeScript has no DOM types). */
type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
declare const Worker: new (url: string, options?: { name?: string }) => Port;
declare const MessageChannel: new () => { port1: Port; port2: Port };

const webClient: ClientFactory = (context, clientOptions) => {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // Called at each start and restart of the server.
  const serverOptions = async (): Promise<Port | MessageTransports> => {
    try {
      return new Worker(script.toString(true), { name: 'partnerlint language server' });
    } catch {
      return serverInThisWorker(script);
    }
  };
  return new LanguageClient('partnerlint', 'Partner Strategy Lint', serverOptions, clientOptions);
};

/**
 * The server's bundle run in this worker, with one end of a message channel as its `self`: it talks over that port
 * exactly as it would over a worker's, and nothing else of this worker is in its reach.
 */
async function serverInThisWorker(script: vscode.Uri): Promise<MessageTransports> {
  const { port1, port2 } = new MessageChannel();
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(script));
  (new Function('self', `${source}\n//# sourceURL=${script.toString(true)}`) as (self: Port) => void)(port2);
  return { reader: new BrowserMessageReader(port1), writer: new BrowserMessageWriter(port1) };
}

export function activate(context: vscode.ExtensionContext): PartnerlintApi {
  return activateWith(context, webClient);
}
