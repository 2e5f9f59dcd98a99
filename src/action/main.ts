/**
 * The GitHub Action (docs/ci.md, "GitHub Action"): runs the CLI bundled beside it (action/cli.js) as a process,
 * so that GitHub annotates its findings and the job summary gets its report, then sets the step's outputs and keeps one
 * pull-request comment up to date through the REST API. A failure to comment is a warning: it never fails the lint.
 */
import { spawn } from 'node:child_process';
import { actionTexts } from './texts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { appendToFile, makeFolder } from '../node/write-file';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The hidden marker that finds the action's comment again on later pushes. */
export const COMMENT_MARKER = '<!-- partnerlint-action-comment -->';

type FailOn = 'error' | 'warning' | 'info' | 'never';

interface Inputs {
  paths: string[];
  config: string;
  locale: string;
  failOn: FailOn;
  newSince: string;
  sarifFile: string;
  htmlFile: string;
  comment: boolean;
  token: string;
}

interface PullRequestEvent {
  pull_request?: { number?: number; base?: { sha?: string } };
  repository?: { full_name?: string };
}

interface JsonFile {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  readiness: { verdict: string } | null;
  removed?: boolean;
}

/** An input as GitHub passes it: `INPUT_` and the name in capitals, spaces as underscores, dashes kept. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function readInputs(env: NodeJS.ProcessEnv, event: PullRequestEvent): Inputs {
  const failOn = input(env, 'fail-on') || 'error';
  const locale = input(env, 'locale');
  const texts = actionTexts(locale, env);
  if (!['error', 'warning', 'info', 'never'].includes(failOn)) throw new Error(texts.badFailOn(failOn));
  if (locale !== '' && locale !== 'en' && locale !== 'ja') throw new Error(texts.badLocale(locale));
  return {
    paths: input(env, 'paths').split(/\s+/).filter(Boolean),
    config: input(env, 'config'),
    locale,
    failOn: failOn as FailOn,
    // Default: the pull request's base commit; outside pull requests, every finding counts.
    newSince: input(env, 'new-since') || event.pull_request?.base?.sha || '',
    sarifFile: input(env, 'sarif-file'),
    htmlFile: input(env, 'html-file'),
    comment: input(env, 'comment') !== 'false',
    token: input(env, 'token') || env.GITHUB_TOKEN || '',
  };
}

/** GitHub's workflow commands print to the log; `::warning::` makes an annotation of the step's own trouble. */
function warn(message: string): void {
  process.stdout.write(`::warning title=partnerlint::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
}

/** Sets a step output, in the multi-line form GitHub documents, with a delimiter the value cannot contain. */
function setOutput(file: string | undefined, name: string, value: string): void {
  if (!file) return;
  let delimiter = 'partnerlint_output';
  while (value.includes(delimiter)) delimiter += '_';
  appendToFile(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, failed) => {
    // The CLI's annotations and messages go straight to the step's log.
    const child = spawn(process.execPath, [join(__dirname, 'cli.js'), ...args], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', failed);
    child.on('close', (code) => done(code ?? 2));
  });
}

/** The GitHub REST API, with plain fetch. */
async function api(env: NodeJS.ProcessEnv, token: string, method: string, path: string, body?: object): Promise<unknown> {
  const base = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'partnerlint-action',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
  return response.status === 204 ? undefined : response.json();
}

/** One comment on the pull request: found again by its marker and updated in place, never a second one. */
async function upsertComment(env: NodeJS.ProcessEnv, token: string, repository: string, number: number, markdown: string): Promise<'created' | 'updated'> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  for (let page = 1; ; page++) {
    const comments = (await api(env, token, 'GET', `/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`)) as {
      id: number;
      body?: string;
    }[];
    const ours = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
    if (ours) {
      await api(env, token, 'PATCH', `/repos/${repository}/issues/comments/${ours.id}`, { body });
      return 'updated';
    }
    if (comments.length < 100) break;
  }
  await api(env, token, 'POST', `/repos/${repository}/issues/${number}/comments`, { body });
  return 'created';
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const event = (env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {}) as PullRequestEvent;
  const inputs = readInputs(env, event);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const scratch = mkdtempSync(join(tmpdir(), 'partnerlint-action-'));
  try {
    const json = join(scratch, 'report.json');
    const markdown = join(scratch, 'report.md');
    const args = [
      ...inputs.paths,
      ...(inputs.config ? ['--config', inputs.config] : []),
      ...(inputs.locale ? ['--locale', inputs.locale] : []),
      ...(inputs.newSince ? [`--new-since=${inputs.newSince}`] : []),
      '-f',
      'github',
      '-f',
      'json',
      '-o',
      json,
      '-f',
      'markdown',
      '-o',
      markdown,
      ...(inputs.sarifFile ? ['-f', 'sarif', '-o', resolve(workspace, inputs.sarifFile)] : []),
      ...(inputs.htmlFile ? ['-f', 'html', '-o', resolve(workspace, inputs.htmlFile)] : []),
    ];
    // The report files' folders are made (`reports/partnerlint.html`); one that cannot be is the CLI's to report.
    for (const file of [inputs.sarifFile, inputs.htmlFile].filter(Boolean)) {
      try {
        makeFolder(dirname(resolve(workspace, file)));
      } catch {}
    }
    const status = await runCli(args, workspace, env);
    let files: JsonFile[] = [];
    try {
      files = JSON.parse(readFileSync(json, 'utf8')) as JsonFile[];
    } catch {
      // The run failed before any report (bad arguments, a bad ref): the CLI has said why.
    }
    const errors = files.reduce((n, f) => n + f.errorCount, 0);
    const warnings = files.reduce((n, f) => n + f.warningCount, 0);
    const infos = files.reduce((n, f) => n + f.infoCount, 0);
    setOutput(env.GITHUB_OUTPUT, 'errors', String(errors));
    setOutput(env.GITHUB_OUTPUT, 'warnings', String(warnings));
    setOutput(
      env.GITHUB_OUTPUT,
      'readiness',
      JSON.stringify(Object.fromEntries(files.filter((f) => !f.removed).map((f) => [f.filePath, f.readiness?.verdict ?? null]))),
    );

    const number = event.pull_request?.number;
    const repository = env.GITHUB_REPOSITORY || event.repository?.full_name;
    if (inputs.comment && number !== undefined && repository && files.length > 0) {
      if (!inputs.token) warn(actionTexts(inputs.locale, env).noToken);
      else {
        try {
          await upsertComment(env, inputs.token, repository, number, readFileSync(markdown, 'utf8'));
        } catch (error) {
          warn(actionTexts(inputs.locale, env).cannotComment(error instanceof Error ? error.message : String(error)));
        }
      }
    }

    if (status === 2) return 1; // the run itself failed: the CLI said why
    const failing = { error: errors, warning: errors + warnings, info: errors + warnings + infos, never: 0 }[inputs.failOn];
    if (failing > 0) {
      process.stdout.write(`::error title=partnerlint::${actionTexts(inputs.locale, env).failing(failing, inputs.failOn)}\n`);
      return 1;
    }
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stdout.write(`::error title=partnerlint::${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
