// As a user: the preview panel shows the strategy, follows the editor, reveals findings, renders markup as text.
import assert from 'node:assert/strict';
import { cursorPosition, goTo, openFromExplorer, preview, until } from './helpers.mjs';

/** Clicks the first editor group's active tab: keys pressed while a webview has the focus stay in the webview. */
async function focusFirstGroup(page) {
  await page.locator('.editor-group-container').first().locator('.tab.active').click();
}

/**
 * Puts the cursor on line 1, clicks `button` in the preview and returns the cursor once it is on `line`. The status bar
 * shows the cursor only while a text editor has the focus, which the webview may keep a moment after the click: it is
 * read from the editor's group, where the cursor stays where the reveal put it.
 */
async function clickToReveal(page, button, line) {
  await goTo(page, 1, 1);
  await until('the cursor on line 1', async () => (await cursorPosition(page)).line === 1);
  await button.click();
  await until(`the cursor on line ${line}`, async () => {
    await focusFirstGroup(page);
    return (await cursorPosition(page)).line === line;
  });
  return cursorPosition(page);
}

export default async function previewUi({ page, screenshot, runCommand }) {
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await openFromExplorer(page, 'partner-strategy.yaml');
  await runCommand('Partner Strategy: Open Preview to the Side');
  const view = preview(page);
  await view.locator('.verdict').waitFor({ timeout: 60_000 });
  assert.equal(await view.locator('h1').innerText(), 'Acme Cloud partner strategy FY2027');
  assert.equal(await view.locator('.verdict').getAttribute('data-verdict'), 'ready');
  assert.equal(await view.locator('.check').count(), 7);
  assert.deepEqual(await view.locator('.check .check-status').allInnerTexts(), Array(7).fill('clear'));
  assert.equal(await view.locator('.check .reason').count(), 0, 'a clear check has no reasons');
  assert.match(await view.locator('.verdict-docs a').getAttribute('href'), /\/docs\/reference\/readiness\.md$/, 'how the verdict is reached');
  assert.match(await view.locator('[data-cell="majority-reach"]').innerText(), /Reach the majority/);
  assert.equal(await view.locator('[data-cell="integration"] .purpose').count(), 0);
  assert.equal(await view.locator('.ltv-value').innerText(), 'JPY 8,680,628');
  assert.equal(await view.locator('.chart svg polyline.revenue').count(), 1);
  assert.equal(await view.locator('.chart svg polyline.share').count(), 1, "the partner's share is drawn where a margin is given");
  assert.equal(await view.locator('.chart svg line.threshold').count(), 1);
  assert.match(await view.locator('#findings').innerText(), /No findings/);
  // One screenshot in each theme, whichever code-server starts with.
  const themeOf = async () => ((await page.locator('.monaco-workbench').getAttribute('class')).split(/\s+/).includes('vs-dark') ? 'dark' : 'light');
  const first = await themeOf();
  await screenshot(`preview-${first}`);
  await runCommand('Preferences: Toggle between Light/Dark Themes');
  await until('the other theme', async () => (await themeOf()) !== first);
  await page.waitForTimeout(500);
  await screenshot(`preview-${await themeOf()}`);

  // It follows the active strategy editor.
  await openFromExplorer(page, 'plans/kansai.partner-strategy.yaml');
  await until('the preview of kansai', async () => (await view.locator('.finding').count()) === 3);
  assert.equal(await view.locator('.verdict').getAttribute('data-verdict'), 'reconsider');
  await screenshot('preview-findings');

  // No unexplained verdict: the check at risk shows its reason, and clicking it moves the cursor to the finding.
  const owner = view.locator('.check[data-check="owner"]');
  assert.equal(await owner.locator('.check-status').innerText(), 'at risk');
  assert.match(await owner.locator('.reason[data-rule="no-dedicated-owner"]').innerText(), /^49\s[\s\S]*part time[\s\S]*no-dedicated-owner$/);
  assert.deepEqual(await clickToReveal(page, owner.locator('.reason-button'), 49), { line: 49, column: 16 });
  // The LTV check is unknown: the schema findings that keep its inputs from being read are its reasons.
  assert.equal(await view.locator('.check[data-check="ltv"] .check-status').innerText(), 'unknown');
  assert.ok((await view.locator('.check[data-check="ltv"] .reason[data-rule="schema"]').count()) > 0);
  await screenshot('preview-reasons');

  // Clicking a finding moves the editor's cursor to it.
  assert.deepEqual(await clickToReveal(page, view.locator('.finding[data-rule="no-dedicated-owner"] button'), 49), { line: 49, column: 16 });

  // An edit updates the panel.
  await goTo(page, 49, 16);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('true');
  await until('two findings after the edit', async () => (await view.locator('.finding').count()) === 2);
  assert.equal(await view.locator('.finding[data-rule="no-dedicated-owner"]').count(), 0);

  // Markup in the strategy is shown as text and runs nothing.
  await openFromExplorer(page, 'plans/xss.partner-strategy.yaml');
  await until('the preview of xss', async () => (await view.locator('h1').innerText()).includes('<script>'));
  assert.equal(await view.locator('h1').innerText(), "<script>document.body.dataset.pwned = 'title'</script> & </style><b>bold</b>");
  assert.equal(await view.locator('.company').innerText(), `<img src=x onerror="document.body.dataset.pwned='company'">`);
  assert.match(await view.locator('.partner-name').first().innerText(), /^<\/style><script>alert\(1\)<\/script>Kansai OA$/);
  assert.equal(await view.locator('img, b, svg[onload]').count(), 0, 'no element was made from the strategy text');
  // VS Code injects a script of its own into the webview; none may carry the strategy's text.
  const scripts = await view.locator('script').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  assert.ok(
    scripts.every((text) => !text.includes('pwned') && !text.includes('alert(')),
    'no script was made from the strategy text',
  );
  await page.waitForTimeout(1000);
  assert.equal(await view.locator('body').getAttribute('data-pwned'), null, 'no script of the strategy ran');
  assert.deepEqual(dialogs, []);
  await screenshot('preview-markup-as-text');

  // Locked, it stays on its file while the author switches editors.
  await view.locator('button.lock').click();
  await until('the lock', async () => (await view.locator('button.lock').getAttribute('aria-pressed')) === 'true');
  // Back to the editors' group (the click left the focus in the preview's), so that files open beside the preview.
  await focusFirstGroup(page);
  await openFromExplorer(page, 'partner-strategy.yaml');
  await page.waitForTimeout(1000);
  assert.match(await view.locator('h1').innerText(), /^<script>/);
  await view.locator('button.lock').click();
  await focusFirstGroup(page);
  await until('the unlocked preview to follow', async () => (await view.locator('h1').innerText()) === 'Acme Cloud partner strategy FY2027');

  // A file that does not parse says what is wrong instead of going blank.
  await openFromExplorer(page, 'plans/broken.partner-strategy.yaml');
  await until('the parse problem', async () => (await view.locator('#problem').count()) === 1);
  assert.match(await view.locator('#problem').innerText(), /The file does not parse[\s\S]*bracket[\s\S]*line 5/);
  assert.equal((await view.locator('.finding[data-rule="syntax"]').count()) > 0, true);
  await screenshot('preview-syntax-error');

  // After a reload of the window, the panel comes back (a webview serializer) and shows a strategy again. Which one
  // depends on the editors VS Code last saved as open; the preview follows the active one.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => typeof window.driver?.whenWorkbenchRestored === 'function', null, { timeout: 60_000 });
  await page.evaluate(() => window.driver.whenWorkbenchRestored());
  await until('the restored preview', async () => (await preview(page).locator('h1').count()) === 1, 60_000);
  const restoredTab = await page.locator('.tabs-container .tab', { hasText: 'Preview:' }).first().innerText();
  const restoredTitle = await preview(page).locator('h1').innerText();
  console.log(`restored: ${restoredTab} / ${restoredTitle}`);
  assert.match(restoredTab, /Preview: [\w-]+\.partner-strategy\.yaml|Preview: partner-strategy\.yaml/);
  await screenshot('preview-restored-after-reload');
}
