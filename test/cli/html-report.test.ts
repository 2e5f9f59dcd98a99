/**
 * The HTML report (`-f html`) as a reader opens it: written by the CLI as a process, opened in real Chromium from a
 * `file:` URL. Every request but the page's own is counted (none may leave it), as are console errors and dialogs; a
 * screenshot of each sample goes to test-artifacts/html-report/ (look at them).
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { fromRoot } from '../helpers/paths';
import { lintJson, Workspace } from '../helpers/cli';
import { READY } from '../helpers/strategy';

// The page's globals, as the functions given to page.evaluate use them (this file is compiled without the DOM's types).
interface PageElement {
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  closest(selector: string): PageElement | null;
}
declare const document: {
  documentElement: PageElement & { lang: string };
  body: PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { length: number };
};
declare const window: unknown;
declare function getComputedStyle(element: PageElement): Record<string, string>;

const ARTIFACTS = fromRoot('test-artifacts', 'html-report');
const SAMPLES = [
  ...readdirSync(fromRoot('samples'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `samples/${name}`),
  'samples/enterprise/partner-strategy.yaml',
];

interface Opened {
  page: Page;
  /** Requests other than the page itself, console errors, uncaught errors and dialogs: each must stay empty. */
  requests: string[];
  errors: string[];
  dialogs: string[];
  close: () => Promise<void>;
}

