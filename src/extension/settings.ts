/** The settings the extension itself reads: the language of its own texts, and which files are strategies. */
import * as vscode from 'vscode';
import { isStrategyFile } from '../core/files';
import type { Locale } from '../core/types';

/** The `partnerlint.locale` setting, else VS Code's display language. */
export function uiLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('partnerlint').get<string>('locale', 'auto');
  if (setting === 'en' || setting === 'ja') return setting;
  return vscode.env.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Whether the server lints `uri` as a strategy: the same rule as the server's, from the core. */
export function isStrategy(uri: vscode.Uri): boolean {
  const extraFiles = vscode.workspace
    .getConfiguration('partnerlint', uri)
    .get<unknown[]>('extraFiles', [])
    .filter((glob): glob is string => typeof glob === 'string' && glob.length > 0);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return isStrategyFile(uri.path, folder ? vscode.workspace.asRelativePath(uri, false) : uri.path, extraFiles);
}
