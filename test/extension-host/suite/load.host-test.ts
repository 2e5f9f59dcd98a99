/**
 * The extension under load and under change, inside a real VS Code: a workspace of 1,000 strategies, a burst of edits,
 * files deleted and renamed, a broken configuration and a FIFO. Timings are printed for the record, never asserted
 * beyond "does not block" (a stall of seconds).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { PartnerlintApi } from '../../../src/extension/extension';
import { open, partnerlint, readFile, rows, waitFor, waitForRows, workspaceUri, writeFile } from './helpers';

/** The longest gap between timer ticks on the extension host's thread while `work` runs: how long it was blocked. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    return { result: await work(), stallMs };
  } finally {
    clearInterval(timer);
  }
}

describe('Partner Strategy Lint under load', function () {
  this.timeout(240_000);
  let _api: PartnerlintApi;
  let base: string;

  before(async () => {
    _api = await partnerlint();
    base = await readFile(workspaceUri('partner-strategy.yaml'));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lints a workspace of 1,000 strategy files while the author types, without blocking the extension host', async () => {
    const uris = Array.from({ length: 1000 }, (_, i) => workspaceUri('load', `s${String(i).padStart(4, '0')}.partner-strategy.yaml`));
    const small = base.replace('targetCompanies: 12000', 'targetCompanies: 300');
    const started = performance.now();
    await Promise.all(uris.map((uri, i) => writeFile(uri, small.replace('title: ', `title: Strategy ${i} `))));
    const typed = await open(workspaceUri('load', 's0000.partner-strategy.yaml'));
    const { stallMs } = await longestStall(async () => {
      const linting = vscode.commands.executeCommand<number>('partnerlint.lintWorkspace');
      // Typing goes on meanwhile: each edit is applied and the last one's finding arrives.
      for (let i = 0; i < 20; i++) await typed.edit((edit) => edit.insert(new vscode.Position(0, 0), `# ${i}\n`));
      const count = await linting;
      assert.ok(count >= 1000, `linted ${count} files`);
    });
    await waitFor("every file's diagnostic", () => uris.every((uri) => rows(uri).length === 1), 120_000);
    for (const uri of uris.slice(1)) assert.deepEqual(rows(uri), [['target-market-too-small', 'warning', 18, 20, 18, 23]], uri.path);
    await waitForRows(typed.document.uri, [['target-market-too-small', 'warning', 38, 20, 38, 23]]);
    console.log(
      `      1,000 files written and linted in ${((performance.now() - started) / 1000).toFixed(1)} s; longest stall of the extension host ${stallMs.toFixed(0)} ms`,
    );
    assert.ok(stallMs < 2000, `the extension host was blocked for ${stallMs.toFixed(0)} ms`);
    // Deleted files leave the Problems panel. (An editor still open on a deleted file keeps its text, and VS Code may
    // hand it to the server again: so the typed one is saved and closed first.)
    await typed.document.save();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await Promise.all(uris.map((uri) => vscode.workspace.fs.delete(uri)));
    const remaining = (): string =>
      uris
        .filter((uri) => rows(uri).length > 0)
        .map((uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1))
        .join(', ');
    await waitFor('the deleted files to leave the Problems panel', () => remaining() === '', 60_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; still shown: ${remaining().slice(0, 300)}`);
    });
  });

  it('ends a burst of 200 fast edits with the diagnostics of the final text only', async () => {
    const uri = workspaceUri('scratch', 'burst.partner-strategy.yaml');
    await writeFile(uri, base);
    const editor = await open(uri);
    await waitForRows(uri, []);
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('  targetCompanies: '));
    for (let i = 0; i < 200; i++) {
      const range = editor.document.lineAt(line).range;
      // Alternating between a clean value and ones that fire, ending on 123.
      const value = i === 199 ? 123 : i % 2 === 0 ? 12000 + i : 100 + i;
      assert.ok(await editor.edit((edit) => edit.replace(range, `  targetCompanies: ${value}`)));
    }
    await waitFor('the finding of the final text', () => vscode.languages.getDiagnostics(uri).some((d) => d.message.includes('123')));
    // Let any lint still under way finish: nothing older may land after it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'partnerlint');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0]!.message, /123/);
    // Fixes are offered only for the version they were computed for: so the server's lint is of the final text.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostics[0]!.range);
    assert.ok(
      actions.some((a) => a.title === 'Disable target-market-too-small for this line'),
      JSON.stringify(actions.map((a) => a.title)),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.delete(uri);
  });

  it('clears the diagnostics of a deleted file and moves those of a renamed one', async () => {
    const uri = workspaceUri('scratch', 'before.partner-strategy.yaml');
    const renamed = workspaceUri('scratch', 'after.partner-strategy.yaml');
    const notStrategy = workspaceUri('scratch', 'after.yaml');
    await writeFile(uri, base.replace('dedicated: true', 'dedicated: false'));
    const expected: [string, string, number, number, number, number][] = [['no-dedicated-owner', 'error', 49, 16, 49, 21]];
    await waitForRows(uri, expected);
    await vscode.workspace.fs.rename(uri, renamed);
    await waitForRows(renamed, expected);
    await waitForRows(uri, []);
    // Renamed to a name that is no strategy's: it leaves the Problems panel.
    await vscode.workspace.fs.rename(renamed, notStrategy);
    await waitForRows(renamed, []);
    assert.deepEqual(rows(notStrategy), []);
    await vscode.workspace.fs.delete(notStrategy);
  });

  it('shows a broken .partnerlint.yaml once at its problem and on each strategy it governs, and re-lints when it is fixed', async () => {
    const config = workspaceUri('governed', '.partnerlint.yaml');
    const strategies = [workspaceUri('governed', 'a.partner-strategy.yaml'), workspaceUri('governed', 'deeper', 'b.partner-strategy.yaml')];
    const outside = workspaceUri('scratch', 'outside.partner-strategy.yaml');
    for (const uri of [...strategies, outside]) await writeFile(uri, base.replace('targetCompanies: 12000', 'targetCompanies: 300'));
    await writeFile(config, 'rules:\n  target-market-too-small: eror\n');
    await waitFor("the error at the configuration's problem", () => rows(config).length === 1 && rows(config)[0]![2] === 2);
    const [onConfig] = vscode.languages.getDiagnostics(config);
    assert.equal(onConfig!.severity, vscode.DiagnosticSeverity.Error);
    assert.match(onConfig!.message, /eror/);
    for (const uri of strategies) {
      await waitFor(`the configuration error on ${uri.path}`, () => {
        const [only, ...rest] = vscode.languages.getDiagnostics(uri);
        return rest.length === 0 && only?.severity === vscode.DiagnosticSeverity.Error && only.message.includes('.partnerlint.yaml:2:28');
      });
    }
    await waitForRows(outside, [['target-market-too-small', 'warning', 18, 20, 18, 23]]);
    await writeFile(config, 'rules:\n  target-market-too-small: error\n');
    for (const uri of strategies) await waitForRows(uri, [['target-market-too-small', 'error', 18, 20, 18, 23]]);
    await waitForRows(config, []);
    for (const uri of [...strategies, outside, config]) await vscode.workspace.fs.delete(uri);
  });

  it("never waits on a FIFO with a strategy's name, and says why it is not linted", async function () {
    if (vscode.env.remoteName === undefined && process.platform === 'win32') this.skip();
    const fifo = workspaceUri('scratch', 'pipe.partner-strategy.yaml');
    execFileSync('mkfifo', [fifo.fsPath]);
    try {
      // Linting the workspace lists the FIFO and reads it: the answer comes, and says why.
      const linted = vscode.commands.executeCommand<number>('partnerlint.lintWorkspace');
      await Promise.race([linted, new Promise((_, reject) => setTimeout(() => reject(new Error('the workspace lint waited on the FIFO')), 10_000))]);
      const [only, ...rest] = await waitFor(
        "the FIFO's diagnostic",
        () => vscode.languages.getDiagnostics(fifo).length > 0 && vscode.languages.getDiagnostics(fifo),
      );
      assert.equal(rest.length, 0);
      assert.equal(only!.severity, vscode.DiagnosticSeverity.Error);
      assert.match(only!.message, /not a regular file/);
    } finally {
      await vscode.workspace.fs.delete(fifo);
    }
  });
});
