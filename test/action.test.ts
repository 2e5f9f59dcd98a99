/**
 * The GitHub Action run as GitHub runs it: `node action/index.js` with the environment a runner gives a step (event
 * payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE, INPUT_*), against a stand-in for GitHub's REST API on
 * 127.0.0.1 and a real git repository holding a pull request's base and head.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BASE, cleanEnv, edits } from './helpers/cli';
import { Repo } from './helpers/git';
import { fromRoot } from './helpers/paths';

const ACTION = fromRoot('action/index.js');
const PLAN = 'plans/jp/partner-strategy.yaml';
const REPOSITORY = 'acme/strategies';
const NUMBER = 42;

interface Comment {
  id: number;
  body: string;
}

/** GitHub's issue-comment endpoints, as the action uses them; `failWith` makes every request fail with that status. */
class FakeGitHub {
  readonly comments: Comment[] = [];
  readonly requests: { method: string; url: string; authorization?: string }[] = [];
  failWith?: number;
  private server?: Server;
  private nextId = 1000;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        this.requests.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization });
        const send = (status: number, json?: unknown): void => {
          response.writeHead(status, { 'Content-Type': 'application/json' });
          response.end(json === undefined ? '' : JSON.stringify(json));
        };
        if (this.failWith) return send(this.failWith, { message: 'Server Error' });
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const list = url.pathname === `/repos/${REPOSITORY}/issues/${NUMBER}/comments`;
        const one = /^\/repos\/acme\/strategies\/issues\/comments\/(\d+)$/.exec(url.pathname);
        if (request.method === 'GET' && list) {
          const page = Number(url.searchParams.get('page') ?? 1);
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          return send(200, this.comments.slice((page - 1) * perPage, page * perPage));
        }
        if (request.method === 'POST' && list) {
          const comment = { id: this.nextId++, body: (JSON.parse(body) as { body: string }).body };
          this.comments.push(comment);
          return send(201, comment);
        }
        if (request.method === 'PATCH' && one) {
          const comment = this.comments.find((c) => c.id === Number(one[1]));
          if (!comment) return send(404, { message: 'Not Found' });
          comment.body = (JSON.parse(body) as { body: string }).body;
          return send(200, comment);
        }
        send(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

interface StepResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) outputs[match[1]!] = match[3]!;
  return outputs;
}

