/**
 * docs/agents.md: the configuration of each assistant, as written, starts the MCP server the package ships (with this
 * checkout's CLI in place of `npx partnerlint`), which answers with its tools; and the page names the tools it lists.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { TOOLS } from '../src/cli/mcp/server';
import { CLI, cleanEnv, Workspace } from './helpers/cli';
import { fromRoot } from './helpers/paths';

const DOC = readFileSync(fromRoot('docs/agents.md'), 'utf8');

/** The fenced blocks under the `## ` heading `section`, with their languages. */
function blocks(section: string): { language: string; body: string }[] {
  const text = DOC.split(/^## /m).find((s) => s.startsWith(`${section}\n`));
  assert.ok(text, `docs/agents.md has no section "${section}"`);
  return [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ language: m[1]!, body: m[2]! }));
}

/** Starts `command args` as an assistant would, `npx partnerlint` being this checkout's CLI, and lists its tools. */
async function toolsOf(command: string, args: string[]): Promise<string[]> {
  assert.deepEqual([command, args[0]], ['npx', 'partnerlint'], `${command} ${args.join(' ')}`);
  const ws = new Workspace();
  const client = new Client({ name: 'agents-doc', version: '1.0.0' });
  try {
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [CLI, ...args.slice(1)],
        cwd: ws.root,
        env: cleanEnv() as Record<string, string>,
        stderr: 'ignore',
      }),
    );
    return (await client.listTools()).tools.map((tool) => tool.name);
  } finally {
    await client.close();
    ws.dispose();
  }
}

const NAMES = TOOLS.map((tool) => tool.name);

describe('docs/agents.md: every configuration starts the server the package ships', function () {
  this.timeout(60_000);

  it('VS Code: .vscode/mcp.json, a stdio server', async () => {
    const [json] = blocks('VS Code').filter((b) => b.language === 'json');
    const config = JSON.parse(json!.body) as { servers: Record<string, { type: string; command: string; args: string[] }> };
    const server = config.servers.partnerlint!;
    assert.equal(server.type, 'stdio');
    assert.deepEqual(await toolsOf(server.command, server.args), NAMES);
  });

  it('Claude Code: the command, and the .mcp.json it writes', async () => {
    const [command, json] = blocks('Claude Code');
    assert.equal(command!.language, 'sh');
    const words = command!.body.trim().split(/\s+/);
    assert.deepEqual(words.slice(0, 3), ['claude', 'mcp', 'add']);
    const run = words.slice(words.indexOf('--') + 1);
    assert.deepEqual(await toolsOf(run[0]!, run.slice(1)), NAMES);
    const config = JSON.parse(json!.body) as { mcpServers: Record<string, { command: string; args: string[] }> };
    assert.deepEqual([config.mcpServers.partnerlint!.command, ...config.mcpServers.partnerlint!.args], run);
  });

  it('Cursor: .cursor/mcp.json', async () => {
    const [json] = blocks('Cursor');
    const config = JSON.parse(json!.body) as { mcpServers: Record<string, { command: string; args: string[] }> };
    assert.deepEqual(await toolsOf(config.mcpServers.partnerlint!.command, config.mcpServers.partnerlint!.args), NAMES);
  });

  it('names every tool the server lists, in English and Japanese', () => {
    const table = DOC.slice(DOC.indexOf('## Tools'), DOC.indexOf('## VS Code'));
    assert.deepEqual([...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]).sort(), [...NAMES].sort());
    const japanese = DOC.slice(DOC.indexOf('## 日本語'));
    for (const name of NAMES) assert.ok(japanese.includes(`\`${name}\``), name);
  });
});
