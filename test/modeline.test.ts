/**
 * The schema in editors without the extension: Red Hat's yaml-language-server (what VS Code's YAML extension, Neovim,
 * Helix and others run) validates a strategy that names the schema in its `# yaml-language-server: $schema=` modeline.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromRoot } from './helpers/paths';

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/** Just enough of an LSP client: framing, answers to the server's requests, and the diagnostics it publishes. */
class MiniClient {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly server: ChildProcessWithoutNullStreams) {
    server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  request(method: string, params: object): void {
    this.send({ id: ++this.nextId, method, params });
  }

  async diagnostics(uri: string, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    while (!this.published.has(uri)) {
      assert.ok(Date.now() < deadline, `no diagnostics for ${uri}`);
      await new Promise<void>((done) => {
        this.waiting.push(done);
        setTimeout(done, 200);
      });
    }
    return this.published.get(uri)!;
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {
        id?: number;
        method?: string;
        params?: { uri: string; diagnostics: Diagnostic[]; items?: unknown[] };
      };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      // The server's own requests (configuration, registrations) get plain answers.
      if (message.method && message.id !== undefined)
        this.send({ id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null });
      if (message.method === 'textDocument/publishDiagnostics' && message.params) {
        this.published.set(message.params.uri, message.params.diagnostics);
        for (const done of this.waiting.splice(0)) done();
      }
    }
  }
}

describe("the schema through yaml-language-server's modeline", function () {
  this.timeout(60_000);
  let folder: string;
  let server: ChildProcessWithoutNullStreams;
  let client: MiniClient;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'partnerlint-modeline-'));
    mkdirSync(join(folder, 'schemas'));
    mkdirSync(join(folder, 'plans'));
    copyFileSync(fromRoot('schemas/partner-strategy.schema.json'), join(folder, 'schemas/partner-strategy.schema.json'));
    server = spawn(process.execPath, [fromRoot('node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    client = new MiniClient(server);
    client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
    await new Promise((done) => setTimeout(done, 300));
    client.send({ method: 'initialized', params: {} });
    // No SchemaStore (nothing is downloaded here): only the modeline tells it the schema.
    client.send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } } });
  });
  after(() => {
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  function open(name: string, text: string): string {
    const uri = pathToFileURL(join(folder, 'plans', name)).href;
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
    return uri;
  }

  const MODELINE = '# yaml-language-server: $schema=../schemas/partner-strategy.schema.json\n';

  it('reports what the schema rejects, at its line', async () => {
    const diagnostics = await client.diagnostics(open('broken.partner-strategy.yaml', `${MODELINE}version: 1\ntitle: t\ncolour: red\n`));
    const messages = diagnostics.map((d) => `${d.range.start.line}: ${d.message}`);
    assert.ok(messages.includes('3: Property colour is not allowed.'), messages.join('\n'));
    assert.ok(
      messages.some((m) => m.includes('Missing property "economics"')),
      messages.join('\n'),
    );
  });

  it('finds nothing in a strategy the schema accepts', async () => {
    const sample = readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8');
    assert.deepEqual(await client.diagnostics(open('partner-strategy.yaml', `${MODELINE}${sample}`)), []);
  });
});
