/**
 * `partnerlint --mcp` as a process, as assistants start it: the SDK's stdio client, and a raw pipe that fails on any
 * byte on stdout that is not a protocol message. The server says it runs on stderr and ends when its input closes.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CLI, cleanEnv, Workspace } from '../helpers/cli';
import { fromRoot } from '../helpers/paths';

const KANTAN = readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml'), 'utf8');

describe('MCP server, as a process over stdio', function () {
  this.timeout(60_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    ws.write('plans/partner-strategy.yaml', KANTAN);
  });
  afterEach(() => ws.dispose());

  it("answers the SDK's stdio client: initialize, list, call, in the language it was started with", async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, '--mcp', '--locale', 'ja'],
      cwd: ws.root,
      env: cleanEnv() as Record<string, string>,
      stderr: 'pipe',
    });
    const errors: string[] = [];
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const client = new Client({ name: 'partnerlint-test', version: '1.0.0' });
    client.onerror = (error) => errors.push(String(error));
    await client.connect(transport);
    try {
      assert.equal(client.getServerVersion()?.name, 'partnerlint');
      assert.equal(client.getServerVersion()?.version, JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).version);
      assert.equal((await client.listTools()).tools.length, 5);
      const result = (await client.callTool({ name: 'readiness', arguments: { path: 'plans' } })) as CallToolResult;
      const files = (result.structuredContent as { files: { verdictLabel: string }[] }).files;
      assert.deepEqual(
        files.map((f) => f.verdictLabel),
        ['要再検討'],
      );
      const refused = (await client.callTool({ name: 'lint_strategy', arguments: { path: '../../../etc/passwd' } })) as CallToolResult;
      assert.equal(refused.isError, true);
      assert.deepEqual(errors, []);
      assert.match(stderr, /^partnerlint \S+: MCP サーバーを標準入出力で起動しました\n$/);
    } finally {
      await client.close();
    }
  });

  it('writes nothing but protocol messages to stdout, and ends when its input closes', async () => {
    const child = spawn(process.execPath, [CLI, '--mcp'], { cwd: ws.root, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const send = (message: object): void => {
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    };
    const answered = (count: number): Promise<void> =>
      new Promise((done, failed) => {
        const check = (): void => {
          if (stdout.split('\n').filter(Boolean).length >= count) done();
          else if (child.exitCode !== null) failed(new Error(`exited ${child.exitCode}: ${stderr}`));
          else setTimeout(check, 20);
        };
        check();
      });
    send({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    await answered(1);
    send({ method: 'notifications/initialized' });
    send({ id: 2, method: 'tools/call', params: { name: 'lint_strategy', arguments: { path: 'plans/partner-strategy.yaml' } } });
    send({ id: 3, method: 'tools/call', params: { name: 'lint_strategy', arguments: { path: 'missing.partner-strategy.yaml' } } });
    send({ id: 4, method: 'resources/read', params: { uri: 'partnerlint://rules/ltv-too-low' } });
    send({ id: 5, method: 'tools/call', params: { name: 'fix_strategy', arguments: { text: '\u0000\u001b[31m: [' } } });
    await answered(5);
    child.stdin.end();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.equal(code, 0, stderr);
    const lines = stdout.split('\n');
    assert.equal(lines.pop(), '', 'every message ends its line');
    const messages = lines.map((line) => JSON.parse(line) as { jsonrpc: string; id: number; result?: { isError?: boolean } });
    assert.ok(messages.every((m) => m.jsonrpc === '2.0'));
    // Answers come as each call ends, not in the order asked.
    assert.deepEqual(
      messages.sort((a, b) => a.id - b.id).map((m) => [m.id, m.result?.isError === true]),
      [
        [1, false],
        [2, false],
        [3, true],
        [4, false],
        [5, false],
      ],
    );
    assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
  });

  it('refuses to start with paths, --stdin or a format: the assistant names the files', () => {
    const result = ws.run(['--mcp', 'plans']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^partnerlint: --mcp takes no paths, --stdin or --format/);
  });
});
