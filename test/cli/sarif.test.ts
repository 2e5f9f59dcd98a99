/** The SARIF output, run as a process and checked by Microsoft's official SARIF validator (sarif-multitool). */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { docsUrl, rules, RULE_IDS } from '../../src/core/index';
import { fromRoot } from '../helpers/paths';
import { BASE, edit, edits, JAPANESE, JAPANESE_TEXT, lintJson, Workspace } from '../helpers/cli';
import type { JsonFile } from '../helpers/cli';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Region } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification?: string }[];
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: {
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
      }[];
    }[];
    columnKind: string;
    results: SarifResult[];
  }[];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const VALIDATOR = fromRoot('node_modules/@microsoft/sarif-multitool/bin.js');

/** Errors, warnings and infos, and a suppressed high-churn finding with a Japanese justification. */
const MIXED_SUPPRESSED = edits(
  BASE,
  ['    status: achieved\n', '    status: not-yet\n'],
  ['  targetCompanies: 12000\n', '  targetCompanies: 300\n'],
  ['  monthlyChurnRate: 0.01\n', '  # partnerlint-disable-next-line high-churn -- 一時的な解約増\n  monthlyChurnRate: 0.05\n'],
  ['    dedicated: true\n', '    dedicated: false\n'],
  ['    due: 2027-03-31\n', ''],
);

/** A misspelt key, and a misspelt value after Japanese text on its line (UTF-16 columns differ from bytes). */
const MISSPELT = edits(BASE, ['  monthlyPrice: 5000', '  monthlyPrise: 5000'], ['partners:\n', 'partners:\n  - {name: 関西OAシステムズ, type: local-kign}\n']);

function readSarif(ws: Workspace, path: string): SarifLog {
  return JSON.parse(ws.read(path)) as SarifLog;
}

