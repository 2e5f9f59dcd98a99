// The language servers side by side (npm run bench; never part of npm test): partnerlint's and yaml-language-server's
// (given partnerlint's JSON Schema), each spawned over stdio as an editor starts it, and partnerlint's browser build in
// a worker thread (as vscode.dev runs it in a web worker), on the same strategies of 20, 500 and 5,000 partners and of
// 1 MB. All servers run at once and are measured in turn, sample by sample, so that the machine's drift is shared.
// For each: open → first diagnostics, hover and completion (p50 and p95 of sequential requests on the settled
// document), edit → diagnostics for that edit, a burst of 200 edits (which version the last diagnostics are of, and
// how many were sent), and the heap after garbage collection before and after a cycle of all that (after a first
// cycle on the same file, so that code compiled on first use is in both figures). yaml-language-server is installed on
// first run into .bench/ (git-ignored). Prints a table, writes bench-results/server.json. PARTNERLINT_BENCH_QUICK=1: the smallest strategy only.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withPartners } from './bench-strategies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const {
  createProtocolConnection,
  PortMessageReader,
  PortMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node');
const { Worker } = require('node:worker_threads');
const { EventEmitter } = require('node:events');

const YAML_LS_VERSION = '1.25.0';
const SAMPLES = 40;
const EDITS = 25;
const BURST = 200;
const probe = join(root, 'scripts/bench-memory-probe.cjs');
const schemaUri = pathToFileURL(join(root, 'schemas/partner-strategy.schema.json')).href;

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
  { name: 'partnerlint, browser build', script: join(root, 'dist/web/server.js'), worker: true },
  { name: `yaml-language-server ${YAML_LS_VERSION}`, script: yamlLanguageServer() },
];

// One partner of each strategy has a type the schema does not allow: both servers must report it (a check that
// yaml-language-server did apply the schema), and both do the same work of validating.
const strategy = (partners) => withPartners(partners).replace('name: Partner 1\n    type: reseller', 'name: Partner 1\n    type: retailer');
const workloads = [
  { label: '20 partners', text: strategy(20) },
  { label: '500 partners', text: strategy(500) },
  { label: '5,000 partners', text: strategy(5000) },
  { label: '1 MB (8,300 partners)', text: strategy(8300) },
].slice(0, process.env.PARTNERLINT_BENCH_QUICK === '1' ? 1 : undefined);

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
  const probes = [];
  let connection;
  let requestMemory;
  let kill;
  if (server.worker) {
    const worker = new Worker(join(root, 'scripts/bench-web-worker.cjs'), { workerData: { script: server.script } });
    // The server's messages, without the memory probe's answers.
    const port = new EventEmitter();
    port.postMessage = (message) => worker.postMessage(message);
    worker.on('message', (message) => (message?.memoryProbe ? probes.shift()?.(message.memoryProbe) : port.emit('message', message)));
    worker.on('error', (error) => port.emit('error', error));
    connection = createProtocolConnection(new PortMessageReader(port), new PortMessageWriter(port));
    requestMemory = () => worker.postMessage({ memoryProbe: true });
    kill = () => worker.terminate();
  } else {
    const child = spawn(process.execPath, ['--expose-gc', '--require', probe, server.script, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
    connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    requestMemory = () => child.kill('SIGUSR2');
    kill = () => child.kill();
  }
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
    requestMemory();
    return (await answer).heapUsed;
  };
  const stop = async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    await kill();
  };
  return { name: server.name, connection, diagnostics, published, memory, stop };
}

/**
 * One cycle on every session in turn, sample by sample: open, hovers, completions, edits, a burst, close. Returns each
 * session's figures (by name); `samples` and `edits` say how many of each.
 */
