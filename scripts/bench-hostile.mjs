// Time and peak memory of the CLI on every hostile input of the hostile test (test/helpers/hostile.ts), as a process:
// the median of 3 runs each. Part of `npm run bench`; never a timed test. Writes bench-results/hostile.json.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { HOSTILE_CASES, layOut } = require(join(root, 'out/test/helpers/hostile.js'));
const cli = join(root, 'dist/cli.js');
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = [];
for (const hostile of HOSTILE_CASES) {
  if (hostile.asOtherUser) continue; // needs another user; the test covers it
  const folder = mkdtempSync(join(tmpdir(), 'partnerlint-hostile-'));
  mkdirSync(join(folder, '.git'));
  layOut(folder, hostile.files);
  const usage = join(folder, '..', `${folder.split('/').pop()}.rusage.json`);
  const seconds = [];
  const megabytes = [];
  let exit;
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--require', join(root, 'scripts/rusage.cjs'), cli, ...(hostile.args ?? ['.'])], {
      cwd: folder,
      env: { ...process.env, PARTNERLINT_RUSAGE_FILE: usage, LANG: 'C' },
      stdio: ['ignore', 'ignore', 'ignore'],
      timeout: 60_000,
    });
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    megabytes.push(JSON.parse(readFileSync(usage, 'utf8')).maxRSS / 1024);
    exit = child.status;
  }
  rmSync(usage, { force: true });
  chmodSync(folder, 0o700);
  rmSync(folder, { recursive: true, force: true });
  rows.push({
    input: hostile.name,
    exit,
    expectedExit: hostile.exit,
    seconds: Number(median(seconds).toFixed(3)),
    peakMB: Number(median(megabytes).toFixed(1)),
  });
}

const width = Math.max(...rows.map((r) => r.input.length));
console.log(`\nHostile inputs through the CLI (median of ${RUNS} runs, wall time and peak resident memory of the process)`);
console.log(`${'input'.padEnd(width)}  exit   time (s)   peak (MB)`);
for (const row of rows) {
  console.log(
    `${row.input.padEnd(width)}  ${String(row.exit).padStart(4)}${row.exit === row.expectedExit ? ' ' : '!'}  ${row.seconds.toFixed(3).padStart(8)}   ${row.peakMB.toFixed(1).padStart(9)}`,
  );
}
const out = join(root, 'bench-results/hostile.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ node: process.version, runs: RUNS, rows }, null, 2)}\n`);
console.log(`written to ${out.slice(root.length + 1)}`);