/** Runs the official validator on the files; asserts it reports no error and no warning. */
function validate(ws: Workspace, files: string[]): void {
  assert.ok(existsSync(VALIDATOR), 'npm ci installs @microsoft/sarif-multitool');
  const out = ws.path('validation.sarif');
  const child = spawnSync(process.execPath, [VALIDATOR, 'validate', ...files.map((f) => ws.path(f)), '-o', out], {
    cwd: ws.root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${child.stdout}\n${child.stderr}`;
  assert.equal(child.error, undefined, String(child.error));
  assert.equal(child.status, 0, output);
  const problems = output.split('\n').filter((line) => / error /i.test(line) || / warning /i.test(line));
  assert.deepEqual(problems, [], output);
  assert.match(output, new RegExp(`Done\\. ${files.length} files scanned\\.`));
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: unknown[] }[] };
  assert.deepEqual(log.runs[0]!.results ?? [], [], JSON.stringify(log.runs[0]!.results, null, 2));
}

describe('CLI process: sarif', function () {
  let ws: Workspace;
  let json: JsonFile[];
  let status: number | null;
  before(function () {
    ws = new Workspace();
    ws.write('plans/q1 east,west/partner-strategy.yaml', MIXED_SUPPRESSED);
    ws.write('plans/broken.partner-strategy.yaml', 'version: 1\ntitle: [unclosed\n');
    ws.write('plans/bin.partner-strategy.yaml', Buffer.from([0x76, 0x00, 0x0a]));
    ws.write('clean/partner-strategy.yaml', BASE);
    ws.write('ja/partner-strategy.yaml', JAPANESE);
    const run = ws.run(['-f', 'sarif', '-o', 'mixed.sarif', 'plans']);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, '');
    status = run.status;
    json = lintJson(ws, ['plans']).files;
    assert.deepEqual(ws.run(['-f', 'sarif', '-o', 'clean.sarif', 'clean']), { status: 0, stdout: '', stderr: '' });
    assert.deepEqual(ws.run(['-f', 'sarif', '-o', 'ja.sarif', '--locale', 'ja', 'ja']), { status: 0, stdout: '', stderr: '' });
    // Safe fixes (a misspelt key, a misspelt value on a Japanese line) and a baseline's counts in the run's properties.
    ws.write('fix/partner-strategy.yaml', MISSPELT);
    assert.equal(ws.run(['-f', 'sarif', '-o', 'fix.sarif', 'fix']).status, 1);
    assert.equal(ws.run(['--baseline-write', '--baseline', 'known.json', 'fix']).status, 0);
    assert.equal(ws.run(['-f', 'sarif', '-o', 'baselined.sarif', '--baseline', 'known.json', 'fix']).status, 0);
  });
  after(() => ws.dispose());

  it('validates with the official SARIF validator: errors, warnings, infos, a suppression, a syntax error, an unreadable file, a clean run, Japanese', function () {
    this.timeout(240_000);
    validate(ws, ['mixed.sarif', 'clean.sarif', 'ja.sarif', 'fix.sarif', 'baselined.sarif']);
  });

  it("gives each safe fix as a SARIF fix: the span replaced, in UTF-16 columns, and the baseline's counts as run properties", function () {
    const run = readSarif(ws, 'fix.sarif').runs[0]!;
    const fixes = run.results.map(
      (r) =>
        (
          r as {
            fixes?: { description: { text: string }; artifactChanges: { replacements: { deletedRegion: object; insertedContent: { text: string } }[] }[] }[];
          }
        ).fixes?.[0],
    );
    const changes = fixes
      .filter((f) => f)
      .map((f) => [f!.description.text, f!.artifactChanges[0]!.replacements[0]!.deletedRegion, f!.artifactChanges[0]!.replacements[0]!.insertedContent.text]);
    const keyLine = MISSPELT.split('\n').findIndex((l) => l.includes('monthlyPrise')) + 1;
    const nameLine = MISSPELT.split('\n').findIndex((l) => l.includes('local-kign')) + 1;
    const nameColumn = MISSPELT.split('\n')[nameLine - 1]!.indexOf('local-kign') + 1;
    assert.deepEqual(changes, [
      ['Change to `monthlyPrice`', { startLine: keyLine, startColumn: 3, endLine: keyLine, endColumn: 15 }, 'monthlyPrice'],
      ['Change to `local-king`', { startLine: nameLine, startColumn: nameColumn, endLine: nameLine, endColumn: nameColumn + 10 }, 'local-king'],
    ]);
    const baselined = readSarif(ws, 'baselined.sarif').runs[0] as unknown as { results: unknown[]; properties: object };
    assert.deepEqual(baselined.results, []);
    assert.deepEqual(baselined.properties, { baseline: 'known.json', baselined: 2, staleBaselineEntries: 0 });
  });

  it('exits 2 for the unreadable file, as every format does', function () {
    assert.equal(status, 2);
  });

  it('describes the tool and every rule with helpUri and default level', function () {
    const log = readSarif(ws, 'mixed.sarif');
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0]!.tool.driver;
    const version = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;
    assert.equal(driver.name, 'partnerlint');
    assert.equal(driver.version, version);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      [...RULE_IDS],
    );
    driver.rules.forEach((rule, i) => {
      const meta = rules[i]!.meta;
      assert.equal(rule.helpUri, docsUrl(meta.id));
      assert.match(rule.shortDescription.text, /\S/);
      assert.match(rule.fullDescription.text, /\S/);
      assert.equal(rule.defaultConfiguration.level, LEVEL[meta.defaultSeverity]);
      assert.notEqual(rule.name, rule.id);
    });
  });

  it('results: ruleId/ruleIndex, level, message, relative URI with uriBaseId, full 1-based regions in UTF-16 code units', function () {
    const log = readSarif(ws, 'mixed.sarif');
    const run = log.runs[0]!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { SRCROOT: { uri: pathToFileURL(`${ws.root}/`).href } });
    const mixed = json.find((f) => f.filePath === 'plans/q1 east,west/partner-strategy.yaml')!;
    const reported = run.results.filter((r) => !r.suppressions && r.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('plans/q1'));
    assert.deepEqual(
      reported.map((r) => {
        const region = r.locations[0]!.physicalLocation.region;
        return [r.ruleId, r.level, r.message.text, region.startLine, region.startColumn, region.endLine, region.endColumn];
      }),
      mixed.messages.map((m) => [m.ruleId, LEVEL[m.severity], m.message, m.line, m.column, m.endLine, m.endColumn]),
    );
    assert.deepEqual(new Set(reported.map((r) => r.level)), new Set(['error', 'warning', 'note']));
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      assert.equal(artifactLocation.uriBaseId, 'SRCROOT');
      assert.doesNotMatch(artifactLocation.uri, /^(\/|[a-z]+:)/, 'a relative URI');
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
        assert.ok(Number.isInteger(region[key]) && region[key] >= 1, `${key} ${region[key]} in ${JSON.stringify(result)}`);
      }
      assert.ok(region.endLine > region.startLine || region.endColumn >= region.startColumn, JSON.stringify(region));
    }
    assert.ok(reported.every((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'plans/q1%20east%2Cwest/partner-strategy.yaml'));
  });

  it('a suppressed finding is a result with an inSource suppression and its justification', function () {
    const run = readSarif(ws, 'mixed.sarif').runs[0]!;
    const suppressed = run.results.filter((r) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0]!.ruleId, 'high-churn');
    assert.equal(suppressed[0]!.level, 'warning');
    assert.deepEqual(suppressed[0]!.suppressions, [{ kind: 'inSource', justification: '一時的な解約増' }]);
    assert.equal(suppressed[0]!.locations[0]!.physicalLocation.region.startLine, 32);
    assert.ok(!json.some((f) => f.messages.some((m) => m.ruleId === 'high-churn')), 'the json report leaves it out');
  });

  it('a syntax error and an unreadable file are toolExecutionNotifications', function () {
    const run = readSarif(ws, 'mixed.sarif').runs[0]!;
    const invocation = run.invocations[0]!;
    assert.equal(invocation.executionSuccessful, false);
    const notes = invocation.toolExecutionNotifications;
    assert.deepEqual(
      notes.map((n) => [n.level, n.locations[0]!.physicalLocation.artifactLocation.uri]),
      [
        ['error', 'plans/bin.partner-strategy.yaml'],
        ['error', 'plans/broken.partner-strategy.yaml'],
      ],
    );
    const bin = json.find((f) => f.filePath === 'plans/bin.partner-strategy.yaml')!;
    assert.equal(notes[0]!.message.text, `plans/bin.partner-strategy.yaml: ${bin.error}`);
    assert.ok(notes[1]!.message.text.startsWith('plans/broken.partner-strategy.yaml: '));
    // The syntax finding is also a result.
    assert.ok(run.results.some((r) => r.ruleId === 'syntax' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'plans/broken.partner-strategy.yaml'));
  });

  it('a clean run has results: [] and a successful invocation', function () {
    const run = readSarif(ws, 'clean.sarif').runs[0]!;
    assert.deepEqual(run.results, []);
    assert.deepEqual(run.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.rules.length, RULE_IDS.length);
  });

  it('Japanese: messages and rule descriptions in Japanese, columns in UTF-16 code units after Japanese text', function () {
    const run = readSarif(ws, 'ja.sarif').runs[0]!;
    assert.deepEqual(
      run.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region]),
      [
        ['purpose-sales-capacity', 'warning', { startLine: 35, startColumn: 38, endLine: 35, endColumn: 52 }],
        ['kpi-without-due-date', 'note', { startLine: 57, startColumn: 11, endLine: 57, endColumn: 24 }],
      ],
    );
    for (const result of run.results) assert.match(result.message.text, JAPANESE_TEXT);
    for (const rule of run.tool.driver.rules) assert.match(rule.shortDescription.text, JAPANESE_TEXT);
  });
});

describe('CLI process: sarif partialFingerprints', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  function results(text: string): SarifResult[] {
    ws.write('partner-strategy.yaml', text);
    const run = ws.run(['-f', 'sarif']);
    assert.equal(run.stderr, '');
    return (JSON.parse(run.stdout) as SarifLog).runs[0]!.results;
  }

  it('are unique per finding and unchanged when lines are inserted above the findings', function () {
    const kpis = Array.from({ length: 3 }, (_, i) => `  - name: KPI ${i + 1}\n    target: ${i + 1}\n`).join('');
    const text = edit(MIXED_SUPPRESSED.replace(/^kpis:\n[\s\S]*$/m, `kpis:\n${kpis}`), '    dedicated: false\n', '    dedicated: true\n');
    const before = results(text);
    const prints = before.map((r) => r.partialFingerprints['partnerlintFinding/v1']);
    assert.ok(before.length >= 5, JSON.stringify(before.map((r) => r.ruleId)));
    assert.ok(prints.every((p) => typeof p === 'string' && p.length >= 16));
    assert.equal(new Set(prints).size, prints.length, 'unique');
    const after = results(`# Reviewed\n# by the partner team\n# 2026-11\n${text}`);
    assert.deepEqual(
      after.map((r) => r.partialFingerprints),
      before.map((r) => r.partialFingerprints),
    );
    assert.deepEqual(
      after.map((r) => r.locations[0]!.physicalLocation.region.startLine),
      before.map((r) => r.locations[0]!.physicalLocation.region.startLine + 3),
    );
    // And stable from one run to the next.
    assert.deepEqual(results(text), before);
  });

  it('do not depend on the message language', function () {
    ws.write('partner-strategy.yaml', JAPANESE);
    const en = (JSON.parse(ws.run(['-f', 'sarif']).stdout) as SarifLog).runs[0]!.results;
    const ja = (JSON.parse(ws.run(['-f', 'sarif', '--locale', 'ja']).stdout) as SarifLog).runs[0]!.results;
    assert.deepEqual(
      ja.map((r) => r.partialFingerprints),
      en.map((r) => r.partialFingerprints),
    );
    assert.notDeepEqual(
      ja.map((r) => r.message.text),
      en.map((r) => r.message.text),
    );
  });
});
