const assert = require('assert');
const vscode = require('vscode');

const extensionId = 'partnerlint-test.host-fixture';

describe('host fixture', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is loaded`);
    await extension.activate();
  });

  it('sets a diagnostic on a workspace file, seen by vscode.languages.getDiagnostics', async () => {
    const [uri] = await vscode.workspace.findFiles('hello.txt');
    assert.ok(uri, 'hello.txt is in the workspace');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.lineAt(0).text, 'hello, world');
    await vscode.commands.executeCommand('hostFixture.hello', uri);
    const diagnostics = vscode.languages.getDiagnostics(uri);
    assert.strictEqual(diagnostics.length, 1);
    assert.strictEqual(diagnostics[0].message, 'hello from the fixture');
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('runs the command in the remote extension host of a web workbench', async () => {
    const result = await vscode.commands.executeCommand('hostFixture.hello');
    assert.strictEqual(result, 'hello web');
    assert.ok(vscode.env.remoteName, 'vscode.env.remoteName is set');
    const failOnPurpose = vscode.workspace.getConfiguration('hostFixture').get('failOnPurpose');
    assert.strictEqual(failOnPurpose, false, 'hostFixture.failOnPurpose is set, so this test fails on purpose');
  });
});
