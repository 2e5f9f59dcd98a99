/**
 * The language server as a process on stdio, driven by the client side of `vscode-languageserver-protocol`: exact
 * ranges (UTF-16 and UTF-8), Japanese text and CRLF, a burst of changes, code actions, hover, completion, the custom
 * requests, and a request that fails inside the server without stopping it.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  CodeActionRequest,
  CodeLensRequest,
  ExecuteCommandRequest,
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  InitializeResult,
  InlayHint,
  Location,
  ProtocolConnection,
  PublishDiagnosticsParams,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { findRule, lint, rules } from '../../src/core/index';
import { docsUrl } from '../../src/core/rule';
import fc from 'fast-check';
import { HOSTILE_CASES } from '../helpers/hostile';
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
  /** What the server asked the editor to show (window/showMessage). */
  readonly shown: { type: number; message: string }[] = [];
  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    readonly initialized: InitializeResult,
  ) {}

  /** `folders`: paths on disk, or URIs of other schemes; `more`: what a client with its own files adds. */
  static async start(
    capabilities: object = {},
    locale?: string,
    workspaceFolders: string[] = [],
    settings?: object,
    more: { initializationOptions?: object; answers?: Record<string, (params: never) => unknown> } = {},
  ): Promise<Client> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => {
      published.push(params);
    });
    // The server asks to watch files where the client can: the test answers as an editor would.
    connection.onRequest('client/registerCapability', () => null);
    const shown: { type: number; message: string }[] = [];
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      shown.push(params);
    });
    // The `partnerlint` section, for a client that has settings.
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings ?? null));
    for (const [method, answer] of Object.entries(more.answers ?? {})) connection.onRequest(method, answer);
    connection.listen();
    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: workspaceFolders.map((folder) => ({ uri: folder.includes(':') ? folder : pathToFileURL(folder).href, name: basename(folder) })),
      ...(locale ? { locale } : {}),
      ...(more.initializationOptions ? { initializationOptions: more.initializationOptions } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const client = new Client(child, connection, initialized);
    (client as { published: PublishDiagnosticsParams[] }).published = published;
    (client as { shown: { type: number; message: string }[] }).shown = shown;
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  /** The diagnostics of `uri` for `version` (a file read from disk has none), once published; `after`: skip earlier ones. */
  async diagnostics(uri: string, version: number | undefined, timeoutMs = 10_000, after = 0): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.slice(after).find((p) => p.uri === uri && p.version === version);
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
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
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

  it("speaks Japanese when the client's locale is Japanese", async () => {
    client = await Client.start({}, 'ja');
    await client.open(URI, JAPANESE);
    const { diagnostics } = await client.diagnostics(URI, 1);
    assert.match(messageOf(diagnostics.find((d) => d.code === 'high-churn')!), /^月次解約率/);
  });

  it('counts UTF-8 bytes when the client negotiates utf-8, in diagnostics and in the changes it sends', async () => {
    client = await Client.start({ general: { positionEncodings: ['utf-8', 'utf-16'] } });
    assert.equal(client.initialized.capabilities.positionEncoding, 'utf-8');
    const before = '  - {name: 関西OAシステムズ, type: ';
    const text = edit(READY, [
      '  - name: Kansai OA Systems\n    type: local-king\n    segments: [kansai-smb]\n    customerRelationships: true',
      `${before}local-kign, segments: [kansai-smb], customerRelationships: true}`,
    ]);
    const line = text.split('\n').findIndex((l) => l.startsWith(before));
    const start = Buffer.byteLength(before);
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI, 1);
    const value = diagnostics.find((d) => d.code === 'schema')!;
    assert.deepEqual(value.range, { start: { line, character: start }, end: { line, character: start + 10 } }, 'bytes, not UTF-16 units');
    // The fix sent back in bytes lands on the value.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: value.range, text: 'local-king' }],
    });
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
    assert.deepEqual(
      client.published.slice(before).map((p) => p.version),
      [201],
      'no stale version is published',
    );
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
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: key.range,
      context: { diagnostics: [key] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to `monthlyPrice`'), titles.join('\n'));
    assert.ok(titles.includes('Disable schema for this line'));
    assert.ok(titles.includes('Show documentation for schema'));
    const fix = actions.find((a) => a.title === 'Change to `monthlyPrice`')!;
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.edit?.documentChanges, [{ textDocument: { uri: URI, version: 1 }, edits: [{ range: key.range, newText: 'monthlyPrice' }] }]);
    const all = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.partnerlint'] },
    })) as CodeAction[];
    assert.equal(all.length, 1);
    assert.equal(all[0]!.kind, 'source.fixAll.partnerlint');
    assert.deepEqual(
      (all[0]!.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits.map((e) => e.newText),
      ['monthlyPrice', 'local-king'],
    );
  });

  it('answers hover and completion from the schema and the rules', async () => {
    client = await Client.start();
    await client.open(URI, JAPANESE);
    await client.diagnostics(URI, 1);
    const onKey = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: { line: CHURN_LINE, character: 4 },
    })) as Hover;
    assert.match((onKey.contents as { value: string }).value, /^\*\*monthlyChurnRate\*\* — Share of accounts that cancel each month/);
    assert.deepEqual(onKey.range, { start: { line: CHURN_LINE, character: 2 }, end: { line: CHURN_LINE, character: 18 } });
    const onFinding = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: { line: CHURN_LINE, character: 21 },
    })) as Hover;
    assert.match((onFinding.contents as { value: string }).value, /^\*\*partnerlint\(high-churn\)\*\* Customers must stay long enough/);
    const text = edit(READY, ['  pricing: per-user', '  pricing: ']);
    await client.open('file:///tmp/partnerlint-protocol/other.partner-strategy.yaml', text);
    const line = text.split('\n').indexOf('  pricing: ');
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: 'file:///tmp/partnerlint-protocol/other.partner-strategy.yaml' },
      position: { line, character: 11 },
    })) as CompletionItem[];
    assert.deepEqual(
      items.map((i) => i.label),
      ['per-account', 'per-user'],
    );
  });

  it('follows the settings of a client that has them: lints on save only with run: onSave, in the locale set', async () => {
    client = await Client.start({ workspace: { configuration: true } }, 'en', [], { run: 'onSave', locale: 'ja' });
    await new Promise((done) => setTimeout(done, 200));
    await client.open(URI, READY);
    await client.diagnostics(URI, 1);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ text: JAPANESE }],
    });
    await new Promise((done) => setTimeout(done, 600));
    assert.ok(!client.published.some((p) => p.version === 2), 'not linted as typed');
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: URI } });
    const { diagnostics } = await client.diagnostics(URI, 2);
    assert.match(messageOf(diagnostics.find((d) => d.code === 'high-churn')!), /^月次解約率/);
  });

  it('answers partnerlint/readiness and partnerlint/preview', async () => {
    client = await Client.start();
    await client.open(URI, READY);
    await client.diagnostics(URI, 1);
    const readiness = (await client.connection.sendRequest('partnerlint/readiness', { uri: URI })) as { verdict: string; locale: string; checks: object };
    assert.deepEqual([readiness.verdict, readiness.locale, Object.keys(readiness.checks).length], ['ready', 'en', 7]);
    const preview = (await client.connection.sendRequest('partnerlint/preview', { uri: URI })) as { model: { title: string }; locale: string };
    assert.equal(preview.model.title, 'Acme Cloud partner strategy FY2027');
    assert.equal(preview.locale, 'en');
    assert.equal(await client.connection.sendRequest('partnerlint/preview', { uri: 'file:///not/a-strategy.yaml' }), null);
    const broken = 'file:///tmp/partnerlint-protocol/broken.partner-strategy.yaml';
    await client.open(broken, 'version: [1\n');
    const { diagnostics } = await client.diagnostics(broken, 1);
    const problem = ((await client.connection.sendRequest('partnerlint/preview', { uri: broken })) as { model: { problem: { message: string; line: number } } })
      .model.problem;
    assert.deepEqual(
      problem,
      { message: messageOf(diagnostics[0]!), line: diagnostics[0]!.range.start.line + 1, column: diagnostics[0]!.range.start.character + 1 },
      'the preview says what is wrong',
    );
  });

  it('answers partnerlint/rules with every rule in the language asked for, for a rule picker', async () => {
    client = await Client.start();
    const ja = (await client.connection.sendRequest('partnerlint/rules', { locale: 'ja' })) as {
      id: string;
      defaultSeverity: string;
      title: string;
      docsUrl: string;
    }[];
    assert.deepEqual(
      ja.map((r) => r.id),
      rules.map((r) => r.meta.id),
    );
    const churn = ja.find((r) => r.id === 'high-churn')!;
    assert.deepEqual(
      [churn.defaultSeverity, churn.title, churn.docsUrl],
      [findRule('high-churn')!.meta.defaultSeverity, findRule('high-churn')!.meta.title.ja, docsUrl('high-churn')],
    );
  });

  it("checks the settings' rules as a configuration file is checked, says what is wrong once, and lints with the rest", async () => {
    client = await Client.start({ workspace: { configuration: true } }, 'en', [], { rules: { 'high-chrun': 'off' } });
    await client.open(URI, JAPANESE);
    const { diagnostics } = await client.diagnostics(URI, 1);
    assert.ok(
      diagnostics.some((d) => d.code === 'high-churn'),
      'the misspelt rule turned nothing off',
    );
    assert.equal(client.shown.length, 1, JSON.stringify(client.shown));
    assert.equal(client.shown[0]!.type, 2);
    assert.match(client.shown[0]!.message, /^partnerlint: settings \(partnerlint\.\*\): .*high-chrun.*`high-churn`/);
  });

  it("opens a rule's page through the editor (window/showDocument) where it can, and says false where it cannot", async () => {
    const asked: unknown[] = [];
    client = await Client.start({ window: { showDocument: { support: true } } }, 'en', [], undefined, {
      answers: {
        'window/showDocument': (params: unknown) => {
          asked.push(params);
          return { success: true };
        },
      },
    });
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'partnerlint.showRuleDocs', arguments: ['high-churn'] }), true);
    assert.deepEqual(asked, [{ uri: docsUrl('high-churn'), external: true }]);
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'partnerlint.showRuleDocs', arguments: ['no-such-rule'] }), false);
    await client.stop();
    client = await Client.start();
    assert.equal(
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'partnerlint.showRuleDocs', arguments: ['high-churn'] }),
      false,
      'a client without showDocument',
    );
  });

  it('answers code actions for the text as it is now, before the debounced lint has run', async () => {
    client = await Client.start();
    await client.open(URI, READY);
    await client.diagnostics(URI, 1);
    const text = edit(READY, ['  monthlyPrice: 5000', '  monthlyPrise: 5000']);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
    const line = text.split('\n').findIndex((l) => l.startsWith('  monthlyPrise'));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line, character: 2 }, end: { line, character: 2 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.ok(
      actions.some((a) => a.title === 'Change to `monthlyPrice`'),
      JSON.stringify(actions.map((a) => a.title)),
    );
    const fix = actions.find((a) => a.title === 'Change to `monthlyPrice`')!;
    assert.equal((fix.edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 2, 'tied to the version it was computed for');
  });

  it('leaves YAML files that are not strategies alone, unless extraFiles names them', async () => {
    client = await Client.start({ workspace: { configuration: true } }, 'en', [], { extraFiles: ['**/plans/*.plan.yaml'] });
    const compose = 'file:///tmp/partnerlint-protocol/docker-compose.yaml';
    const extra = 'file:///tmp/partnerlint-protocol/plans/kansai.plan.yaml';
    await client.open(compose, 'services:\n  web:\n    image: nginx\n');
    await client.open(extra, JAPANESE);
    await client.open(URI, JAPANESE);
    assert.deepEqual((await client.diagnostics(extra, 1)).diagnostics.map((d) => d.code).sort(), ['high-churn', 'ltv-too-low']);
    await client.diagnostics(URI, 1);
    assert.deepEqual(
      client.published.filter((p) => p.uri === compose),
      [],
      'no diagnostics for docker-compose.yaml',
    );
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: compose }, position: { line: 0, character: 2 } }), null);
    assert.deepEqual(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: compose }, position: { line: 1, character: 2 } }), []);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: compose } }), []);
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

