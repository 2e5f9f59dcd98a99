/**
 * `partnerlint-language-server`: the language server over stdio (`--stdio`), Node IPC (`--node-ipc`) or a socket
 * (`--socket=<port>`), as `vscode-languageserver`'s createConnection reads them from the command line. With none of
 * them, stdio: what most editors start a server with.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) process.argv.push('--stdio');
startServer(createConnection(ProposedFeatures.all));
