// As a user: open a strategy, see the squiggles and the Problems panel, apply a quick fix from the light bulb.
import { applyQuickFix, openFromExplorer, problemRows, problemRowsShowing, until } from './helpers.mjs';

export default async function editorUi({ page, screenshot }) {
  await openFromExplorer(page, 'plans/kansai.partner-strategy.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });

  const expected = ['Unknown key `monthlyPrise`', '`nwe` is not a valid value', 'The owner works on the partner business only part time'];
  const mine = await problemRowsShowing(page, expected, { keep: (row) => row.includes('partnerlint') });
  console.log(`problems panel: ${JSON.stringify(mine)}`);
  await screenshot('editor-squiggles-and-problems');

  // The light bulb on the misspelt key offers the near miss.
  await applyQuickFix(page, 28, 5, 'Change to `monthlyPrice`', () => screenshot('editor-light-bulb'));
  await until('the fixed key in the editor', async () => (await page.locator('.monaco-editor .view-lines').first().innerText()).includes('monthlyPrice'));
  await until('the Problems row to go', async () => !(await problemRows(page)).some((row) => row.includes('monthlyPrise')));
  await screenshot('editor-after-quick-fix');
}