describe('language server: navigation, inlay hints and the code lens', function () {
  this.timeout(30_000);
  let client: Client;
  /** A second segment, used by a purpose and by a partner's list: one definition, two references. */
  const TEXT = edit(
    READY,
    ['      companies: 4000', '      companies: 4000\n    - id: tokai-smb\n      name: 東海の中小製造業\n      status: new'],
    ['    segments: [kansai-smb]', '    segments: [kansai-smb, tokai-smb]'],
  ).replace('purposes:\n', "purposes:\n  - type: new-segment\n    segment: 'tokai-smb'\n");
  const lines = TEXT.split('\n');
  const lineOf = (needle: string): number => lines.findIndex((l) => l.includes(needle));
  const rangeOf = (
    needle: string,
    within: string,
    occurrence = 0,
  ): { start: { line: number; character: number }; end: { line: number; character: number } } => {
    const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes(within));
    const [l, line] = candidates[occurrence]!;
    const character = l.indexOf(needle, l.indexOf(within));
    return { start: { line, character }, end: { line, character: character + needle.length } };
  };

  beforeEach(async () => {
    client = await Client.start();
    await client.open(URI, TEXT);
    await client.diagnostics(URI, 1);
  });
  afterEach(async () => client.stop());

  it('gives the outline: sections, and segments, purposes, partners and KPIs by name', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Product: Acme Cloud', 'Market', 'Economics', 'Purposes', 'Organization', 'Partners', 'KPIs'],
    );
    const market = symbols[1]!;
    assert.deepEqual(
      market.children!.map((s) => s.name),
      ['SMB manufacturers in Kansai', '東海の中小製造業'],
    );
    assert.deepEqual(market.selectionRange, { start: { line: lineOf('market:'), character: 0 }, end: { line: lineOf('market:'), character: 6 } });
    assert.deepEqual(
      symbols[3]!.children!.map((s) => s.name),
      ['new-segment', 'majority-reach'],
    );
    assert.deepEqual(
      symbols[6]!.children!.map((s) => s.name),
      ['Partner-sourced new accounts'],
    );
  });

  it('goes from a use of a segment id to its definition, and finds every use', async () => {
    const use = rangeOf('tokai-smb', 'segments: [kansai-smb, tokai-smb]');
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: use.start })) as Location[];
    assert.deepEqual(definition, [{ uri: URI, range: rangeOf('tokai-smb', '- id: tokai-smb') }]);
    const references = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: URI },
      position: definition[0]!.range.start,
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(
      references.map((r) => r.range),
      [rangeOf('tokai-smb', "segment: 'tokai-smb'"), use],
      'the quoted one without its quotes',
    );
    const highlights = (await client.connection.sendRequest(DocumentHighlightRequest.type, {
      textDocument: { uri: URI },
      position: use.start,
    })) as DocumentHighlight[];
    assert.deepEqual(
      highlights.map((h) => h.kind),
      [3, 2, 2],
    );
  });

  it('renames a segment id everywhere, and refuses a bad or a taken id with a clear message', async () => {
    const use = rangeOf('tokai-smb', 'segments: [kansai-smb, tokai-smb]');
    const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI }, position: use.start })) as {
      range: object;
      placeholder: string;
    };
    assert.deepEqual(prepared, { range: use, placeholder: 'tokai-smb' });
    const renamed = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: URI },
      position: use.start,
      newName: 'chubu-smb',
    })) as WorkspaceEdit;
    const edits = (renamed.documentChanges![0] as { edits: { range: object; newText: string }[] }).edits;
    assert.deepEqual(
      edits.map((e) => e.newText),
      ['chubu-smb', 'chubu-smb', 'chubu-smb'],
    );
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position: use.start, newName: 'Chubu SMB' }),
      /`Chubu SMB` is not a segment id/,
    );
    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position: use.start, newName: 'kansai-smb' }),
      /The segment id `kansai-smb` is already defined/,
    );
    await assert.rejects(
      client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 0 } }),
      /Only a segment id can be renamed here/,
    );
  });

  it('completes segment ids where a segment id is expected', async () => {
    const text = TEXT.replace("    segment: 'tokai-smb'\n", '    segment: \n');
    await client.open('file:///tmp/partnerlint-protocol/complete.partner-strategy.yaml', text);
    const line = text.split('\n').indexOf('    segment: ');
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: 'file:///tmp/partnerlint-protocol/complete.partner-strategy.yaml' },
      position: { line, character: 13 },
    })) as CompletionItem[];
    assert.deepEqual(
      items.map((i) => i.label),
      ['kansai-smb', 'tokai-smb'],
    );
  });

  it('shows the LTV per account after monthlyPrice and the verdict on line 1', async () => {
    const hints = (await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
    })) as InlayHint[];
    // The same computation as the rule's: the core's figures for this text.
    const { ltv } = lint(TEXT);
    const money = (value: number): string => `JPY ${Math.round(value).toLocaleString('en-US')}`;
    assert.deepEqual(
      hints.map((h) => [h.position, h.label]),
      [
        [
          { line: lineOf('monthlyPrice:'), character: '  monthlyPrice: 5000'.length },
          ` LTV per account ${money(ltv!.ltv)}, partner's share ${money(ltv!.partnerShare!)}`,
        ],
      ],
    );
    assert.ok(ltv!.ltv > 8_680_000 && ltv!.ltv < 8_681_000, 'about JPY 8.68 million, as docs/reference/readiness.md works it out');
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } })) as CodeLens[];
    assert.deepEqual(
      lenses.map((l) => [l.range.start, l.command?.title, l.command?.command]),
      [[{ line: 0, character: 0 }, 'partnerlint readiness: ready', 'partnerlint.openPreview']],
    );
  });
});

