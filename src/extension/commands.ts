/**
 * The extension's own commands: a new strategy from a template, lint the workspace, the rule list. A rule's
 * documentation (`partnerlint.showRuleDocs`) is the server's command, which the client registers.
 */
import * as vscode from 'vscode';
import { catalogue } from '../core/i18n';
import { newStrategyTemplate } from '../core/new-strategy';
import { LINT_WORKSPACE_REQUEST, RULES_REQUEST, SHOW_RULE_DOCS_COMMAND } from '../server/protocol';
import type { StrategyClient } from './client';
import { uiLocale } from './settings';
import { extensionTexts } from './texts';

export function registerCommands(strategies: StrategyClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('partnerlint.newStrategy', () => newStrategy()),
    vscode.commands.registerCommand('partnerlint.lintWorkspace', async () => {
      const count = await lintWorkspace(strategies);
      void vscode.window.showInformationMessage(extensionTexts(uiLocale()).lintedFiles(count));
      return count;
    }),
    vscode.commands.registerCommand('partnerlint.showRules', async () => {
      const locale = uiLocale();
      const words = catalogue(locale);
      // The rules live in the server: the picker asks it for their words.
      const items: Promise<vscode.QuickPickItem[]> = (async () => {
        await strategies.client.start();
        const rules = await strategies.client.sendRequest(RULES_REQUEST, { locale });
        return rules.map((rule) => ({ label: rule.id, description: `${words.severities[rule.defaultSeverity]} · ${rule.title}`, detail: rule.rationale }));
      })();
      const picked = await vscode.window.showQuickPick(items, { placeHolder: extensionTexts(locale).pickRuleForDocs, matchOnDescription: true });
      if (picked) await vscode.commands.executeCommand(SHOW_RULE_DOCS_COMMAND, picked.label);
    }),
  ];
}

/** Every strategy of the workspace linted again by the server; how many there are. */
export async function lintWorkspace(strategies: StrategyClient): Promise<number> {
  await strategies.client.start();
  return strategies.client.sendRequest(LINT_WORKSPACE_REQUEST);
}

/** Creates `partner-strategy.yaml` (or `new-N.partner-strategy.yaml`) in the first workspace folder, else an untitled one. */
async function newStrategy(): Promise<vscode.Uri> {
  const content = newStrategyTemplate(uiLocale());
  const folder = vscode.workspace.workspaceFolders?.[0];
  let uri: vscode.Uri;
  if (folder) {
    uri = vscode.Uri.joinPath(folder.uri, 'partner-strategy.yaml');
    for (let n = 2; await exists(uri); n++) uri = vscode.Uri.joinPath(folder.uri, `new-${n}.partner-strategy.yaml`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  } else {
    uri = vscode.Uri.from({ scheme: 'untitled', path: 'partner-strategy.yaml' });
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (!folder) await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  return uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
