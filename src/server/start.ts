/** `partnerlint-language-server` (dist/server.js): loads the server (dist/server-main.js) from its code cache. */
import { join } from 'node:path';
import { loadBundle } from '../launch/code-cache';

loadBundle(join(__dirname, 'server-main.js'));
