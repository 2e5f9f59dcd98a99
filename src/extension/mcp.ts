/**
 * partnerlint's MCP server offered to VS Code's agent mode (docs/agents.md): a definition provider that starts the
 * server the extension ships (dist/cli.js --mcp) in the user's language, so no `mcp.json` is needed. VS Code versions
 * without the MCP API (before 1.101) get nothing, and nothing fails.
 */
import * as vscode from 'vscode';
import { uiLocale } from './settings';

/** The provider's id, as package.json's `contributes.mcpServerDefinitionProviders` names it. */
export const MCP_PROVIDER_ID = 'partnerlint.mcp';

/** What a definition says: the command VS Code starts, its arguments, environment and folder. */
export interface McpServerDefinition {
  label: string;
  command: string;
  args: string[];
  env: Record<string, string | number | null>;
  cwd?: vscode.Uri;
  version?: string;
}

/** The MCP API of VS Code 1.101 and later, which this extension's engine (1.100) does not declare. */
interface McpHost {
  lm?: {
    registerMcpServerDefinitionProvider?: (
      id: string,
      provider: { provideMcpServerDefinitions: () => McpServerDefinition[]; onDidChangeMcpServerDefinitions?: vscode.Event<void> },
    ) => vscode.Disposable;
  };
  McpStdioServerDefinition?: new (
    label: string,
    command: string,
    args?: string[],
    env?: Record<string, string | number | null>,
    version?: string,
  ) => McpServerDefinition;
}

export interface McpProvider {
  /** The definitions VS Code gets: one, the shipped server. */
  provideMcpServerDefinitions: () => McpServerDefinition[];
}

/** Registers the provider where the host has the API; undefined where it has not. */
export function registerMcpServer(context: vscode.ExtensionContext): McpProvider | undefined {
  const host = vscode as unknown as McpHost;
  const register = host.lm?.registerMcpServerDefinitionProvider;
  const Definition = host.McpStdioServerDefinition;
  if (!register || !Definition) return undefined;
  const changed = new vscode.EventEmitter<void>();
  const provider = {
    onDidChangeMcpServerDefinitions: changed.event,
    provideMcpServerDefinitions: (): McpServerDefinition[] => {
      const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
      // The extension host's own executable runs the CLI: Node itself, or Electron told to act as Node.
      const definition = new Definition(
        'partnerlint',
        process.execPath,
        [cli, '--mcp', '--locale', uiLocale()],
        { ELECTRON_RUN_AS_NODE: '1' },
        String(context.extension.packageJSON.version ?? ''),
      );
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (folder?.uri.scheme === 'file') definition.cwd = folder.uri;
      return [definition];
    },
  };
  context.subscriptions.push(
    changed,
    register.call(host.lm, MCP_PROVIDER_ID, provider),
    // The language follows the setting: the next start of the server speaks the new one.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('partnerlint.locale')) changed.fire();
    }),
  );
  return provider;
}
