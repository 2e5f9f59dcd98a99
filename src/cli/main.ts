/**
 * The CLI's bundle (dist/cli-main.js): runs `partnerlint` in this process, or serves lint jobs in a worker thread of a
 * large run. The command itself is run.ts.
 */
import { readFileSync } from 'node:fs';
import { isLintWorker, serveLintJobs } from './parallel';
import { describeError } from './read';
import { localeFromEnv, run } from './run';
import type { McpOptions } from './run';

export { run } from './run';
export type { Io } from './run';

/** `launcher` is the script that loaded this bundle (dist/cli.js), which workers then start too. */
export function main(launcher = __filename): void {
  if (isLintWorker()) {
    serveLintJobs();
    return;
  }
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0),
    isTty: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    workerScript: launcher,
    serveMcp: (options) => loadMcp(options),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`partnerlint: internal error: ${describeError(error)}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * The MCP server, from its own bundle (dist/mcp-main.js; the build points this require there). The GitHub Action's CLI
 * ships without it.
 */
function loadMcp(options: McpOptions): Promise<number> {
  let mcp: typeof import('./mcp/main');
  try {
    mcp = require('./mcp/main') as typeof import('./mcp/main');
  } catch {
    return Promise.resolve(-1);
  }
  return mcp.serveMcp(options, {
    cwd: process.cwd(),
    env: process.env,
    defaultLocale: options.locale ?? localeFromEnv(process.env),
    stderr: (text) => process.stderr.write(text),
  });
}

// The bundle run directly (the GitHub Action's action/cli.js, and its workers) rather than through dist/cli.js.
if (require.main === module) main();
