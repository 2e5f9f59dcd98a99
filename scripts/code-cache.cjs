// Makes V8's code cache of a bundle (src/launch/code-cache.ts says why), in a process of its own so that V8's flags are
// a plain `node`'s. The cache is taken after a run, so that it holds the functions a run uses, not just the top level:
//   node scripts/code-cache.cjs cli dist/cli-main.js      lints the samples in every format
//   node scripts/code-cache.cjs server dist/server-main.js   serves the language server's protocol on stdio until `exit`
//                                                            (build.mjs is the client: it opens a sample, asks, exits)
'use strict';
const { writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { codeCachePath, compileBundle, runBundle } = require('../out/src/launch/code-cache.js');

const root = join(__dirname, '..');
const [kind, file] = process.argv.slice(2);
const bundle = resolve(root, file);
const script = compileBundle(bundle);
const save = () => writeFileSync(codeCachePath(bundle), script.createCachedData());

if (kind === 'server') {
  process.argv.splice(2, 2, '--stdio');
  process.on('exit', save);
  runBundle(script, bundle);
} else if (kind === 'cli') {
  const cli = runBundle(script, bundle);
  const io = { stdout() {}, stderr() {}, readStdin: () => new Uint8Array(0), isTty: false, env: {}, cwd: root };
  const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjson', 'gitlab', 'markdown'];
  (async () => {
    for (const format of formats) await cli.run(['samples', '-f', format], io);
    await cli.run(['samples', '--locale', 'ja'], io);
    save();
  })().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  console.error('usage: node scripts/code-cache.cjs cli|server <bundle>');
  process.exitCode = 2;
}
