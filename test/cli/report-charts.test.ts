/**
 * The markdown report's charts (docs/reference/cli.md, "markdown"): the purpose matrix and the LTV against its
 * threshold as Mermaid, read by the `mermaid` package's own parser for every sample and for hostile names; their text
 * equivalents; and GitHub's size limits held on runs of 300 files, cutting whole files.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { lint } from '../../src/core/index';
import type { Locale } from '../../src/core/index';
import { formatMarkdown, MARKDOWN_LIMITS } from '../../src/cli/formatters/markdown';
import { mermaidLabel } from '../../src/cli/mermaid';
import type { FileReport, RunReport } from '../../src/cli/report';
import { fromRoot } from '../helpers/paths';
import { Workspace } from '../helpers/cli';
import { edit, READY } from '../helpers/strategy';
import { mermaidBlocks, parseMermaid } from '../helpers/mermaid';

const SAMPLES = [
  ...readdirSync(fromRoot('samples'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `samples/${name}`),
  'samples/enterprise/partner-strategy.yaml',
];

function fileReport(path: string, text: string, locale: Locale = 'en'): FileReport {
  return { path, key: path, text, result: lint(text, { locale }) };
}

function runReport(files: FileReport[], locale: Locale = 'en'): RunReport {
  return { files, locale, quiet: false, unmatched: [], failed: false };
}

/** Each Mermaid point of a quadrant chart: its label as written and its coordinates. */
function points(block: string): { label: string; x: number; y: number }[] {
  return [...block.matchAll(/^ {2}(".*"): \[([\d.]+), ([\d.]+)\]$/gm)].map((m) => ({ label: m[1]!, x: Number(m[2]), y: Number(m[3]) }));
}

/** A strategy whose purposes are `purposes` (type and segment), every segment declared. */
function withPurposes(purposes: { type: string; segment?: string; description?: string }[], title = 'Charts'): string {
  const segments = [...new Set(purposes.flatMap((p) => (p.segment ? [p.segment] : [])))];
  const yaml = (text: string): string => JSON.stringify(text);
  let text = edit(READY, [/^title: .*$/m, `title: ${yaml(title)}`]);
  text = text.replace(/^purposes:\n(?: {2}.*\n|\n)*/m, () =>
    [
      'purposes:',
      ...purposes.map(
        (p) => `  - type: ${p.type}${p.segment ? `\n    segment: ${yaml(p.segment)}` : ''}${p.description ? `\n    description: ${yaml(p.description)}` : ''}`,
      ),
      '',
    ].join('\n'),
  );
  if (segments.length) {
    text = text.replace(
      /^ {2}segments:\n/m,
      () => `  segments:\n${segments.map((id) => `    - { id: ${yaml(id)}, name: ${yaml(id)}, status: new }\n`).join('')}`,
    );
  }
  return text;
}

