/** Running the bundled CLI (dist/cli.js) as a process, in temporary folders holding strategy files written by the test. */
import { strict as assert } from 'node:assert';
import { run } from '../../src/cli/run';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromRoot } from './paths';
import type { JsonFile } from '../../src/cli/formatters/json';

export const CLI = fromRoot('dist/cli.js');

let forOthers: { node: string; cli: string } | undefined;

/** Whether a user other than the owner may run `file`: every folder above it open to others, the file executable. */
function othersReach(file: string): boolean {
  for (let path = file; dirname(path) !== path; path = dirname(path)) {
    if ((statSync(path).mode & 0o001) === 0) return false;
  }
  return true;
}

/**
 * The bundle (and Node, when it is not where others can run it: the LTS Node the tests also run on sits in the
 * checkout), copied where any user can reach it: a checkout may sit in a folder others cannot enter (a home folder of
 * mode 700, a `mktemp -d`), and a test that runs the CLI as another user must not fail on that. Copied once a run.
 */
function cliOtherUsersReach(): { node: string; cli: string } {
  if (forOthers === undefined) {
    const folder = mkdtempSync(join(tmpdir(), 'partnerlint-cli-'));
    chmodSync(folder, 0o755);
    for (const file of ['cli.js', 'cli-main.js']) copyFileSync(fromRoot('dist', file), join(folder, file));
    let node = process.execPath;
    if (!othersReach(node)) {
      node = join(folder, 'node');
      copyFileSync(process.execPath, node);
      chmodSync(node, 0o755);
    }
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    forOthers = { node, cli: join(folder, 'cli.js') };
  }
  return forOthers;
}

/** The clean base every test varies: it lints without a finding and is judged ready. */
export const BASE = readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8');

/**
 * An environment that does not depend on the machine: English, no colour preference, not inside GitHub Actions.
 * `extra` values of `undefined` remove a variable.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '', FORCE_COLOR: '', GITHUB_STEP_SUMMARY: '' };
  delete env.NODE_OPTIONS;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  /** Run as this user and group (only root may). */
  uid?: number;
  gid?: number;
}

