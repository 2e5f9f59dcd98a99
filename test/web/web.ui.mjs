// As a reviewer in github.dev would have it: VS Code for the Web, the extension in the browser's web worker
// extension host (no Node), the workspace an in-memory file system. Diagnostics of the open file and of the files not
// opened, hover, completion, a quick fix and the preview, each read back from the page.
import assert from 'node:assert/strict';
import { applyQuickFix, cursorTo, openFromExplorer, preview, problemRows, problemRowsShowing, until } from '../ui/helpers.mjs';

export default async function webUi({ page, screenshot, runCommand }) {
  // The extension starts with the first YAML file opened: VS Code looks for `workspaceContains` files with the file
  // system's search, and an in-memory one has none to offer.
  await openFromExplorer(page, 'plans/kansai.partner-strategy.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90_000 });
  const expected = ['Unknown key `monthlyPrise`', '`nwe` is not a valid value', 'The owner works on the partner business only part time'];
  await problemRowsShowing(page, expected);
  await screenshot('web-squiggles');

  // Every strategy file of the virtual workspace is linted, opened or not: the Problems panel lists the others too.
  const workspaceRows = await problemRowsShowing(page, ['no-owner.partner-strategy.yaml', 'broken.partner-strategy.yaml'], { wheel: 2000 });
  console.log(`problems panel: ${JSON.stringify(workspaceRows)}`);
  await screenshot('web-workspace-problems');

  // Hover on a key: its description from the schema.
  await cursorTo(page, 27, 4);
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'per-account' }).first();
  await until(
    'the hover of `pricing`',
    async () => {
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+i');
      return hover.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      );
    },
    60_000,
  );
  assert.match(await hover.innerText(), /per-user: a price per user/);
  await screenshot('web-hover');
  await page.keyboard.press('Escape');

  // Completion of a value: the schema's choices for `pricing`.
  await cursorTo(page, 27, 12);
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'per-account' }).first();
  await until(
    'the completion of `pricing`',
    async () => {
      await page.keyboard.press('Control+Space');
      return suggestion.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      );
    },
    60_000,
  );
  const suggestions = await page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
  assert.ok(
    suggestions.some((row) => row.includes('per-user')),
    JSON.stringify(suggestions),
  );
  await screenshot('web-completion');
  await page.keyboard.press('Escape');
  await page.keyboard.type('per-user');

  // The quick fix of the misspelt key, from the light bulb menu.
  await applyQuickFix(page, 28, 5, 'Change to `monthlyPrice`');
  await until('the fixed key in the editor', async () => (await page.locator('.monaco-editor .view-lines').first().innerText()).includes('monthlyPrice'));
  await until('the Problems row to go', async () => !(await problemRows(page)).some((row) => row.includes('monthlyPrise')));
  await screenshot('web-after-quick-fix');

  // The preview beside it, with the verdict of the edited text.
  await runCommand('Partner Strategy: Open Preview to the Side');
  const view = preview(page);
  await view.locator('.verdict').waitFor({ timeout: 60_000 });
  assert.equal(await view.locator('.verdict').getAttribute('data-verdict'), 'reconsider');
  assert.equal(await view.locator('.check').count(), 7);
  await until('the preview of the edited text: two findings left', async () => (await view.locator('.finding').count()) === 2);
  assert.equal(await view.locator('.finding[data-rule="no-dedicated-owner"]').count(), 1);
  console.log(`preview: ${await view.locator('h1').innerText()}: ${await view.locator('.verdict').innerText()}`);
  await screenshot('web-preview');

  // A new strategy from the template, written into the in-memory workspace beside the one already there.
  await runCommand('Partner Strategy: New Partner Strategy from Template');
  await page.locator('.tabs-container .tab.active').getByText('new-2.partner-strategy.yaml', { exact: true }).waitFor({ timeout: 30_000 });
  // The preview follows it: the template, linted (its blanks are findings to fill in).
  await until('the preview of the new strategy', async () => (await view.locator('h1').innerText()) === 'new-2.partner-strategy.yaml');
  assert.ok((await view.locator('.finding').count()) > 5, "the template's blanks are findings");
  await page.locator('.explorer-folders-view .monaco-list-row').getByText('new-2.partner-strategy.yaml', { exact: true }).waitFor({ timeout: 30_000 });

  // All of it ran in the browser: VS Code lists the extension as running in its web worker extension host.
  await runCommand('Developer: Show Running Extensions');
  // The list is virtual and ordered by activation time: scroll until the extension's row is rendered.
  const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
  await rows.first().waitFor({ timeout: 30_000 });
  const running = rows.filter({ hasText: 'Partner Strategy Lint' }).first();
  for (let i = 0; i < 40 && (await running.count()) === 0; i++) {
    await rows.first().hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(250);
  }
  await running.waitFor({ timeout: 30_000 });
  const row = (await running.innerText()).replace(/\s+/g, ' ');
  console.log(`running: ${row}`);
  assert.match(row, /web worker/i);
}
