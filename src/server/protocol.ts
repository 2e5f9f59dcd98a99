/**
 * The requests the server adds to LSP, typed, in one module shared by the server and its clients (the VS Code extension
 * imports this file of src/server and no other): a method's name, its parameters and its result are written once.
 */
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { PreviewModel, Readiness, Severity } from '../core/index';

export interface UriParams {
  uri: string;
}

/** `partnerlint/preview`: the core's preview model of a strategy (open, or read from the workspace), or null when it has none. */
/** `error`: why there is no model (the file did not parse, is too large, or its configuration is broken). */
export type PreviewResult = { model: PreviewModel; locale: 'en' | 'ja' } | { error: string; locale: 'en' | 'ja' } | null;
export const PREVIEW_REQUEST = new RequestType<UriParams, PreviewResult, void>('partnerlint/preview');

/**
 * `partnerlint/readiness`: the verdict and checks of a strategy, for status bars, with the language its findings are in;
 * null when it was not linted or did not parse.
 */
export type ReadinessResult = (Readiness & { locale: 'en' | 'ja' }) | null;
export const READINESS_REQUEST = new RequestType<UriParams, ReadinessResult, void>('partnerlint/readiness');

/** `partnerlint/lintWorkspace`: lints every strategy file of the workspace folders and the open documents again; how many. */
export type LintWorkspaceResult = number;
export const LINT_WORKSPACE_REQUEST = new RequestType0<LintWorkspaceResult, void>('partnerlint/lintWorkspace');

/** `partnerlint/rules` `{locale}`: every rule's id, default severity, title, rationale and docs page, for a rule picker. */
export interface RulesParams {
  locale: 'en' | 'ja';
}
export type RulesResult = { id: string; defaultSeverity: Severity; title: string; rationale: string; docsUrl: string }[];
export const RULES_REQUEST = new RequestType<RulesParams, RulesResult, void>('partnerlint/rules');

/**
 * Where the server cannot read a file itself (a virtual workspace, the browser), it asks a client that said it can, with
 * `initializationOptions: { clientFiles: true }`:
 * - `partnerlint/readFile` `{uri, limit}`: a regular file's text, up to `limit` bytes;
 * - `partnerlint/findFiles` `{folder, globs}`: the files below a workspace folder matching any glob (relative to it).
 */
export interface ReadFileParams {
  uri: string;
  limit: number;
}
/** `unreadable`: why, in the client's words; `notText`: a NUL byte, or not UTF-8. */
export type ReadFileResult = { text: string } | { missing: true } | { tooLarge: number } | { unreadable: string } | { notText: true };
export const READ_FILE_REQUEST = new RequestType<ReadFileParams, ReadFileResult, void>('partnerlint/readFile');

export interface FindFilesParams {
  folder: string;
  globs: string[];
}
export type FindFilesResult = string[];
export const FIND_FILES_REQUEST = new RequestType<FindFilesParams, FindFilesResult, void>('partnerlint/findFiles');

export interface InitializationOptions {
  clientFiles?: boolean;
}

/** The command of the code action that opens a rule's documentation. */
export const SHOW_RULE_DOCS_COMMAND = 'partnerlint.showRuleDocs';

/** The code action kind of "apply every safe fix" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.partnerlint';

/** The command of the code lens with the verdict: the client opens its preview of the document (`arguments: [uri]`). */
export const OPEN_PREVIEW_COMMAND = 'partnerlint.openPreview';

/** The strategy file names, as a glob for file watchers and searches (docs/reference/format.md). */
export const STRATEGY_GLOB = '**/{partner-strategy.yaml,partner-strategy.yml,*.partner-strategy.yaml,*.partner-strategy.yml}';
