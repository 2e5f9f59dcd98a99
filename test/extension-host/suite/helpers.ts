/** Helpers for tests inside the extension host. */
import * as vscode from 'vscode';
import type { PartnerlintApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'partnerlint.partnerlint';

export async function partnerlint(): Promise<PartnerlintApi> {
  const extension = vscode.extensions.getExtension<PartnerlintApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** [rule, severity, startLine, startColumn, endLine, endColumn], 1-based like the CLI, for exact comparisons. */
export type DiagnosticRow = [string, string, number, number, number, number];

const SEVERITY = ['error', 'warning', 'info', 'hint'];

export function rows(uri: vscode.Uri): DiagnosticRow[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'partnerlint')
    .map((d): DiagnosticRow => {
      const code = typeof d.code === 'object' && d.code !== null ? String(d.code.value) : d.code === undefined ? '' : String(d.code);
      return [code, SEVERITY[d.severity] ?? '?', d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1];
    })
    .sort((a, b) => a[2] - b[2] || a[3] - b[3] || a[0].localeCompare(b[0]));
}

/** Polls until `check` returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function waitForRows(uri: vscode.Uri, expected: DiagnosticRow[], timeoutMs = 10_000): Promise<void> {
  const want = JSON.stringify(expected);
  await waitFor(`diagnostics of ${uri.path} to be ${want} (last: ${JSON.stringify(rows(uri))})`, () => JSON.stringify(rows(uri)) === want, timeoutMs);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('partnerlint').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
