/**
 * No English in Japanese output: with --locale ja, every line the CLI writes (findings, severities, the summary,
 * --help, usage and argument errors, run messages, configuration errors) is Japanese, apart from what stays as it is:
 * rule ids, key names, enum values, option names, paths, quoted user text and a few proper names.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { RULE_IDS } from '../../src/core/index';
import { BASE, Workspace } from '../helpers/cli';
import { HOSTILE_CASES, layOut } from '../helpers/hostile';
import { fromRoot } from '../helpers/paths';

/** Names that stay in English (or are no language): the schemas' keys and enum values, rule ids, formats, names. */
const NAMES = new Set<string>([
  ...RULE_IDS.flatMap((id) => id.split('-')),
  'stylish',
  'json',
  'sarif',
  'github',
  'junit',
  'rdjson',
  'gitlab',
  'markdown',
  'html',
  // The markdown report's folded charts (<details><summary>) and the action that uploads the HTML report.
  'details',
  'summary',
  'Action',
  // --mcp: the Model Context Protocol server for AI assistants.
  'MCP',
  'AI',
  'en',
  'ja',
  'auto',
  'off',
  'partnerlint',
  'git',
  'YAML',
  'JSON',
  'SARIF',
  'GitHub',
  'LTV',
  'PMF',
  'UTF',
  'FIFO',
  'ISO',
  'MiB',
  'JPY',
  'USD',
  'EUR',
  'GBP',
  'KRW',
  'https',
  'com',
  'blob',
  'main',
  'docs',
  'rules',
  'md',
  'yaml',
  'yml',
  'glob',
  // The cache's default file name (.partnerlintcache, after ESLint's .eslintcache).
  'partnerlintcache',
]);
for (const file of ['schemas/partner-strategy.schema.json', 'schemas/partnerlint-config.schema.json']) {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'properties' && child && typeof child === 'object') for (const name of Object.keys(child)) NAMES.add(name);
        if (key === 'enum' && Array.isArray(child)) for (const value of child) for (const part of String(value).split('-')) NAMES.add(part);
        visit(child);
      }
    }
  };
  visit(JSON.parse(readFileSync(fromRoot(file), 'utf8')));
}

/** The Latin words of a line of Japanese output that are not names; source excerpts and file headers are the user's. */
function englishIn(output: string): string[] {
  const found: string[] = [];
  // A Mermaid block's keywords are its syntax; its labels are quoted, and Japanese.
  const prose = output.replace(/^```mermaid\n[\s\S]*?\n```$/gm, '');
  for (const line of prose.split('\n')) {
    if (/^\s+\|/.test(line) || /^\S+\.(ya?ml|json)$/.test(line) || /^[\w./-]+$/.test(line)) continue;
    const words =
      line
        .replace(/`[^`]*`/g, ' ') // keys, values and rule ids in code
        .replace(/'[^']*'|"[^"]*"|「[^」]*」/g, ' ') // quoted user text: an option, a pattern, a KPI's name
        .replace(/(?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:ya?ml|json|md)(?::\d+:\d+)?/g, ' ') // paths
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/--?[a-z][a-z-]*/g, ' ') // option names
        .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, ' ') // environment variables
        .match(/[A-Za-z]{2,}/g) ?? [];
    for (const word of words) if (!NAMES.has(word)) found.push(`${word}  in: ${line.trim().slice(0, 120)}`);
  }
  return [...new Set(found)];
}

describe('CLI process: no English in Japanese output', function () {
  this.timeout(120_000);
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
  });
  afterEach(() => ws.dispose());

  const assertJapanese = (args: string[], what: string): void => {
    const result = ws.run(['--locale', 'ja', ...args]);
    const found = englishIn(result.stdout + result.stderr);
    assert.equal(found.length, 0, `${what}:\n${found.join('\n')}`);
  };

  it('--help, --list-rules and a clean run with --summary', () => {
    ws.write('partner-strategy.yaml', BASE);
    assertJapanese(['--help'], '--help');
    assertJapanese(['--list-rules'], '--list-rules');
    assertJapanese(['--summary'], '--summary');
  });

  it('every usage and argument error', () => {
    ws.write('partner-strategy.yaml', BASE);
    const bad = [
      ['--bogus'],
      ['-x'],
      ['-f'],
      ['-f', 'xml'],
      ['--quiet=1'],
      ['--locale', 'ja', '--max-warnings', 'many'],
      ['-o', ''],
      ['-o', 'a', '-o', 'b'],
      ['--stdin-filename', 'x'],
      ['--stdin', 'a.yaml'],
      ['--locale', 'fr'],
    ];
    for (const args of bad) {
      const result = ws.run(['--locale', 'ja', ...args]);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(englishIn(result.stderr).length, 0, `${args.join(' ')}:\n${result.stderr}`);
      assert.equal((result.stderr.match(/'/g) ?? []).length % 2, 0, `balanced quotes: ${result.stderr}`);
    }
  });

  it('findings of every kind, in stylish and markdown, with a summary', () => {
    const messy = BASE.replace('status: achieved', 'status: not-yet')
      .replace('targetCompanies: 12000', 'targetCompanies: 300')
      .replace('budget: approved', 'budget: requested')
      .replace('headcount: approved', 'headcount: none')
      .replace('dedicated: true', 'dedicated: false')
      .replace('directSalesQuota: false', 'directSalesQuota: true')
      .replace('monthlyPrice: 5000', 'monthlyPrice: 500')
      .replace('monthlyChurnRate: 0.01', 'monthlyChurnRate: 0.05')
      .replace('priority: high', 'priority: low');
    ws.write('partner-strategy.yaml', messy);
    assertJapanese(['--summary'], 'stylish');
    assertJapanese(['-f', 'markdown'], 'markdown');
  });

  it('speaks Japanese about the files a `locale: ja` configuration covers, whatever the system language (rules v2)', () => {
    const pending = BASE.replace('budget: approved', 'budget: requested').replace('expertise: medium', 'expertise: high');
    ws.write('jp/.partnerlint.yaml', 'locale: ja\n');
    ws.write('jp/partner-strategy.yaml', pending);
    const env = { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
    // Alone, every word of the report is Japanese: check names, statuses, the verdict, the reasons and the run's summary.
    for (const args of [['--summary'], ['-f', 'markdown']]) {
      const result = ws.run(['jp', ...args], { env });
      assert.equal(englishIn(result.stdout).length, 0, `${args.join(' ')}:\n${englishIn(result.stdout).join('\n')}`);
      assert.match(result.stdout, /要再検討/);
    }
    // Beside an English file, each file's own lines follow its language.
    ws.write('us/partner-strategy.yaml', pending);
    const both = ws.run(['--summary'], { env }).stdout;
    const [jp, us] = [
      both.slice(both.indexOf('jp/partner-strategy.yaml'), both.indexOf('us/partner-strategy.yaml')),
      both.slice(both.indexOf('us/partner-strategy.yaml')),
    ];
    assert.equal(englishIn(jp).length, 0, jp);
    assert.match(jp, /準備状況: 要再検討/);
    assert.match(us, /readiness: reconsider/);
    assert.match(us, /Specialist knowledge\s+at risk/);
  });

  for (const hostile of HOSTILE_CASES.filter((c) => !c.asOtherUser)) {
    it(`broken input: ${hostile.name}`, () => {
      layOut(ws.root, hostile.files);
      assertJapanese(hostile.args ?? ['.'], 'stylish');
    });
  }
});
