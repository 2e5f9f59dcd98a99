// The bench's cold floor for many files (scripts/bench.mjs): yaml's parseDocument over the files listed in the file
// <list> (one path a line), split over <n> fresh processes side by side, this one included, each parsing every n-th
// file. Its wall time is what the fastest CLI on <n> cores could take if it did nothing but parse: a start, then a
// cold parse of its share.
//   node scripts/bench-cold-parse.cjs <list> <n>        (the others: node scripts/bench-cold-parse.cjs <list> <n> <k>)
'use strict';
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { parseDocument } = require('yaml');

const [list, count, part = '0'] = process.argv.slice(2);
const n = Number(count);
const others = [];
if (process.argv.length === 4) {
  for (let k = 1; k < n; k++)
    others.push(new Promise((resolve) => spawn(process.execPath, [__filename, list, count, String(k)], { stdio: 'inherit' }).on('exit', resolve)));
}
const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
for (let i = Number(part); i < files.length; i += n) parseDocument(readFileSync(files[i], 'utf8'));
Promise.all(others).then((codes) => {
  if (codes.some((code) => code !== 0)) process.exitCode = 2;
});
