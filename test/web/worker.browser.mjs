// The language server's browser build (dist/web/server.js) in a real browser's worker: Chromium, a page on 127.0.0.1,
// `new Worker('/server.js')`, and the page speaking LSP to it over postMessage as vscode-languageclient/browser does,
// once as an English client and once as a Japanese one.
// It has no Node and no disk: it reads and lists the workspace's files through the client (a memfs-like table here).
// This is the worker the web extension starts on vscode.dev and github.dev; code-server (test/web/web.ui.mjs) makes no
// worker for an extension it holds, so that path is tested here.
//   node test/web/worker.browser.mjs      (after `node scripts/vscode-host.mjs setup`, which installs Chromium)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import core from '../../out/src/core/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sample = readFileSync(join(root, 'samples/acme-cloud.partner-strategy.yaml'), 'utf8');
const opened = sample.replace('    dedicated: true\n', '    dedicated: false\n');
const unopened = sample.replace('  targetCompanies: 12000\n', '  targetCompanies: 300\n');
assert.notEqual(opened, sample);
assert.notEqual(unopened, sample);
const files = {
  'memfs:/w/plans/opened.partner-strategy.yaml': opened,
  'memfs:/w/plans/unopened.partner-strategy.yaml': unopened,
  'memfs:/w/notes/readme.yaml': 'not: a strategy\n',
};

const server = createServer((request, response) => {
  if (request.url === '/server.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(readFileSync(join(root, 'dist/web/server.js')));
  } else if (request.url === '/') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>partnerlint worker</title>');
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && errors.push(message.text())));
  await page.goto(base);
  /** One session of a client with VS Code's display language `locale`, in a fresh worker. */
  const sessionIn = (locale) =>
    page.evaluate(
      async ({ files, openUri, locale }) => {
        const worker = new Worker('/server.js', { name: 'partnerlint language server' });
        const pending = new Map();
        const diagnostics = new Map();
        const asked = [];
        let id = 0;
        let published = () => {};
        worker.onmessage = ({ data }) => {
          if (data.method === undefined) {
            pending.get(data.id)?.(data);
            return;
          }
          if (data.id !== undefined) {
            // A request of the server's: the files only the client can read, the settings, a registration.
            asked.push(data.method);
            let result = null;
            if (data.method === 'partnerlint/findFiles') result = Object.keys(files).filter((uri) => uri.startsWith(`${data.params.folder}/`));
            else if (data.method === 'partnerlint/readFile')
              result = Object.hasOwn(files, data.params.uri) ? { text: files[data.params.uri] } : { missing: true };
            else if (data.method === 'workspace/configuration') result = data.params.items.map(() => null);
            worker.postMessage({ jsonrpc: '2.0', id: data.id, result });
          } else if (data.method === 'textDocument/publishDiagnostics') {
            diagnostics.set(data.params.uri, data.params.diagnostics);
            published();
          }
        };
        // Every wait has a deadline: a request unanswered in 30 s fails the step, saying which.
        const request = (method, params) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no answer to ${method} in 30 s; the server asked for ${JSON.stringify(asked)}`)), 30_000);
            pending.set(++id, (answer) => {
              clearTimeout(timer);
              resolve(answer);
            });
            worker.postMessage({ jsonrpc: '2.0', id, method, params });
          });
        const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
        const until = (check) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timed out; diagnostics of ${JSON.stringify([...diagnostics.keys()])}`)), 30_000);
            published = () => {
              if (!check()) return;
              clearTimeout(timer);
              resolve();
            };
            published();
          });

        const initialize = await request('initialize', {
          processId: null,
          locale,
          rootUri: 'memfs:/w',
          workspaceFolders: [{ uri: 'memfs:/w', name: 'w' }],
          capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
          initializationOptions: { clientFiles: true },
        });
        notify('initialized', {});
        await until(() => diagnostics.has('memfs:/w/plans/unopened.partner-strategy.yaml'));
        notify('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'yaml', version: 1, text: files[openUri] } });
        await until(() => diagnostics.get(openUri)?.length > 0);
        const line = files[openUri].split('\n').findIndex((text) => text.startsWith('  pricing:'));
        const hover = await request('textDocument/hover', { textDocument: { uri: openUri }, position: { line, character: 4 } });
        const shutdown = await request('shutdown', null);
        notify('exit', null);
        return {
          capabilities: Object.keys(initialize.result.capabilities),
          diagnostics: Object.fromEntries(diagnostics),
          hover: hover.result,
          shutdown,
          asked,
        };
      },
      { files, openUri: 'memfs:/w/plans/opened.partner-strategy.yaml', locale },
    );
  const session = await sessionIn('en');
  const japanese = await sessionIn('ja');

  const lspOf = (text) => core.lint(text).findings.map((finding) => [finding.ruleId, finding.range.start.line - 1, finding.range.start.column - 1]);
  const shown = (uri) => session.diagnostics[uri].map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character]);
  assert.deepEqual(shown('memfs:/w/plans/opened.partner-strategy.yaml'), lspOf(opened), "the open document, at the core's positions");
  assert.deepEqual(shown('memfs:/w/plans/unopened.partner-strategy.yaml'), lspOf(unopened), 'a workspace file nobody opened, read through the client');
  assert.deepEqual(
    lspOf(opened).map(([rule]) => rule),
    ['no-dedicated-owner'],
  );
  assert.deepEqual(
    lspOf(unopened).map(([rule]) => rule),
    ['target-market-too-small'],
  );
  assert.ok(!('memfs:/w/notes/readme.yaml' in session.diagnostics), 'a YAML file that is no strategy gets nothing');
  assert.ok(session.asked.includes('partnerlint/findFiles') && session.asked.includes('partnerlint/readFile'), JSON.stringify(session.asked));
  for (const capability of ['hoverProvider', 'completionProvider', 'codeActionProvider']) assert.ok(session.capabilities.includes(capability), capability);
  assert.match(JSON.stringify(session.hover), /per-user: a price per user/);
  // In Japanese: the messages the core gives in Japanese, and the schema's Japanese words on hover.
  for (const [uri, text] of [
    ['memfs:/w/plans/opened.partner-strategy.yaml', opened],
    ['memfs:/w/plans/unopened.partner-strategy.yaml', unopened],
  ]) {
    assert.deepEqual(
      japanese.diagnostics[uri].map((diagnostic) => diagnostic.message),
      core.lint(text, { locale: 'ja' }).findings.map((finding) => finding.message),
    );
  }
  assert.match(japanese.diagnostics['memfs:/w/plans/opened.partner-strategy.yaml'][0].message, /[ぁ-んァ-ン一-龯]/);
  assert.match(JSON.stringify(japanese.hover), /各社のユーザー1人ごとの価格/);
  assert.equal(session.shutdown.error, undefined);
  assert.deepEqual(errors, []);
  console.log(
    `worker.browser: the server's browser build answered in Chromium's worker, in English and Japanese: ${Object.keys(session.diagnostics).length} files' diagnostics, hover, shutdown`,
  );
} finally {
  await browser.close();
  server.close();
}
