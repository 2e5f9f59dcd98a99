/**
 * Linting many files at once (`--concurrency`): on this thread and worker threads, when there are enough files and
 * cores to repay starting them; on this thread otherwise. The workers run this same bundle (main.ts hands them to
 * `serveLintJobs`).
 */
import type { Worker as WorkerThread } from 'node:worker_threads';
import { identityData, lint } from '../core/index';
import type { LintResult, Locale, ResolvedConfig } from '../core/index';

export interface LintJob {
  text: string;
  config: ResolvedConfig;
  locale: Locale;
}

/** Below this many files, `auto` starts no thread: starting one (about 40 ms) costs more than it saves. */
const PARALLEL_FROM = 64;
/** Files handed to a worker at a time: few enough to share the work evenly, enough to keep messages few. */
const CHUNK = 16;

/**
 * The argument the workers this module starts are given, so that the bundle's entry serves lint jobs instead of running
 * the CLI. An argument rather than workerData: the CLI then loads worker_threads only where it starts or is a worker.
 */
const WORKER_FLAG = '--partnerlint-lint-worker';

const threads = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads');

export function isLintWorker(): boolean {
  return process.argv[2] === WORKER_FLAG && !threads().isMainThread;
}

/**
 * A job's result as the CLI uses it: of the document, only what the findings' identities read (core `identityData`),
 * which is all the CLI reads of it. The whole document would be most of what a worker sends back.
 */
function lintJob(job: LintJob): LintResult {
  const result = lint(job.text, { config: job.config, locale: job.locale });
  return {
    ...result,
    data: identityData(
      result.data,
      [...result.findings, ...result.suppressed].map((finding) => finding.path),
    ),
  };
}

export function serveLintJobs(): void {
  const { parentPort } = threads();
  parentPort!.on('message', (jobs: LintJob[]) => {
    parentPort!.postMessage(jobs.map(lintJob));
  });
}

/**
 * How many threads lint `files` files: with `auto`, half the cores (at least one), and only for runs of PARALLEL_FROM
 * files or more. On 2 cores that is one: V8 compiles and collects garbage on threads of its own, and a second linting
 * thread there took as long in all as one, with 40 % more CPU time (measured with the bench's 1,000 strategies).
 * ESLint's `--concurrency auto` takes half the cores too. Never more threads than chunks.
 */
export function threadCount(wanted: number | 'auto', files: number): number {
  const chunks = Math.ceil(files / CHUNK);
  if (wanted === 'auto')
    return files < PARALLEL_FROM ? 1 : Math.max(1, Math.min(chunks, (require('node:os') as typeof import('node:os')).availableParallelism() >> 1));
  return Math.max(1, Math.min(chunks, wanted));
}

/**
 * The results of `jobs`, in their order (as `lintJob` gives them), linted on `threads` threads (`threadCount`): this
 * one, and a worker for each other, which starts `workerScript`. A worker is kept two chunks ahead, so that it never
 * waits while this thread lints a chunk of its own.
 */
export async function lintMany(
  jobs: readonly LintJob[],
  { threads: wanted = 'auto', workerScript = __filename }: { threads?: number | 'auto'; workerScript?: string } = {},
): Promise<LintResult[]> {
  const workers = threadCount(wanted, jobs.length) - 1;
  if (workers < 1) return jobs.map(lintJob);
  const results: LintResult[] = new Array(jobs.length);
  let next = 0;
  /** The first index of the next chunk, taken; undefined when all are. */
  const take = (): number | undefined => {
    if (next >= jobs.length) return undefined;
    const from = next;
    next = Math.min(jobs.length, next + CHUNK);
    return from;
  };
  const work = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker: WorkerThread = new (threads().Worker)(workerScript, { argv: [WORKER_FLAG] });
      const given: number[] = [];
      const give = (): void => {
        const from = take();
        if (from !== undefined) {
          given.push(from);
          worker.postMessage(jobs.slice(from, from + CHUNK));
        } else if (given.length === 0) {
          void worker.terminate();
          resolve();
        }
      };
      worker.on('message', (linted: LintResult[]) => {
        const from = given.shift()!;
        linted.forEach((result, i) => (results[from + i] = result));
        give();
      });
      worker.on('error', reject);
      // A worker that stops with work in hand (killed, out of memory) fails the run rather than leaving it waiting.
      worker.on('exit', (code) => {
        if (given.length > 0) reject(new Error(`a lint worker stopped (exit code ${code}) before it had linted every file given to it`));
      });
      give();
      give();
    });
  const working = Promise.all(Array.from({ length: workers }, work));
  // Handled here at once, so that a worker's failure is never an unhandled rejection while this thread lints.
  let failed = false;
  working.catch(() => (failed = true));
  // This thread's share, a chunk at a time, letting the workers' messages in between.
  for (let from = take(); from !== undefined && !failed; from = take()) {
    for (let i = from; i < Math.min(jobs.length, from + CHUNK); i++) results[i] = lintJob(jobs[i]!);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await working;
  return results;
}
