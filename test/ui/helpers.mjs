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

/** The text of the Problems panel's rows (opens the panel). */
export async function problemRows(page, { expectText } = {}) {
  // Ctrl+Shift+M toggles: press it only while the panel is closed.
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  if (expectText) await rows.filter({ hasText: expectText }).first().waitFor({ timeout: 30_000 });
  else await rows.first().waitFor({ timeout: 30_000 });
  return rows.allInnerTexts();
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
