/**
 * `partnerlint-language-server` (dist/server.js): Node's compile cache on where Node has one (22.1 and later; VS Code's
 * own Node has it), so that the next start skips compiling the server, and then the server (dist/server-main.js).
 */
import * as nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
require('./server-main.js');
