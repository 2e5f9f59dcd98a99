// The language servers side by side (npm run bench; never part of npm test): partnerlint's and yaml-language-server's
// (given partnerlint's JSON Schema), each spawned over stdio as an editor starts it, on the same strategies of 20, 500
// and 5,000 partners and of 1 MB. For each: open → first diagnostics, hover and completion (p50 and p95 of sequential
// requests on the settled document), edit → diagnostics for that edit, a burst of 200 edits (which version the last
// diagnostics are of, and how many were sent), and the heap after garbage collection before opening and after closing.
// yaml-language-server is installed on first run into .bench/ (git-ignored). Prints a table, writes
// bench-results/server.json. PARTNERLINT_BENCH_SERVER_ONLY=partnerlint measures one server.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withPartners } from './bench-strategies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const YAML_LS_VERSION = '1.25.0';
const SAMPLES = 40;
const EDITS = 15;
const BURST = 200;
const probe = join(root, 'scripts/bench-memory-probe.cjs');
const schemaUri = pathToFileURL(join(root, 'schemas/partner-strategy.schema.json')).href;
const only = process.env.PARTNERLINT_BENCH_SERVER_ONLY;

/** yaml-language-server, installed aside (not a dependency of ours at this version). */
function yamlLanguageServer() {
  const prefix = join(root, '.bench/yaml-language-server');
  const bin = join(prefix, 'node_modules/yaml-language-server/bin/yaml-language-server');
  if (!existsSync(bin)) {
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
    console.log(`installing yaml-language-server ${YAML_LS_VERSION} into .bench/ ...`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `yaml-language-server@${YAML_LS_VERSION}`], {
      cwd: prefix,
      stdio: 'inherit',
    });
  }
  return bin;
}

const servers = [
  { name: 'partnerlint', script: join(root, 'dist/server.js') },
  { name: `yaml-language-server ${YAML_LS_VERSION}`, script: yamlLanguageServer() },
].filter((server) => !only || server.name.startsWith(only));

// One partner of each strategy has a type the schema does not allow: both servers must report it (a check that
// yaml-language-server did apply the schema), and both do the same work of validating.
const strategy = (partners) => withPartners(partners).replace('name: Partner 1\n    type: reseller', 'name: Partner 1\n    type: retailer');
const workloads = [
  { label: '20 partners', text: strategy(20) },
  { label: '500 partners', text: strategy(500) },
  { label: '5,000 partners', text: strategy(5000) },
  { label: '1 MB (8,300 partners)', text: strategy(8300) },
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The line and character of the `n`-th occurrence of `needle` (plus `shift` characters). */
function positionOf(text, needle, n, shift = 0) {
  let offset = -1;
  for (let i = 0; i <= n; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`no ${needle} #${n}`);
  offset += shift;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** A server started as an editor starts it, with the client's side of the protocol this bench needs. */
async function start(server) {
  const child = spawn(process.execPath, ['--expose-gc', '--require', probe, server.script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const probes = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    let newline = stderr.indexOf('\n');
    while (newline >= 0) {
      const line = stderr.slice(0, newline);
      stderr = stderr.slice(newline + 1);
      if (line.startsWith('{"memoryProbe"')) probes.shift()?.(JSON.parse(line).memoryProbe);
      newline = stderr.indexOf('\n');
    }
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const listeners = new Set();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const event = { at: now(), uri: params.uri, version: params.version, count: params.diagnostics.length };
    published.push(event);
    for (const listener of listeners) listener(event);
  });
  const yamlSettings = {
    schemas: { [schemaUri]: ['*.partner-strategy.yaml', 'partner-strategy.yaml'] },
    validate: true,
    hover: true,
    completion: true,
    schemaStore: { enable: false },
    format: { enable: false },
  };
  connection.onRequest('workspace/configuration', ({ items }) =>
    items.map((item) => (item.section === 'yaml' ? yamlSettings : item.section === 'partnerlint' ? {} : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        publishDiagnostics: { versionSupport: true },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings, partnerlint: {} } });
  /** The next diagnostics of `uri` that pass `wanted`, and when they came. */
  const diagnostics = (uri, wanted = () => true) =>
    new Promise((resolve) => {
      const listener = (event) => {
        if (event.uri !== uri || !wanted(event)) return;
        listeners.delete(listener);
        resolve(event);
      };
      listeners.add(listener);
    });
  const memory = async () => {
    const answer = new Promise((resolve) => probes.push(resolve));
    child.kill('SIGUSR2');
    return answer;
  };
  const stop = async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    child.kill();
  };
  return { connection, diagnostics, published, memory, stop };
}

async function measure(server, workload, index) {
  const session = await start(server);
  const { connection } = session;
  const uri = `file:///bench/${index}/partner-strategy.yaml`;
  // The heap is compared with the server's after the same strategy was opened, asked about and closed once under
  // another name: the code compiled and the modules loaded on first use stay, and are not what a closed document
  // leaves behind. The cold heap, before anything was opened, is kept too.
  await sleep(1000);
  const heapCold = (await session.memory()).heapUsed;
  const warmUp = `file:///bench/${index}/warm-up/partner-strategy.yaml`;
  const warmed = session.diagnostics(warmUp);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: warmUp, languageId: 'yaml', version: 1, text: workload.text } });
  await warmed;
  await connection.sendRequest('textDocument/hover', { textDocument: { uri: warmUp }, position: positionOf(workload.text, '    type: ', 3, 6) });
  await connection.sendRequest('textDocument/completion', { textDocument: { uri: warmUp }, position: positionOf(workload.text, '    type: ', 3, 10) });
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: warmUp } });
  await sleep(1000);
  const heapBefore = (await session.memory()).heapUsed;

  let version = 1;
  let text = workload.text;
  const opened = now();
  const first = session.diagnostics(uri);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  const firstDiagnostics = (await first).at - opened;
  // Whatever else follows the first diagnostics (yaml-language-server's schema, our inlay hint refresh) settles first.
  await sleep(500);
  const findings = session.published.filter((event) => event.uri === uri).at(-1)?.count ?? 0;

  const partners = (text.match(/ {2}- name: Partner /g) ?? []).length;
  const spread = (i) => Math.floor(((i * 7919) % SAMPLES) * (partners / SAMPLES));
  const timedRequests = async (method, params) => {
    for (let i = 0; i < 3; i++) await connection.sendRequest(method, params(i));
    const times = [];
    for (let i = 0; i < SAMPLES; i++) {
      const request = params(i);
      const began = now();
      await connection.sendRequest(method, request);
      times.push(now() - began);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  };
  const hover = await timedRequests('textDocument/hover', (i) => ({
    textDocument: { uri },
    position: i % 2 ? positionOf(text, '    type: ', spread(i), 6) : positionOf(text, '    type: ', spread(i), 5),
  }));
  const completion = await timedRequests('textDocument/completion', (i) => ({
    textDocument: { uri },
    position: i % 2 ? positionOf(text, '    type: ', spread(i), 10) : positionOf(text, '    customerRelationships', spread(i), 4),
  }));

  // An edit of one partner's name, then the diagnostics of that version (yaml-language-server sends no version: its next).
  const edits = [];
  for (let i = 0; i < EDITS; i++) {
    const at = positionOf(text, 'name: Partner ', spread(i), 14);
    version++;
    const wanted = version;
    const next = session.diagnostics(uri, (event) => event.version === undefined || event.version === wanted);
    const began = now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
    edits.push((await next).at - began);
    const lines = text.split('\n');
    lines[at.line] = `${lines[at.line].slice(0, at.character)}x${lines[at.line].slice(at.character)}`;
    text = lines.join('\n');
    await sleep(300);
  }

  // A burst of edits, as fast as the client sends them: which version do the last diagnostics say?
  const burstFrom = session.published.length;
  const burstAt = positionOf(text, 'name: Partner ', spread(3), 14);
  for (let i = 0; i < BURST; i++) {
    version++;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: { start: { line: burstAt.line, character: burstAt.character + i }, end: { line: burstAt.line, character: burstAt.character + i } },
          text: 'y',
        },
      ],
    });
  }
  let quiet = session.published.length;
  do {
    quiet = session.published.length;
    await sleep(1500 + workload.text.length / 500);
  } while (session.published.length !== quiet);
  const burstEvents = session.published.slice(burstFrom).filter((event) => event.uri === uri);
  const burst = {
    published: burstEvents.length,
    lastVersion: burstEvents.at(-1)?.version ?? null,
    sentVersion: version,
  };

  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await sleep(1000);
  const heapAfter = (await session.memory()).heapUsed;
  await session.stop();
  return {
    firstDiagnostics,
    findings,
    hover,
    completion,
    edit: { p50: percentile(edits, 50), p95: percentile(edits, 95) },
    burst,
    heapCold,
    heapBefore,
    heapAfter,
  };
}

