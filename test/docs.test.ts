/** Rule documentation cannot drift from the code: every rule has a page, every page a rule, and its examples are linted. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { catalogue, CHECK_IDS, DEFAULT_MIN_LTV, lint, PLACEHOLDER_MARKERS, rules } from '../src/core/index';
import { fromRoot } from './helpers/paths';

const docsFolder = fromRoot('docs/rules');
const pages = readdirSync(docsFolder)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.slice(0, -3))
  .sort();

function examples(page: string, kind: 'failing' | 'passing'): string[] {
  const fence = new RegExp(`^\`\`\`yaml ${kind}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
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
        assert.ok(
          page.includes(`**既定の重要度:** ${catalogue('ja').severities[rule.meta.defaultSeverity]}`),
          'Japanese default severity differs from the code (in the Japanese word: エラー / 警告 / 情報)',
        );
        assert.ok(page.includes(rule.meta.title.en), 'English title differs from the code');
        assert.ok(page.includes(rule.meta.title.ja), 'Japanese title differs from the code');
        assert.ok(page.includes('\n## 日本語\n'), 'no Japanese section');
      });

      it('names the readiness checks its metadata says it feeds, in English and Japanese, and links how the verdict is reached', () => {
        const page = read();
        const english = /\*\*Readiness check:\*\*([^\n]*(?:\n(?!\n)[^\n]*)*)/.exec(page)?.[1] ?? '';
        const japanese = /\*\*準備状況チェック:\*\*([^\n]*)/.exec(page)?.[1] ?? '';
        // The checks are named before the dash; what follows says when, and may name other things.
        const englishChecks = english.split(' — ')[0]!;
        const japaneseChecks = japanese.split(' — ')[0]!;
        const feeds = rule.meta.id === 'schema' ? [] : (rule.meta.feeds ?? []);
        for (const id of CHECK_IDS) {
          assert.equal(englishChecks.includes(catalogue('en').checks[id]), feeds.includes(id), `English line and meta.feeds disagree on ${id}: ${english}`);
          assert.equal(japaneseChecks.includes(catalogue('ja').checks[id]), feeds.includes(id), `Japanese line and meta.feeds disagree on ${id}: ${japanese}`);
        }
        if (feeds.length === 0 && rule.meta.id !== 'schema') assert.match(english, /^ none/);
        assert.ok(english.includes('(../reference/readiness.md)') && japanese.includes('(../reference/readiness.md#日本語)'));
      });

      it('has a failing example that yields exactly this rule', () => {
        const failing = examples(read(), 'failing');
        assert.equal(failing.length, 1, 'exactly one ```yaml failing block');
        const findings = lint(failing[0]!).findings;
        assert.ok(findings.length > 0, 'the failing example yields nothing');
        assert.deepEqual(
          [...new Set(findings.map((f) => f.ruleId))],
          [rule.meta.id],
          findings.map((f) => `${f.range.start.line} ${f.ruleId} ${f.message}`).join('\n'),
        );
      });

      it('has a passing example that yields nothing', () => {
        const passing = examples(read(), 'passing');
        assert.equal(passing.length, 1, 'exactly one ```yaml passing block');
        const findings = lint(passing[0]!).findings;
        assert.deepEqual(
          findings.map((f) => `${f.range.start.line} ${f.ruleId} ${f.message}`),
          [],
        );
      });
    });
  }
});

describe('docs/reference/readiness.md: how the verdict is reached', () => {
  const page = readFileSync(fromRoot('docs/reference/readiness.md'), 'utf8');

  it('lists the 30 default LTV thresholds exactly as the code has them', () => {
    const table = page.slice(page.indexOf('<!-- reference:min-ltv -->'), page.indexOf('<!-- /reference:min-ltv -->'));
    const documented = Object.fromEntries([...table.matchAll(/\| ([A-Z]{3}) \| ([\d,]+) /g)].map((m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))]));
    assert.deepEqual(documented, { ...DEFAULT_MIN_LTV });
  });

  it('names, under each check, every rule whose metadata says it feeds that check', () => {
    const english = page.slice(0, page.indexOf('\n## 日本語\n'));
    for (const id of CHECK_IDS) {
      const start = english.indexOf(`### ${catalogue('en').checks[id]}`);
      const section = english.slice(start, english.indexOf('\n### ', start + 4));
      for (const rule of rules.filter((r) => r.meta.id !== 'schema' && r.meta.feeds?.includes(id))) {
        assert.ok(section.includes(`\`${rule.meta.id}\``), `the section on ${id} does not name ${rule.meta.id}`);
      }
    }
  });

  it('names every check, in English and Japanese, and is linked from the README and the rules index', () => {
    for (const id of CHECK_IDS) {
      assert.ok(page.includes(`### ${catalogue('en').checks[id]}`), `no section for ${id}`);
      assert.ok(page.includes(`| ${catalogue('ja').checks[id]} |`), `no Japanese row for ${id}`);
    }
    assert.ok(readFileSync(fromRoot('README.md'), 'utf8').includes('(docs/reference/readiness.md)'));
    assert.ok(readFileSync(fromRoot('docs/rules/README.md'), 'utf8').includes('(../reference/readiness.md)'));
  });

  it('has no line break inside a Japanese paragraph (GitHub shows it as a space)', () => {
    const japanese = page.slice(page.indexOf('\n## 日本語\n'));
    const paragraphs = japanese.split(/\n\n/).filter((p) => !p.startsWith('|') && !p.startsWith('#') && !p.startsWith('-') && !p.startsWith('>'));
    for (const paragraph of paragraphs) assert.ok(!paragraph.trim().includes('\n'), paragraph);
  });
});

describe('docs/rules/placeholder-text.md', () => {
  it('lists the placeholder markers exactly as the code has them', () => {
    const page = readFileSync(fromRoot('docs/rules/placeholder-text.md'), 'utf8');
    const list = page.slice(page.indexOf('<!-- placeholder-markers:'), page.indexOf('A text that begins with a marker'));
    const documented = [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    assert.deepEqual(documented, [...PLACEHOLDER_MARKERS]);
  });
});

describe('docs/reference/japanese-style.md: how partnerlint writes Japanese', () => {
  const page = readFileSync(fromRoot('docs/reference/japanese-style.md'), 'utf8');

  it('is linked from the README, and each "after" example is a message the code gives', () => {
    assert.ok(readFileSync(fromRoot('README.md'), 'utf8').includes('(docs/reference/japanese-style.md)'));
    const messages = rules.flatMap((rule) => Object.values(rule.messages.ja).map((format) => format(new Proxy({}, { get: () => '' }), 'ja')));
    for (const after of [
      'PMF はまだ達成されていません（`product.pmf.status: not-yet`）。',
      'ファイルに経営層のスポンサーの記載がありません。',
      '目的はマジョリティ層へのリーチですが、`type: local-king` のパートナーがいません。',
    ]) {
      assert.ok(page.includes(after), after);
      assert.ok(
        messages.some((message) => message.startsWith(after)),
        `no message starts with ${after}`,
      );
    }
    const churn = lint(
      'version: 1\ntitle: t\nproduct: {name: p}\nmarket: {targetCompanies: 900}\neconomics: {pricing: per-account, monthlyPrice: 50000, monthlyChurnRate: 0.045}\n',
      { locale: 'ja' },
    );
    const churnAfter = '月次解約率（`economics.monthlyChurnRate`）は4.5%で、しきい値の3%を超えています。';
    assert.ok(page.includes(churnAfter));
    assert.ok(
      churn.findings.some((finding) => finding.ruleId === 'high-churn' && finding.message.startsWith(churnAfter)),
      'high-churn says it so',
    );
    assert.ok(page.includes(`| ${rules.find((rule) => rule.meta.id === 'no-executive-sponsor')!.meta.title.ja} |`));
    assert.equal(catalogue('ja').verdicts.reconsider, '要再検討');
    assert.equal(catalogue('ja').checkStatus.unknown, '未確定');
  });
});