describe('language server: the readiness request explains its verdict (rules v2)', function () {
  this.timeout(30_000);
  let client: Client;
  afterEach(async () => client.stop());

  it('gives each check that is not clear its reasons: the finding (rule, line) or the input named without one', async () => {
    client = await Client.start();
    const text = READY.replace('budget: approved', 'budget: requested')
      .replace('    name: Sato', '    name: TBD – recruiting')
      .replace('  expertise: medium\n', '');
    await client.open(URI, text);
    const { diagnostics } = await client.diagnostics(URI, 1);
    type Reason = { ruleId: string | null; line: number | null; message: string; status: string };
    const readiness = (await client.connection.sendRequest('partnerlint/readiness', { uri: URI })) as {
      verdict: string;
      checks: Record<string, { status: string; reasons: Reason[] }>;
    };
    assert.equal(readiness.verdict, 'incomplete');
    const budget = diagnostics.find((d) => d.code === 'no-budget')!;
    assert.deepEqual(
      readiness.checks.executive!.reasons.map((r) => [r.ruleId, r.line, r.status]),
      [['no-budget', budget.range.start.line + 1, 'unknown']],
    );
    const owner = diagnostics.find((d) => d.code === 'placeholder-text')!;
    assert.deepEqual(
      readiness.checks.owner!.reasons.map((r) => [r.ruleId, r.line]),
      [['placeholder-text', owner.range.start.line + 1]],
    );
    assert.deepEqual(
      readiness.checks.expertise!.reasons.map((r) => [r.ruleId, r.line]),
      [[null, null]],
    );
    assert.match(readiness.checks.expertise!.reasons[0]!.message, /`product\.expertise`/);
    for (const check of Object.values(readiness.checks)) assert.equal(check.status === 'clear', check.reasons.length === 0);
  });
});

