// The speed benchmark (npm run bench; never part of npm test): partnerlint against Spectral and against the floors
// (`node -e 0`, and the `yaml` library's parseDocument in-process), side by side in one run, on workloads generated
// deterministically. Medians of PARTNERLINT_BENCH_RUNS runs (5 by default; three times as many for the short workloads)
// after a warm-up, each run paired with its floor's, and the ratios the medians of the pairs'; wall time and peak memory.
// Prints a table, writes bench-results/bench.json. Spectral is installed on first run into .bench/ (git-ignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { sample, withPartners } from './bench-strategies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { lint } = require(join(root, 'out/src/core/index.js'));
const YAML = require('yaml');

const RUNS = Math.max(1, Number(process.env.PARTNERLINT_BENCH_RUNS ?? 5));
const SPECTRAL_VERSION = '6.16.3';
const bench = join(root, '.bench');
const work = join(bench, 'work');
// PARTNERLINT_BENCH_CLI: another build of the CLI to measure (an older one, for a before-and-after table);
// PARTNERLINT_BENCH_SPECTRAL=0 leaves Spectral out.
const cli = process.env.PARTNERLINT_BENCH_CLI ?? join(root, 'dist/cli.js');
const withSpectral = process.env.PARTNERLINT_BENCH_SPECTRAL !== '0';
/** Flags an older build may not know: its runs go without them. */
const current = process.env.PARTNERLINT_BENCH_CLI === undefined;
const cores = availableParallelism();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// ---- workloads ------------------------------------------------------------------------------------------------
/** A strategy of `count` partners, each merging a shared base with `<<: *base`. */
function withMerges(count) {
  const base = '  - &base\n    name: Base partner\n    type: reseller\n    segments: [kansai-smb]\n    customerRelationships: true\n';
  const partners = Array.from({ length: count }, (_, i) => `  - <<: *base\n    name: Partner ${i}\n`).join('');
  return sample.replace(/partners:\n[\s\S]*?\nkpis:/, `partners:\n${base}${partners}\nkpis:`);
}

/** The i-th of many strategies: the sample with its own title, numbers and, for one in ten, a finding. */
function variant(i) {
  let text = sample
    .replace('title: Acme Cloud partner strategy FY2027', `title: Strategy ${i} FY2027`)
    .replace('targetCompanies: 12000', `targetCompanies: ${1000 + i}`);
  if (i % 10 === 0) text = text.replace('dedicated: true', 'dedicated: false');
  return text;
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function workloads() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, '.git'), { recursive: true });
  const one = write(join(work, 'one/partner-strategy.yaml'), sample);
  const many = Array.from({ length: 1000 }, (_, i) =>
    write(join(work, 'many', `team-${String(Math.floor(i / 50)).padStart(2, '0')}`, `s${String(i).padStart(4, '0')}.partner-strategy.yaml`), variant(i)),
  );
  // About 1 MB and 5 MB (a partner is about 126 bytes).
  const large = write(join(work, 'large/partner-strategy.yaml'), withPartners(8300));
  const huge = write(join(work, 'huge/partner-strategy.yaml'), withPartners(41600));
  const merges = write(join(work, 'merges/partner-strategy.yaml'), withMerges(2000));
  const kb = (path) => `${(readFileSync(path).length / 1024).toFixed(0)} KB`;
  const mb = (path) => `${(readFileSync(path).length / 1024 / 1024).toFixed(1)} MB`;
  return [
    { id: 'one', label: `one ${(readFileSync(one).length / 1024).toFixed(1)} KB strategy`, target: join(work, 'one'), files: [one], floor: 'start' },
    { id: 'many', label: '1,000 strategies', target: join(work, 'many'), files: many, floor: 'parse-per-core' },
    { id: 'large', label: `${mb(large)} strategy (8,300 partners)`, target: join(work, 'large'), files: [large], floor: 'parse' },
    { id: 'huge', label: `${mb(huge)} strategy (41,600 partners)`, target: join(work, 'huge'), files: [huge], floor: 'parse' },
    { id: 'merges', label: `${kb(merges)} strategy of 2,000 \`<<: *base\` merges`, target: join(work, 'merges'), files: [merges], floor: 'parse' },
  ];
}

