/**
 * Linting many files at once: on worker threads, one per core, when there are enough files to repay starting them;
 * in this thread otherwise. The workers run this same bundle (main.ts hands them to `serveLintJobs`).
 */
import type { Worker as WorkerThread } from 'node:worker_threads';
import { identityData, lint } from '../core/index';
import type { LintResult, Locale, ResolvedConfig } from '../core/index';

export interface LintJob {
  text: string;
  config: ResolvedConfig;
  locale: Locale;
}

/** Below this many files, starting threads (about 40 ms each) costs more than it saves. */
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
  return { ...result, data: identityData(result.data, [...result.findings, ...result.suppressed].map((finding) => finding.path)) };
}

export function serveLintJobs(): void {
  const { parentPort } = threads();
  parentPort!.on('message', (jobs: LintJob[]) => {
    parentPort!.postMessage(jobs.map(lintJob));
  });
}

/**
 * The results of `jobs`, in their order (as `lintJob` gives them). With many jobs, this thread lints too, beside a worker for each other core:
 * one thread fewer to start and warm up. A worker is kept two chunks ahead, so that it never waits while this thread
 * lints a chunk of its own. Workers start `workerScript`.
 */
export async function lintMany(jobs: readonly LintJob[], workerScript = __filename): Promise<LintResult[]> {
  if (jobs.length < PARALLEL_FROM) return jobs.map(lintJob);
  const workers = Math.min((require('node:os') as typeof import('node:os')).availableParallelism(), Math.ceil(jobs.length / CHUNK)) - 1;
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
      give();
      give();
    });
  const started = Array.from({ length: workers }, work);
  // This thread's share, a chunk at a time, letting the workers' messages in between.
  for (let from = take(); from !== undefined; from = take()) {
    for (let i = from; i < Math.min(jobs.length, from + CHUNK); i++) results[i] = lintJob(jobs[i]!);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(started);
  return results;
}
