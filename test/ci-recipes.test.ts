/** Every recipe of docs/ci.md, run as written: the partnerlint commands of each, and the action with its inputs. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BASE, Workspace, cleanEnv, edits } from './helpers/cli';
import { fromRoot } from './helpers/paths';

const RECIPES = readFileSync(fromRoot('docs/ci.md'), 'utf8');

/** The YAML block under the `## ` heading that starts with `heading`. */
function recipe(heading: string): unknown {
  const section = RECIPES.split(/^## /m).find((s) => s.startsWith(heading));
  assert.ok(section, `docs/ci.md has no section "${heading}"`);
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, `the section "${heading}" has no yaml block`);
  return parseYaml(block);
}

/** `npx partnerlint …` as the recipe writes it, run with this checkout's CLI in the workspace. */
function runPartnerlint(ws: Workspace, command: string): { status: number | null; stdout: string; stderr: string } {
  const [npx, name, ...args] = command.trim().split(/\s+/);
  assert.deepEqual([npx, name], ['npx', 'partnerlint'], command);
  return ws.run(args);
}

/** A strategy with a warning and a misspelt value (a safe fix), under plans/ as the recipes lint it. */
const STRATEGY = edits(BASE, ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05'], ['    type: local-king', '    type: local-kign']);

describe('docs/ci.md: every recipe, run as written', function () {
  this.timeout(120_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    ws.write('plans/partner-strategy.yaml', STRATEGY);
  });
  afterEach(() => ws.dispose());

  it("GitHub: the action with the recipe's inputs writes the SARIF the upload step reads, and fails on the error", () => {
    const workflow = recipe('GitHub') as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string | number> }[] }>;
    };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    assert.equal(steps[0]!.uses, 'actions/checkout@v4');
    assert.equal(steps[0]!.with?.['fetch-depth'], 0, 'the base commit is fetched for new-since');
    const lint = steps.find((s) => s.uses?.startsWith('partnerlint/partnerlint@'))!;
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.equal(upload.with?.sarif_file, lint.with?.['sarif-file']);
    const artifact = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    assert.equal(artifact.with?.path, lint.with?.['html-file'], 'the artifact is the page the action writes');
    assert.equal(workflow.permissions['pull-requests'], 'write');
    assert.equal(workflow.permissions['security-events'], 'write');
    const declared = Object.keys((parseYaml(readFileSync(fromRoot('action.yml'), 'utf8')) as { inputs: object }).inputs);
    for (const name of Object.keys(lint.with ?? {})) assert.ok(declared.includes(name), `action.yml declares the input ${name}`);

    const event = ws.write('event.json', JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/strategies' } }));
    const output = ws.write('output', '');
    const child = spawnSync(process.execPath, [fromRoot('action/index.js')], {
      cwd: ws.root,
      encoding: 'utf8',
      env: cleanEnv({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: output,
        GITHUB_WORKSPACE: ws.root,
        GITHUB_REPOSITORY: 'acme/strategies',
        ...Object.fromEntries(Object.entries(lint.with ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, String(value)])),
      }),
    });
    assert.equal(child.status, 1, child.stdout + child.stderr);
    assert.ok(child.stdout.split('\n')[0]!.startsWith('::error file=plans/partner-strategy.yaml'), child.stdout);
    const sarif = JSON.parse(readFileSync(join(ws.root, String(lint.with!['sarif-file'])), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0]!.results.length, 3);
    assert.match(readFileSync(output, 'utf8'), /^errors<<\S+\n1\n/);
    const page = readFileSync(join(ws.root, String(lint.with!['html-file'])), 'utf8');
    assert.ok(page.startsWith('<!DOCTYPE html>') && page.includes('plans/partner-strategy.yaml'), page.slice(0, 300));
  });

  it('GitLab: the Code Quality report lands where the artifact says', () => {
    const job = Object.values(recipe('GitLab') as Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>)[0]!;
    const commands = job.script.filter((line) => line.startsWith('npx partnerlint'));
    assert.equal(commands.length, 1);
    const result = runPartnerlint(ws, commands[0]!);
    assert.equal(result.status, 1);
    assert.ok(result.stdout.includes('local-kign'), 'stylish in the job log too');
    const report = JSON.parse(readFileSync(ws.path(job.artifacts.reports.codequality), 'utf8')) as {
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    assert.deepEqual(report.map((issue) => issue.check_name).sort(), ['high-churn', 'ltv-too-low', 'schema']);
    assert.ok(report.every((issue) => /^[0-9a-f]{64}$/.test(issue.fingerprint) && issue.location.path === 'plans/partner-strategy.yaml'));
  });

  it('reviewdog: rdjson on stdout, with the safe fix as a suggestion, piped to reviewdog as documented', () => {
    const steps = recipe('reviewdog') as { run: string }[];
    const [partnerlint, reviewdog] = steps[0]!.run.split(' | ');
    assert.match(reviewdog!, /^reviewdog -f=rdjson .*-reporter=github-pr-review/);
    const result = runPartnerlint(ws, partnerlint!);
    const rdjson = JSON.parse(result.stdout) as {
      source: { name: string };
      diagnostics: { code: { value: string }; suggestions?: { text: string; range: object }[] }[];
    };
    assert.equal(rdjson.source.name, 'partnerlint');
    const fix = rdjson.diagnostics.find((d) => d.suggestions)!;
    assert.equal(fix.code.value, 'schema');
    assert.equal(fix.suggestions![0]!.text, 'local-king');
  });

  it('Large repositories: the cache the step writes is the one actions/cache keeps, and a second run reports the same', () => {
    const steps = recipe('Large repositories') as { uses?: string; with?: Record<string, string>; run?: string }[];
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'))!;
    const lint = steps.find((step) => step.run?.startsWith('npx partnerlint'))!;
    const first = runPartnerlint(ws, lint.run!);
    assert.equal(first.status, 1);
    assert.ok(existsSync(ws.path(cache.with!.path!)), 'the cache file is where actions/cache looks');
    const second = runPartnerlint(ws, lint.run!);
    assert.deepEqual(second, first);
    writeFileSync(ws.path('plans/partner-strategy.yaml'), BASE);
    assert.equal(runPartnerlint(ws, lint.run!).status, 0, 'a changed file is linted again');
  });

  it('JUnit: one suite per file, a failing case per finding', () => {
    const steps = recipe('JUnit') as { run: string }[];
    const result = runPartnerlint(ws, steps[0]!.run);
    assert.equal(result.status, 1);
    const file = /-o (\S+)/.exec(steps[0]!.run)![1]!;
    assert.ok(existsSync(ws.path(file)));
    const xml = readFileSync(ws.path(file), 'utf8');
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="partnerlint" tests="3" failures="3" errors="0">/);
    writeFileSync(ws.path('plans/partner-strategy.yaml'), BASE);
    runPartnerlint(ws, steps[0]!.run);
    assert.match(readFileSync(ws.path(file), 'utf8'), /<testcase classname="plans\/partner-strategy.yaml" name="partnerlint"\/>/);
  });
});
