/** Rule documentation cannot drift from the code: every rule has a page, every page a rule, and its examples are linted. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { lint, rules } from '../src/core/index';
import { fromRoot } from './helpers/paths';

const docsFolder = fromRoot('docs/rules');
const pages = readdirSync(docsFolder).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();

function examples(page: string, kind: 'failing' | 'passing'): string[] {
  const fence = new RegExp('^```yaml ' + kind + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...page.matchAll(fence)].map((m) => m[1] ?? '');
}

describe('rule documentation', () => {
  it('has a page for every rule and a rule for every page', () => {
    assert.deepEqual(pages, rules.map((r) => r.meta.id).sort());
  });

  it('lists every rule in docs/rules/README.md and README.md', () => {
    const index = readFileSync(fromRoot('docs/rules/README.md'), 'utf8');
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    for (const rule of rules) {
      assert.ok(index.includes(`(${rule.meta.id}.md)`), `docs/rules/README.md does not link ${rule.meta.id}`);
      assert.ok(readme.includes(`docs/rules/${rule.meta.id}.md`), `README.md does not link ${rule.meta.id}`);
    }
  });

  for (const rule of rules) {
    describe(rule.meta.id, () => {
      const read = (): string => readFileSync(fromRoot('docs/rules', `${rule.meta.id}.md`), 'utf8');

      it('states the id, default severity and title from the code, in English and Japanese', () => {
        const page = read();
        assert.ok(page.startsWith(`# \`${rule.meta.id}\`\n`), 'the page must start with "# `id`"');
        assert.ok(page.includes(`**Default severity:** ${rule.meta.defaultSeverity}`), 'default severity differs from the code');
        assert.ok(page.includes(`**既定の重要度:** ${rule.meta.defaultSeverity}`), 'Japanese default severity differs from the code');
        assert.ok(page.includes(rule.meta.title.en), 'English title differs from the code');
        assert.ok(page.includes(rule.meta.title.ja), 'Japanese title differs from the code');
        assert.ok(page.includes('\n## 日本語\n'), 'no Japanese section');
      });

      it('has a failing example that yields exactly this rule', () => {
        const failing = examples(read(), 'failing');
        assert.equal(failing.length, 1, 'exactly one ```yaml failing block');
        const findings = lint(failing[0]!).findings;
        assert.ok(findings.length > 0, 'the failing example yields nothing');
        assert.deepEqual([...new Set(findings.map((f) => f.ruleId))], [rule.meta.id], findings.map((f) => `${f.range.start.line} ${f.ruleId} ${f.message}`).join('\n'));
      });

      it('has a passing example that yields nothing', () => {
        const passing = examples(read(), 'passing');
        assert.equal(passing.length, 1, 'exactly one ```yaml passing block');
        const findings = lint(passing[0]!).findings;
        assert.deepEqual(findings.map((f) => `${f.range.start.line} ${f.ruleId} ${f.message}`), []);
      });
    });
  }
});
