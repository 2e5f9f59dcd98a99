/**
 * The playground (site/dist/, `npm run site`) as a visitor meets it: served from 127.0.0.1 by a static server of this
 * test's own, in real Chromium. Every request must stay on the origin; console errors, page errors and dialogs are
 * counted; screenshots go to test-artifacts/playground/.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { lint, newStrategyTemplate } from '../../src/core/index';
import { fromRoot } from '../helpers/paths';

// The page's globals, as the functions given to page.evaluate use them (this file is compiled without the DOM's types).
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
declare const document: {
  documentElement: PageElement & { lang: string };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
};
declare const window: unknown;
declare const location: { hash: string; search: string };
declare const navigator: unknown;

const DIST = fromRoot('site/dist');
const ARTIFACTS = fromRoot('test-artifacts', 'playground');
const ACME = readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8');
const KANTAN = readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml'), 'utf8');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

const shareLink = (text: string): string => `#yaml=${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`;
const fromLink = (hash: string): string => inflateRawSync(Buffer.from(hash.replace(/^#yaml=/, ''), 'base64url')).toString('utf8');

interface Visit {
  page: Page;
  outside: string[];
  errors: string[];
  close: () => Promise<void>;
}

describe('the playground in Chromium', function () {
  this.timeout(120_000);
  let server: Server;
  let origin: string;
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(join(DIST, 'index.html')), 'site/dist is built (npm run site)');
    mkdirSync(ARTIFACTS, { recursive: true });
    server = createServer((request, response) => {
      const path = normalize(join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
      const file = path.startsWith(DIST) && existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
      if (!file.startsWith(DIST) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function visit(path: string, options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<Visit> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    const visit: Visit = { page, outside: [], errors: [], close: () => context.close() };
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith(`${origin}/`)) return route.continue();
      visit.outside.push(route.request().url());
      return route.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') visit.errors.push(message.text());
    });
    page.on('pageerror', (error) => visit.errors.push(String(error)));
    page.on('dialog', (dialog) => {
      visit.errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${origin}/${path}`);
    return visit;
  }

  /** Waits for the verdict of the text as it is now (the result is not busy) and returns it with the findings. */
  async function verdictOf(page: Page, timeout = 5_000): Promise<{ verdict: string | null; findings: number }> {
    await page.waitForFunction(() => document.querySelector('#result:not([aria-busy]) .verdict, #result:not([aria-busy]) #problem') !== null, undefined, {
      timeout,
    });
    return page.evaluate(() => ({
      verdict: document.querySelector('#result .verdict')?.getAttribute('data-verdict') ?? null,
      findings: Number(document.querySelector('#result')?.getAttribute('data-findings')),
    }));
  }

  async function replaceText(page: Page, text: string): Promise<void> {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }

  function assertQuiet(visited: Visit): void {
    assert.deepEqual(visited.outside, [], 'nothing requested outside the origin');
    assert.deepEqual(visited.errors, [], 'no console error, page error or dialog');
  }

  it('opens with a sample: its findings inline and in a list, its verdict and preview, and the text in the link', async () => {
    const visited = await visit('');
    try {
      const { page } = visited;
      const shown = await verdictOf(page);
      assert.deepEqual(shown, { verdict: lint(ACME).readiness!.verdict, findings: lint(ACME).findings.length });
      await page.waitForFunction(() => location.hash.startsWith('#yaml='));
      assert.equal(fromLink(await page.evaluate(() => location.hash)), ACME);
      assert.ok((await page.locator('#result table.matrix').count()) === 1 && (await page.locator('#result figure.chart svg').count()) === 1);
      await page.screenshot({ path: join(ARTIFACTS, 'sample-light.png') });
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });

  it('shows the findings and verdict of typed text within a second, and jumps to a finding from the list', async () => {
    const visited = await visit('');
    try {
      const { page } = visited;
      await verdictOf(page);
      const text = ACME.replace('    dedicated: true\n', '    dedicated: false\n');
      await replaceText(page, text);
      const started = Date.now();
      const shown = await verdictOf(page, 1_000);
      assert.equal(shown.verdict, 'reconsider', `after ${Date.now() - started} ms`);
      assert.equal(shown.findings, lint(text).findings.length);
      await page.waitForSelector('.cm-lintRange-error', { timeout: 1_000 });
      await page.locator('#result .finding-button').first().click();
      const line = lint(text).findings[0]!.range.start.line;
      assert.equal(await page.locator('.cm-activeLine').textContent(), text.split('\n')[line - 1]);
      await page.screenshot({ path: join(ARTIFACTS, 'typed-finding.png') });
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });

  it('opens a link made in Node with its text, findings and verdict; the link follows an edit', async () => {
    const visited = await visit(shareLink(KANTAN));
    try {
      const { page } = visited;
      const expected = lint(KANTAN);
      assert.deepEqual(await verdictOf(page), { verdict: expected.readiness!.verdict, findings: expected.findings.length });
      assert.match((await page.locator('.cm-line').first().textContent()) ?? '', /^# /);
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('# 追記: 四半期ごとに見直す\n');
      const edited = `${KANTAN}# 追記: 四半期ごとに見直す\n`;
      // The link is updated shortly after the typing stops.
      let linked = '';
      for (const deadline = Date.now() + 5_000; Date.now() < deadline && linked !== edited; await page.waitForTimeout(100)) {
        linked = fromLink(await page.evaluate(() => location.hash));
      }
      assert.equal(linked, edited);
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });

  it('says why a broken link is broken and shows the sample instead, never a blank page', async () => {
    const broken: [hash: string, locale: 'en' | 'ja', reason: string][] = [
      ['#yaml=!!!not-base64', 'en', 'it has characters that no playground link has'],
      ['#yaml=abcde', 'en', 'it has characters that no playground link has'],
      [`#yaml=${Buffer.from('not deflate').toString('base64url')}`, 'en', 'its data does not unpack, so it may have been cut short'],
      [shareLink(ACME).slice(0, 200), 'en', 'its data does not unpack, so it may have been cut short'],
      [`#yaml=${deflateRawSync(Buffer.from([0x74, 0xff, 0xfe])).toString('base64url')}`, 'en', 'its text is not UTF-8'],
      // A bomb: 64 MB of spaces in a few kilobytes of link.
      [`#yaml=${deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 }).toString('base64url')}`, 'ja', '展開すると 4 MB を超えます'],
    ];
    for (const [hash, locale, reason] of broken) {
      const visited = await visit(`?locale=${locale}${hash}`);
      try {
        const { page } = visited;
        assert.equal((await verdictOf(page)).verdict, lint(locale === 'ja' ? KANTAN : ACME).readiness!.verdict, 'the default sample');
        const expected =
          locale === 'ja'
            ? `リンクを読み取れませんでした。${reason}。代わりにサンプルを表示します。`
            : `The link could not be read: ${reason}. The sample is shown instead.`;
        assert.equal(await page.locator('#notice').textContent(), expected);
        assert.equal(await page.locator('#notice').isVisible(), true);
        assertQuiet(visited);
      } finally {
        await visited.close();
      }
    }
  });

  it('works offline once loaded: it opens again, lints and reads links with the network gone', async () => {
    const visited = await visit('');
    try {
      const { page } = visited;
      await verdictOf(page);
      // The service worker has kept the site's files.
      await page.evaluate(async () => {
        await (navigator as { serviceWorker: { ready: Promise<unknown> } }).serviceWorker.ready;
      });
      await page.context().setOffline(true);
      await page.goto(`${origin}/?locale=ja${shareLink(KANTAN)}`);
      assert.deepEqual(await verdictOf(page), { verdict: lint(KANTAN).readiness!.verdict, findings: lint(KANTAN).findings.length });
      assert.equal(await page.locator('#bar h1').textContent(), 'partnerlint プレイグラウンド');
      const text = ACME.replace('    dedicated: true\n', '    dedicated: false\n');
      await replaceText(page, text);
      assert.equal((await verdictOf(page)).verdict, 'reconsider');
      await page.goto(`${origin}/rules/ltv-too-low.html`);
      assert.equal(await page.locator('main.doc h1').first().textContent(), 'ltv-too-low');
      await page.context().setOffline(false);
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });

  it('speaks Japanese with ?locale=ja or a Japanese browser, and switches language', async () => {
    const visited = await visit(`?locale=ja${shareLink(KANTAN)}`, { colorScheme: 'dark' });
    try {
      const { page } = visited;
      await verdictOf(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
      assert.equal(await page.locator('#bar h1').textContent(), 'partnerlint プレイグラウンド');
      assert.equal(await page.locator('#result .verdict').textContent(), '要再検討');
      assert.match((await page.locator('#result .finding .message').first().textContent()) ?? '', /[\u3040-\u30ff]/);
      await page.screenshot({ path: join(ARTIFACTS, 'japanese-dark.png') });
      await page.locator('#locale').selectOption('en');
      await page.waitForFunction(() => document.querySelector('#result .verdict')?.textContent === 'reconsider');
      assert.equal(await page.evaluate(() => location.search), '?locale=en');
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
    const browserJa = await visit('', { locale: 'ja-JP' });
    try {
      await verdictOf(browserJa.page);
      assert.equal(await browserJa.page.locator('#bar h1').textContent(), 'partnerlint プレイグラウンド');
      assert.equal(await browserJa.page.locator('#result .verdict').textContent(), '要再検討', 'the Japanese sample');
      assertQuiet(browserJa);
    } finally {
      await browserJa.close();
    }
  });

  it('explains a key from the schema on hover, and starts a new strategy from the template', async () => {
    const visited = await visit('');
    try {
      const { page } = visited;
      await verdictOf(page);
      const key = page.locator('.cm-line', { hasText: 'targetCompanies' }).first();
      const box = (await key.boundingBox())!;
      await page.mouse.move(box.x + 30, box.y + box.height / 2);
      await page.waitForSelector('.schema-hover', { timeout: 5_000 });
      assert.match((await page.locator('.schema-hover').textContent()) ?? '', /^targetCompanies — .{20,}/);
      await page.locator('#new-strategy').click();
      await page.waitForFunction(() => document.querySelector('.cm-line')?.textContent?.startsWith('# Partner strategy as code'));
      assert.equal((await verdictOf(page)).verdict, lint(newStrategyTemplate('en')).readiness!.verdict);
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });

  it('completes keys, values and segment ids from the schema as the editor does (here in Japanese)', async () => {
    const visited = await visit('?locale=ja');
    try {
      const { page } = visited;
      await verdictOf(page);
      const list = page.locator('.cm-tooltip-autocomplete');
      const labels = () => list.locator('.cm-completionLabel').allTextContents();
      // A key: the map's keys not yet written, required ones marked; Enter writes the key and opens its map.
      await replaceText(page, 'version: 1\ntitle: t\n');
      await page.keyboard.type('pro');
      await list.waitFor({ timeout: 5_000 });
      assert.equal((await labels())[0], 'product');
      assert.ok(!(await labels()).includes('title'), 'a key already written is not offered');
      assert.equal(await list.locator('li[aria-selected] .cm-completionDetail').textContent(), '必須');
      await page.keyboard.press('Enter');
      assert.deepEqual(await page.locator('.cm-line').allTextContents(), ['version: 1', 'title: t', 'product:', '  ']);
      // A value: the values the key allows, each explained.
      await replaceText(page, 'version: 1\nproduct:\n  pmf:\n    status: ');
      await page.keyboard.press('Control+Space');
      await list.waitFor({ timeout: 5_000 });
      assert.deepEqual(await labels(), ['achieved', 'not-yet', 'unknown']);
      assert.match((await page.locator('.cm-completionInfo').textContent()) ?? '', /PMF/);
      await page.screenshot({ path: join(ARTIFACTS, 'completion.png') });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('.cm-line').nth(3).textContent(), '    status: not-yet');
      // A segment id where a purpose names its segment.
      await replaceText(page, `${ACME.slice(0, ACME.indexOf('organization:'))}  - type: new-segment\n    segment: `);
      await page.keyboard.press('Control+Space');
      await list.waitFor({ timeout: 5_000 });
      assert.deepEqual(await labels(), ['kansai-smb']);
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });

  it('keeps hostile text inert and stays responsive on a 2 MB paste and 1,000 levels of nesting', async () => {
    const visited = await visit('');
    try {
      const { page } = visited;
      await verdictOf(page);
      const hostile = ACME.replace(/^title: .*$/m, 'title: "<img src=x onerror=alert(1)><script>window.pwned=1</script>"').replace(
        '      name: SMB manufacturers in Kansai',
        '      name: "javascript:alert(2) \\u202e <b>bold</b>"',
      );
      await replaceText(page, hostile);
      await verdictOf(page);
      const shown = await page.evaluate(() => ({
        title: document.querySelector('#result h1')?.textContent,
        active: document.querySelectorAll('#result img, #result script, #result iframe, #result b').length,
        pwned: (window as { pwned?: unknown }).pwned,
      }));
      assert.deepEqual(shown, { title: '<img src=x onerror=alert(1)><script>window.pwned=1</script>', active: 0, pwned: undefined });

      const big = `${ACME}# ${'x'.repeat(2.2 * 1024 * 1024)}\n`;
      await page.evaluate(() => document.querySelector('.cm-content') !== null);
      await replaceText(page, big);
      // The page answers while the worker reads.
      const before = Date.now();
      await page.evaluate(() => 1);
      assert.ok(Date.now() - before < 1_000, 'the page responds');
      await page.waitForSelector('#result #problem', { timeout: 10_000 });
      assert.match((await page.locator('#result .problem').textContent()) ?? '', /larger than/);

      const deep = `version: 1\ntitle: deep\nx: ${'['.repeat(1000)}1${']'.repeat(1000)}\n`;
      await replaceText(page, deep);
      await page
        .waitForFunction(() => document.querySelector('#result:not([aria-busy]) .problem')?.textContent?.includes('200'), undefined, { timeout: 20_000 })
        .catch(async (error: unknown) => {
          // Say what the page shows instead, so that a failure explains itself.
          const shown = await page.evaluate(() => ({
            busy: document.querySelector('#result')?.getAttribute('aria-busy'),
            result: document.querySelector('#result')?.textContent?.slice(0, 300),
            firstLine: document.querySelector('.cm-line')?.textContent?.slice(0, 80),
          }));
          throw new Error(`no depth answer: ${JSON.stringify(shown)} (${String(error)})`);
        });
      await page.screenshot({ path: join(ARTIFACTS, 'too-deep.png') });
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });

  it('serves the rule pages and the file format, in English and Japanese, with links that stay on the site', async () => {
    const visited = await visit('rules/index.html');
    try {
      const { page } = visited;
      assert.ok((await page.locator('main.doc h1').count()) >= 1);
      const links = await page.locator('main.doc a[href$=".html"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      assert.ok(links.includes('ltv-too-low.html'), JSON.stringify(links));
      await page.goto(`${origin}/rules/ltv-too-low.html`);
      assert.equal(await page.locator('main.doc h1').first().textContent(), 'ltv-too-low');
      assert.ok(((await page.locator('main.doc').textContent()) ?? '').includes('修正方法'));
      await page.goto(`${origin}/format.html`);
      assert.ok((await page.locator('main.doc table').count()) > 0);
      await page.screenshot({ path: join(ARTIFACTS, 'format.png') });
      assertQuiet(visited);
    } finally {
      await visited.close();
    }
  });
});

describe('the playground on GitHub Pages', () => {
  it('is built by `npm run site` and published from site/dist by the workflow', () => {
    const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.match(manifest.scripts.site!, /^node scripts\/build\.mjs validators site$/);
    const workflow = parseYaml(readFileSync(fromRoot('.github/workflows/playground.yml'), 'utf8')) as {
      on: { push: { branches: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { needs?: string; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
    };
    assert.deepEqual(workflow.on.push.branches, ['main']);
    assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
    const build = workflow.jobs.build!.steps;
    assert.ok(build.some((step) => step.run === 'npm run site'));
    assert.equal(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path, 'site/dist');
    assert.equal(workflow.jobs.deploy!.needs, 'build');
    assert.ok(workflow.jobs.deploy!.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    assert.match(readme, /\*\*\[Try it in your browser\]\(https:\/\/partnerlint\.github\.io\/partnerlint\/\)\*\*/);
  });
});
