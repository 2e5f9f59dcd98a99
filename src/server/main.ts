/**
 * `partnerlint-language-server`: the language server over stdio (`--stdio`), Node IPC (`--node-ipc`) or a socket
 * (`--socket=<port>`), as `vscode-languageserver`'s createConnection reads them from the command line. With none of
 * them, stdio: what most editors start a server with.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NODE_FILES } from './disk';
import { startServer } from './server';

if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) process.argv.push('--stdio');
const connection = createConnection(ProposedFeatures.all);
// A promise nobody awaited that fails is logged, never the end of the server (Node would exit on it).
process.on('unhandledRejection', (reason) =>
  connection.console.error(`partnerlint: ${reason instanceof Error && reason.stack ? reason.stack : String(reason)}`),
);
startServer(connection, NODE_FILES);
