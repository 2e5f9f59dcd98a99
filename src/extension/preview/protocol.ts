/**
 * The messages between the preview panel and its webview, shared by both sides so that they cannot disagree.
 * Everything that comes from the webview is checked with isFromWebview before it is acted on.
 */
import type { PreviewModel } from '../../core/index';
import type { PreviewLabels } from '../../core/view/labels';

/** `uri` and `locked` are what the webview keeps as its state, so that a reload restores the same preview. */
export type ToWebview =
  | { type: 'render'; model: PreviewModel; labels: PreviewLabels; fileName: string; uri: string; locked: boolean }
  | { type: 'error'; message: string; labels: PreviewLabels; fileName: string; uri: string; locked: boolean };

export type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number; column: number } | { type: 'toggleLock' };

/** The state the webview keeps across reloads (restored by the serializer). */
export interface WebviewState {
  uri: string;
  locked: boolean;
}

const isPositiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10_000_000;

export function isFromWebview(message: unknown): message is FromWebview {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'toggleLock':
      return Object.keys(m).length === 1;
    case 'reveal':
      return Object.keys(m).length === 3 && isPositiveInteger(m.line) && isPositiveInteger(m.column);
    default:
      return false;
  }
}

export function isWebviewState(value: unknown): value is WebviewState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.uri === 'string' && v.uri.length < 4096 && typeof v.locked === 'boolean';
}

export function isToWebview(message: unknown): message is ToWebview {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  if (typeof m.fileName !== 'string' || typeof m.uri !== 'string' || typeof m.locked !== 'boolean') return false;
  if (typeof m.labels !== 'object' || m.labels === null) return false;
  if (m.type === 'render') return typeof m.model === 'object' && m.model !== null;
  if (m.type === 'error') return typeof m.message === 'string';
  return false;
}