export function runCli(args: readonly string[], options: RunOptions): CliResult {
  const { node, cli } = options.uid === undefined ? { node: process.execPath, cli: CLI } : cliOtherUsersReach();
  const child = spawnSync(node, [cli, ...args], {
    cwd: options.cwd,
    // Another user cannot write the coverage files that c8 asks every child process for. Node copies the variable into
    // a child's environment where it is absent, so it is set empty rather than removed.
    env: cleanEnv(options.uid === undefined ? options.env : { ...options.env, NODE_V8_COVERAGE: '' }),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  });
  if (child.error) throw child.error;
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/**
 * A fresh temporary folder that looks like a repository root (it holds a `.git` folder), so that configuration
 * discovery stops there and never picks up a `.partnerlint.yaml` from above the temporary folder.
 */
export class Workspace {
  readonly root: string;

  constructor() {
    this.root = realpathSync(mkdtempSync(join(tmpdir(), 'partnerlint-cli-')));
    mkdirSync(join(this.root, '.git'));
  }

  path(relativePath: string): string {
    return join(this.root, ...relativePath.split('/'));
  }

  write(relativePath: string, content: string | Buffer): string {
    const path = this.path(relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  read(relativePath: string): string {
    return readFileSync(this.path(relativePath), 'utf8');
  }

  run(args: readonly string[], options: Omit<RunOptions, 'cwd'> & { cwd?: string } = {}): CliResult {
    return runCli(args, { ...options, cwd: options.cwd ? this.path(options.cwd) : this.root });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Replaces exactly one occurrence of `from` in `text` (failing the test when it does not occur exactly once). */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  assert.ok(first >= 0, `the strategy text has no ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, first + 1), -1, `the strategy text has more than one ${JSON.stringify(from)}`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** Several edits in a row. */
export function edits(text: string, ...pairs: [string, string][]): string {
  return pairs.reduce((current, [from, to]) => edit(current, from, to), text);
}

/** The base with LF line ends replaced by CRLF. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Terminal display width: CJK and full-width characters take two columns (for checking stylish's marker). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** The JSON report's shape, as the formatter declares it (docs/reference/cli.md describes it to users). */
export type { JsonFile, JsonFinding as JsonMessage } from '../../src/cli/formatters/json';

/** Runs with `-f json` (in the workspace, or `cwd` relative to it) and parses stdout. */
export function lintJson(
  ws: Workspace,
  args: readonly string[],
  options: Omit<RunOptions, 'cwd'> & { cwd?: string } = {},
): { result: CliResult; files: JsonFile[] } {
  const result = ws.run(['-f', 'json', ...args], options);
  return { result, files: JSON.parse(result.stdout) as JsonFile[] };
}

/** No ANSI escape sequence anywhere. */
export function assertNoAnsi(text: string): void {
  assert.doesNotMatch(text, /\u001b\[/, 'the output holds ANSI escape sequences');
}

/** One warning: target-market-too-small at 18:20-18:23 (`300`). */
export const WARNING_ONLY = edit(BASE, '  targetCompanies: 12000\n', '  targetCompanies: 300\n');

/** One error: no-dedicated-owner at 49:16-49:21 (`false`). */
export const WITH_ERROR = edit(BASE, '    dedicated: true\n', '    dedicated: false\n');

/** One info: kpi-without-due-date at 60:11-60:39 (the KPI's name). */
export const WITH_INFO = edit(BASE, '    due: 2027-03-31\n', '');

/** The purpose block of the base, replaced by the Japanese variant. */
const PURPOSE_BLOCK =
  '  - type: majority-reach\n    segment: kansai-smb\n    description: >-\n      Reach the majority of SMB manufacturers through local IT dealers they already trust.\n';

/** The Japanese text before `sales-capacity` on line 35 of JAPANESE. */
export const JAPANESE_PREFIX = '  - { description: 日本の販売店網を使う, type: ';

/**
 * Japanese text throughout. Two findings: purpose-sales-capacity (warning) at 35:38-35:52, after Japanese text on the same
 * line, and kpi-without-due-date (info) at 57:11 on a Japanese KPI name.
 */
export const JAPANESE = edits(
  BASE,
  ['title: Acme Cloud partner strategy FY2027', 'title: アクメクラウド パートナー戦略 FY2027'],
  ['company: Acme KK', 'company: 株式会社アクメ'],
  ['      name: SMB manufacturers in Kansai', '      name: 関西の中小製造業'],
  [PURPOSE_BLOCK, `${JAPANESE_PREFIX}sales-capacity }\n`],
  ['  - name: Partner-sourced new accounts', '  - name: パートナー経由の新規顧客数'],
  ['    due: 2027-03-31\n', ''],
);

/** Any Japanese letters. */
export const JAPANESE_TEXT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Whether the tests run as root, who alone may start the CLI as another user (and whom chmod 000 does not stop). */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * A user whom a file's mode stops: this one, or, as root (who reads and writes anything), the unprivileged uid 65534,
 * who may then enter the workspace. So that the tests of permissions run under any user, never skipped.
 */
export function modeBoundUser(ws: Workspace): { uid?: number } {
  if (!isRoot()) return {};
  chmodSync(ws.root, 0o755);
  return { uid: 65534 };
}

/**
 * `run(argv, io)` in this process (src/cli/run.ts), with its standard output and error collected: for tests that run the
 * CLI many times (generated inputs), where a process each would cost seconds.
 */
export async function runInProcess(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  // The bundler sets it from package.json; compiled by tsc, the version is the test's.
  Object.assign(globalThis, { PARTNERLINT_VERSION: '0.0.0-test' });
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => new Uint8Array(0),
    isTty: false,
    env: { LANG: 'C', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}
