/**
 * The MCP server fails closed: it reads nothing outside its client's roots, whatever the client asks. Configuration is
 * looked for only up to the root that holds a file, `fileName` is a name, a client whose roots are unusable gets no
 * folder, and errors name what the client gave. Generated sequences of requests over the SDK's client, with every file
 * the process opens recorded, never open one outside the roots. As a process, a request too large or not JSON-RPC gets
 * an error response and the server keeps serving.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import type * as FsModule from 'node:fs';
import { realpathSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { MAX_FILE_BYTES } from '../../src/cli/read';
import { createServer } from '../../src/cli/mcp/server';
import { idIn } from '../../src/cli/mcp/line-transport';
import { CLI, cleanEnv, Workspace } from '../helpers/cli';
import { READY } from '../helpers/strategy';

Object.assign(globalThis, { PARTNERLINT_VERSION: '0.0.0-test' });

/** node:fs itself (not an import's copy of it), so that the test can see every file the server opens. */
const fs = createRequire(__filename)('node:fs') as typeof FsModule;

/** What the client answers to roots/list: folders, an error, nothing, or only URIs that are not files. */
type RootsAnswer = { folders: string[] } | 'fails' | 'empty' | 'not-files' | 'no-capability';

async function connect(cwd: string, roots: RootsAnswer) {
  const server = createServer({ cwd, env: cleanEnv(), defaultLocale: 'en', config: undefined, locale: undefined, maxFileSize: MAX_FILE_BYTES });
  const client = new Client(
    { name: 'partnerlint-test', version: '1.0.0' },
    { capabilities: roots === 'no-capability' ? {} : { roots: { listChanged: true } } },
  );
  if (roots !== 'no-capability') {
    client.setRequestHandler(ListRootsRequestSchema, () => {
      if (roots === 'fails') throw new Error('no roots today');
      if (roots === 'empty') return { roots: [] };
      if (roots === 'not-files') return { roots: [{ uri: 'https://example.com/repo' }, { uri: 'vscode-vfs://github/x/y' }] };
      return { roots: roots.folders.map((folder) => ({ uri: pathToFileURL(folder).href })) };
    });
  }
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;
  return { client, call, text, close: () => client.close() };
}

/** A strategy that is ready, and a configuration that, read, makes it reconsider (far more target companies asked). */
const STRICT = 'thresholds:\n  minTargetCompanies: 100000000\n';

