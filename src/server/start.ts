/** `partnerlint-language-server` (dist/server.js): loads the server (dist/server-main.js) with Node's compile cache on. */
import { join } from 'node:path';
import { loadBundle } from '../launch/load';

loadBundle(join(__dirname, 'server-main.js'));
