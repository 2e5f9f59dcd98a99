/**
 * A strategy's text cannot leave its quoting in any report. Generated strategies put hostile text (mentions, issue
 * references, bare links, Markdown images and links, HTML, backtick runs, pipes) in a key, a value, a segment id, a
 * segment's name and the file's name; each report is read as its consumer reads it: the markdown (the pull-request
 * comment) and reviewdog's rdjson messages by a CommonMark renderer, SARIF's messages for embedded links, JUnit's XML
 * for elements, the HTML page for markup.
 */
import { strict as assert } from 'node:assert';
import { Parser } from 'commonmark';
import type { Node } from 'commonmark';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { catalogue, DOCS_BASE_URL } from '../../src/core/index';
import { BASE, runInProcess, Workspace } from '../helpers/cli';

const PAYLOADS = [
  '@evil',
  'ping @octocat now',
  '#12',
  'see GH-7',
  'owner/repo#3',
  '![pixel](https://evil.example/p.png)',
  '[click](https://evil.example)',
  '<img src=x onerror=alert(1)>',
  '<b>bold</b>',
  '<!-- hidden -->',
  '**strong**',
  '_em_',
  '`',
  '``',
  'a`b',
  '```',
  '|',
  '\\',
  '&amp;',
  'www.evil.example',
  'https://evil.example/x',
  'mail me@evil.example',
  '$x^2$',
  '~~gone~~',
  '日本語',
];

/** Hostile text: a few payloads joined, as a value, key or id could hold them. */
const hostile = fc.array(fc.constantFrom(...PAYLOADS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));

/** Where a reader would see a mention, a reference or a bare link in plain text (GitHub's own filters read text so). */
const LIVE_IN_TEXT = [/@[\p{L}\p{N}_]/u, /#[\p{L}\p{N}]/u, /\bGH-\d/i, /[a-z]+:\/\//i, /\bwww\./i];

/** The only links a report makes: to our own documentation (the rules' pages). */
const OUR_DOCS = DOCS_BASE_URL.replace(/rules\/$/, '');

/** Every node of a CommonMark document that makes markup a reader sees as more than text. */
function offences(markdown: string, verdictWords: Set<string>): string[] {
  const found: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const node: Node = event.node;
    if (node.type === 'image') found.push(`image ${node.destination}`);
    if (node.type === 'link' && !(node.destination ?? '').startsWith(OUR_DOCS)) found.push(`link ${node.destination}`);
    if ((node.type === 'html_inline' || node.type === 'html_block') && !/^(<\/?(details|summary)>\s*)+$/.test(node.literal ?? ''))
      found.push(`html ${node.literal}`);
    if (node.type === 'emph') found.push('emphasis');
    if (node.type === 'strong' && !verdictWords.has(node.firstChild?.literal ?? '')) found.push(`strong ${node.firstChild?.literal}`);
    if (node.type === 'text') for (const live of LIVE_IN_TEXT) if (live.test(node.literal ?? '')) found.push(`text ${JSON.stringify(node.literal)} (${live})`);
  }
  return found;
}

describe('reports: a strategy’s text never leaves its quoting (generated hostile text)', function () {
  this.timeout(300_000);
  let ws: Workspace;
  before(() => {
    ws = new Workspace();
  });
  after(() => ws.dispose());

  it('makes no link, mention, image, HTML or emphasis in markdown or rdjson, no embedded link in SARIF, no element in JUnit or HTML', async () => {
    // Our own emphasis: verdicts and the checks' names.
    const verdictWords = new Set(
      (['en', 'ja'] as const).flatMap((locale) => [...Object.values(catalogue(locale).verdicts), ...Object.values(catalogue(locale).checks)]),
    );
    const base = parse(BASE) as Record<string, Record<string, unknown> & unknown[]>;
    let count = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ key: hostile, value: hostile, id: hostile, name: hostile, file: hostile }),
        fc.constantFrom('en', 'ja'),
        async (texts, locale) => {
          type Item = Record<string, unknown>;
          const data = structuredClone(base) as unknown as Record<string, unknown> & {
            economics: Item;
            purposes: Item[];
            partners: Item[];
            market: { segments: Item[] };
          };
          data[texts.key] = 1;
          data.economics.pricing = texts.value;
          data.purposes[0]!.segment = texts.id;
          data.partners[0]!.segments = [texts.id];
          data.market.segments[0]!.name = texts.name;
          const name = `${texts.file.replace(/[/\0]/g, '_')}.partner-strategy.yaml`;
          ws.write(`case/${name}`, stringify(data));
          const run = async (format: string) => (await runInProcess(ws.root, ['case', '-f', format, '--locale', locale])).stdout;
          const markdown = await run('markdown');
          assert.deepEqual(offences(markdown, verdictWords), [], markdown);
          const rdjson = JSON.parse(await run('rdjson')) as { diagnostics: { message: string }[] };
          for (const { message } of rdjson.diagnostics) assert.deepEqual(offences(message, verdictWords), [], message);
          const sarif = JSON.parse(await run('sarif')) as { runs: { results: { message: { text: string } }[] }[] };
          for (const result of sarif.runs[0]!.results) {
            // A bracket that is not escaped by an odd number of backslashes would open an embedded link.
            assert.doesNotMatch(result.message.text, /(^|[^\\])(\\\\)*[[\]]/, result.message.text);
          }
          const junit = await run('junit');
          const elements = junit.match(/<[a-zA-Z!?][^>]*>/g) ?? [];
          const ours = /^<(\?xml |\/?(testsuites|testsuite|testcase|failure|error|properties|property)[ >/])/;
          for (const element of elements) assert.match(element, ours, element);
          assert.doesNotMatch(junit, /&(?!(amp|lt|gt|quot|apos|#\d+);)/, 'every ampersand an entity');
          const html = await run('html');
          assert.doesNotMatch(html, /<(img|b|script)[\s>]|<!-- hidden/, 'no element of the strategy’s');
          count++;
          ws.dispose();
          ws = new Workspace();
        },
      ),
      { numRuns: 60 },
    );
    assert.equal(count, 60);
  });
});
