/**
 * The one preview view (src/core/view/preview-view.ts): the panel and the HTML report draw the same content from it,
 * only their interactions differ; and its markup keeps every strategy text a text.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { lint, previewModel } from '../../src/core/index';
import { previewLabels } from '../../src/core/view/labels';
import { previewView } from '../../src/core/view/preview-view';
import { escapeHtml, h, toHtml, visibleText, withCode } from '../../src/core/view/tree';
import type { ViewNode } from '../../src/core/view/tree';
import { fromRoot } from '../helpers/paths';

const SAMPLES = readdirSync(fromRoot('samples'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(fromRoot('samples', name), 'utf8'));

/** The text a reader sees, element by element, without the panel's lock button. */
function texts(nodes: readonly ViewNode[]): string[] {
  const out: string[] = [];
  const walk = (node: ViewNode): void => {
    if (typeof node === 'string') out.push(node);
    else if (node.attributes.class !== 'lock') node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

function elements(nodes: readonly ViewNode[], match: (tag: string, attributes: Record<string, string>) => boolean): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const walk = (node: ViewNode): void => {
    if (typeof node === 'string') return;
    if (match(node.tag, node.attributes)) found.push(node.attributes);
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
}

describe('preview view: one drawing for the panel and the page', () => {
  for (const locale of ['en', 'ja'] as const) {
    it(`shows the same text in the panel and on the page, for every sample (${locale})`, () => {
      for (const text of [...SAMPLES, 'title: [unclosed\n']) {
        const model = previewModel(text, lint(text, { locale }), locale);
        const labels = previewLabels(locale);
        const panel = previewView(model, labels, { fileName: 'partner-strategy.yaml', panel: { locked: false } });
        const page = previewView(model, labels, { fileName: 'partner-strategy.yaml', idPrefix: 'file-1-' });
        assert.deepEqual(texts(page), texts(panel));
        assert.ok(texts(page).length > 5);
      }
    });
  }

  it('makes purposes, reasons and findings buttons to their lines in the panel, and text with rule links on the page', () => {
    const text = readFileSync(fromRoot('samples', 'kantan-yoyaku.partner-strategy.yaml'), 'utf8');
    const result = lint(text);
    const model = previewModel(text, result, 'en');
    const labels = previewLabels('en');
    const panel = previewView(model, labels, { fileName: 'f.yaml', panel: { locked: true } });
    const buttons = elements(panel, (tag) => tag === 'button');
    const reveal = buttons.filter((b) => b['data-line'] !== undefined);
    assert.ok(reveal.every((b) => Number(b['data-line']) >= 1 && Number(b['data-column']) >= 1));
    assert.equal(buttons.filter((b) => b.class === 'finding-button').length, result.findings.length);
    assert.deepEqual(
      buttons.filter((b) => b.class === 'lock'),
      [{ type: 'button', class: 'lock', 'aria-pressed': 'true', title: labels.unlockTitle }],
    );
    const excerpts = result.findings.map((f) => [`  | line ${f.range.start.line}`]);
    const page = previewView(model, labels, { fileName: 'f.yaml', idPrefix: 'file-2-', excerpts });
    assert.deepEqual(
      elements(page, (tag) => tag === 'button'),
      [],
    );
    assert.deepEqual(
      elements(page, (tag, a) => tag === 'a' && a.class === 'rule').map((a) => a.href),
      result.findings.map((f) => f.docsUrl),
    );
    const html = toHtml(page);
    for (const f of result.findings) assert.ok(html.includes(`<pre class="excerpt">  | line ${f.range.start.line}</pre>`));
    // Every id is the file's own, so several files share a page.
    const ids = elements(page, (_, a) => a.id !== undefined).map((a) => a.id!);
    assert.ok(ids.length > 5 && ids.every((id) => id.startsWith('file-2-')));
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('view markup: strategy text stays text', () => {
  it('escapes any text and attribute value, and shows control and bidirectional characters as escapes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const html = toHtml([h('p', { title: text }, text)]);
        const match = /^<p title="([^"<>]*)">([^<>]*)<\/p>$/.exec(html);
        assert.ok(match, html);
        assert.equal(match[1], escapeHtml(text));
        assert.equal(match[2], escapeHtml(visibleText(text)));
        assert.ok(!/[\u0000-\u0008\u202a-\u202e\u2066-\u2069]/.test(match[2]!));
      }),
      { numRuns: 500 },
    );
    assert.equal(toHtml(['<script>alert(1)</script> & "x"']), '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    assert.equal(visibleText('ok\u202eevil\u0000\n\tend'), 'ok\\u202eevil\\u0000\n\tend');
  });

  it('shows the keys and values a message quotes in backticks as code, and every other character as text', () => {
    assert.equal(
      toHtml([h('span', {}, ...withCode('Set `organization.owner.dedicated: false` to `true`, or ` alone.'))]),
      '<span>Set <code>organization.owner.dedicated: false</code> to <code>true</code>, or ` alone.</span>',
    );
    assert.equal(toHtml(withCode('`<img src=x onerror=alert(1)>`')), '<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    // Whatever the message, the reader sees all of it but the backticks that made code, and nothing becomes markup.
    const messageCharacters = fc.constantFrom('`', '\n', 'a', ' ', '<', '>', '&', '"', 'セ', '\u202e');
    fc.assert(
      fc.property(fc.string({ unit: messageCharacters, maxLength: 40 }), (message) => {
        const nodes = withCode(message);
        const seen = nodes.map((node) => (typeof node === 'string' ? visibleText(node) : texts([node]).join(''))).join('');
        // Nothing is lost or added but the backtick runs that fence code (and the space that pads one).
        const bare = (text: string) => text.replace(/[` ]/g, '');
        assert.equal(bare(seen), bare(visibleText(message)));
        for (const node of nodes) if (typeof node !== 'string') assert.equal(node.tag, 'code');
        assert.doesNotMatch(toHtml([h('p', {}, ...nodes)]).replace(/<\/?(p|code)>/g, ''), /[<>]/);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a tag or attribute name that is not a plain name (they are the view's own, never strategy text)", () => {
    assert.throws(() => toHtml([h('p onclick=x', {})]), /not a tag name/);
    assert.throws(() => toHtml([h('p', { 'x onclick': 'y' })]), /not an attribute name/);
  });
});
