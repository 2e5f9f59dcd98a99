/**
 * The MCP server (`partnerlint --mcp`, docs/agents.md) in process: the official SDK's client over its in-memory
 * transport, which also checks every structured result against the tool's output schema. Every tool on the samples, a
 * folder, Japanese, the roots it may read, and hostile input: each a result or a tool error, never a dead server.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { parse as parseYaml } from 'yaml';
import { catalogue, lint, RULE_IDS, rules } from '../../src/core/index';
import type { Locale } from '../../src/core/index';
import { MAX_FILE_BYTES } from '../../src/cli/read';
import { createServer } from '../../src/cli/mcp/server';
import { MAX_FILES, MAX_FINDINGS_PER_FILE } from '../../src/cli/mcp/tools';
import { BASE, cleanEnv, edits, lintJson, Workspace } from '../helpers/cli';
import { HOSTILE_CASES, layOut } from '../helpers/hostile';
import { fromRoot } from '../helpers/paths';

// The bundles get the version from package.json; the compiled modules run here get it so.
Object.assign(globalThis, { PARTNERLINT_VERSION: '0.0.0-test' });

const TOOL_NAMES = ['lint_strategy', 'explain_rule', 'fix_strategy', 'readiness', 'new_strategy'];
const KANTAN = readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml'), 'utf8');

interface Connected {
  client: Client;
  call: (name: string, args: Record<string, unknown>) => Promise<CallToolResult>;
  /** The structured content of a call that must succeed. */
  ok: (name: string, args: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** The message of a call that must be a tool error. */
  error: (name: string, args: Record<string, unknown>) => Promise<string>;
  close: () => Promise<void>;
}

