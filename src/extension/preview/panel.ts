/**
 * "Partner Strategy: Open Preview": the strategy at a glance, live. One panel, following the active strategy editor
 * unless locked; restored after a reload by a serializer. The webview gets data by postMessage and renders it as text.
 */
import * as vscode from 'vscode';
import { PREVIEW_REQUEST } from '../../server/protocol';
import type { PreviewResult } from '../../server/protocol';
import type { StrategyClient } from '../client';
import { isStrategy, uiLocale } from '../settings';
import { createNonce } from './nonce';
import { isFromWebview, isWebviewState } from './protocol';
import type { FromWebview, ToWebview } from './protocol';
import { previewLabels } from '../../core/view/labels';
import { extensionTexts } from '../texts';

export const PREVIEW_VIEW_TYPE = 'partnerlint.preview';

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private locked = false;
  /** Bumped for each render: an answer from the server for an older one is dropped. */
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly panelDisposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly strategies: StrategyClient,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) => {
          const uri = isWebviewState(state) ? vscode.Uri.parse(state.uri) : this.activeStrategy();
          this.adopt(panel, uri, isWebviewState(state) && state.locked);
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && !this.locked && editor && isStrategy(editor.document.uri)) this.show(editor.document.uri);
      }),
      strategies.onDidPublish((uri) => {
        if (this.panel && this.uri && uri.toString() === this.uri.toString()) void this.render();
      }),
    );
  }

  /** The file the preview shows, for tests. */
  get documentUri(): vscode.Uri | undefined {
    return this.panel ? this.uri : undefined;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  open(toSide: boolean, uri: vscode.Uri | undefined = this.activeStrategy()): void {
    if (!uri) {
      void vscode.window.showInformationMessage(extensionTexts(uiLocale()).openStrategyToPreview);
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) this.panel.reveal(column, true);
    else {
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Partner Strategy', { viewColumn: column, preserveFocus: true }, this.webviewOptions());
      this.adopt(panel, uri, false);
    }
    this.show(uri);
  }

  toggleLock(): void {
    this.locked = !this.locked;
    if (!this.locked) {
      const active = this.activeStrategy();
      if (active) this.show(active);
    }
    void this.render();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of [...this.disposables, ...this.panelDisposables]) disposable.dispose();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  private activeStrategy(): vscode.Uri | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri && isStrategy(uri) ? uri : this.uri;
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri | undefined, locked: boolean): void {
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
    this.panel = panel;
    this.uri = uri;
    this.locked = locked;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'preview-icon.svg');
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
        for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
      }),
    );
  }

  private show(uri: vscode.Uri): void {
    this.uri = uri;
    void this.render();
  }

  /** Asks the server for the preview model of the file shown (it reads one that is not open) and hands it to the webview. */
  private async render(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    const generation = ++this.generation;
    const fileName = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    let preview: PreviewResult = null;
    try {
      preview = await this.strategies.client.sendRequest(PREVIEW_REQUEST, { uri: uri.toString() });
    } catch {
      preview = null; // the server is restarting: the next publish renders again
    }
    if (generation !== this.generation || panel !== this.panel) return;
    panel.title = extensionTexts(preview?.locale ?? uiLocale()).previewTitle(fileName, this.locked);
    if (!preview) return;
    const common = { fileName, uri: uri.toString(), locked: this.locked, labels: previewLabels(preview.locale) };
    const message: ToWebview = 'model' in preview ? { type: 'render', model: preview.model, ...common } : { type: 'error', message: preview.error, ...common };
    void panel.webview.postMessage(message);
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) return; // anything else from the webview is ignored, never acted on
    const handle: Record<FromWebview['type'], () => void> = {
      ready: () => void this.render(),
      toggleLock: () => this.toggleLock(),
      reveal: () => void this.reveal(message as Extract<FromWebview, { type: 'reveal' }>),
    };
    handle[message.type]();
  }

  private async reveal({ line, column }: { line: number; column: number }): Promise<void> {
    if (!this.uri) return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const target = document.validatePosition(new vscode.Position(line - 1, column - 1));
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri?.toString());
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    editor.selection = new vscode.Selection(target, target);
    editor.revealRange(new vscode.Range(target, target), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private html(webview: vscode.Webview): string {
    const nonce = createNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Partner Strategy</title>
</head>
<body>
<main id="app" aria-live="polite"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }
}