describe('MCP server: fails closed, never reads outside the roots', function () {
  this.timeout(120_000);
  let ws: Workspace;
  let root: string;
  let outside: string;
  beforeEach(() => {
    ws = new Workspace();
    // ws/.partnerlint.yaml is above the root: never read. ws/outside holds what a link may lead to.
    ws.write('.partnerlint.yaml', STRICT);
    root = ws.path('root');
    outside = ws.path('outside');
    ws.write('root/plans/partner-strategy.yaml', READY);
    ws.write('outside/partner-strategy.yaml', READY.replace('title: ', 'title: OUTSIDE '));
    ws.write('outside/.partnerlint.yaml', 'secretFirstKey: 1\n');
    ws.write('cwd/partner-strategy.yaml', READY);
  });
  afterEach(() => ws.dispose());

  it('`fileName` is a name: `.`, `..` and `a/b/../..` are refused, and no configuration above the root is read', async () => {
    const mcp = await connect(ws.path('cwd'), { folders: [root] });
    try {
      for (const fileName of ['.', '..', 'a/b/../..', '../x.yaml', 'a\\b']) {
        const result = await mcp.call('readiness', { text: READY, fileName });
        assert.equal(result.isError, true, fileName);
        assert.match(mcp.text(result), /`fileName` is a file's name, not a path/);
      }
      const ready = await mcp.call('readiness', { text: READY, fileName: 'partner-strategy.yaml' });
      assert.equal((ready.structuredContent as { files: { verdict: string }[] }).files[0]!.verdict, 'ready', 'the configuration above the root is not read');
      const path = await mcp.call('readiness', { path: 'plans/partner-strategy.yaml' });
      assert.equal((path.structuredContent as { files: { verdict: string }[] }).files[0]!.verdict, 'ready');
    } finally {
      await mcp.close();
    }
  });

  for (const answer of ['fails', 'empty', 'not-files'] as const) {
    it(`with roots but none usable (roots/list ${answer}), refuses every path with the reason and still lints text`, async () => {
      const mcp = await connect(ws.path('cwd'), answer);
      try {
        const result = await mcp.call('lint_strategy', { path: 'partner-strategy.yaml' });
        assert.equal(result.isError, true);
        assert.match(
          mcp.text(result),
          /^no file can be read: the client (did not answer roots\/list|gave no roots)|^no file can be read: none of the client’s roots is a folder/,
        );
        const text = await mcp.call('readiness', { text: READY });
        assert.equal((text.structuredContent as { files: { verdict: string }[] }).files[0]!.verdict, 'ready');
      } finally {
        await mcp.close();
      }
    });
  }

  it('a configuration inside a root that links outside is not read, and its error names the link only', async () => {
    symlinkSync(join(outside, '.partnerlint.yaml'), join(root, 'plans', '.partnerlint.yaml'));
    const mcp = await connect(ws.path('cwd'), { folders: [root] });
    try {
      const result = await mcp.call('lint_strategy', { path: 'plans/partner-strategy.yaml' });
      assert.equal(result.isError, true);
      assert.match(mcp.text(result), /the configuration 'plans\/\.partnerlint\.yaml' is a link to a file outside the folders this server may read/);
      assert.doesNotMatch(mcp.text(result), /secretFirstKey|outside\//);
    } finally {
      await mcp.close();
    }
  });

  it('a root that is a link: paths through it are read, and a refusal names the root as the client gave it', async () => {
    symlinkSync(root, ws.path('linked-root'));
    const mcp = await connect(ws.path('cwd'), { folders: [ws.path('linked-root')] });
    try {
      const through = await mcp.call('readiness', { path: join(ws.path('linked-root'), 'plans', 'partner-strategy.yaml') });
      assert.equal(through.isError, undefined, mcp.text(through));
      const refused = await mcp.call('lint_strategy', { path: join(outside, 'partner-strategy.yaml') });
      assert.equal(refused.isError, true);
      assert.ok(mcp.text(refused).includes(ws.path('linked-root')), mcp.text(refused));
      assert.ok(!mcp.text(refused).includes(`(${root})`), 'not the link’s target');
    } finally {
      await mcp.close();
    }
  });

  it('over generated sequences of requests, no file outside the roots is ever opened', async () => {
    symlinkSync(join(outside, 'partner-strategy.yaml'), join(root, 'plans', 'out.partner-strategy.yaml'));
    symlinkSync(outside, join(root, 'out-folder'));
    // A configuration of the root's own, which discovery reads (and must not climb past).
    ws.write('root/.partnerlint.yaml', 'locale: en\n');
    const realRoot = realpathSync(root);
    const world = realpathSync(ws.root);
    const paths = [
      // The readable ones, twice as likely: the server must be seen reading.
      ...['plans', 'plans/partner-strategy.yaml', 'partner-strategy.yaml', '.'].flatMap((path) => [path, path]),
      '..',
      'plans',
      'plans/partner-strategy.yaml',
      'plans/out.partner-strategy.yaml',
      'out-folder',
      'out-folder/partner-strategy.yaml',
      'plans/../../outside/partner-strategy.yaml',
      '../outside',
      join(outside, 'partner-strategy.yaml'),
      join(ws.root, 'cwd', 'partner-strategy.yaml'),
      '/etc/passwd',
      'plans/%2e%2e/x',
      '',
    ];
    const request = fc.record({
      tool: fc.constantFrom('lint_strategy', 'readiness', 'fix_strategy'),
      source: fc.oneof(
        fc.record({ path: fc.constantFrom(...paths) }),
        fc.record({ text: fc.constant(READY), fileName: fc.constantFrom('partner-strategy.yaml', '.', '..', 'a/b/../..', 'x.partner-strategy.yaml') }),
      ),
    });
    const answers = fc.constantFrom<RootsAnswer>(
      { folders: [root] },
      { folders: [root] },
      { folders: [join(root, 'plans')] },
      { folders: [join(root, 'plans')] },
      'fails',
      'empty',
      'not-files',
    );
    const opened: string[] = [];
    let openedInWorld = 0;
    let calls = 0;
    const realOpen = fs.openSync;
    const realRead = fs.readFileSync;
    const record = (path: unknown) => {
      if (typeof path === 'string') opened.push(path);
    };
    // Every read of the server's goes through one of these (readRegularFile opens; nothing of ours reads otherwise).
    (fs as { openSync: unknown }).openSync = (path: FsModule.PathLike, ...rest: unknown[]) => {
      record(path);
      return (realOpen as (...args: unknown[]) => number)(path, ...rest);
    };
    (fs as { readFileSync: unknown }).readFileSync = (path: FsModule.PathOrFileDescriptor, ...rest: unknown[]) => {
      record(path);
      return (realRead as (...args: unknown[]) => unknown)(path, ...rest);
    };
    try {
      await fc.assert(
        fc.asyncProperty(answers, fc.array(request, { minLength: 1, maxLength: 5 }), async (answer, requests) => {
          opened.length = 0;
          const mcp = await connect(ws.path('cwd'), answer);
          try {
            for (const { tool, source } of requests) {
              const result = await mcp.call(tool, source);
              calls++;
              assert.doesNotMatch(JSON.stringify(result), /OUTSIDE|secretFirstKey/, 'nothing of outside in an answer');
            }
          } finally {
            await mcp.close();
          }
          const allowed = answer !== null && typeof answer === 'object' ? answer.folders.map((folder) => realpathSync(folder)) : [];
          for (const path of opened) {
            let real: string;
            try {
              real = realpathSync(path);
            } catch {
              continue;
            }
            // Files of the world the test made: only those inside a root may be opened.
            if (!real.startsWith(world + sep)) continue;
            openedInWorld++;
            assert.ok(
              allowed.some((folder) => !relative(folder, real).startsWith('..')),
              `opened ${real} outside the roots ${allowed.join(', ') || '(none)'}`,
            );
          }
        }),
        { numRuns: 80 },
      );
    } finally {
      (fs as { openSync: unknown }).openSync = realOpen;
      (fs as { readFileSync: unknown }).readFileSync = realRead;
    }
    assert.ok(realRoot.startsWith(world));
    assert.ok(calls >= 80, `${calls} calls`);
    // The recording sees the server at work: a request that reads a strategy is seen opening it.
    opened.length = 0;
    (fs as { openSync: unknown }).openSync = (path: FsModule.PathLike, ...rest: unknown[]) => {
      record(path);
      return (realOpen as (...args: unknown[]) => number)(path, ...rest);
    };
    try {
      const mcp = await connect(ws.path('cwd'), { folders: [root] });
      await mcp.call('readiness', { path: 'plans/partner-strategy.yaml' });
      await mcp.close();
    } finally {
      (fs as { openSync: unknown }).openSync = realOpen;
    }
    assert.ok(
      opened.some((path) => path.endsWith(`${sep}plans${sep}partner-strategy.yaml`)),
      `${openedInWorld} files opened in the world over ${calls} calls; the check saw ${JSON.stringify(opened)}`,
    );
  });
});

describe('MCP server as a process: a request too large or not JSON-RPC is answered, and the server keeps serving', function () {
  this.timeout(120_000);

  it('answers a 20 MB line with an error for its id, a line that is not JSON with a parse error, and goes on', async () => {
    const ws = new Workspace();
    const child = spawn(process.execPath, [CLI, '--mcp'], { cwd: ws.root, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const responses = () =>
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: unknown; result?: unknown; error?: { code: number; message: string } });
    const answered = async (id: unknown) => {
      for (let waited = 0; waited < 60_000; waited += 50) {
        const found = responses().find((response) => response.id === id);
        if (found) return found;
        await new Promise((done) => setTimeout(done, 50));
      }
      throw new Error(`no answer for ${String(id)}: ${stdout.slice(-500)} ${stderr}`);
    };
    const send = (message: object | string) => child.stdin.write(`${typeof message === 'string' ? message : JSON.stringify(message)}\n`);
    try {
      send({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      });
      await answered(1);
      send({ jsonrpc: '2.0', method: 'notifications/initialized' });
      // As the SDK's clients write a request: method and params first, the id last.
      const huge = JSON.stringify({
        method: 'tools/call',
        params: { name: 'lint_strategy', arguments: { text: 'x'.repeat(20 * 1024 * 1024) } },
        jsonrpc: '2.0',
        id: 2,
      });
      send(huge);
      const tooLarge = await answered(2);
      assert.equal(tooLarge.error?.code, -32600);
      assert.match(tooLarge.error?.message ?? '', /larger than \d+ bytes/);
      send('this is not json');
      send({ jsonrpc: '1.0', id: 3, method: 'x' });
      send({ jsonrpc: '2.0', id: 4, method: 'tools/list' });
      const listed = await answered(4);
      assert.equal((listed.result as { tools: unknown[] }).tools.length, 5, 'still serving');
      const errors = responses().filter((response) => response.error);
      assert.ok(
        errors.some((response) => response.id === null && response.error!.code === -32700),
        'a parse error for the line that is not JSON',
      );
      assert.ok(
        errors.some((response) => response.id === 3 && response.error!.code === -32600),
        'an invalid request for JSON that is not JSON-RPC 2.0',
      );
      child.stdin.end();
      const code = await new Promise<number | null>((done) => child.on('close', done));
      assert.equal(code, 0, 'the client leaving ends it cleanly');
    } finally {
      child.kill();
      ws.dispose();
    }
  });

  it('stops with exit code 1 and says why on stderr when it can no longer write its answers', async () => {
    const child = spawn(process.execPath, [CLI, '--mcp'], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const request = (id: number, method: string, params: object = {}) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
    request(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } });
    child.stdout.once('data', () => {
      // The client stops reading: the next answer cannot be written.
      child.stdout.destroy();
      for (let id = 2; id < 5; id++) request(id, 'tools/list');
    });
    const timer = setTimeout(() => child.kill(), 30_000);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /^partnerlint: the MCP server stopped: .*EPIPE/m);
  });

  it('finds the id of a line it could not read whole, at its start or its end', () => {
    assert.equal(idIn('{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"text":"xxx', 'xx"}}'), 7);
    assert.equal(idIn('{"method":"tools/call","params":{"text":"xxx', 'xxx"}},"jsonrpc":"2.0","id":"a-b"}'), 'a-b');
    assert.equal(idIn('{"method":"tools/call","params":{"id":5,"text":"xx', 'xxxx"}}}'), null, 'an id inside the params is not the message’s');
  });
});
