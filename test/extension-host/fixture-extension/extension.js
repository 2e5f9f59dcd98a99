// Throwaway extension for the VS Code test host: one command, one diagnostic collection.
const vscode = require('vscode');

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('host-fixture');
  context.subscriptions.push(diagnostics);
  context.subscriptions.push(
    vscode.commands.registerCommand('hostFixture.hello', (uri) => {
      // Flags the first line of the given document (or the active editor's), then greets.
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (target) {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 5), 'hello from the fixture', vscode.DiagnosticSeverity.Warning);
        diagnostic.source = 'host-fixture';
        diagnostics.set(target, [diagnostic]);
      }
      vscode.window.showInformationMessage('Hello from the host fixture');
      return `hello ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}`;
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
