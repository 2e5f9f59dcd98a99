/**
 * In restricted mode (a workspace that is not trusted), run by test-vscode.mjs as a suite of its own with workspace
 * trust on: the extension runs no workspace code and needs no trust, so it keeps its full function.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { open, partnerlint, readFile, rows, waitFor, waitForRows, workspaceUri } from './helpers';

describe('Partner Strategy Lint in restricted mode', function () {
  this.timeout(60_000);

  it('runs in a workspace that is not trusted', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite runs with workspace trust on and the folder untrusted');
    const api = await partnerlint();
    assert.ok((await api.ready) > 0, 'the workspace was linted');
  });

  it('lints, fixes, hovers and completes as in a trusted one', async () => {
    const kansai = workspaceUri('plans/kansai.partner-strategy.yaml');
    await waitForRows(kansai, [
      ['schema', 'error', 22, 15, 22, 18],
      ['schema', 'error', 28, 3, 28, 15],
      ['no-dedicated-owner', 'error', 49, 16, 49, 21],
    ]);
    const editor = await open(kansai);
    const diagnostic = vscode.languages.getDiagnostics(kansai).find((d) => typeof d.code === 'object' && d.code.value === 'no-dedicated-owner')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', kansai, diagnostic.range);
    assert.ok(
      actions.some((action) => action.title === 'Disable no-dedicated-owner for this line'),
      JSON.stringify(actions.map((a) => a.title)),
    );
    const text = await readFile(kansai);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      kansai,
      editor.document.positionAt(text.indexOf('dedicated:') + 2),
    );
    assert.ok(hovers.length > 0, 'a hover on a key');
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      kansai,
      editor.document.positionAt(text.indexOf('pricing: ') + 'pricing: '.length),
    );
    assert.ok(completions.items.some((item) => item.label === 'per-account'));
    await vscode.commands.executeCommand('partnerlint.openPreview');
    const api = await partnerlint();
    await waitFor('the preview of the strategy', () => api.preview.documentUri?.toString() === kansai.toString());
    assert.ok(rows(kansai).length === 3);
  });
});