const results = [];
for (const [index, workload] of workloads.entries()) {
  const row = { workload: workload.label, kb: Math.round(Buffer.byteLength(workload.text) / 1024), servers: {} };
  for (const server of servers) {
    row.servers[server.name] = await measure(server, workload, index);
    process.stdout.write('.');
  }
  results.push(row);
}
process.stdout.write('\n');

const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const names = servers.map((server) => server.name);
const pair = (row, pick) => names.map((name) => ms(pick(row.servers[name]))).join(' / ');
console.log(`\nlanguage servers, ${names.join(' / ')}; ${cpus().length} cores, Node ${process.version}`);
console.log(
  '| strategy | hover p95 | completion p95 | open → diagnostics | edit → diagnostics (p50) | 200-edit burst: last diagnostics of | heap after closing (before) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of results) {
  const burst = names
    .map((name) => {
      const b = row.servers[name].burst;
      return b.lastVersion === null ? `${b.published} sent` : `v${b.lastVersion} of v${b.sentVersion}, ${b.published} sent`;
    })
    .join(' / ');
  const heap = names
    .map((name) => `${(row.servers[name].heapAfter / 2 ** 20).toFixed(1)} (${(row.servers[name].heapBefore / 2 ** 20).toFixed(1)}) MB`)
    .join(' / ');
  console.log(
    `| ${row.workload}, ${row.kb} KB | ${pair(row, (r) => r.hover.p95)} | ${pair(row, (r) => r.completion.p95)} | ${pair(row, (r) => r.firstDiagnostics)} | ${pair(row, (r) => r.edit.p50)} | ${burst} | ${heap} |`,
  );
}
for (const row of results)
  for (const name of names) if (row.servers[name].findings < 1) console.log(`warning: ${name} reported nothing on ${row.workload} (schema not applied?)`);

const out = join(root, 'bench-results/server.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version }, samples: SAMPLES, results }, null, 2)}\n`,
);
console.log(`\nwritten to ${out.slice(root.length + 1)}`);