// ---- measuring ------------------------------------------------------------------------------------------------
/** One run of a whole process: wall time (s) and peak resident memory (MB). */
function processRun(command, args, { cwd = work, env = {} } = {}) {
  const usage = join(tmpdir(), `partnerlint-bench-${process.pid}.json`);
  rmSync(usage, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(command, ['--require', join(root, 'scripts/rusage.cjs'), ...args], {
    cwd,
    env: { ...process.env, PARTNERLINT_RUSAGE_FILE: usage, LANG: 'C', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status === null || child.status > 1) throw new Error(`exit ${child.status ?? child.signal}: ${String(child.stderr).trim().split('\n')[0]}`);
  const mb = JSON.parse(readFileSync(usage, 'utf8')).maxRSS / 1024;
  rmSync(usage, { force: true });
  return { seconds, mb };
}

/** One run of `fn` in this process (s). */
function timed(fn) {
  const started = process.hrtime.bigint();
  fn();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const medianOf = (measures) => ({
  seconds: median(measures.map((m) => m.seconds)),
  ...(measures[0].mb === undefined ? {} : { mb: median(measures.map((m) => m.mb)) }),
});

/** The median of `runs` runs of `run` after a warm-up (Spectral's side); a failure is reported, not thrown. */
function measure(run, runs = RUNS) {
  try {
    run();
    return medianOf(Array.from({ length: runs }, run));
  } catch (error) {
    return { seconds: NaN, mb: NaN, failed: String(error.message) };
  }
}

/**
 * `ours` and its floor in turn (A B A B ...), after a warm-up of each: both medians, and the median of the pairs'
 * ratios. Pairing keeps the ratio true while the machine's speed drifts, as a 2-core machine's does.
 */
function paired(ours, floor, runs = RUNS) {
  ours();
  floor();
  const pairs = Array.from({ length: runs }, () => ({ ours: ours(), floor: floor() }));
  return {
    ours: medianOf(pairs.map((p) => p.ours)),
    floor: medianOf(pairs.map((p) => p.floor)),
    ratio: median(pairs.map((p) => p.ours.seconds / p.floor.seconds)),
  };
}

function ensureSpectral() {
  const folder = join(bench, 'spectral');
  const bin = join(folder, 'node_modules/@stoplight/spectral-cli/dist/index.js');
  const manifest = join(folder, 'package.json');
  const wanted = { private: true, dependencies: { '@stoplight/spectral-cli': SPECTRAL_VERSION }, allowScripts: { '@scarf/scarf': false } };
  if (!existsSync(bin) || readFileSync(manifest, 'utf8') !== JSON.stringify(wanted)) {
    console.log(`installing Spectral ${SPECTRAL_VERSION} into .bench/spectral (once) ...`);
    write(manifest, JSON.stringify(wanted));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: 'inherit' });
  }
  // The ruleset of bench/, with the schema in place (Spectral does not follow a $ref inside functionOptions).
  const ruleset = YAML.parse(readFileSync(join(root, 'bench/spectral-ruleset.yaml'), 'utf8'));
  const options = ruleset.rules.schema.then.functionOptions;
  options.schema = JSON.parse(readFileSync(join(root, 'bench', options['schema-file']), 'utf8'));
  delete options['schema-file'];
  const rulesetFile = write(join(bench, 'spectral-ruleset.json'), JSON.stringify(ruleset));
  return { bin, rulesetFile };
}

// ---- the run --------------------------------------------------------------------------------------------------
const loads = workloads();
const spectral = withSpectral ? ensureSpectral() : undefined;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
/** Runs of the short workloads: a process of a tenth of a second is at the mercy of the machine's noise. */
const SHORT_RUNS = RUNS * 3;
console.log(
  `\nmachine: ${cores} cores (${cpu}), Node ${process.version}; medians of ${RUNS} runs (${SHORT_RUNS} for the short ones) after a warm-up, each paired with its floor\n`,
);

const nodeStart = () => processRun(process.execPath, ['-e', '0']);
const s = (seconds) => (Number.isNaN(seconds) ? 'n/a' : seconds < 0.1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`);
const cell = (m) => (m.failed ? `n/a (${m.failed})` : `${s(m.seconds)}, ${m.mb.toFixed(0)} MB`);
const rows = [];
const header = [
  '| workload | Spectral | partnerlint CLI | faster | partnerlint in-process | floor | vs floor |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
console.log(header.join('\n'));
const report = (row) => {
  rows.push(row);
  row.line = `| ${row.workload} | ${row.spectral ? cell(row.spectral) : '—'} | ${cell(row.partnerlint)} | ${row.spectral ? `${(row.spectral.seconds / row.partnerlint.seconds).toFixed(1)}×` : '—'} | ${row.lintInProcess === undefined ? '—' : s(row.lintInProcess)} | ${row.floorLabel}: ${s(row.floor)} | ${row.versusFloor.toFixed(2)}× |`;
  console.log(row.line);
};
/** The many-files workload's second row: the same CLI runs against a cold floor. */
let coldFloor;
for (const load of loads) {
  const texts = load.files.map((file) => readFileSync(file, 'utf8'));
  const parseAll = () => timed(() => texts.forEach((text) => YAML.parseDocument(text)));
  const lintAll = () => timed(() => texts.forEach((text) => lint(text)));
  const runCli = () => processRun(process.execPath, [cli, load.target, '-f', 'json', ...(current ? ['--max-file-size', '10000000'] : [])]);
  const theirs =
    spectral &&
    measure(() =>
      processRun(process.execPath, [
        spectral.bin,
        'lint',
        '--ruleset',
        spectral.rulesetFile,
        '-f',
        'json',
        '--quiet',
        ...load.files.map((f) => f.slice(work.length + 1)),
      ]),
    );
  const inProcess = paired(lintAll, parseAll);
  let row;
  if (load.floor === 'start') {
    const cliRuns = paired(runCli, nodeStart, SHORT_RUNS);
    row = { partnerlint: cliRuns.ours, floor: cliRuns.floor.seconds, floorLabel: '`node -e 0`', versusFloor: cliRuns.ratio };
  } else if (load.floor === 'parse-per-core') {
    // The floor of each pair: parseDocument over all the files, spread over the cores, plus a bare Node's start.
    const cliRuns = paired(runCli, () => ({ seconds: parseAll().seconds / cores + nodeStart().seconds }));
    row = { partnerlint: cliRuns.ours, floor: cliRuns.floor.seconds, floorLabel: `parseDocument ÷ ${cores} cores + \`node -e 0\``, versusFloor: cliRuns.ratio };
    // Beside it, a floor as cold as a CLI is: the files parsed in as many fresh processes as there are cores.
    const list = write(join(bench, 'many-files.txt'), `${load.files.join('\n')}\n`);
    const cold = paired(runCli, () => processRun(process.execPath, [join(root, 'scripts/bench-cold-parse.cjs'), list, String(cores)]));
    coldFloor = {
      workload: `${load.label}, against a cold floor`,
      partnerlint: cold.ours,
      floor: cold.floor.seconds,
      floorLabel: `parseDocument cold in ${cores} fresh processes side by side`,
      versusFloor: cold.ratio,
    };
  } else {
    row = { partnerlint: measure(runCli), floor: inProcess.floor.seconds, floorLabel: 'parseDocument', versusFloor: inProcess.ratio };
  }
  report({ workload: load.label, spectral: theirs, lintInProcess: inProcess.ours.seconds, parseDocument: inProcess.floor.seconds, ...row });
  if (coldFloor) report(coldFloor);
  coldFloor = undefined;
  if (load.id === 'many' && current) {
    // --cache: the second run over the same unchanged files.
    const cacheFile = join(bench, 'partnerlintcache');
    rmSync(cacheFile, { force: true });
    spawnSync(process.execPath, [cli, load.target, '-f', 'json', '--cache', '--cache-location', cacheFile], { cwd: work, stdio: 'ignore' });
    const cached = paired(
      () => processRun(process.execPath, [cli, load.target, '-f', 'json', '--cache', '--cache-location', cacheFile]),
      nodeStart,
      SHORT_RUNS,
    );
    report({
      workload: '1,000 strategies again, unchanged, `--cache`',
      partnerlint: cached.ours,
      floor: cached.floor.seconds,
      floorLabel: '`node -e 0`',
      versusFloor: cached.ratio,
    });
    // The reports people read: the markdown report (charts, cut to GitHub's limits) and the HTML page, beside JSON.
    const forPeople = paired(
      () => processRun(process.execPath, [cli, load.target, '-f', 'markdown', '-o', join(bench, 'report.md'), '-f', 'html', '-o', join(bench, 'report.html')]),
      runCli,
    );
    report({
      workload: '1,000 strategies, `-f markdown` and `-f html` together',
      partnerlint: forPeople.ours,
      floor: forPeople.floor.seconds,
      floorLabel: 'the same run with `-f json`',
      versusFloor: forPeople.ratio,
    });
  }
}

