/**
 * The preview's webview: draws the model it is sent with the core's preview view (the HTML report draws the same), as
 * DOM nodes made from data (textContent and attributes, never innerHTML). It runs no code it is sent and loads nothing
 * remote; a click on a line's button or the lock is posted to the panel, which checks it before acting.
 */
import { isToWebview } from '../preview/protocol';
import type { FromWebview, ToWebview, WebviewState } from '../preview/protocol';
import { previewView, unreadableView } from '../../core/view/preview-view';
import { toDom } from '../../core/view/dom';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: WebviewState): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
/** The view's nodes as DOM nodes of this document. */
const dom = (node: Parameters<typeof toDom>[0]): Node => toDom<Node, Element>(node, document);

function render(message: Extract<ToWebview, { type: 'render' }>): void {
  document.documentElement.lang = message.model.locale;
  app.replaceChildren(...previewView(message.model, message.labels, { fileName: message.fileName, panel: { locked: message.locked } }).map(dom));
}

function renderError(message: Extract<ToWebview, { type: 'error' }>): void {
  app.replaceChildren(...unreadableView(message.fileName, message.message).map(dom));
}

// One listener for every button the view draws: a line to reveal, or the lock.
app.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  if (button.classList.contains('lock')) {
    vscode.postMessage({ type: 'toggleLock' });
    return;
  }
  const line = Number(button.dataset.line);
  const column = Number(button.dataset.column);
  if (Number.isInteger(line) && Number.isInteger(column)) vscode.postMessage({ type: 'reveal', line, column });
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isToWebview(message)) return;
  vscode.setState({ uri: message.uri, locked: message.locked });
  if (message.type === 'render') render(message);
  else renderError(message);
});

vscode.postMessage({ type: 'ready' });
