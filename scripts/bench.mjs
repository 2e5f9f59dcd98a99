// Speed and memory of the engine and the CLI, measured here and never in timed unit tests.
// Usage: npm run bench   (builds first)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { lint } = require(join(root, 'out/src/core/index.js'));

function time(label, runs, fn) {
  fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(`${label.padEnd(52)} ${ms.toFixed(2).padStart(9)} ms`);
  return ms;
}

const sample = readFileSync(join(root, 'samples/acme-cloud.partner-strategy.yaml'), 'utf8');
time('lint one sample (in process)', 200, () => lint(sample));

const partners = Array.from({ length: 5000 }, (_, i) => `  - name: Partner ${i}\n    type: reseller\n    segments: [kansai-smb]\n    customerRelationships: true\n`).join('');
const large = sample.replace(/partners:\n[\s\S]*?\nkpis:/, `partners:\n${partners}\nkpis:`);
console.log(`large file: ${(large.length / 1024).toFixed(0)} KB, 5,000 partners`);
const before = process.memoryUsage().heapUsed;
time('lint the large file (in process)', 5, () => lint(large));
console.log(`${'heap growth after linting the large file'.padEnd(52)} ${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(1).padStart(9)} MB`);

const cli = join(root, 'dist/cli.js');
time('CLI start-up: partnerlint --version (process)', 10, () => execFileSync(process.execPath, [cli, '--version']));
time('CLI: partnerlint samples -f json (process)', 10, () => {
  try {
    execFileSync(process.execPath, [cli, join(root, 'samples'), '-f', 'json'], { stdio: 'pipe' });
  } catch (error) {
    if (error.status !== 1) throw error;
  }
});
console.log(`samples: ${readdirSync(join(root, 'samples')).length} entries; CLI bundle ${(readFileSync(cli).length / 1024).toFixed(0)} KB`);

// The language server as an editor starts it: from spawning the process to the answer to `initialize`, and to the
// first diagnostics of an open strategy.
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const { spawn } = await import('node:child_process');
const server = join(root, 'dist/server.js');
async function startServer() {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = 'file:///bench/partner-strategy.yaml';
  const published = new Promise((resolve) => connection.onNotification('textDocument/publishDiagnostics', (params) => params.uri === uri && resolve()));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const initialized = Number(process.hrtime.bigint() - started) / 1e6;
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: sample } });
  await published;
  const diagnosed = Number(process.hrtime.bigint() - started) / 1e6;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  child.kill();
  return { initialized, diagnosed };
}
await startServer();
const starts = [];
for (let i = 0; i < 10; i++) starts.push(await startServer());
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${'language server: spawn to initialize (median of 10)'.padEnd(52)} ${median(starts.map((s) => s.initialized)).toFixed(2).padStart(9)} ms`);
console.log(`${'language server: spawn to diagnostics (median of 10)'.padEnd(52)} ${median(starts.map((s) => s.diagnosed)).toFixed(2).padStart(9)} ms`);
console.log(`server bundle ${(readFileSync(server).length / 1024).toFixed(0)} KB; extension bundle ${(readFileSync(join(root, 'dist/extension.js')).length / 1024).toFixed(0)} KB`);