describe('markdown report: charts', function () {
  this.timeout(120_000);

  for (const locale of ['en', 'ja'] as const) {
    it(`every sample's charts parse with Mermaid's parser, each with its text equivalent (${locale})`, async function () {
      const files = SAMPLES.map((path) => fileReport(path, readFileSync(fromRoot(path), 'utf8'), locale));
      const markdown = formatMarkdown(runReport(files, locale));
      const blocks = mermaidBlocks(markdown);
      const withLtv = files.filter((f) => f.result?.ltv).length;
      assert.ok(blocks.length >= withLtv, `${blocks.length} blocks for ${withLtv} files with an LTV`);
      const types = new Map<string, number>();
      for (const block of blocks) {
        const parsed = await parseMermaid(block);
        types.set(parsed.diagramType, (types.get(parsed.diagramType) ?? 0) + 1);
      }
      assert.deepEqual([...types.keys()].sort(), ['quadrantChart', 'xychart']);
      // Beside each chart, one line of text saying what it shows.
      const lines = markdown.split('\n');
      lines.forEach((line, i) => {
        if (line !== '```') return;
        assert.equal(lines[i + 1], '', `a blank line after the block ending on line ${i + 1}`);
        assert.match(lines[i + 2]!, locale === 'ja' ? /^(目的|1社あたりの LTV)/ : /^(Purposes|LTV per account)/, `the text after line ${i + 1}`);
      });
    });
  }

  it('places each purpose in its quadrant of the matrix, strictly inside (0, 1), and says so in words', async function () {
    const text = withPurposes([
      { type: 'majority-reach', segment: 'kansai-smb' },
      { type: 'integration' },
      { type: 'new-segment', segment: 'clinics' },
      { type: 'new-business-model', description: 'Usage-based plan for dealers' },
      { type: 'sales-capacity' },
    ]);
    const markdown = formatMarkdown(runReport([fileReport('partner-strategy.yaml', text)]));
    const [matrix] = mermaidBlocks(markdown);
    assert.equal((await parseMermaid(matrix!)).diagramType, 'quadrantChart');
    assert.match(matrix!, /^ {2}x-axis "Product as it is" --> "Product made more valuable"$/m);
    assert.match(matrix!, /^ {2}y-axis "New market" --> "Market reached today"$/m);
    assert.match(matrix!, /^ {2}quadrant-2 "Reach the majority"$/m);
    const byLabel = new Map(points(matrix!).map((p) => [p.label, p]));
    const quadrant = (label: string, right: boolean, top: boolean): void => {
      const p = byLabel.get(label);
      assert.ok(p, `${label} is drawn`);
      assert.equal(p.x > 0.5, right, `${label} x ${p.x}`);
      assert.equal(p.y > 0.5, top, `${label} y ${p.y}`);
    };
    quadrant('"kansai-smb"', false, true);
    quadrant('"Integration"', true, true);
    quadrant('"clinics"', false, false);
    quadrant('"Usage-based plan for dealers"', true, false);
    assert.equal(byLabel.size, 4, 'sales-capacity has no point');
    assert.ok(
      markdown.includes(
        'Purposes: Reach the majority (Market reached today × Product as it is, segment "kansai-smb"); Integration (Market reached today × Product made more valuable); Win a new segment (New market × Product as it is, segment "clinics"); New business model (New market × Product made more valuable); to restate as customers reached or value added: More sales people.',
      ),
      markdown,
    );
  });

  it('spreads many purposes of one cell inside it, every point strictly inside its quadrant', function () {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('majority-reach', 'integration', 'new-segment', 'new-business-model'), { minLength: 1, maxLength: 30 }), (types) => {
        const text = withPurposes(types.map((type, i) => ({ type, description: `purpose ${i}` })));
        const [matrix] = mermaidBlocks(formatMarkdown(runReport([fileReport('partner-strategy.yaml', text)])));
        const drawn = points(matrix!);
        assert.ok(drawn.length >= Math.min(types.length, 4) && drawn.length <= types.length);
        for (const p of drawn) {
          const type = types[Number(/purpose (\d+)/.exec(p.label)![1])]!;
          const right = type === 'integration' || type === 'new-business-model';
          const top = type === 'majority-reach' || type === 'integration';
          assert.ok(p.x > (right ? 0.5 : 0) && p.x < (right ? 1 : 0.5), `${type} x ${p.x}`);
          assert.ok(p.y > (top ? 0.5 : 0) && p.y < (top ? 1 : 0.5), `${type} y ${p.y}`);
        }
        assert.equal(new Set(drawn.map((p) => `${p.x},${p.y}`)).size, drawn.length, 'no two points on one spot');
      }),
      { numRuns: 60 },
    );
  });

  it('draws the LTV against its threshold as bars, and as a one-row table where there is no threshold', async function () {
    const markdown = formatMarkdown(
      runReport([fileReport('samples/acme-cloud.partner-strategy.yaml', readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8'))]),
    );
    const bars = mermaidBlocks(markdown).find((block) => block.startsWith('xychart-beta'))!;
    assert.equal((await parseMermaid(bars)).diagramType, 'xychart');
    assert.match(bars, /^ {2}x-axis \["LTV per account", "Threshold", "Partner's share"\]$/m);
    assert.match(bars, /^ {2}bar \[8680628, 3000000, 1736126\]$/m);
    assert.ok(markdown.includes('LTV per account: JPY 8,680,628, at or above the threshold of JPY 3,000,000.'));

    const noThreshold = edit(READY, [/currency: JPY/, 'currency: XTS']); // ISO 4217's code for testing: no threshold
    const result = formatMarkdown(runReport([fileReport('partner-strategy.yaml', noThreshold)]));
    assert.ok(!mermaidBlocks(result).some((block) => block.startsWith('xychart-beta')), 'no bar chart without a threshold');
    assert.match(result, /^\| LTV per account \|\n\| ---: \|\n\| XTS [\d,.]+ \|$/m);
    assert.match(result, /^LTV per account: XTS [\d,.]+, with no threshold to compare it with\.$/m);
  });

  it('says the same in Japanese', async function () {
    const path = 'samples/kantan-yoyaku.partner-strategy.yaml';
    const markdown = formatMarkdown(runReport([fileReport(path, readFileSync(fromRoot(path), 'utf8'), 'ja')], 'ja'));
    for (const block of mermaidBlocks(markdown)) await parseMermaid(block);
    assert.match(markdown, /^ {2}quadrant-2 "マジョリティ層へのリーチ"$/m);
    assert.match(markdown, /^ {2}y-axis "新しい市場" --> "既存市場"$/m);
    assert.ok(
      markdown.includes(
        '目的: マジョリティ層へのリーチ（既存市場×現在の製品、セグメント「salon-kyushu」）。顧客へのリーチか価値の向上として捉え直すべき目的: 営業担当者の数を増やす。',
      ),
      markdown,
    );
    assert.ok(markdown.includes('1社あたりの LTV は931,052円で、しきい値（300万円）を下回っています。'), markdown);
  });

  it('keeps hostile names text: every chart still parses, with exactly its own points and nothing outside its block', async function () {
    const hostile = [
      '"]]; click A call evil',
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '%%{init: {"theme": "dark", "securityLevel": "loose"}}%%',
      '```\n## injected heading\n```',
      '`code` and ``more``',
      '"a": [0.5, 0.5]\n  "b": [0.1, 0.1]',
      'quadrant-1 "taken over"',
      '#quot;; #lt;b#gt; &amp; #35;',
      '-->  --> [x] {y} (z)',
      'x-axis "a" --> "b"\ntitle "new"',
      '\u2028line\u2029separators\u0000\u001b[31m',
      '日本語の「名前」と"引用"',
    ];
    const check = async (names: string[]): Promise<void> => {
      const purposes = names.map((name, i) => ({ type: ['majority-reach', 'integration', 'new-segment', 'new-business-model'][i % 4]!, description: name }));
      const text = withPurposes(purposes, names[0] ?? 'x');
      const markdown = formatMarkdown(runReport([fileReport('partner-strategy.yaml', text)]));
      const blocks = mermaidBlocks(markdown);
      const matrix = blocks.find((block) => block.startsWith('quadrantChart'));
      assert.ok(matrix, markdown);
      await parseMermaid(matrix);
      assert.equal(points(matrix).length, Math.min(names.length, 24), matrix);
      // Every line of the block is one the chart writes: an injected line would start otherwise.
      for (const line of matrix.split('\n').slice(1)) assert.match(line, /^ {2}(title|x-axis|y-axis|quadrant-[1-4]|"[^"]*":) /, line);
      // The fences are ours alone, and no strategy text becomes markup outside them.
      assert.equal(markdown.split('\n').filter((line) => line.startsWith('```')).length, blocks.length * 2);
      const outside = markdown.replace(/^```mermaid\n[\s\S]*?\n```$/gm, '');
      assert.ok(!/<(?!\/?(details|summary)>)/.test(outside), 'no tag but <details> and <summary>');
    };
    await check(hostile);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), { minLength: 1, maxLength: 6 }), async (names) => check(names)),
      { numRuns: 40 },
    );
  });

  it('writes a label as one quoted line with Mermaid entities for quotes, directives, markup and backticks', function () {
    assert.equal(mermaidLabel('say "hi" <b>%%{x}%%</b> `c` #1 & 2'), '"say #34;hi#34; #60;b#62;#37;#37;{x}#37;#37;#60;/b#62; #96;c#96; #35;1 #38; 2"');
    assert.equal(mermaidLabel('a\nb\u2028c'), '"a b c"');
    assert.equal(mermaidLabel('あ'.repeat(60)), `"${'あ'.repeat(47)}…"`);
  });

  it('folds the charts of every file after the first three in <details>', function () {
    const text = readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8');
    const files = [1, 2, 3, 4, 5].map((n) => fileReport(`team-${n}/partner-strategy.yaml`, text));
    const markdown = formatMarkdown(runReport(files));
    const sections = markdown.split(/^#### /m).slice(1);
    assert.equal(sections.length, 5);
    sections.forEach((section, i) => {
      assert.equal(section.includes('<details>'), i >= 3, `section ${i + 1}`);
      assert.equal(mermaidBlocks(section).length, 2);
    });
  });

  it("says each file's readiness at the --new-since ref and now, in its section", function () {
    const text = readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8');
    const before = lint(text).readiness;
    const file = fileReport('partner-strategy.yaml', text.replace('    dedicated: true\n', '    dedicated: false\n'));
    file.base = { readiness: before, findings: 0, existing: 0, fixed: [] };
    const markdown = formatMarkdown({ ...runReport([file]), newSince: { ref: 'main', removed: [] } });
    const section = markdown.slice(markdown.indexOf('#### '));
    assert.match(section, /^readiness: ready → \*\*reconsider\*\* \(Dedicated owner: clear → at risk\)$/m);
  });

  describe("GitHub's size limits", () => {
    const assertWithin = (markdown: string): void => {
      assert.ok(markdown.length <= MARKDOWN_LIMITS.characters, `${markdown.length} characters`);
      assert.ok(Buffer.byteLength(markdown) <= MARKDOWN_LIMITS.bytes, `${Buffer.byteLength(markdown)} bytes`);
    };
    /** The files the report shows: each in every part (verdict row, findings, section), or in none. */
    const shownFiles = (markdown: string, paths: string[]): string[] => {
      const shown = paths.filter((path) => markdown.includes(`| \`${path}\` | **`));
      for (const path of paths) {
        const inSection = markdown.includes(`#### \`${path}\``);
        assert.equal(inSection, shown.includes(path), `${path}: all of it or nothing`);
      }
      return shown;
    };

    it('cuts whole files from a run of 300 and says how many were left out', function () {
      const text = readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml'), 'utf8');
      const paths = Array.from({ length: 300 }, (_, i) => `teams/team-${String(i + 1).padStart(3, '0')}/partner-strategy.yaml`);
      const markdown = formatMarkdown(runReport(paths.map((path) => fileReport(path, text))));
      assertWithin(markdown);
      const shown = shownFiles(markdown, paths);
      assert.ok(shown.length > 3 && shown.length < 300, `${shown.length} files shown`);
      assert.deepEqual(shown, paths.slice(0, shown.length), 'the first files are kept');
      assert.ok(
        markdown
          .trimEnd()
          .endsWith(
            `> ${300 - shown.length} more files left out to stay within GitHub's size limit for a comment. Every finding is in the annotations and the SARIF report; the HTML report (\`-f html\`, the action's \`html-file\`) shows every file.`,
          ),
      );
      assert.match(markdown, /^300 files: /m, 'the counts are of the whole run');
    });

    it('holds the byte limit on 300 Japanese files, run as a process', function () {
      const ws = new Workspace();
      try {
        const text = readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml'), 'utf8');
        const paths = Array.from({ length: 300 }, (_, i) => `チーム${String(i + 1).padStart(3, '0')}/partner-strategy.yaml`);
        for (const path of paths) ws.write(path, text);
        const result = ws.run(['-f', 'markdown', '--locale', 'ja']);
        assert.equal(result.status, 1, result.stderr);
        assertWithin(result.stdout);
        const shown = shownFiles(result.stdout, paths);
        assert.ok(shown.length > 3 && shown.length < 300, `${shown.length} files shown`);
        assert.ok(result.stdout.includes(`残りの${300 - shown.length}ファイルを省略しました。`));
        for (const block of mermaidBlocks(result.stdout).slice(0, 4)) assert.ok(block.startsWith('quadrantChart') || block.startsWith('xychart-beta'));
      } finally {
        ws.dispose();
      }
    });

    it('holds them for a strategy of 10,000 partners, whose charts still parse', async function () {
      const partners = Array.from({ length: 10_000 }, (_, i) => `  - { name: "Partner ${i} \\"]]; click", type: reseller, segments: [kansai-smb] }\n`).join('');
      const text = READY.replace(/^partners:\n/m, `partners:\n${partners}`);
      const markdown = formatMarkdown(runReport([fileReport('big/partner-strategy.yaml', text)]));
      assertWithin(markdown);
      const blocks = mermaidBlocks(markdown);
      assert.equal(blocks.length, 2);
      for (const block of blocks) await parseMermaid(block);
    });

    it('leaves a small run whole', function () {
      const files = SAMPLES.map((path) => fileReport(path, readFileSync(fromRoot(path), 'utf8')));
      const markdown = formatMarkdown(runReport(files));
      assertWithin(markdown);
      assert.equal(shownFiles(markdown, SAMPLES).length, files.filter((f) => f.result?.readiness).length);
      assert.ok(!markdown.includes('left out to stay within'));
    });
  });
});