async function cycle(sessions, workload, uri, { samples, edits }) {
  const figures = Object.fromEntries(sessions.map((session) => [session.name, { hover: [], completion: [], edit: [] }]));
  let version = 1;
  let text = workload.text;
  for (const session of sessions) {
    const opened = now();
    const first = session.diagnostics(uri);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    figures[session.name].firstDiagnostics = (await first).at - opened;
  }
  // Whatever else follows the first diagnostics (yaml-language-server's schema, our inlay hint refresh) settles first.
  await sleep(500);
  for (const session of sessions) figures[session.name].findings = session.published.filter((event) => event.uri === uri).at(-1)?.count ?? 0;

  const partners = (text.match(/ {2}- name: Partner /g) ?? []).length;
  const spread = (i) => Math.floor(((i * 7919) % SAMPLES) * (partners / SAMPLES));
  const requests = async (kind, method, params) => {
    for (let i = 0; i < samples + 3; i++) {
      for (const session of sessions) {
        const began = now();
        await session.connection.sendRequest(method, params(i));
        // The first three are a warm-up.
        if (i >= 3) figures[session.name][kind].push(now() - began);
      }
    }
  };
  await requests('hover', 'textDocument/hover', (i) => ({
    textDocument: { uri },
    position: i % 2 ? positionOf(text, '    type: ', spread(i), 6) : positionOf(text, '    type: ', spread(i), 5),
  }));
  await requests('completion', 'textDocument/completion', (i) => ({
    textDocument: { uri },
    position: i % 2 ? positionOf(text, '    type: ', spread(i), 10) : positionOf(text, '    customerRelationships', spread(i), 4),
  }));

  // An edit of one partner's name, then the diagnostics of that version (yaml-language-server sends no version: its next).
  for (let i = 0; i < edits; i++) {
    const at = positionOf(text, 'name: Partner ', spread(i), 14);
    version++;
    const wanted = version;
    for (const session of sessions) {
      const next = session.diagnostics(uri, (event) => event.version === undefined || event.version === wanted);
      const began = now();
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
      });
      figures[session.name].edit.push((await next).at - began);
      await sleep(300);
    }
    const lines = text.split('\n');
    lines[at.line] = `${lines[at.line].slice(0, at.character)}x${lines[at.line].slice(at.character)}`;
    text = lines.join('\n');
  }

  // A burst of edits, as fast as the client sends them: which version do the last diagnostics say?
  const burstAt = positionOf(text, 'name: Partner ', spread(3), 14);
  for (const session of sessions) {
    const from = session.published.length;
    for (let i = 0; i < BURST; i++) {
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: version + 1 + i },
        contentChanges: [
          {
            range: { start: { line: burstAt.line, character: burstAt.character + i }, end: { line: burstAt.line, character: burstAt.character + i } },
            text: 'y',
          },
        ],
      });
    }
    let seen;
    do {
      seen = session.published.length;
      await sleep(1500 + workload.text.length / 500);
    } while (session.published.length !== seen);
    const events = session.published.slice(from).filter((event) => event.uri === uri);
    figures[session.name].burst = { published: events.length, lastVersion: events.at(-1)?.version ?? null, sentVersion: version + BURST };
  }
  for (const session of sessions) await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await sleep(1000);
  return figures;
}

async function measure(workload, index) {
  const sessions = [];
  for (const server of servers) sessions.push(await start(server));
  await sleep(1000);
  const cold = Object.fromEntries(await Promise.all(sessions.map(async (session) => [session.name, await session.memory()])));
  // A first cycle under another name, the same as the measured one: code compiled on first use and optimized later is
  // then in both heap figures (further cycles leave the heap where the first left it: nothing of a closed document stays).
  await cycle(sessions, workload, `file:///bench/${index}/warm-up/partner-strategy.yaml`, { samples: SAMPLES, edits: EDITS });
  const before = Object.fromEntries(await Promise.all(sessions.map(async (session) => [session.name, await session.memory()])));
  const figures = await cycle(sessions, workload, `file:///bench/${index}/partner-strategy.yaml`, { samples: SAMPLES, edits: EDITS });
  const result = {};
  for (const session of sessions) {
    const f = figures[session.name];
    result[session.name] = {
      firstDiagnostics: f.firstDiagnostics,
      findings: f.findings,
      hover: { p50: percentile(f.hover, 50), p95: percentile(f.hover, 95) },
      completion: { p50: percentile(f.completion, 50), p95: percentile(f.completion, 95) },
      edit: { p50: percentile(f.edit, 50), p95: percentile(f.edit, 95) },
      burst: f.burst,
      heapCold: cold[session.name],
      heapBefore: before[session.name],
      heapAfter: await session.memory(),
    };
    await session.stop();
  }
  return result;
}

const results = [];
for (const [index, workload] of workloads.entries()) {
  results.push({ workload: workload.label, kb: Math.round(Buffer.byteLength(workload.text) / 1024), servers: await measure(workload, index) });
  process.stdout.write('.');
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
