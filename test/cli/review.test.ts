/**
 * The reviewers' workflow as a process (docs/ci.md): --new-since against real git repositories made here, and
 * the baseline, in every format that has a place to say what was left out.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, edits, runCli } from '../helpers/cli';
import { Repo } from '../helpers/git';
import { fromRoot } from '../helpers/paths';

/** What --new-since and the baseline add to a file of the json report. */
interface Reviewed {
  base?: Base;
  baselined?: number;
  staleBaselineEntries?: number;
  removed?: boolean;
}

interface Base {
  added?: boolean;
  renamedFrom?: string;
  readiness: { verdict: string; checks: Record<string, string> } | null;
  findings: number;
  existing: number;
  fixed: { ruleId: string; location: string; line: number; message: string }[];
}

const PLAN = 'plans/jp/partner-strategy.yaml';
const OTHER = 'plans/us/partner-strategy.yaml';
/** BASE with one warning (no due date on the KPI), so that the ref already has a finding. */
const WITH_KPI_WARNING = edits(BASE, ['    due: 2027-03-31\n', '']);
const HIGH_CHURN: [string, string] = ['monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05'];

describe('CLI process: --new-since', function () {
  this.timeout(60_000);
  let repo: Repo;
  let base: string;
  beforeEach(() => {
    repo = new Repo();
    repo.write(PLAN, WITH_KPI_WARNING);
    repo.write(OTHER, BASE);
    repo.commit('first');
    repo.write('README.md', 'a second commit that touches no strategy\n');
    base = repo.commit('second');
  });
  afterEach(() => repo.dispose());

  it('reports only the findings the change made new, with the readiness at the ref and now, in stylish', () => {
    // Lines added above the old finding move it; a new finding appears.
    repo.write(PLAN, edits(`# reviewed in the weekly meeting\n# owner: Sato\n${WITH_KPI_WARNING}`, HIGH_CHURN));
    repo.commit('third');
    const result = repo.run(['--new-since', base, 'plans']);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.ok(lines.includes(PLAN), result.stdout);
    assert.ok(lines.includes('  readiness: ready → reconsider (Lifetime value: clear → at risk)'), result.stdout);
    assert.ok(result.stdout.includes('high-churn'), result.stdout);
    assert.ok(!result.stdout.includes('kpi-without-due-date'), 'the finding that was there at the ref is not reported');
    assert.ok(!lines.includes(OTHER), 'an unchanged clean file is not listed');
    assert.equal(lines.at(-2), `✖ 2 findings (0 errors, 2 warnings, 0 infos) in 2 files; new since ${base.slice(0, 7)} only: 1 already there, 0 fixed`);
  });

  it('compares with the working tree, and counts the findings the change fixed, in json', () => {
    repo.write(PLAN, BASE); // the KPI's due date is back: its finding is fixed
    repo.write(OTHER, edits(BASE, HIGH_CHURN));
    const [jp, us] = repo.json<Reviewed>(['--new-since', 'HEAD', 'plans']);
    assert.equal(jp!.filePath, PLAN);
    assert.deepEqual(jp!.messages, []);
    assert.equal(jp!.base!.findings, 1);
    assert.equal(jp!.base!.existing, 0);
    assert.deepEqual(
      jp!.base!.fixed.map((f) => [f.ruleId, f.location]),
      [['kpi-without-due-date', '/kpis[name=Partner-sourced new accounts]/name']],
    );
    assert.equal(jp!.base!.readiness!.verdict, 'ready');
    assert.deepEqual(us!.messages.map((m) => m.ruleId).sort(), ['high-churn', 'ltv-too-low']);
    assert.equal(us!.base!.existing, 0);
  });

  it('follows a renamed file to its old path, and lists a new file and a deleted one', () => {
    repo.git('mv', 'plans/jp', 'plans/japan');
    // Unlike any file at the ref, so that git sees it as new and not as a copy.
    repo.write('plans/new/partner-strategy.yaml', readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml'), 'utf8'));
    repo.git('rm', '-q', OTHER);
    repo.commit('reorganized');
    const files = repo.json<Reviewed>(['--new-since', base, 'plans']);
    const renamed = files.find((f) => f.filePath === 'plans/japan/partner-strategy.yaml')!;
    assert.equal(renamed.base!.renamedFrom, PLAN);
    assert.deepEqual(renamed.messages, [], 'its finding was there under the old name');
    assert.equal(renamed.base!.existing, 1);
    const added = files.find((f) => f.filePath === 'plans/new/partner-strategy.yaml')!;
    assert.equal(added.base!.added, true);
    assert.ok(added.messages.length > 3, 'all its findings are new');
    const removed = files.find((f) => f.filePath === OTHER)!;
    assert.equal(removed.removed, true);
    assert.equal(removed.base!.readiness!.verdict, 'ready');

    const stylish = repo.run(['--new-since', base, 'plans']).stdout;
    assert.ok(stylish.includes(`  renamed from ${PLAN}`), stylish);
    assert.ok(stylish.includes(`plans/new/partner-strategy.yaml\n  readiness: — → reconsider (added since ${base.slice(0, 7)})`), stylish);
    assert.ok(stylish.includes(`${OTHER}\n  deleted since ${base.slice(0, 7)}: ready → —`), stylish);
  });

  it('puts a table of what the change did first in markdown', () => {
    repo.write(PLAN, edits(WITH_KPI_WARNING, HIGH_CHURN));
    const markdown = repo.run(['--new-since', base, '-f', 'markdown', 'plans']).stdout;
    const lines = markdown.split('\n');
    const header = lines.indexOf('| File | Readiness | New | Fixed |');
    assert.ok(header > 0 && header < lines.findIndex((l) => l.startsWith('| File | Readiness | Purpose')), markdown);
    assert.equal(lines[header + 2], `| \`${PLAN}\` | ready → **reconsider** (Lifetime value: clear → at risk) | 2 | 0 |`);
    assert.ok(lines[2]!.endsWith(`; new since ${base.slice(0, 7)} only: 1 already there, 0 fixed`), lines[2]);
  });

  it('marks results new in SARIF and says what was left out in its properties and in JUnit', () => {
    repo.write(PLAN, edits(WITH_KPI_WARNING, HIGH_CHURN));
    const sarif = JSON.parse(repo.run(['--new-since', base, '-f', 'sarif', 'plans']).stdout) as {
      runs: { results: { baselineState?: string }[]; properties: { newSince: object } }[];
    };
    assert.ok(sarif.runs[0]!.results.length > 0 && sarif.runs[0]!.results.every((r) => r.baselineState === 'new'));
    assert.deepEqual(sarif.runs[0]!.properties.newSince, { ref: base, existing: 1, fixed: 0 });
    const junit = repo.run(['--new-since', base, '-f', 'junit', 'plans']).stdout;
    assert.ok(junit.includes('<property name="existingSinceBase" value="1"/><property name="fixedSinceBase" value="0"/>'), junit);
    const rdjson = repo.run(['--new-since', base, '-f', 'rdjson', 'plans']);
    assert.ok(rdjson.stderr.includes(`new since ${base.slice(0, 7)} only: 1 already there, 0 fixed`), 'rdjson has no place for it: stderr says it');
  });

  it('works in a shallow clone that has the base commit', () => {
    repo.write(PLAN, edits(WITH_KPI_WARNING, HIGH_CHURN));
    repo.commit('third');
    const clone = new Repo(realpathSync(mkdtempSync(join(tmpdir(), 'partnerlint-shallow-'))));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.root}`, clone.root], { stdio: 'ignore' });
      assert.equal(clone.git('rev-parse', '--is-shallow-repository').trim(), 'true');
      const result = clone.run(['--new-since', 'HEAD~1', 'plans']);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.includes('high-churn') && !result.stdout.includes('kpi-without-due-date'), result.stdout);
      // The first commit is not in the clone: named, it is a clear error.
      const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
      const missing = clone.run(['--new-since', first, 'plans']);
      assert.equal(missing.status, 2);
      assert.equal(missing.stdout, '');
      assert.match(missing.stderr, /^partnerlint: --new-since: '[0-9a-f]{40}' is not a commit of this repository \(in a shallow clone, fetch it first\)\n$/);
    } finally {
      clone.dispose();
    }
  });

  it('fails with exit 2 and one clear line for a bad ref, outside a work tree, and in Japanese', () => {
    const trap = join(repo.root, 'written-by-git');
    for (const ref of ['no-such-branch', `--output=${trap}`, 'HEAD~99']) {
      const result = repo.run([`--new-since=${ref}`, 'plans']);
      assert.equal(result.status, 2, ref);
      assert.equal(result.stderr, `partnerlint: --new-since: '${ref}' is not a commit of this repository (in a shallow clone, fetch it first)\n`);
    }
    assert.ok(!existsSync(trap), 'a ref is never an option of git');
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'partnerlint-nogit-')));
    try {
      writeFileSync(join(outside, 'partner-strategy.yaml'), BASE);
      const result = runCli(['--new-since', 'main'], { cwd: outside });
      assert.equal(result.status, 2);
      assert.equal(result.stderr, "partnerlint: --new-since needs a git work tree, and '.' is not in one\n");
      const ja = runCli(['--new-since', 'main', '--locale', 'ja'], { cwd: outside });
      assert.equal(ja.stderr, "partnerlint: --new-since には git の作業ツリーが必要ですが、'.' は作業ツリーの中にありません\n");
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('counts new errors only for the exit code', () => {
    repo.write(PLAN, edits(WITH_KPI_WARNING, ['version: 1', 'version: 2']));
    assert.equal(repo.run(['--new-since', base, 'plans']).status, 1);
    repo.write(PLAN, WITH_KPI_WARNING);
    repo.commit('back');
    assert.equal(repo.run(['--new-since', base, '--max-warnings', '0', 'plans']).status, 0, 'the old warning does not count');
  });
});

describe('CLI process: baseline', function () {
  this.timeout(60_000);
  let repo: Repo;
  beforeEach(() => {
    repo = new Repo();
    repo.write(PLAN, edits(WITH_KPI_WARNING, HIGH_CHURN));
    repo.write(OTHER, BASE);
  });
  afterEach(() => repo.dispose());

  const baselinePath = (): string => join(repo.root, '.partnerlint-baseline.json');

  it('writes the current findings, sorted, and then reports none of them, saying how many it left out', () => {
    const written = repo.run(['--baseline-write', 'plans']);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(written.stderr, "partnerlint: wrote 3 findings to the baseline '.partnerlint-baseline.json'\n");
    const baseline = readFileSync(baselinePath(), 'utf8');
    assert.equal(
      baseline,
      `${JSON.stringify(
        {
          version: 1,
          files: {
            [PLAN]: {
              'high-churn': { '/economics/monthlyChurnRate': 1 },
              'kpi-without-due-date': { '/kpis[name=Partner-sourced new accounts]/name': 1 },
              'ltv-too-low': { '/economics/monthlyPrice': 1 },
            },
          },
        },
        null,
        2,
      )}\n`,
    );
    const again = repo.run(['plans']);
    assert.equal(again.status, 0);
    assert.equal(again.stdout, '✔ 0 findings (0 errors, 0 warnings, 0 infos) in 2 files; 3 baselined\n');
    const [jp] = repo.json<Reviewed>(['plans']);
    assert.equal(jp!.baselined, 3);
    assert.ok(repo.run(['-f', 'markdown', 'plans']).stdout.includes('0 errors, 0 warnings, 0 infos; 3 baselined'));
    assert.ok(repo.run(['-f', 'junit', 'plans']).stdout.includes('<property name="baselined" value="3"/>'));
    const sarif = JSON.parse(repo.run(['-f', 'sarif', 'plans']).stdout) as { runs: { properties: object }[] };
    assert.deepEqual(sarif.runs[0]!.properties, { baseline: '.partnerlint-baseline.json', baselined: 3, staleBaselineEntries: 0 });
    assert.equal(repo.run(['-f', 'gitlab', 'plans']).stderr, 'partnerlint: 3 baselined (.partnerlint-baseline.json)\n');
  });

  it('reports a new finding, keeps baselined ones out when lines move, and says when entries went stale', () => {
    repo.run(['--baseline-write', 'plans']);
    // Lines added above; the churn fixed (its entry and the LTV's go stale); a new error.
    repo.write(PLAN, edits(`# moved down by two lines\n#\n${WITH_KPI_WARNING}`, ['version: 1', 'version: 2']));
    const result = repo.run(['plans']);
    assert.equal(result.status, 1);
    assert.ok(result.stdout.includes('schema') && !result.stdout.includes('kpi-without-due-date'), result.stdout);
    assert.ok(result.stdout.includes('  info  2 baseline entries match no finding any more; remove them with partnerlint --baseline-prune.'), result.stdout);
    const [jp] = repo.json<Reviewed>(['plans']);
    assert.equal(jp!.staleBaselineEntries, 2);

    const pruned = repo.run(['--baseline-prune', 'plans']);
    assert.equal(pruned.stderr, "partnerlint: removed 2 stale entries from the baseline '.partnerlint-baseline.json'\n");
    assert.ok(!readFileSync(baselinePath(), 'utf8').includes('high-churn'));
    assert.ok(!repo.run(['plans']).stdout.includes('baseline entry'));
  });

  it('uses --baseline <path>, ignores the file with --no-baseline, and fails clearly on a missing or broken one', () => {
    const noFolder = repo.run(['--baseline-write', '--baseline', 'ci/known.json', 'plans']);
    assert.equal(noFolder.status, 2);
    assert.equal(noFolder.stderr, "partnerlint: cannot write the baseline 'ci/known.json': no such folder\n");
    mkdirSync(join(repo.root, 'ci'), { recursive: true });
    assert.equal(repo.run(['--baseline-write', '--baseline', 'ci/known.json', 'plans']).status, 0);
    assert.equal(repo.run(['--baseline', 'ci/known.json', 'plans']).status, 0);
    assert.equal(repo.run(['plans']).status, 0, 'no default baseline: the warnings do not fail the run');
    assert.ok(repo.run(['plans']).stdout.includes('high-churn'));
    writeFileSync(baselinePath(), readFileSync(join(repo.root, 'ci/known.json')));
    assert.ok(!repo.run(['plans']).stdout.includes('high-churn'));
    assert.ok(repo.run(['--no-baseline', 'plans']).stdout.includes('high-churn'));

    const missing = repo.run(['--baseline', 'ci/none.json', 'plans']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, "partnerlint: the baseline 'ci/none.json' does not exist; create it with --baseline-write\n");
    writeFileSync(baselinePath(), '{"version": 1, "files": {"a": []}}');
    const broken = repo.run(['plans']);
    assert.equal(broken.status, 2);
    assert.equal(
      broken.stderr,
      `partnerlint: the baseline '.partnerlint-baseline.json' is not a partnerlint baseline (files["a"]); write it again with --baseline-write\n`,
    );
    writeFileSync(baselinePath(), '{not json');
    assert.match(
      repo.run(['plans']).stderr,
      /^partnerlint: the baseline '\.partnerlint-baseline\.json' is not a partnerlint baseline \(.+\); write it again with --baseline-write\n$/,
    );
  });

  it('keys files from the repository root, whatever the working folder', () => {
    repo.git('add', '-A');
    repo.run(['--baseline-write', 'plans']);
    const fromSubfolder = runCli(['--baseline', '../.partnerlint-baseline.json', '.'], { cwd: join(repo.root, 'plans') });
    assert.equal(fromSubfolder.status, 0, fromSubfolder.stderr);
    assert.ok(fromSubfolder.stdout.endsWith('; 3 baselined\n'), fromSubfolder.stdout);
  });
});