describe('GitHub Action', function () {
  this.timeout(120_000);
  let repo: Repo;
  let github: FakeGitHub;
  let apiUrl: string;
  let runner: string;
  let base: string;

  /** One run of the step, as a runner starts it: `node action/index.js` in the workspace. */
  async function step(inputs: Record<string, string>, extra: Record<string, string | undefined> = {}): Promise<StepResult> {
    const output = join(runner, 'output');
    const summary = join(runner, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const event = join(runner, 'event.json');
    const head = repo.git('rev-parse', 'HEAD').trim();
    writeFileSync(
      event,
      JSON.stringify({
        action: 'synchronize',
        number: NUMBER,
        pull_request: { number: NUMBER, state: 'open', title: 'Raise the churn estimate', base: { ref: 'main', sha: base }, head: { ref: 'churn', sha: head } },
        repository: { full_name: REPOSITORY, name: 'strategies', owner: { login: 'acme' } },
        sender: { login: 'sato' },
      }),
    );
    const env = cleanEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: repo.root,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_API_URL: apiUrl,
      GITHUB_TOKEN: undefined,
      INPUT_PATHS: 'plans',
      INPUT_CONFIG: '',
      INPUT_LOCALE: '',
      'INPUT_FAIL-ON': 'error',
      'INPUT_NEW-SINCE': '',
      'INPUT_SARIF-FILE': '',
      'INPUT_HTML-FILE': '',
      INPUT_COMMENT: 'true',
      INPUT_TOKEN: 'ghs_test-token',
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
      ...extra,
    });
    const child = spawn(process.execPath, [ACTION], { cwd: repo.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    return { status, stdout, stderr, outputs: readOutputs(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
  }

  beforeEach(async () => {
    runner = mkdtempSync(join(tmpdir(), 'partnerlint-runner-'));
    github = new FakeGitHub();
    apiUrl = await github.start();
    repo = new Repo();
    repo.write(PLAN, edits(BASE, ['    due: 2027-03-31\n', ''])); // one info finding already at the base
    base = repo.commit('base');
    // The pull request: an error (a bad version) and a warning (high churn) that the base did not have.
    repo.write(PLAN, edits(BASE, ['    due: 2027-03-31\n', ''], ['version: 1', 'version: 2'], ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05']));
    repo.commit('head');
  });
  afterEach(async () => {
    await github.stop();
    repo.dispose();
    rmSync(runner, { recursive: true, force: true });
  });

  it('annotates the new findings, errors first; writes the summary, the outputs and SARIF; comments once; fails on the error', async () => {
    const result = await step({ 'sarif-file': 'partnerlint.sarif', 'html-file': 'reports/partnerlint.html' });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    const kinds = commands.map((line) => line.slice(2, line.indexOf(' ')));
    assert.deepEqual(kinds, ['error', 'warning', 'warning', 'error'], result.stdout);
    assert.match(
      commands[0]!,
      /^::error file=plans\/jp\/partner-strategy\.yaml,line=1,col=10,endLine=1,endColumn=11,title=partnerlint\(schema\)::`version` is `2`/,
    );
    assert.ok(!result.stdout.includes('kpi-without-due-date'), 'the finding the base already had is not annotated');
    assert.equal(commands.at(-1), '::error title=partnerlint::1 finding at or above fail-on: error');

    assert.ok(result.summary.startsWith('## partnerlint\n'), result.summary);
    assert.ok(result.summary.includes('| File | Readiness | New | Fixed |'));
    assert.equal(result.outputs.errors, '1');
    assert.equal(result.outputs.warnings, '2');
    assert.deepEqual(JSON.parse(result.outputs.readiness!), { [PLAN]: 'reconsider' });
    const sarif = JSON.parse(readFileSync(join(repo.root, 'partnerlint.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    assert.equal(sarif.runs[0]!.results.length, 3);
    const html = readFileSync(join(repo.root, 'reports/partnerlint.html'), 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>') && html.includes(`<a href="#file-1">${PLAN}</a>`), html.slice(0, 200));

    assert.equal(github.comments.length, 1);
    assert.ok(github.comments[0]!.body.startsWith('<!-- partnerlint-action-comment -->\n## partnerlint\n'), github.comments[0]!.body);
    assert.ok(github.requests.every((r) => r.authorization === 'Bearer ghs_test-token'));
  });

  it('updates its one comment on the next push, never adding a second', async () => {
    await step({});
    repo.write(PLAN, edits(BASE, ['    due: 2027-03-31\n', ''], ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05']));
    repo.commit('fix the version');
    github.comments.unshift({ id: 7, body: 'LGTM from a person' });
    const second = await step({});
    assert.equal(second.status, 0, 'only warnings are left, and fail-on is error');
    assert.equal(github.comments.length, 2);
    assert.equal(github.comments[0]!.body, 'LGTM from a person', 'another comment is left alone');
    assert.ok(github.comments[1]!.body.includes('0 errors, 2 warnings'), github.comments[1]!.body);
    assert.deepEqual(
      github.requests.map((r) => r.method),
      ['GET', 'POST', 'GET', 'PATCH'],
    );
  });

  it('honours fail-on', async () => {
    assert.equal((await step({ 'fail-on': 'never' })).status, 0);
    repo.write(PLAN, edits(BASE, ['    due: 2027-03-31\n', ''], ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05']));
    repo.commit('warnings only');
    assert.equal((await step({ 'fail-on': 'error' })).status, 0);
    const warning = await step({ 'fail-on': 'warning' });
    assert.equal(warning.status, 1);
    assert.ok(warning.stdout.includes('::error title=partnerlint::2 findings at or above fail-on: warning'));
    const bad = await step({ 'fail-on': 'sometimes' });
    assert.equal(bad.status, 1);
    assert.ok(bad.stdout.includes("::error title=partnerlint::fail-on must be error, warning, info or never, not 'sometimes'"));
  });

  it('reports a missing token or an API error as a warning, without failing the lint itself', async () => {
    const noToken = await step({ 'fail-on': 'never', token: '' });
    assert.equal(noToken.status, 0);
    assert.ok(noToken.stdout.includes('::warning title=partnerlint::no token to comment on the pull request'), noToken.stdout);
    assert.deepEqual(github.requests, []);
    assert.equal(noToken.outputs.errors, '1', 'the lint ran');

    github.failWith = 500;
    const failing = await step({ 'fail-on': 'never' });
    assert.equal(failing.status, 0);
    assert.match(
      failing.stdout,
      /::warning title=partnerlint::could not comment on the pull request \(the lint itself ran\): GET \/repos\/acme\/strategies\/issues\/42\/comments\?per_page=100&page=1: HTTP 500/,
    );
    const withError = await step({});
    assert.equal(withError.status, 1, 'an API error does not hide the error finding');
  });

  it('does not comment with comment: false, and counts every finding outside a pull request', async () => {
    const quiet = await step({ comment: 'false' });
    assert.deepEqual(github.requests, []);
    assert.equal(quiet.outputs.warnings, '2');
    // A push event: no pull request, so no base and no comment.
    writeFileSync(join(runner, 'push.json'), JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: REPOSITORY } }));
    const onPush = await step({}, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(runner, 'push.json') });
    assert.equal(onPush.outputs.warnings, '2');
    assert.ok(onPush.stdout.includes('kpi-without-due-date'), 'every finding counts');
    assert.deepEqual(github.requests, []);
  });

  it('declares its inputs and outputs in action.yml, on Node 24, from the committed files', () => {
    const action = parseYaml(readFileSync(fromRoot('action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    assert.deepEqual(action.runs, { using: 'node24', main: 'action/index.js' });
    assert.deepEqual(Object.keys(action.inputs), ['paths', 'config', 'locale', 'fail-on', 'new-since', 'sarif-file', 'html-file', 'comment', 'token']);
    assert.equal(action.inputs.paths!.default, '.');
    assert.equal(action.inputs['fail-on']!.default, 'error');
    assert.equal(action.inputs.comment!.default, 'true');
    assert.deepEqual(Object.keys(action.outputs), ['errors', 'warnings', 'readiness']);
    const tracked = execFileSync('git', ['ls-files', 'action.yml', 'action'], { cwd: fromRoot('.'), encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    assert.deepEqual(tracked.sort(), ['action.yml', 'action/cli.js', 'action/index.js'], 'GitHub runs the committed files');
  });

  it('has committed bundles equal to a fresh build, so they never go stale', () => {
    const out = mkdtempSync(join(tmpdir(), 'partnerlint-action-build-'));
    try {
      execFileSync(process.execPath, [fromRoot('scripts/build.mjs'), 'validators', 'action'], {
        env: { ...process.env, PARTNERLINT_ACTION_OUT: out },
        stdio: 'pipe',
      });
      for (const file of ['index.js', 'cli.js']) {
        assert.ok(existsSync(join(out, file)));
        assert.ok(
          readFileSync(join(out, file)).equals(readFileSync(fromRoot('action', file))),
          `action/${file} differs from a fresh build: run npm run build:action and commit it`,
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
