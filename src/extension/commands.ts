/** The extension's commands: new strategy from a template, lint the workspace, the rule list, a rule's documentation. */
import * as vscode from 'vscode';
import { catalogue, findRule, newStrategyTemplate, rules } from '../core/index';
import type { StrategyLinter } from './linter';

export function registerCommands(linter: StrategyLinter): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('partnerlint.newStrategy', () => newStrategy(linter)),
    vscode.commands.registerCommand('partnerlint.lintWorkspace', async () => {
      const count = await linter.lintWorkspace();
      void vscode.window.showInformationMessage(catalogue(linter.localeFor(undefined)).editor.lintedFiles(count));
      return count;
    }),
    vscode.commands.registerCommand('partnerlint.showRules', async () => {
      const locale = linter.localeFor(undefined);
      const words = catalogue(locale);
      const picked = await vscode.window.showQuickPick(
        rules.map((rule) => ({ label: rule.meta.id, description: `${words.severities[rule.meta.defaultSeverity]} · ${rule.meta.title[locale]}`, detail: rule.meta.rationale[locale] })),
        { placeHolder: words.editor.pickRuleForDocs, matchOnDescription: true },
      );
      if (picked) await showRuleDocs(picked.label);
    }),
    vscode.commands.registerCommand('partnerlint.showRuleDocs', (ruleId: unknown) => showRuleDocs(ruleId)),
  ];
}

async function showRuleDocs(ruleId: unknown): Promise<boolean> {
  const rule = typeof ruleId === 'string' ? findRule(ruleId) : undefined;
  if (!rule) return false;
  return vscode.env.openExternal(vscode.Uri.parse(rule.meta.docsUrl));
}

/** Creates `partner-strategy.yaml` (or `new-N.partner-strategy.yaml`) in the first workspace folder, else an untitled one. */
async function newStrategy(linter: StrategyLinter): Promise<vscode.Uri> {
  const content = newStrategyTemplate(linter.localeFor(undefined));
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
