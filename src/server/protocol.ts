/**
 * The requests the server adds to LSP, in one module shared by the server and its clients (the VS Code extension
 * imports this file of src/server and no other).
 */
import type { PreviewModel, Readiness } from '../core/index';

export interface UriParams {
  uri: string;
}

/** `partnerlint/preview`: the core's preview model of an open document, or null when it has none (not linted). */
export const PREVIEW_REQUEST = 'partnerlint/preview';
export type PreviewResult = PreviewModel | null;

/** `partnerlint/readiness`: the verdict and checks of an open document, for status bars; null when it did not parse. */
export const READINESS_REQUEST = 'partnerlint/readiness';
export type ReadinessResult = Readiness | null;

/** The command of the code action that opens a rule's documentation. */
export const SHOW_RULE_DOCS_COMMAND = 'partnerlint.showRuleDocs';

/** The code action kind of "apply every safe fix" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.partnerlint';

/** The command of the code lens with the verdict: the client opens its preview of the document (`arguments: [uri]`). */
export const OPEN_PREVIEW_COMMAND = 'partnerlint.openPreview';