describe('language server: the workspace on disk', function () {
  this.timeout(30_000);
  let folder: string;
  let client: Client;
  const write = (path: string, text: string): string => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
    return pathToFileURL(join(folder, path)).href;
  };
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'partnerlint-workspace-'));
    mkdirSync(join(folder, '.git'));
  });
  afterEach(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lints every strategy file of the workspace folders, open or not, and follows the files the client watches', async () => {
    const plan = write('plans/jp.partner-strategy.yaml', JAPANESE);
    write('node_modules/dep/partner-strategy.yaml', 'version: 2\n');
    write('.archive/partner-strategy.yaml', 'version: 2\n');
    client = await Client.start({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, undefined, [folder]);
    const first = await client.diagnostics(plan, undefined);
    assert.deepEqual(first.diagnostics.map((d) => d.code).sort(), ['high-churn', 'ltv-too-low']);
    await new Promise((done) => setTimeout(done, 300));
    assert.deepEqual([...new Set(client.published.map((p) => p.uri))], [plan], 'node_modules and dot-folders are skipped');

    // A configuration that turns a rule off re-lints its strategies.
    let mark = client.published.length;
    const config = write('.partnerlint.yaml', 'rules:\n  high-churn: off\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: config, type: 1 }] });
    assert.deepEqual(
      (await client.diagnostics(plan, undefined, 10_000, mark)).diagnostics.map((d) => d.code),
      ['ltv-too-low'],
    );

    mark = client.published.length;
    write('plans/jp.partner-strategy.yaml', READY);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: plan, type: 2 }] });
    assert.deepEqual((await client.diagnostics(plan, undefined, 10_000, mark)).diagnostics, []);

    mark = client.published.length;
    write('plans/jp.partner-strategy.yaml', 'version: 2\n');
    unlinkSync(join(folder, 'plans/jp.partner-strategy.yaml'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: plan, type: 3 }] });
    assert.deepEqual((await client.diagnostics(plan, undefined, 10_000, mark)).diagnostics, [], 'a deleted file leaves the Problems panel');
  });

  it('speaks Japanese about every file a `locale: ja` configuration covers, to an English client: messages, verdict and reasons', async () => {
    write('jp/.partnerlint.yaml', 'locale: ja\n');
    const plan = write('jp/partner-strategy.yaml', READY.replace('budget: approved', 'budget: requested'));
    const other = write('us/partner-strategy.yaml', READY.replace('budget: approved', 'budget: requested'));
    client = await Client.start({}, 'en', [folder]);
    await client.open(plan, READY.replace('budget: approved', 'budget: requested'));
    await client.open(other, READY.replace('budget: approved', 'budget: requested'));
    const japanese = await client.diagnostics(plan, 1);
    assert.match(messageOf(japanese.diagnostics[0]!), /[\u3040-\u30ff]/);
    type Readiness = { verdict: string; locale: string; checks: Record<string, { reasons: { message: string }[] }> };
    const ja = (await client.connection.sendRequest('partnerlint/readiness', { uri: plan })) as Readiness;
    assert.equal(ja.locale, 'ja');
    assert.match(ja.checks.executive!.reasons[0]!.message, /申請中/);
    const preview = (await client.connection.sendRequest('partnerlint/preview', { uri: plan })) as {
      model: { readiness: { label: string; checks: { label: string; statusLabel: string }[] } };
    };
    assert.equal(preview.model.readiness.label, '情報不足');
    assert.ok(
      preview.model.readiness.checks.every((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c.label + c.statusLabel)),
      JSON.stringify(preview.model.readiness.checks),
    );
    await client.diagnostics(other, 1);
    const en = (await client.connection.sendRequest('partnerlint/readiness', { uri: other })) as Readiness;
    assert.equal(en.locale, 'en');
    assert.doesNotMatch(en.checks.executive!.reasons[0]!.message, /[\u3040-\u30ff]/);
  });

  it('forgets a deleted strategy whose event the watcher dropped, once another deletion is reported', async () => {
    const first = write('a/partner-strategy.yaml', JAPANESE);
    const second = write('b/partner-strategy.yaml', JAPANESE);
    client = await Client.start({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, undefined, [folder]);
    await client.diagnostics(first, undefined);
    await client.diagnostics(second, undefined);
    const mark = client.published.length;
    rmSync(join(folder, 'a'), { recursive: true });
    rmSync(join(folder, 'b'), { recursive: true });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: first, type: 3 }] });
    assert.deepEqual((await client.diagnostics(second, undefined, 10_000, mark)).diagnostics, [], 'its diagnostics cleared without an event of its own');
  });

  it('never ignores a bad configuration: an error on it, and the strategy says so at line 1', async () => {
    const plan = write('plans/partner-strategy.yaml', JAPANESE);
    const config = write('.partnerlint.yaml', 'rules:\n  high-chrun: off\n');
    client = await Client.start({}, undefined, [folder]);
    const onPlan = await client.diagnostics(plan, undefined);
    assert.deepEqual(
      onPlan.diagnostics.map((d) => [d.severity, d.range.start]),
      [[1, { line: 0, character: 0 }]],
    );
    assert.match(messageOf(onPlan.diagnostics[0]!), /\.partnerlint\.yaml:2:3: .*rename it to `high-churn`/);
    const onConfig = await client.diagnostics(config, undefined);
    assert.deepEqual(
      onConfig.diagnostics.map((d) => [d.severity, d.range.start]),
      [[1, { line: 1, character: 2 }]],
    );
  });

  it('shows the findings the workspace baseline covers as Information, marked (baselined)', async () => {
    const plan = write('plans/partner-strategy.yaml', JAPANESE);
    write(
      '.partnerlint-baseline.json',
      JSON.stringify({ version: 1, files: { 'plans/partner-strategy.yaml': { 'high-churn': { '/economics/monthlyChurnRate': 1 } } } }),
    );
    client = await Client.start({}, undefined, [folder]);
    const { diagnostics } = await client.diagnostics(plan, undefined);
    const churn = diagnostics.find((d) => d.code === 'high-churn')!;
    assert.equal(churn.severity, 3);
    assert.ok(messageOf(churn).endsWith('reduce churn before recruiting partners. (baselined)'), messageOf(churn));
    assert.equal(diagnostics.find((d) => d.code === 'ltv-too-low')!.severity, 2, 'the rest as they are');
  });

  it('says why a file of the workspace is not linted: not UTF-8 text', async () => {
    mkdirSync(join(folder, 'plans'), { recursive: true });
    writeFileSync(join(folder, 'plans/bin.partner-strategy.yaml'), Buffer.from([0x76, 0x00, 0xff, 0x0a]));
    client = await Client.start({}, undefined, [folder]);
    const { diagnostics } = await client.diagnostics(pathToFileURL(join(folder, 'plans/bin.partner-strategy.yaml')).href, undefined);
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, messageOf(d)]),
      [[3, 'Skipped: the file is not UTF-8 text.']],
    );
  });

  it('lints the workspace again on partnerlint/lintWorkspace, and previews a strategy that is not open', async () => {
    const plan = write('plans/jp.partner-strategy.yaml', JAPANESE);
    write('partner-strategy.yaml', READY);
    client = await Client.start({}, undefined, [folder]);
    await client.diagnostics(plan, undefined);
    await client.open(URI, READY);
    const mark = client.published.length;
    assert.equal(await client.connection.sendRequest('partnerlint/lintWorkspace', null), 3, 'two files on disk and one open document');
    assert.deepEqual(
      [...new Set(client.published.slice(mark).map((p) => p.uri))].sort(),
      [URI, plan, pathToFileURL(join(folder, 'partner-strategy.yaml')).href].sort(),
    );
    const preview = (await client.connection.sendRequest('partnerlint/preview', { uri: plan })) as { model: { readiness: { verdict: string } } };
    assert.equal(preview.model.readiness.verdict, 'reconsider');
  });

  it('gets diagnostics for open documents with defaults from a client without configuration or watched files', async () => {
    client = await Client.start({}, undefined, []);
    await client.open(URI, JAPANESE);
    assert.ok((await client.diagnostics(URI, 1)).diagnostics.length > 0);
  });
});

