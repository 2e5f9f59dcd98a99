/**
 * Partner Strategy Lint for VS Code: the language server's client (client.ts), plus what only VS Code shows: the
 * preview panel, the status bar and commands. activate() only wires things up; the server starts in a process of its
 * own (node.ts) or a web worker (web.ts), the hosts' entries.
 */
import * as vscode from 'vscode';
import { createClient } from './client';
import type { ClientFactory, StrategyClient } from './client';
import { lintWorkspace, registerCommands } from './commands';
import { PreviewManager } from './preview/panel';
import { StatusBar } from './status-bar';
import type { McpProvider } from './mcp';

/** What the extension hands to its tests (and to other extensions): nothing that runs workspace code. */
export interface PartnerlintApi {
  strategies: StrategyClient;
  statusBar: StatusBar;
  preview: PreviewManager;
  /** Resolves, when first asked, once the server runs and has linted the workspace: with how many strategy files. */
  readonly ready: Promise<number>;
  /** How long activate() took, and how long the server took to answer `initialize` (once it has), in ms. */
  timings: { activateMs: number; serverStartMs: number | undefined };
  /** The MCP server offered to agent mode, where the host has the API (a Node host of VS Code 1.101 or later). */
  mcp?: McpProvider;
}

let strategies: StrategyClient | undefined;

/** Activates the extension with the host's language client. */
export function activateWith(context: vscode.ExtensionContext, factory: ClientFactory): PartnerlintApi {
  const start = performance.now();
  const timings: PartnerlintApi['timings'] = { activateMs: 0, serverStartMs: undefined };
  strategies = createClient(context, factory);
  const statusBar = new StatusBar(strategies, 'partnerlint.openPreview');
  const preview = new PreviewManager(context.extensionUri, strategies);
  const uriOf = (argument: unknown): vscode.Uri | undefined =>
    argument instanceof vscode.Uri ? argument : typeof argument === 'string' ? vscode.Uri.parse(argument) : undefined;
  context.subscriptions.push(
    statusBar,
    preview,
    // The code lens of the server opens the preview with the document's URI as a string.
    vscode.commands.registerCommand('partnerlint.openPreview', (uri?: unknown) => preview.open(false, uriOf(uri))),
    vscode.commands.registerCommand('partnerlint.openPreviewToSide', (uri?: unknown) => preview.open(true, uriOf(uri))),
    vscode.commands.registerCommand('partnerlint.togglePreviewLock', () => preview.toggleLock()),
    ...registerCommands(strategies),
  );
  void strategies.client.start().then(() => {
    timings.serverStartMs = performance.now() - start;
  });
  const started = strategies;
  let ready: Promise<number> | undefined;
  timings.activateMs = performance.now() - start;
  return {
    strategies,
    statusBar,
    preview,
    timings,
    get ready() {
      ready ??= lintWorkspace(started);
      return ready;
    },
  };
}

export function deactivate(): Promise<void> | undefined {
  return strategies?.client.stop();
}
