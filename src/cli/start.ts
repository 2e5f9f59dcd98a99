/** `partnerlint` (dist/cli.js): loads the CLI (dist/cli-main.js, the one bundle) with Node's compile cache on, and runs it. */
import { join } from 'node:path';
import { loadBundle } from '../launch/load';

(loadBundle(join(__dirname, 'cli-main.js')) as { main: (launcher: string) => void }).main(__filename);