describe('language server: a workspace only the client can read', function () {
  this.timeout(30_000);
  let client: Client;
  afterEach(async () => client?.stop());

  it('lists and reads the files of a virtual workspace folder through partnerlint/findFiles and partnerlint/readFile', async () => {
    const files = new Map<string, string>([
      ['memfs:/ws/plans/partner-strategy.yaml', JAPANESE],
      ['memfs:/ws/plans/.partnerlint.yaml', 'rules:\n  high-churn: off\n'],
      ['memfs:/ws/notes.yaml', 'a: 1\n'],
    ]);
    const asked: string[] = [];
    client = await Client.start({}, undefined, ['memfs:/ws'], undefined, {
      initializationOptions: { clientFiles: true },
      answers: {
        'partnerlint/findFiles': ({ folder }: { folder: string }) => [...files.keys()].filter((uri) => uri.startsWith(`${folder}/`)),
        'partnerlint/readFile': ({ uri }: { uri: string }) => {
          asked.push(uri);
          const text = files.get(uri);
          return text === undefined ? { missing: true } : { text };
        },
      },
    });
    const { diagnostics } = await client.diagnostics('memfs:/ws/plans/partner-strategy.yaml', undefined);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['ltv-too-low'],
      'the .partnerlint.yaml beside it turned high-churn off',
    );
    assert.ok(
      asked.includes('memfs:/ws/plans/.partnerlint.yaml') && asked.includes('memfs:/ws/.partnerlint.yaml'),
      `configuration looked up to the folder: ${asked.join(', ')}`,
    );
    assert.ok(!asked.includes('memfs:/.partnerlint.yaml'), 'never above the workspace folder');
    assert.ok(!client.published.some((p) => p.uri === 'memfs:/ws/notes.yaml'), 'only strategies');
  });
});

