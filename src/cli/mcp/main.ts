/**
 * `partnerlint --mcp`: the MCP server on stdio, until the client closes it. A bundle of its own (dist/mcp-main.js), which
 * the CLI loads only for --mcp: the SDK is no part of an ordinary run's start-up. Only protocol goes to stdout.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { McpOptions } from '../run';
import { cliTexts } from '../texts';
import { createServer } from './server';
import type { ServerContext } from './server';

/** Set by the bundler from package.json. */
declare const PARTNERLINT_VERSION: string;

export async function serveMcp(
  options: McpOptions,
  io: { cwd: string; env: NodeJS.ProcessEnv; defaultLocale: ServerContext['defaultLocale']; stderr: (text: string) => void },
): Promise<number> {
  const server = createServer({ ...options, cwd: io.cwd, env: io.env, defaultLocale: io.defaultLocale });
  const closed = new Promise<void>((done) => {
    server.onclose = done;
  });
  // The client leaving (standard input closed) ends the server.
  process.stdin.once('end', () => void server.close());
  await server.connect(new StdioServerTransport());
  io.stderr(`${cliTexts(options.locale ?? io.defaultLocale).mcp.running(PARTNERLINT_VERSION)}\n`);
  await closed;
  return 0;
}
