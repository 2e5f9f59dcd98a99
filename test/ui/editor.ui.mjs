// Issue 4, as a user: open a strategy, see the squiggles and the Problems panel, apply a quick fix from the light bulb.
import assert from 'node:assert/strict';
import { cursorPosition, goTo, openFromExplorer, problemRows, until } from './helpers.mjs';

export default async function editorUi({ page, screenshot }) {
  await openFromExplorer(page, 'plans/kansai.partner-strategy.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });

  const expected = ['Unknown key `monthlyPrise`', '`nwe` is not a valid value', 'The owner works on the partner business only part time'];
  let mine = [];
  // The panel's list holds only the rows in view, and it may open scrolled past the first of them (seen once in CI:
  // the rows from line 28 on, not the one at line 22). So: bring its top into view and look again.
  await until('every finding of the file in the Problems panel', async () => {
    mine = (await problemRows(page, { expectText: 'monthlyPrise' })).filter((row) => row.includes('partnerlint'));
    if (expected.every((text) => mine.some((row) => row.includes(text)))) return true;
    await page.locator('.markers-panel .monaco-list').first().hover();
    await page.mouse.wheel(0, -5000);
    return false;
  }, 60_000).catch(() => {});
  console.log(`problems panel: ${JSON.stringify(mine)}`);
  for (const text of expected) assert.ok(mine.some((row) => row.includes(text)), `no Problems row with "${text}"`);
  await screenshot('editor-squiggles-and-problems');

  // The light bulb on the misspelt key offers the near miss. The editor may not have the keyboard yet right after the
  // Problems panel opened (a focus race of the workbench's, not of the extension's): go there again and retry.
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change to `monthlyPrice`' }).first();
  await until('the quick fix in the light bulb menu', async () => {
    await page.keyboard.press('Escape');
    await goTo(page, 28, 5);
    const { line } = await cursorPosition(page);
    if (line !== 28) return false;
    await page.keyboard.press('Control+.');
    return fix.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  }, 60_000);
  await screenshot('editor-light-bulb');
  await fix.click();
  await until('the fixed key in the editor', async () => (await page.locator('.monaco-editor .view-lines').first().innerText()).includes('monthlyPrice'));
  await until('the Problems row to go', async () => !(await problemRows(page)).some((row) => row.includes('monthlyPrise')));
  await screenshot('editor-after-quick-fix');
}