describe('language server: hostile and generated texts', function () {
  this.timeout(120_000);
  let client: Client;
  afterEach(async () => client?.stop());

  /** Every request at `position` of `uri`: each answers, and none with an internal error. */
  async function askEverything(uri: string, position: { line: number; character: number }): Promise<void> {
    const textDocument = { uri };
    const range = { start: position, end: position };
    const requests: [string, object][] = [
      [HoverRequest.method, { textDocument, position }],
      [CompletionRequest.method, { textDocument, position }],
      [CodeActionRequest.method, { textDocument, range, context: { diagnostics: [] } }],
      [DocumentSymbolRequest.method, { textDocument }],
      [DefinitionRequest.method, { textDocument, position }],
      [ReferencesRequest.method, { textDocument, position, context: { includeDeclaration: true } }],
      [DocumentHighlightRequest.method, { textDocument, position }],
      [InlayHintRequest.method, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } } }],
      [CodeLensRequest.method, { textDocument }],
      ['partnerlint/preview', { uri }],
      ['partnerlint/readiness', { uri }],
    ];
    for (const [method, params] of requests) {
      try {
        await client.connection.sendRequest(method, params);
      } catch (error) {
        assert.notEqual((error as { code?: number }).code, -32603, `${method} failed inside the server: ${String(error)}`);
      }
    }
  }

  it('answers every request on the hostile inputs of the CLI tests, and keeps serving', async () => {
    client = await Client.start();
    let n = 0;
    for (const hostile of HOSTILE_CASES) {
      for (const entry of Object.values(hostile.files)) {
        if (typeof entry !== 'string' || entry.length > 1024 * 1024) continue;
        const uri = `file:///tmp/partnerlint-hostile/${n++}/partner-strategy.yaml`;
        await client.open(uri, entry);
        await client.diagnostics(uri, 1, 30_000);
        await askEverything(uri, { line: 2, character: 3 });
      }
    }
    assert.ok(n >= 10, `${n} hostile texts`);
    await client.open(URI, READY);
    assert.deepEqual((await client.diagnostics(URI, 1)).diagnostics, [], 'still serving');
  });

  it('answers every request at any position of generated texts: mutations of a strategy, Japanese, CRLF, tabs, control characters', async () => {
    client = await Client.start();
    let n = 0;
    const text = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', ':', ' ', '\n', '\r\n', '\t', '-', '[', '{', '&', '*', '#', '"', '日', '本', '\u0000', '\u001b', '\ud83d\ude00'),
        maxLength: 200,
      }),
      fc.tuple(fc.nat(READY.length), fc.nat(40), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => READY.slice(0, at) + insert + READY.slice(at + cut)),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.nat(60), fc.nat(80), async (generated, line, character) => {
        const uri = `file:///tmp/partnerlint-generated/${n++}.partner-strategy.yaml`;
        await client.open(uri, generated);
        await client.diagnostics(uri, 1);
        await askEverything(uri, { line, character });
      }),
      { numRuns: 60 },
    );
    await client.open(URI, READY);
    assert.deepEqual((await client.diagnostics(URI, 1)).diagnostics, [], 'still serving');
  });
});
