/**
 * `partnerlint` (dist/cli.js): Node's compile cache on where Node has one (22.1 and later), so that the next start
 * skips compiling the CLI, and then the CLI itself (dist/cli-main.js, the one bundle).
 */
import * as nodeModule from 'node:module';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
(require('./cli-main.js') as { main: () => void }).main();
