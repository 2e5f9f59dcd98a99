/** `partnerlint` (dist/cli.js): loads the CLI (dist/cli-main.js, the one bundle) from its code cache, and runs it. */
import { join } from 'node:path';
import { loadBundle } from '../launch/code-cache';

(loadBundle(join(__dirname, 'cli-main.js')) as { main: (launcher: string) => void }).main(__filename);
