/**
 * The language server in a browser's web worker (docs/architecture.md; dist/web/server.js): the same server, over the worker's
 * messages, with every file read through the client. Nothing here or below it uses Node.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './server';

/**
 * The worker's own scope (a DedicatedWorkerGlobalScope, which the server's TypeScript has no types of: it has no DOM
 * library), with what this file uses of it; the message reader and writer take it whole.
 */
declare const self: { addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void };

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// A promise nobody awaited that fails is logged, never the end of the server.
self.addEventListener('unhandledrejection', ({ reason }) =>
  connection.console.error(`partnerlint: ${reason instanceof Error && reason.stack ? reason.stack : String(reason)}`),
);
startServer(connection);
