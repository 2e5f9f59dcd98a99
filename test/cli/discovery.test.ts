/** Which files a run lints (docs/reference/cli.md): folders, explicit files, globs; paths relative to the working folder; sorted output. */
import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import { BASE, edit, lintJson, WARNING_ONLY, WITH_ERROR, Workspace } from '../helpers/cli';
import type { JsonFile } from '../helpers/cli';

function paths(files: JsonFile[]): string[] {
  return files.map((f) => f.filePath);
}

describe('CLI process: file discovery', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    // Strategy files by every name docs/reference/format.md allows, and files that must not be found in a folder search.
    for (const path of [
      'partner-strategy.yml',
      'plans/partner-strategy.yaml',
      'plans/sub/east.partner-strategy.yaml',
      'plans/sub/west.partner-strategy.yml',
      'plans/sub/deeper/still/partner-strategy.yaml',
      'node_modules/pkg/partner-strategy.yaml',
      'plans/node_modules/partner-strategy.yaml',
      '.git/partner-strategy.yaml',
      '.hidden/partner-strategy.yaml',
      'plans/.drafts/old.partner-strategy.yaml',
      'plans/notes.yaml',
      'other/strategy.yaml',
      'other/partner-strategy.yaml.bak',
      'other/my-partner-strategy.yaml',
    ]) {
      ws.write(path, BASE);
    }
    ws.write('plans/.partnerlint.yaml', 'rules: {}\n');
  });
  afterEach(() => ws.dispose());

  const FOUND = [
    'partner-strategy.yml',
    'plans/partner-strategy.yaml',
    'plans/sub/deeper/still/partner-strategy.yaml',
    'plans/sub/east.partner-strategy.yaml',
    'plans/sub/west.partner-strategy.yml',
  ];

  it('a folder (default: .) finds strategy files in sub-folders, skipping node_modules, .git and dot-folders', function () {
    const json = lintJson(ws, []);
    assert.equal(json.result.status, 0, json.result.stderr);
    assert.deepEqual(paths(json.files), FOUND);
    assert.deepEqual(paths(lintJson(ws, ['.']).files), FOUND);
  });

  it('a named folder is searched the same way, and paths stay relative to the working folder', function () {
    assert.deepEqual(
      paths(lintJson(ws, ['plans']).files),
      FOUND.filter((p) => p.startsWith('plans/')),
    );
    assert.deepEqual(
      paths(lintJson(ws, ['plans/sub/']).files),
      FOUND.filter((p) => p.startsWith('plans/sub/')),
    );
  });

  it('an explicitly named file is linted whatever its name, even inside a dot-folder or node_modules', function () {
    const json = lintJson(ws, [
      'other/strategy.yaml',
      'other/partner-strategy.yaml.bak',
      '.hidden/partner-strategy.yaml',
      'node_modules/pkg/partner-strategy.yaml',
    ]);
    assert.equal(json.result.status, 0, json.result.stderr);
    assert.deepEqual(paths(json.files), [
      '.hidden/partner-strategy.yaml',
      'node_modules/pkg/partner-strategy.yaml',
      'other/partner-strategy.yaml.bak',
      'other/strategy.yaml',
    ]);
  });

  it("a glob 'plans/**/*.yaml' matches .yaml files at any depth, but not dot-files or dot-folders", function () {
    const json = lintJson(ws, ['plans/**/*.yaml']);
    assert.equal(json.result.status, 0, json.result.stderr);
    assert.deepEqual(paths(json.files), [
      'plans/notes.yaml',
      'plans/partner-strategy.yaml',
      'plans/sub/deeper/still/partner-strategy.yaml',
      'plans/sub/east.partner-strategy.yaml',
    ]);
  });

  it('globs with ?, {a,b} and several patterns, each file reported once', function () {
    assert.deepEqual(paths(lintJson(ws, ['plans/sub/*.{yaml,yml}']).files), ['plans/sub/east.partner-strategy.yaml', 'plans/sub/west.partner-strategy.yml']);
    assert.deepEqual(paths(lintJson(ws, ['plans/sub/????.partner-strategy.y*ml', 'plans/sub/e?st.partner-strategy.y?ml']).files), [
      'plans/sub/east.partner-strategy.yaml',
      'plans/sub/west.partner-strategy.yml',
    ]);
    const overlapping = lintJson(ws, ['plans/sub/*.yaml', 'plans', 'plans/partner-strategy.yaml', './plans/partner-strategy.yaml']);
    assert.deepEqual(
      paths(overlapping.files),
      FOUND.filter((p) => p.startsWith('plans/')),
    );
  });

  it('paths are relative to the working folder with forward slashes, also for ../ and absolute arguments', function () {
    const fromSub = lintJson(ws, ['../..'], { cwd: 'plans/sub' });
    assert.equal(fromSub.result.status, 0, fromSub.result.stderr);
    assert.deepEqual(paths(fromSub.files), [
      '../../partner-strategy.yml',
      '../partner-strategy.yaml',
      'deeper/still/partner-strategy.yaml',
      'east.partner-strategy.yaml',
      'west.partner-strategy.yml',
    ]);
    const absolute = lintJson(ws, [ws.path('plans/partner-strategy.yaml'), `${ws.path('plans/sub')}/*.yml`], { cwd: 'plans' });
    assert.equal(absolute.result.status, 0, absolute.result.stderr);
    assert.deepEqual(paths(absolute.files), ['partner-strategy.yaml', 'sub/west.partner-strategy.yml']);
  });

  it('a symbolic link to a strategy file is found in a folder search; a linked folder is not followed', function () {
    symlinkSync('../plans/partner-strategy.yaml', ws.path('other/partner-strategy.yaml'));
    symlinkSync('../plans', ws.path('other/linked-plans'));
    const json = lintJson(ws, ['other']);
    assert.equal(json.result.status, 0, json.result.stderr);
    assert.deepEqual(paths(json.files), ['other/partner-strategy.yaml']);
  });

  it('a glob that matches files but no strategy-named file still lints what it matched', function () {
    assert.deepEqual(paths(lintJson(ws, ['other/*.yaml']).files), ['other/my-partner-strategy.yaml', 'other/strategy.yaml']);
  });
});

