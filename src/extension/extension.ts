/** Partner Strategy Lint for VS Code: a thin layer over the core engine. activate() only wires things up. */
import * as vscode from 'vscode';
import { StrategyLinter } from './linter';
import { StrategyCodeActions } from './code-actions';
import { StrategyHover } from './hover';
import { StrategyCompletion } from './completion';
import { StatusBar } from './status-bar';
import { registerCommands } from './commands';
import { PreviewManager } from './preview/panel';

/** What the extension hands to its tests (and to other extensions): nothing that runs workspace code. */
export interface PartnerlintApi {
  linter: StrategyLinter;
  statusBar: StatusBar;
  preview: PreviewManager;
  /** Resolves when the first workspace-wide lint has finished. */
  ready: Promise<number>;
}

const SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }, { pattern: '**/*.{yaml,yml}' }];

export function activate(context: vscode.ExtensionContext): PartnerlintApi {
  const linter = new StrategyLinter();
  const statusBar = new StatusBar(linter, 'partnerlint.openPreview');
  const preview = new PreviewManager(context.extensionUri, linter);
  context.subscriptions.push(
    linter,
    statusBar,
    preview,
    vscode.commands.registerCommand('partnerlint.openPreview', (uri?: unknown) => preview.open(false, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('partnerlint.openPreviewToSide', (uri?: unknown) => preview.open(true, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('partnerlint.togglePreviewLock', () => preview.toggleLock()),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new StrategyCodeActions(linter), { providedCodeActionKinds: StrategyCodeActions.kinds }),
    vscode.languages.registerHoverProvider(SELECTOR, new StrategyHover(linter)),
    vscode.languages.registerCompletionItemProvider(SELECTOR, new StrategyCompletion(linter), ...StrategyCompletion.triggerCharacters),
    ...registerCommands(linter),
  );
  // The first lint runs after activation returns, off the start-up path.
  const ready = new Promise<number>((resolve) => setTimeout(() => resolve(linter.lintWorkspace()), 0));
  return { linter, statusBar, preview, ready };
}

export function deactivate(): void {}
