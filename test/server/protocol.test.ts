/**
 * The language server as a process on stdio, driven by the client side of `vscode-languageserver-protocol`: exact
 * ranges (UTF-16 and UTF-8), Japanese text and CRLF, a burst of changes, code actions, hover, completion, the custom
 * requests, and a request that fails inside the server without stopping it.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  CodeActionRequest, CompletionRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { CodeAction, CompletionItem, Diagnostic, Hover, InitializeResult, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { READY, edit } from '../helpers/strategy';
import { fromRoot } from '../helpers/paths';

const SERVER = fromRoot('dist/server.js');

/** A diagnostic's message as text (LSP 3.18 allows markup; this server sends text). */
function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** A client of one server process, collecting the diagnostics it publishes. */
class Client {
  readonly published: PublishDiagnosticsParams[] = [];
  private constructor(readonly process: ChildProcessWithoutNullStreams, readonly connection: ProtocolConnection, readonly initialized: InitializeResult) {}

  static async start(capabilities: object = {}, locale?: string): Promise<Client> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => {
      published.push(params);
    });
    connection.listen();
    const initialized = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, ...(locale ? { locale } : {}) });
    await connection.sendNotification(InitializedNotification.type, {});
    const client = new Client(child, connection, initialized);
    (client as { published: PublishDiagnosticsParams[] }).published = published;
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  /** The diagnostics of `uri` for `version`, once published. */
  async diagnostics(uri: string, version: number, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && p.version === version);
      if (found) return found;
      assert.ok(Date.now() < deadline, `no diagnostics of ${uri} at version ${version}; got ${JSON.stringify(this.published.map((p) => [p.uri, p.version]))}`);
      await new Promise((done) => setTimeout(done, 20));
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
    this.process.kill();
  }
}

const URI = 'file:///tmp/partnerlint-protocol/plans/partner-strategy.yaml';
/** Japanese on the finding's line, before its value, so UTF-16 and UTF-8 columns differ. */
const JAPANESE = edit(READY, ['  monthlyChurnRate: 0.01', '  monthlyChurnRate: 0.05 # 直近6か月の平均']);
const CHURN_LINE = JAPANESE.split('\n').findIndex((line) => line.startsWith('  monthlyChurnRate'));