describe('CLI process: sorting', function () {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  it('files are sorted by path whatever the order of the arguments', function () {
    ws.write('b/partner-strategy.yaml', WITH_ERROR);
    ws.write('a/z.partner-strategy.yaml', WARNING_ONLY);
    ws.write('a/partner-strategy.yaml', BASE);
    ws.write('a-b/partner-strategy.yaml', BASE);
    const json = lintJson(ws, ['b', 'a-b', 'a/z.partner-strategy.yaml', 'a']);
    assert.deepEqual(paths(json.files), ['a-b/partner-strategy.yaml', 'a/partner-strategy.yaml', 'a/z.partner-strategy.yaml', 'b/partner-strategy.yaml']);
    const stylish = ws.run(['b', 'a']).stdout;
    assert.ok(stylish.indexOf('a/z.partner-strategy.yaml\n') < stylish.indexOf('b/partner-strategy.yaml\n'), stylish);
  });

  it('findings are sorted by line, column, then rule id (two rules at the same position)', function () {
    // Without sponsor and owner, no-executive-sponsor and no-dedicated-owner both point at the `organization` key.
    const noOrganization = BASE.replace(/^organization:\n(?: {2,}.*\n)+/m, 'organization: {}\n');
    assert.notEqual(noOrganization, BASE);
    ws.write('partner-strategy.yaml', edit(noOrganization, '  targetCompanies: 12000\n', '  targetCompanies: 300\n'));
    const json = lintJson(ws, []);
    assert.equal(json.result.status, 1);
    const messages = json.files[0]!.messages;
    assert.deepEqual(
      messages.map((m) => [m.line, m.column, m.ruleId]),
      [
        [18, 20, 'target-market-too-small'],
        [40, 1, 'no-dedicated-owner'],
        [40, 1, 'no-executive-sponsor'],
      ],
    );
    const stylishRows = ws
      .run([])
      .stdout.split('\n')
      .filter((line) => /^ +\d+:\d+ /.test(line));
    assert.deepEqual(
      stylishRows.map((row) => `${row.trim().split(/\s+/)[0]} ${row.trim().split(/\s+/).pop()}`),
      ['18:20 target-market-too-small', '40:1 no-dedicated-owner', '40:1 no-executive-sponsor'],
    );
  });
});