describe('HTML report in Chromium', function () {
  this.timeout(240_000);
  let browser: Browser;
  let ws: Workspace;

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    ws = new Workspace();
  });
  after(async () => {
    await browser?.close();
    ws?.dispose();
  });

  async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: 1000, height: 1400 }, colorScheme });
    const opened: Opened = { page: await context.newPage(), requests: [], errors: [], dialogs: [], close: () => context.close() };
    // Anything but the page itself is refused and counted, whatever its scheme.
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    opened.page.on('request', (request) => {
      if (request.url() !== url) opened.requests.push(request.url());
    });
    opened.page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') opened.errors.push(message.text());
    });
    opened.page.on('pageerror', (error) => opened.errors.push(String(error)));
    opened.page.on('dialog', (dialog) => {
      opened.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await opened.page.goto(url, { waitUntil: 'load' });
    return opened;
  }

  function assertQuiet(opened: Opened): void {
    assert.deepEqual(opened.requests, [], 'no request leaves the page');
    assert.deepEqual(opened.errors, [], 'no console error');
    assert.deepEqual(opened.dialogs, [], 'no dialog');
  }

  /** The report of a run; `status` 2 where a file cannot be linted (the page says so). */
  function writeReport(name: string, args: string[], status: number[] = [0, 1]): string {
    const out = join(ws.root, `${name}.html`);
    const result = ws.run([...args, '-f', 'html', '-o', out]);
    assert.ok(status.includes(result.status ?? -1), `${result.status}: ${result.stderr}`);
    if (!status.includes(2)) assert.equal(result.stderr, '');
    return out;
  }

  for (const sample of SAMPLES) {
    const name = sample.replace(/^samples\//, '').replace(/\/|\.partner-strategy\.yaml$|\.yaml$/g, (m) => (m === '/' ? '-' : ''));
    it(`shows ${sample}: verdict, checks, matrix, LTV chart and findings with source lines and rule links`, async function () {
      ws.write(sample, readFileSync(fromRoot(sample), 'utf8'));
      const json = lintJson(ws, [sample]).files[0]!;
      const opened = await open(writeReport(name, [sample]));
      try {
        const page = opened.page;
        const shown = await page.evaluate(() => ({
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
          articles: document.querySelectorAll('article.file-report').length,
          verdict: document.querySelector('.verdict')?.getAttribute('data-verdict') ?? null,
          checks: document.querySelectorAll('.checks > .check').length,
          matrix: document.querySelectorAll('table.matrix td[data-cell]').length,
          chart: document.querySelectorAll('figure.chart svg polyline.revenue').length,
          findings: [...document.querySelectorAll('li.finding')].map((li) => ({
            rule: li.getAttribute('data-rule'),
            href: li.querySelector('a.rule')?.getAttribute('href') ?? '',
            excerpt: li.querySelector('pre.excerpt')?.textContent ?? '',
          })),
          active: document.querySelectorAll('script, img, iframe, object, embed, link').length,
          // The inline style applies (its hash is allowed by the CSP): the page's own width and the verdict's border.
          bodyWidth: getComputedStyle(document.body).maxWidth,
          verdictBorder: getComputedStyle(document.querySelector('.verdict') ?? document.body).borderTopStyle,
        }));
        assert.match(shown.csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'$/);
        assert.equal(shown.articles, 1);
        assert.equal(shown.verdict, json.readiness?.verdict);
        assert.equal(shown.checks, 7);
        assert.equal(shown.matrix, 4);
        assert.equal(shown.chart, 1);
        assert.deepEqual(
          shown.findings.map((f) => f.rule),
          json.messages.map((m) => m.ruleId),
        );
        shown.findings.forEach((f, i) => {
          const message = json.messages[i]!;
          assert.equal(f.href, message.docsUrl);
          assert.ok(f.excerpt.includes('^'), `${message.ruleId}: source line and marker`);
        });
        assert.equal(shown.active, 0, 'no script, image, frame or stylesheet link');
        assert.equal(shown.bodyWidth, '960px');
        assert.equal(shown.verdictBorder, 'solid');
        await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
        assertQuiet(opened);
      } finally {
        await opened.close();
      }
    });
  }

  it('shows every sample on one page in Japanese, dark, and prints one file a page on A4 and Letter', async function () {
    for (const sample of SAMPLES) ws.write(sample, readFileSync(fromRoot(sample), 'utf8'));
    const opened = await open(writeReport('all-ja', ['--locale', 'ja', 'samples']), 'dark');
    try {
      const page = opened.page;
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        articles: [...document.querySelectorAll('article.file-report')].map((a) => a.getAttribute('lang')),
        contents: document.querySelectorAll('nav .contents a[href^="#file-"]').length,
        headings: [...document.querySelectorAll('article h2')].slice(0, 5).map((h) => h.textContent),
        background: getComputedStyle(document.body).backgroundColor,
      }));
      assert.equal(shown.lang, 'ja');
      assert.deepEqual(
        shown.articles,
        SAMPLES.map(() => 'ja'),
      );
      assert.equal(shown.contents, SAMPLES.length);
      assert.deepEqual(shown.headings, ['準備状況', '目的', '1社あたりの LTV', 'パートナー', 'KPI']);
      assert.equal(shown.background, 'rgb(13, 17, 23)', 'the dark scheme');
      await page.screenshot({ path: join(ARTIFACTS, 'all-samples-ja-dark.png') });
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
        assert.ok(pages >= SAMPLES.length, `${format}: ${pages} pages for ${SAMPLES.length} files`);
      }
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('article.file-report')!).breakBefore), 'page');
      await page.screenshot({ path: join(ARTIFACTS, 'all-samples-ja-print.png') });
      assertQuiet(opened);
    } finally {
      await opened.close();
    }
  });

  it('keeps hostile text inert: markup, scripts and javascript: URLs in names stay text', async function () {
    const title = '<img src=x onerror=alert(1)> <script>window.pwned=1</script>';
    const company = 'javascript:alert(2) "]]; click A call evil `x` %%{init: {}}%%';
    const segment = '<a href="javascript:alert(3)">click</a><style>body{display:none}</style>';
    const text = READY.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
      .replace(/^company: .*$/m, `company: ${JSON.stringify(company)}`)
      .replace('      name: SMB manufacturers in Kansai', `      name: ${JSON.stringify(segment)}`)
      .replace('  - name: Kansai OA Systems', `  - name: ${JSON.stringify('<iframe src="https://example.com"></iframe>\u0000\u202e')}`);
    ws.write('hostile/partner-strategy.yaml', text);
    const opened = await open(writeReport('hostile', ['hostile']));
    try {
      const page = opened.page;
      const shown = await page.evaluate(() => ({
        title: document.querySelector('article h1')?.textContent,
        company: document.querySelector('article .company')?.textContent,
        groups: [...document.querySelectorAll('.partner-group h4')].map((h) => h.textContent),
        partner: document.querySelector('.partner-name')?.textContent,
        badge: document.querySelector('.badge')?.textContent,
        active: document.querySelectorAll('script, img, iframe, object, embed, link, article style, article a:not(.rule):not([href^="https://"])').length,
        pwned: (window as unknown as { pwned?: unknown }).pwned,
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        visible: getComputedStyle(document.body).display,
      }));
      assert.equal(shown.title, title);
      assert.equal(shown.company, company);
      assert.deepEqual(shown.groups, [segment]);
      // Control characters and a right-to-left override are shown as escapes: they neither hide nor turn what follows.
      assert.equal(shown.partner, '<iframe src="https://example.com"></iframe>\\u0000\\u202e');
      assert.equal(shown.badge, 'trusted by customers');
      assert.equal(shown.active, 0);
      assert.equal(shown.pwned, undefined);
      assert.equal(shown.visible, 'block');
      for (const href of shown.hrefs) assert.match(href, /^(https:\/\/|#file-)/);
      await page.screenshot({ path: join(ARTIFACTS, 'hostile.png') });
      assertQuiet(opened);
    } finally {
      await opened.close();
    }
  });

  it('shows a strategy of 10,000 partners, a file that does not parse and one that cannot be read', async function () {
    const partners = Array.from({ length: 10_000 }, (_, i) => `  - { name: "Partner ${i}", type: reseller, segments: [kansai-smb] }\n`).join('');
    ws.write('big/partner-strategy.yaml', READY.replace(/^partners:\n/m, `partners:\n${partners}`));
    ws.write('broken/partner-strategy.yaml', 'title: [unclosed\n');
    ws.write('binary/partner-strategy.yaml', Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
    const opened = await open(writeReport('mixed', ['big', 'broken', 'binary'], [2]));
    try {
      const page = opened.page;
      const shown = await page.evaluate(() => ({
        partners: document.querySelectorAll('#file-1-partners li').length,
        problems: [...document.querySelectorAll('article .problem')].map((p) => p.closest('article')?.id),
        verdicts: [...document.querySelectorAll('article')].map((a) => a.getAttribute('data-verdict')),
      }));
      assert.equal(shown.partners, 10_001);
      assert.deepEqual(shown.problems, ['file-2', 'file-3']);
      assert.deepEqual(shown.verdicts, ['ready', null, null]);
      assertQuiet(opened);
    } finally {
      await opened.close();
    }
  });
});
