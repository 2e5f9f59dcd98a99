/**
 * `partnerlint --mcp`: the MCP server on stdio, until the client closes it. A bundle of its own (dist/mcp-main.js), which
 * the CLI loads only for --mcp: the SDK is no part of an ordinary run's start-up. Only protocol goes to stdout; if the
 * server must stop for any reason but the client leaving, it says why on stderr and exits with 1.
 */
import type { McpOptions } from '../run';
import { cliTexts } from '../texts';
import { LineTransport } from './line-transport';
import { createServer } from './server';
import type { ServerContext } from './server';

/** Set by the bundler from package.json. */
declare const PARTNERLINT_VERSION: string;

const MiB = 1024 * 1024;

/** The largest request line read: a strategy at the size limit, escaped as JSON, with room for the rest. */
export function maxLineBytes(maxFileSize: number): number {
  return Math.max(8 * MiB, 4 * maxFileSize + MiB);
}

export async function serveMcp(
  options: McpOptions,
  io: { cwd: string; env: NodeJS.ProcessEnv; defaultLocale: ServerContext['defaultLocale']; stderr: (text: string) => void },
): Promise<number> {
  const server = createServer({ ...options, cwd: io.cwd, env: io.env, defaultLocale: io.defaultLocale });
  const transport = new LineTransport(process.stdin, process.stdout, maxLineBytes(options.maxFileSize));
  let failure: Error | undefined;
  // Standard input or output failing ends the server: said, and the exit code says so.
  transport.onerror = (error) => {
    failure ??= error;
  };
  process.stdout.on('error', (error) => {
    failure ??= error;
    void transport.close();
  });
  const closed = new Promise<void>((done) => {
    server.onclose = done;
  });
  await server.connect(transport);
  const words = cliTexts(options.locale ?? io.defaultLocale).mcp;
  io.stderr(`${words.running(PARTNERLINT_VERSION)}\n`);
  await closed;
  // Nothing more is read: standard input is let go, so that the process ends with its code.
  process.stdin.destroy();
  if (failure === undefined) return 0;
  io.stderr(`partnerlint: ${words.stopped(failure.message)}\n`);
  return 1;
}