// How lint time grows with the file: it must stay linear.
const scaling = [1000, 2000, 5000, 10000, 20000, 40000].map((partners) => {
  const text = withPartners(partners);
  const { ours, floor, ratio } = paired(
    () => timed(() => lint(text)),
    () => timed(() => YAML.parseDocument(text)),
  );
  return {
    partners,
    kb: Math.round(text.length / 1024),
    parseMs: floor.seconds * 1000,
    lintMs: ours.seconds * 1000,
    microsPerPartner: (ours.seconds * 1e6) / partners,
    ratio,
  };
});

console.log(
  `\n(vs floor: the median of the paired runs' ratios. The CLI's wall time over the floor's, except for single large files, where it is the in-process lint over parseDocument.)\n`,
);
console.log('| partners | size | parseDocument | lint | lint per partner | lint ÷ parse |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of scaling)
  console.log(
    `| ${row.partners.toLocaleString('en')} | ${row.kb.toLocaleString('en')} KB | ${row.parseMs.toFixed(1)} ms | ${row.lintMs.toFixed(1)} ms | ${row.microsPerPartner.toFixed(1)} µs | ${row.ratio.toFixed(2)}× |`,
  );

const out = join(root, 'bench-results/bench.json');
write(
  out,
  `${JSON.stringify({ machine: { cores, cpu, node: process.version }, runs: RUNS, shortRuns: SHORT_RUNS, cli: cli.slice(root.length + 1) || cli, spectral: spectral ? SPECTRAL_VERSION : null, rows, scaling, server: await serverStart() }, null, 2)}\n`,
);
console.log(`\nwritten to ${out.slice(root.length + 1)}`);

/** The language server as an editor starts it: spawn to the answer to `initialize`, and to the first diagnostics. */
async function serverStart() {
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
  const server = join(root, 'dist/server.js');
  const once = async () => {
    const started = process.hrtime.bigint();
    const child = (await import('node:child_process')).spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
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
  };
  await once();
  const runs = [];
  for (let i = 0; i < Math.max(RUNS, 5); i++) runs.push(await once());
  const result = { initializeMs: median(runs.map((r) => r.initialized)), firstDiagnosticsMs: median(runs.map((r) => r.diagnosed)) };
  console.log(
    `language server: spawn to initialize ${result.initializeMs.toFixed(1)} ms, to the first diagnostics ${result.firstDiagnosticsMs.toFixed(1)} ms (medians)`,
  );
  return result;
}
