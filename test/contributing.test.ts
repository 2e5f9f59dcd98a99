/**
 * CONTRIBUTING.md's recipes, followed in a scratch copy of the repository: its code blocks written where they say
 * (`file=`), imported (`import-into=`) and listed (`list-into=`, `entry-into=`), the rule's fixtures made from its
 * page's examples, `node scripts/reference.mjs` run; then the copy compiles, its docs, fixtures and reference tests
 * pass, and the new rule, format and currency work. A recipe that no longer matches the code fails here.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromRoot } from './helpers/paths';

interface Step {
  kind: 'file' | 'import-into' | 'list-into' | 'entry-into';
  path: string;
  text: string;
}

/** The recipe's code blocks, in order, their indentation (inside a numbered list) taken off. */
function steps(markdown: string): Step[] {
  return [...markdown.matchAll(/^( *)(`{3,4})\w+ (file|import-into|list-into|entry-into)=(\S+)\n([\s\S]*?)^\1\2$/gm)].map((m) => {
    const indent = m[1]!.length;
    const text = m[5]!
      .split('\n')
      .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)))
      .join('\n');
    return { kind: m[3] as Step['kind'], path: m[4]!, text };
  });
}

/** The text with `line` added: an import after the last import; an entry before the first list or map that closes. */
function insert(source: string, kind: Step['kind'], text: string): string {
  const lines = source.split('\n');
  if (kind === 'import-into') {
    const last = lines.reduce((found, line, i) => (line.startsWith('import ') ? i : found), -1);
    lines.splice(last + 1, 0, text.trimEnd());
  } else {
    const close = lines.findIndex((line) => /^(\]|\}\)|\})( as const satisfies [^;]*)?;$/.test(line));
    assert.ok(close >= 0, 'no list or map to add the entry to');
    lines.splice(close, 0, `  ${text.trim()}`);
  }
  return lines.join('\n');
}

const run = (cwd: string, args: string[]) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('CONTRIBUTING.md: the recipes, followed in a scratch copy', function () {
  this.timeout(300_000);
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'partnerlint-contributing-'));
    for (const entry of [
      'src',
      'schemas',
      'docs',
      'test',
      'scripts',
      'samples',
      'media',
      'site/src',
      'site/tsconfig.json',
      'package.json',
      'package.nls.json',
      'package.nls.ja.json',
      'tsconfig.json',
      'README.md',
      'SECURITY.md',
      'CONTRIBUTING.md',
      'CHANGELOG.md',
      'LICENSE',
      'action.yml',
    ]) {
      cpSync(fromRoot(entry), join(scratch, entry), { recursive: true });
    }
    symlinkSync(fromRoot('node_modules'), join(scratch, 'node_modules'), 'dir');
    mkdirSync(join(scratch, '.git'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('adds a rule, a format and a currency that work, and every check of the copy passes', () => {
    const recipe = steps(readFileSync(fromRoot('CONTRIBUTING.md'), 'utf8'));
    assert.deepEqual(
      recipe.map((step) => `${step.kind} ${step.path}`),
      [
        'file src/core/rules/kpi-target-not-positive.ts',
        'import-into src/core/rules/index.ts',
        'list-into src/core/rules/index.ts',
        'file docs/rules/kpi-target-not-positive.md',
        'file src/cli/formatters/tsv.ts',
        'import-into src/cli/formatters/index.ts',
        'entry-into src/cli/formatters/index.ts',
        'entry-into src/core/config.ts',
      ],
    );
    for (const step of recipe) {
      const path = join(scratch, step.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, step.kind === 'file' ? step.text : insert(readFileSync(path, 'utf8'), step.kind, step.text));
    }
    // Step 4: fixtures, from the page's examples; the failing one expects the finding on its `kpis` line.
    const page = readFileSync(join(scratch, 'docs/rules/kpi-target-not-positive.md'), 'utf8');
    const example = (kind: string): string => new RegExp(`^\`\`\`yaml ${kind}\\n([\\s\\S]*?)^\`\`\``, 'm').exec(page)![1]!;
    const fixtures = join(scratch, 'test/fixtures/rules/kpi-target-not-positive');
    mkdirSync(fixtures, { recursive: true });
    writeFileSync(join(fixtures, 'fail-no-unit.yaml'), example('failing').replace(/^(kpis: .*)$/m, '$1  # expect: kpi-target-not-positive'));
    writeFileSync(join(fixtures, 'pass-unit.yaml'), example('passing'));

    const build = run(scratch, ['scripts/build.mjs', 'tsc']);
    assert.equal(build.status, 0, `${build.stdout}${build.stderr}`);
    const reference = run(scratch, ['scripts/reference.mjs']);
    assert.equal(reference.status, 0, reference.stderr);
    const snapshots = run(scratch, ['scripts/fixture-snapshots.mjs']);
    assert.equal(snapshots.status, 0, snapshots.stderr);
    assert.match(snapshots.stdout, /wrote kpi-target-not-positive\/findings\.snap\.json/);
    assert.match(readFileSync(join(scratch, 'README.md'), 'utf8'), /\[`kpi-target-not-positive`\]\(docs\/rules\/kpi-target-not-positive\.md\)/);
    assert.ok(
      (
        JSON.parse(readFileSync(join(scratch, 'schemas/partnerlint-config.schema.json'), 'utf8')) as { $defs: { ruleId: { enum: string[] } } }
      ).$defs.ruleId.enum.includes('kpi-target-not-positive'),
    );

    const mocha = join(fromRoot('node_modules'), 'mocha/bin/mocha.js');
    const tests = [
      'out/test/docs.test.js',
      'out/test/fixtures.test.js',
      'out/test/reference.test.js',
      'out/test/unit/glossary.test.js',
      'out/test/unit/sentences.test.js',
      'out/test/unit/architecture.test.js',
    ];
    const checks = run(scratch, [mocha, '--no-config', '--reporter', 'dot', '--timeout', '60000', ...tests]);
    assert.equal(checks.status, 0, `${checks.stdout.slice(-6000)}${checks.stderr}`);

    // The format and the currency, through the copy's compiled CLI and core.
    const probe = run(scratch, [
      '-e',
      `Object.assign(globalThis, { PARTNERLINT_VERSION: 'test' });
       const { run } = require('./out/src/cli/run.js');
       const { lint } = require('./out/src/core/index.js');
       const fs = require('node:fs');
       const text = fs.readFileSync('test/fixtures/rules/kpi-target-not-positive/fail-no-unit.yaml', 'utf8');
       fs.writeFileSync('plans.partner-strategy.yaml', text);
       let out = '';
       const io = { stdout: (t) => { out += t; }, stderr: (t) => process.stderr.write(t), readStdin: () => new Uint8Array(0), isTty: false, env: {}, cwd: process.cwd() };
       run(['-f', 'tsv', 'plans.partner-strategy.yaml'], io).then((code) => {
         const clp = lint(text.replace('monthlyPrice: 80000', 'currency: CLP, monthlyPrice: 80000'));
         console.log(JSON.stringify({ code, out, clp: clp.findings.map((f) => f.ruleId) }));
       });`,
    ]);
    assert.equal(probe.status, 0, probe.stderr);
    const { code, out, clp } = JSON.parse(probe.stdout) as { code: number; out: string; clp: string[] };
    assert.equal(code, 0, 'an info finding only');
    assert.match(out, /^plans\.partner-strategy\.yaml\t11\t\d+\tinfo\tkpi-target-not-positive\tThe target of the KPI "Clinics signed through partners" is 0;/);
    assert.ok(!clp.includes('ltv-not-judged'), `CLP is judged once it has a threshold: ${clp.join(', ')}`);
  });

  it('names the files and functions an editor feature goes through, as they are', () => {
    const recipe = readFileSync(fromRoot('CONTRIBUTING.md'), 'utf8');
    const section = recipe.slice(recipe.indexOf('## Add an editor feature'), recipe.indexOf('## Add a currency threshold'));
    for (const [file, needle] of [
      ['src/core/navigation.ts', 'export function outline'],
      ['src/server/server.ts', 'connection.onHover('],
      ['src/server/server.ts', 'connection.onCodeLens('],
      ['src/server/server.ts', 'connection.onInitialize('],
      ['src/server/protocol.ts', "'partnerlint/"],
      ['test/server/protocol.test.ts', 'describe('],
      ['test/extension-host/suite/extension.host-test.ts', 'describe('],
      ['docs/reference/language-server.md', '## Its own requests'],
    ] as const) {
      assert.ok(section.includes(file), `the recipe names ${file}`);
      assert.ok(readFileSync(fromRoot(file), 'utf8').includes(needle), `${file} has ${needle}`);
    }
  });
});
