// Issue 4, as a user: open a strategy, see the squiggles and the Problems panel, apply a quick fix from the light bulb.
import assert from 'node:assert/strict';
import { goTo, openFromExplorer, problemRows, until } from './helpers.mjs';

export default async function editorUi({ page, screenshot }) {
  await openFromExplorer(page, 'plans/kansai.partner-strategy.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });

  const rows = await problemRows(page, { expectText: 'monthlyPrise' });
  const mine = rows.filter((row) => row.includes('partnerlint'));
  console.log(`problems panel: ${JSON.stringify(mine)}`);
  for (const text of ['Unknown key `monthlyPrise`', '`nwe` is not a valid value', 'The owner works on the partner business only part time']) {
    assert.ok(mine.some((row) => row.includes(text)), `no Problems row with "${text}"`);
  }
  await screenshot('editor-squiggles-and-problems');

  // The light bulb on the misspelt key offers the near miss.
  await goTo(page, 28, 5);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change to `monthlyPrice`' }).first();
  await fix.waitFor({ timeout: 30_000 });
  await screenshot('editor-light-bulb');
  await fix.click();
  await until('the fixed key in the editor', async () => (await page.locator('.monaco-editor .view-lines').first().innerText()).includes('monthlyPrice'));
  await until('the Problems row to go', async () => !(await problemRows(page)).some((row) => row.includes('monthlyPrise')));
  await screenshot('editor-after-quick-fix');
}