describe('language server: protocol', function () {
  this.timeout(30_000);
  let client: Client;
  afterEach(async () => client?.stop());

  it('announces its capabilities, in UTF-16 positions by default', async () => {
    client = await Client.start();
    const { capabilities, serverInfo } = client.initialized;
    assert.equal(serverInfo?.name, 'partnerlint-language-server');
    assert.equal(capabilities.positionEncoding, 'utf-16');
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(capabilities.hoverProvider && capabilities.completionProvider && capabilities.codeActionProvider);
  });

  it('publishes diagnostics with exact ranges, the rule id, its docs and the source, with CRLF line ends', async () => {
    client = await Client.start();
    await client.open(URI, JAPANESE.replace(/\n/g, '\r\n'));
    const { diagnostics } = await client.diagnostics(URI, 1);
    const churn = diagnostics.find((d) => d.code === 'high-churn')!;
    assert.deepEqual(churn.range, { start: { line: CHURN_LINE, character: 20 }, end: { line: CHURN_LINE, character: 24 } });
    assert.equal(churn.severity, 2);
    assert.equal(churn.source, 'partnerlint');
    assert.equal(churn.codeDescription?.href, 'https://github.com/partnerlint/partnerlint/blob/main/docs/rules/high-churn.md');
  });

  it('speaks Japanese when the client\'s locale is Japanese', async () => {
    client = await Client.start({}, 'ja');
    await client.open(URI, JAPANESE);
    const { diagnostics } = await client.diagnostics(URI, 1);
    assert.match(messageOf(diagnostics.find((d) => d.code === 'high-churn')!), /^月次解約率/);
  });

  it('counts UTF-8 bytes when the client negotiates utf-8, in diagnostics and in the changes it sends', async () => {
    client = await Client.start({ general: { positionEncodings: ['utf-8', 'utf-16'] } });
    assert.equal(client.initialized.capabilities.positionEncoding, 'utf-8');
    const before = '  - {name: 関西OAシステムズ, type: ';
    const text = edit(READY, ['  - name: Kansai OA Systems\n    type: local-king\n    segments: [kansai-smb]\n    customerRelationships: true', `${before}local-kign, segments: [kansai-smb], customerRelationships: true}`]);
    const line = text.split('\n').findIndex((l) => l.startsWith(before));
    const start = Buffer.byteLength(before);
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI, 1);
    const value = diagnostics.find((d) => d.code === 'schema')!;
    assert.deepEqual(value.range, { start: { line, character: start }, end: { line, character: start + 10 } }, 'bytes, not UTF-16 units');
    // The fix sent back in bytes lands on the value.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: value.range, text: 'local-king' }] });
    assert.deepEqual((await client.diagnostics(URI, 2)).diagnostics, []);
  });

  it('ends a burst of 200 changes with diagnostics for the last version only', async () => {
    client = await Client.start();
    await client.open(URI, READY);
    await client.diagnostics(URI, 1);
    const before = client.published.length;
    const companiesLine = READY.split('\n').findIndex((line) => line.startsWith('  targetCompanies'));
    for (let version = 2; version <= 201; version++) {
      const value = String(100 + version).padStart(5, ' ');
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version },
        contentChanges: [{ text: READY.replace('targetCompanies: 12000', `targetCompanies: ${value.trim()}`) }],
      });
    }
    const last = await client.diagnostics(URI, 201);
    assert.deepEqual(client.published.slice(before).map((p) => p.version), [201], 'no stale version is published');
    const small = last.diagnostics.find((d) => d.code === 'target-market-too-small')!;
    assert.match(messageOf(small), /is 301,/);
    assert.equal(small.range.start.line, companiesLine);
  });

  it('offers quick fixes and source.fixAll.partnerlint, tied to the document version', async () => {
    client = await Client.start();
    const text = edit(READY, ['  monthlyPrice: 5000', '  monthlyPrise: 5000'], ['type: local-king', 'type: local-kign']);
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI, 1);
    const key = diagnostics.find((d) => messageOf(d).includes('monthlyPrise'))!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: key.range, context: { diagnostics: [key] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to `monthlyPrice`'), titles.join('\n'));
    assert.ok(titles.includes('Disable schema for this line'));
    assert.ok(titles.includes('Show documentation for schema'));
    const fix = actions.find((a) => a.title === 'Change to `monthlyPrice`')!;
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.edit?.documentChanges, [{ textDocument: { uri: URI, version: 1 }, edits: [{ range: key.range, newText: 'monthlyPrice' }] }]);
    const all = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.partnerlint'] } })) as CodeAction[];
    assert.equal(all.length, 1);
    assert.equal(all[0]!.kind, 'source.fixAll.partnerlint');
    assert.deepEqual((all[0]!.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits.map((e) => e.newText), ['monthlyPrice', 'local-king']);
  });

  it('answers hover and completion from the schema and the rules', async () => {
    client = await Client.start();
    await client.open(URI, JAPANESE);
    await client.diagnostics(URI, 1);
    const onKey = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: CHURN_LINE, character: 4 } })) as Hover;
    assert.match((onKey.contents as { value: string }).value, /^\*\*monthlyChurnRate\*\* — Share of accounts that cancel each month/);
    assert.deepEqual(onKey.range, { start: { line: CHURN_LINE, character: 2 }, end: { line: CHURN_LINE, character: 18 } });
    const onFinding = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: CHURN_LINE, character: 21 } })) as Hover;
    assert.match((onFinding.contents as { value: string }).value, /^\*\*partnerlint\(high-churn\)\*\* Customers must stay long enough/);
    const text = edit(READY, ['  pricing: per-user', '  pricing: ']);
    await client.open('file:///tmp/partnerlint-protocol/other.partner-strategy.yaml', text);
    const line = text.split('\n').findIndex((l) => l === '  pricing: ');
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///tmp/partnerlint-protocol/other.partner-strategy.yaml' }, position: { line, character: 11 } })) as CompletionItem[];
    assert.deepEqual(items.map((i) => i.label), ['per-account', 'per-user']);
  });

  it('answers partnerlint/readiness and partnerlint/preview', async () => {
    client = await Client.start();
    await client.open(URI, READY);
    await client.diagnostics(URI, 1);
    const readiness = (await client.connection.sendRequest('partnerlint/readiness', { uri: URI })) as { verdict: string };
    assert.equal(readiness.verdict, 'ready');
    const preview = (await client.connection.sendRequest('partnerlint/preview', { uri: URI })) as { title: string; readiness: { verdict: string } };
    assert.equal(preview.title, 'Acme Cloud partner strategy FY2027');
    assert.equal(await client.connection.sendRequest('partnerlint/preview', { uri: 'file:///not/open.yaml' }), null);
  });

  it('answers a request that fails inside it with an error, and keeps serving', async () => {
    client = await Client.start();
    await client.open(URI, READY);
    await client.diagnostics(URI, 1);
    await assert.rejects(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI } } as never), /partnerlint: hover failed/);
    await assert.rejects(client.connection.sendRequest('partnerlint/readiness', null), /partnerlint: readiness failed/);
    const readiness = (await client.connection.sendRequest('partnerlint/readiness', { uri: URI })) as { verdict: string };
    assert.equal(readiness.verdict, 'ready', 'still serving');
  });
});
