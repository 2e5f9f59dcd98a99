// Helpers for the user-level tests, which drive the installed .vsix in code-server through Chromium.
import assert from 'node:assert/strict';

/** Opens a workspace file from the explorer, expanding its folders, as a user would. */
export async function openFromExplorer(page, relativePath) {
  const parts = relativePath.split('/');
  const label = (name) => page.locator('.explorer-folders-view .monaco-list-row').getByText(name, { exact: true }).first();
  for (const [index, name] of parts.entries()) {
    await label(name).waitFor({ timeout: 30_000 });
    const next = parts[index + 1];
    if (next === undefined) await label(name).click();
    else if (!(await label(next).isVisible())) await label(name).click();
  }
  await page.locator('.tabs-container .tab.active').getByText(parts.at(-1), { exact: true }).first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** The preview's document: VS Code puts a webview in an iframe, and its content in a frame inside that. */
export function preview(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** The text of the Problems panel's rows (opens the panel). */
export async function problemRows(page, { expectText } = {}) {
  // Ctrl+Shift+M toggles: press it only while the panel is closed.
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  if (expectText) await rows.filter({ hasText: expectText }).first().waitFor({ timeout: 30_000 });
  else await rows.first().waitFor({ timeout: 30_000 });
  return rows.allInnerTexts();
}

/**
 * The Problems panel's rows once each of `expected` is in one of them (only the rows `keep` keeps), asserting that
 * each is. The panel's list holds only the rows in view, and it may open scrolled past the rows looked for (seen once
 * in CI: the rows from line 28 on, not the one at line 22): so between looks it scrolls by `wheel` (up, by default).
 */
export async function problemRowsShowing(page, expected, { keep = () => true, wheel = -5000 } = {}) {
  let rows = [];
  await until(
    `Problems rows with ${JSON.stringify(expected)}`,
    async () => {
      rows = (await problemRows(page, { expectText: expected[0] })).filter(keep);
      if (expected.every((text) => rows.some((row) => row.includes(text)))) return true;
      await page.locator('.markers-panel .monaco-list').first().hover();
      await page.mouse.wheel(0, wheel);
      return false;
    },
    60_000,
  ).catch(() => {});
  for (const text of expected)
    assert.ok(
      rows.some((row) => row.includes(text)),
      `no Problems row with "${text}" in ${JSON.stringify(rows)}`,
    );
  return rows;
}

/** "Ln 49, Col 16" from the status bar: where the editor's cursor is. */
export async function cursorPosition(page) {
  const item = page.locator('#status\\.editor\\.selection');
  await item.waitFor();
  const text = await item.innerText();
  const match = /Ln (\d+), Col (\d+)/.exec(text);
  assert.ok(match, `no cursor position in the status bar: ${text}`);
  return { line: Number(match[1]), column: Number(match[2]) };
}

/** Moves the cursor with "Go to Line/Column" (Ctrl+G). */
export async function goTo(page, line, column) {
  await page.locator('.monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  // Quick open with a leading ":" is "go to line and column", whichever way Ctrl+G opened it.
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Moves the cursor to line:column, once the editor has it (a panel that just opened may still hold the focus). */
export async function cursorTo(page, line, column) {
  await until(
    `the cursor at ${line}:${column}`,
    async () => {
      await page.keyboard.press('Escape');
      await goTo(page, line, column);
      const at = await cursorPosition(page);
      return at.line === line && at.column === column;
    },
    60_000,
  );
}

/**
 * Opens the light bulb menu at line:column and applies the quick fix `title`. The editor may not have the keyboard yet
 * right after a panel opened (a focus race of the workbench's, not of the extension's): so it goes there again and
 * retries. `shown` runs while the menu is open (a screenshot).
 */
export async function applyQuickFix(page, line, column, title, shown = async () => {}) {
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  await until(
    `the quick fix "${title}" in the light bulb menu`,
    async () => {
      await cursorTo(page, line, column);
      await page.keyboard.press('Control+.');
      return fix.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
    },
    60_000,
  );
  await shown();
  await fix.click();
}

export async function until(what, check, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