async function connect(cwd: string, options: { locale?: Locale; maxFileSize?: number; roots?: string[] } = {}): Promise<Connected> {
  const server = createServer({
    cwd,
    env: cleanEnv(),
    defaultLocale: 'en',
    config: undefined,
    locale: options.locale,
    maxFileSize: options.maxFileSize ?? MAX_FILE_BYTES,
  });
  const client = new Client({ name: 'partnerlint-test', version: '1.0.0' }, { capabilities: options.roots ? { roots: { listChanged: true } } : {} });
  if (options.roots) {
    const roots = options.roots;
    client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: roots.map((folder) => ({ uri: pathToFileURL(folder).href, name: folder })) }));
  }
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
  return {
    client,
    call,
    ok: async (name, args) => {
      const result = await call(name, args);
      assert.ok(!result.isError, `${name}: ${JSON.stringify(result.content)}`);
      const structured = result.structuredContent as Record<string, unknown>;
      // The text is the same content, for clients that read only text.
      assert.deepEqual(JSON.parse((result.content[0] as { text: string }).text), structured);
      return structured;
    },
    error: async (name, args) => {
      const result = await call(name, args);
      assert.equal(result.isError, true, `${name} should fail: ${JSON.stringify(result.structuredContent)}`);
      assert.equal(result.structuredContent, undefined);
      const text = (result.content[0] as { text: string }).text;
      assert.ok(!/\n\s+at /.test(text), `no stack trace: ${text}`);
      return text;
    },
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

interface LintedFile {
  filePath: string;
  findings: { ruleId: string; message: string; line: number }[];
  omittedFindings?: number;
  readiness: { verdict: string } | null;
  error?: string;
}

describe('MCP server, in process', function () {
  this.timeout(120_000);
  let ws: Workspace;
  let mcp: Connected;
  beforeEach(async () => {
    ws = new Workspace();
    mcp = await connect(ws.root);
  });
  afterEach(async () => {
    await mcp.close();
    ws.dispose();
  });

  it('lists its five tools, each with input and output schemas, annotated read-only', async () => {
    const { tools } = await mcp.client.listTools();
    assert.deepEqual(
      tools.map((t) => t.name),
      TOOL_NAMES,
    );
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object', tool.name);
      assert.equal(tool.outputSchema?.type, 'object', tool.name);
      assert.equal(tool.annotations?.readOnlyHint, true, tool.name);
      assert.equal(tool.annotations?.destructiveHint, false, tool.name);
      assert.ok((tool.description ?? '').length > 40, tool.name);
    }
  });

  it('lint_strategy reports what `partnerlint -f json` reports, for a file, a folder and a text', async () => {
    ws.write('plans/kantan/partner-strategy.yaml', KANTAN);
    ws.write('plans/acme/partner-strategy.yaml', BASE);
    ws.write('plans/notes.yaml', 'not: a strategy\n');
    const json = lintJson(ws, ['plans']);
    const one = (await mcp.ok('lint_strategy', { path: 'plans/kantan/partner-strategy.yaml' })) as { files: LintedFile[] };
    assert.equal(one.files.length, 1);
    const kantan = json.files.find((f) => f.filePath === 'plans/kantan/partner-strategy.yaml')!;
    assert.deepEqual(one.files[0]!.findings, kantan.messages);
    assert.deepEqual(one.files[0]!.readiness, kantan.readiness);

    const folder = (await mcp.ok('lint_strategy', { path: 'plans' })) as { files: LintedFile[]; summary: { files: number; verdicts: Record<string, number> } };
    assert.deepEqual(folder.files.map((f) => f.filePath).sort(), ['plans/acme/partner-strategy.yaml', 'plans/kantan/partner-strategy.yaml']);
    assert.equal(folder.files[0]!.filePath, 'plans/kantan/partner-strategy.yaml', 'files with findings first');
    assert.deepEqual(folder.summary.verdicts, { ready: 1, reconsider: 1, incomplete: 0, none: 0 });

    const text = (await mcp.ok('lint_strategy', { text: KANTAN, fileName: 'kantan.partner-strategy.yaml' })) as { files: LintedFile[] };
    assert.deepEqual(
      text.files[0]!.findings.map((f) => f.ruleId),
      kantan.messages.map((m) => m.ruleId),
    );
  });

  it('readiness gives the verdict, each check with its reasons, and the findings behind them', async () => {
    ws.write('partner-strategy.yaml', KANTAN);
    const result = (await mcp.ok('readiness', { path: 'partner-strategy.yaml' })) as {
      files: { verdict: string; verdictLabel: string; checks: { id: string; status: string; reasons: { ruleId: string | null }[] }[]; findings: unknown[] }[];
    };
    const file = result.files[0]!;
    const expected = lint(KANTAN).readiness!;
    assert.equal(file.verdict, expected.verdict);
    assert.equal(file.verdictLabel, 'reconsider');
    assert.deepEqual(
      file.checks.map((c) => [c.id, c.status]),
      Object.entries(expected.checks).map(([id, check]) => [id, check.status]),
    );
    assert.ok(file.checks.find((c) => c.id === 'ltv')!.reasons.some((r) => r.ruleId === 'ltv-too-low'));
    assert.equal(file.findings.length, lint(KANTAN).findings.length);
  });

  it('explain_rule gives title, rationale, what to do and the docs page, in English and Japanese', async () => {
    for (const locale of ['en', 'ja'] as const) {
      const rule = rules.find((r) => r.meta.id === 'ltv-too-low')!;
      const result = (await mcp.ok('explain_rule', { ruleId: 'ltv-too-low', locale })) as Record<string, string | null>;
      assert.equal(result.title, rule.meta.title[locale]);
      assert.equal(result.rationale, rule.meta.rationale[locale]);
      assert.equal(result.readinessCheck, catalogue(locale).checks.ltv);
      assert.equal(result.docsUrl, rule.meta.docsUrl);
      assert.ok(result.whatToDo!.length > 40, result.whatToDo!);
      assert.ok(result.docs!.length > result.whatToDo!.length);
      assert.equal(/[\u3040-\u30ff]/.test(result.whatToDo!), locale === 'ja');
    }
    for (const id of RULE_IDS) assert.ok(((await mcp.ok('explain_rule', { ruleId: id })).docs as string).startsWith(`# \`${id}\``), id);
    assert.equal(await mcp.error('explain_rule', { ruleId: '__proto__' }), "there is no rule '__proto__'");
  });

  it('fix_strategy returns the fixed text and what it applied, and writes nothing', async () => {
    const misspelt = edits(BASE, ['    type: local-king', '    type: local-kign']);
    const file = ws.write('partner-strategy.yaml', misspelt);
    const result = (await mcp.ok('fix_strategy', { path: 'partner-strategy.yaml' })) as { fixedText: string; changed: boolean; applied: { ruleId: string }[] };
    assert.equal(result.fixedText, BASE);
    assert.equal(result.changed, true);
    assert.equal(result.applied.length, 1);
    assert.equal(readFileSync(file, 'utf8'), misspelt, 'the file is as it was');
    assert.deepEqual(await mcp.ok('fix_strategy', { text: BASE }), { fixedText: BASE, changed: false, applied: [] });
  });

  it('new_strategy gives the template, with any company and product name as plain strings', async () => {
    const company = 'Acme "KK"\n# not a comment: {x}';
    const result = (await mcp.ok('new_strategy', { company, product: 'ナビ: 2.0', locale: 'ja' })) as { fileName: string; text: string };
    assert.equal(result.fileName, 'partner-strategy.yaml');
    const data = parseYaml(result.text) as { company: string; product: { name: string } };
    assert.equal(data.company, company);
    assert.equal(data.product.name, 'ナビ: 2.0');
    assert.ok(lint(result.text, { locale: 'ja' }).findings.every((f) => f.ruleId !== 'syntax'));
    assert.match(result.text, /[\u3040-\u30ff]/, 'Japanese comments');
  });

  it('serves the schema and the rules as resources', async () => {
    const { resources } = await mcp.client.listResources();
    const uris = resources.map((r) => r.uri);
    assert.ok(uris.includes('partnerlint://schema/partner-strategy') && uris.includes('partnerlint://rules'));
    assert.equal(uris.filter((uri) => uri.startsWith('partnerlint://rules/')).length, RULE_IDS.length);
    const schema = await mcp.client.readResource({ uri: 'partnerlint://schema/partner-strategy' });
    assert.deepEqual(
      JSON.parse((schema.contents[0] as { text: string }).text),
      JSON.parse(readFileSync(fromRoot('schemas/partner-strategy.schema.json'), 'utf8')),
    );
    const list = JSON.parse(((await mcp.client.readResource({ uri: 'partnerlint://rules' })).contents[0] as { text: string }).text) as { id: string }[];
    assert.deepEqual(
      list.map((r) => r.id),
      [...RULE_IDS],
    );
    const page = ((await mcp.client.readResource({ uri: 'partnerlint://rules/no-kpis' })).contents[0] as { text: string }).text;
    assert.ok(page.startsWith('# `no-kpis`') && page.includes('## 日本語'));
    await assert.rejects(mcp.client.readResource({ uri: 'partnerlint://rules/nope' }));
  });

  it('answers in Japanese when started with --locale ja', async () => {
    const ja = await connect(ws.root, { locale: 'ja' });
    try {
      ws.write('partner-strategy.yaml', KANTAN);
      const result = (await ja.ok('lint_strategy', { path: 'partner-strategy.yaml' })) as { files: LintedFile[] };
      assert.ok(result.files[0]!.findings.every((f) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(f.message)));
      assert.equal(((await ja.ok('readiness', { path: 'partner-strategy.yaml' })) as { files: { verdictLabel: string }[] }).files[0]!.verdictLabel, '要再検討');
      assert.match(await ja.error('lint_strategy', { path: 'missing.partner-strategy.yaml' }), /がありません$/);
    } finally {
      await ja.close();
    }
  });

  describe('bad input: a tool error with a clear message, and the server goes on', () => {
    it('refuses paths outside the working folder, as written or through a link', async () => {
      const outside = new Workspace();
      try {
        const secret = outside.write('partner-strategy.yaml', BASE);
        symlinkSync(secret, ws.path('linked.partner-strategy.yaml'));
        mkdirSync(ws.path('plans'));
        symlinkSync(secret, ws.path('plans/partner-strategy.yaml'));
        for (const path of [
          '../../etc/passwd',
          '/etc/passwd',
          secret,
          'linked.partner-strategy.yaml',
          `${ws.root}/../${secret.split('/').slice(-2).join('/')}`,
        ]) {
          assert.match(await mcp.error('lint_strategy', { path }), /is outside the folders this server may read/, path);
          assert.match(await mcp.error('fix_strategy', { path }), /is outside the folders this server may read/, path);
        }
        // A folder's strategy that links out of it is named, and not read.
        const folder = (await mcp.ok('lint_strategy', { path: 'plans' })) as { files: LintedFile[] };
        assert.deepEqual(
          folder.files.map((f) => [f.filePath, f.findings.length]),
          [['plans/partner-strategy.yaml', 0]],
        );
        assert.match(folder.files[0]!.error!, /is outside the folders this server may read/);
      } finally {
        outside.dispose();
      }
    });

    it("reads only inside the client's roots when it gives them", async () => {
      ws.write('team/partner-strategy.yaml', BASE);
      ws.write('other/partner-strategy.yaml', BASE);
      const rooted = await connect(ws.root, { roots: [ws.path('team')] });
      try {
        assert.equal(((await rooted.ok('lint_strategy', { path: 'partner-strategy.yaml' })) as { files: LintedFile[] }).files.length, 1);
        assert.match(await rooted.error('lint_strategy', { path: ws.path('other/partner-strategy.yaml') }), /outside the folders/);
        assert.match(await rooted.error('lint_strategy', { path: '../other/partner-strategy.yaml' }), /outside the folders/);
      } finally {
        await rooted.close();
      }
    });

    it('says what is wrong with a missing path, a folder without strategies, a non-strategy file, a large, binary or FIFO file', async () => {
      ws.write('empty/readme.md', '# nothing\n');
      ws.write('notes.yaml', 'title: x\n');
      ws.write('big/partner-strategy.yaml', `${BASE}\n# ${'x'.repeat(5000)}\n`);
      ws.write('binary/partner-strategy.yaml', Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x01]));
      mkdirSync(ws.path('fifo'));
      assert.equal(spawnSync('mkfifo', [ws.path('fifo/partner-strategy.yaml')]).status, 0);
      const small = await connect(ws.root, { maxFileSize: 4096 });
      try {
        assert.equal(await small.error('lint_strategy', { path: 'nope/partner-strategy.yaml' }), "'nope/partner-strategy.yaml' does not exist");
        assert.match(await small.error('lint_strategy', { path: 'empty' }), /^no strategy file in 'empty'/);
        assert.match(await small.error('lint_strategy', { path: 'notes.yaml' }), /^'notes.yaml' is not a strategy file/);
        assert.match(await small.error('lint_strategy', { path: 'big/partner-strategy.yaml' }), /^cannot lint 'big\/partner-strategy.yaml': .*(larger|large)/);
        assert.match(await small.error('lint_strategy', { path: 'binary/partner-strategy.yaml' }), /^cannot lint 'binary\/partner-strategy.yaml': /);
        assert.match(await small.error('lint_strategy', { path: 'fifo/partner-strategy.yaml' }), /^cannot lint 'fifo\/partner-strategy.yaml': .*FIFO/i);
        assert.match(await small.error('fix_strategy', { path: 'fifo/partner-strategy.yaml' }), /FIFO/i);
        assert.equal(await small.error('lint_strategy', {}), 'give either `path` or `text`');
        assert.equal(await small.error('lint_strategy', { path: 'x', text: 'y' }), 'give either `path` or `text`');
        // The server still answers.
        assert.equal((await small.client.listTools()).tools.length, 5);
      } finally {
        await small.close();
      }
    });

    it('reports an alias bomb as the finding that says so; readiness says there is no verdict', async () => {
      const bomb = HOSTILE_CASES.find((c) => c.name.startsWith('alias bomb, 9 levels'))!.files['partner-strategy.yaml'] as string;
      const result = (await mcp.ok('lint_strategy', { text: bomb })) as { files: LintedFile[] };
      assert.deepEqual(
        result.files[0]!.findings.map((f) => f.ruleId),
        ['syntax'],
      );
      assert.equal(result.files[0]!.readiness, null);
      assert.match(await mcp.error('readiness', { text: bomb }), /^the file does not parse, so there is no verdict: .*alias/i);
    });

    it('lints a folder of every hostile case the CLI is tested with, naming each file', async () => {
      for (const [i, hostile] of HOSTILE_CASES.entries()) {
        if (hostile.args || hostile.asOtherUser) continue;
        layOut(ws.path(`cases/${i}`), hostile.files);
      }
      const result = (await mcp.ok('lint_strategy', { path: 'cases' })) as { files: LintedFile[]; omittedFiles?: number; summary: { files: number } };
      assert.ok(result.summary.files > 20, `${result.summary.files} files`);
      for (const file of result.files) assert.ok(file.error !== undefined || file.findings.length > 0 || file.readiness !== null, file.filePath);
    });

    it('never fails on generated text: a result or a tool error, for every tool', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('lint_strategy', 'readiness', 'fix_strategy'), async (text, tool) => {
          const result = await mcp.call(tool, { text, fileName: '../x/partner-strategy.yaml' });
          assert.ok(result.isError === true || result.structuredContent !== undefined);
        }),
        { numRuns: 60 },
      );
    });

    it('keeps results small on a folder of 1,000 files: capped files and findings, with counts of the rest', async () => {
      const noisy = edits(BASE, ['kpis:\n', `kpis:\n${Array.from({ length: 60 }, (_, i) => `  - { name: KPI ${i}, target: 1 }\n`).join('')}`]);
      for (let i = 0; i < 1000; i++) ws.write(`many/team-${String(i).padStart(4, '0')}/partner-strategy.yaml`, i === 500 ? noisy : BASE);
      const result = await mcp.call('lint_strategy', { path: 'many' });
      const content = result.structuredContent as { files: LintedFile[]; omittedFiles: number; summary: { files: number } };
      assert.equal(content.files.length, MAX_FILES);
      assert.equal(content.omittedFiles, 1000 - MAX_FILES);
      assert.equal(content.summary.files, 1000);
      const first = content.files[0]!;
      assert.equal(first.filePath, 'many/team-0500/partner-strategy.yaml', 'the file with findings first');
      assert.equal(first.findings.length, MAX_FINDINGS_PER_FILE);
      assert.equal(first.omittedFindings, 60 - MAX_FINDINGS_PER_FILE);
      const size = (result.content[0] as { text: string }).text.length;
      assert.ok(size < 100_000, `${size} characters`);
    });
  });
});
