/**
 * The language server (docs/reference/language-server.md): every editor feature once, over the core, for any LSP client.
 * This module only wires the protocol to the parts: the open documents and their one parse per version (documents.ts,
 * snapshot.ts), the settings (settings.ts), the workspace's files and configuration (workspace.ts), linting and
 * publishing (lints.ts), and one module per feature under features/, which need no connection. Each request's failure
 * answers that request with an error and is logged, and the server keeps serving.
 */
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { BASELINE_FILE_NAME, CONFIG_FILE_NAME, ConfigError, findRule, parseConfig, rules } from '../core/index';
import type { ConfigLayer, Locale, ResolvedConfig } from '../core/index';
import { OpenDocuments } from './documents';
import { codeActions } from './features/code-actions';
import { completion } from './features/completion';
import { hover } from './features/hover';
import { definition, highlights, prepareRename, references, rename } from './features/segments';
import { documentSymbols } from './features/symbols';
import { codeLenses, inlayHints, preview, readiness } from './features/views';
import { Lints } from './lints';
import { FIX_ALL_KIND, LINT_WORKSPACE_REQUEST, PREVIEW_REQUEST, READINESS_REQUEST, RULES_REQUEST, SHOW_RULE_DOCS_COMMAND, STRATEGY_GLOB } from './protocol';
import type { InitializationOptions, RulesResult } from './protocol';
import { DEFAULT_SETTINGS, settingsFrom } from './settings';
import type { Settings } from './settings';
import { serverTexts } from './texts';
import { uriPath } from './uris';
import { Workspace } from './workspace';
import type { LocalFiles } from './workspace';

export type { LocalFiles } from './workspace';

export function startServer(connection: Connection, local?: LocalFiles): void {
  const documents = new OpenDocuments();
  let clientLocale: Locale = 'en';
  let canConfigure = false;
  let canWatch = false;
  let canShowDocument = false;
  let canRefreshInlayHints = false;
  let canRefreshCodeLenses = false;
  let settings: Settings = DEFAULT_SETTINGS;
  /** Lints wait for the client's settings, so that the first diagnostics are already in the right language and severities. */
  let firstSettingsLoaded!: () => void;
  let settingsLoaded = new Promise<void>((resolve) => (firstSettingsLoaded = resolve));

  const localeFor = (config: ResolvedConfig | undefined): Locale => settings.locale ?? config?.locale ?? clientLocale;
  const workspace = new Workspace(
    connection,
    local,
    () => settings,
    () => localeFor(undefined),
  );
  const lints = new Lints(
    connection,
    documents,
    workspace,
    () => settings,
    () => settingsLoaded,
    localeFor,
    refreshViews,
  );
  /** The language of an open document's findings, else the one the settings or the client give. */
  const localeOf = (uri: string): Locale => lints.current(uri)?.locale ?? localeFor(undefined);
  /** The current version of an open strategy: other YAML files the client sends get nothing from this server. */
  const strategyAt = (uri: string) => (workspace.isStrategy(uri) ? documents.snapshot(uri) : undefined);
  /** The same, for a request that edits it: one that is not open is refused. */
  const openStrategy = (uri: string) => {
    const snapshot = strategyAt(uri);
    if (!snapshot) throw new ResponseError(ErrorCodes.InvalidRequest, `partnerlint: ${uri} is not open`);
    return snapshot;
  };

  /** Runs a handler; a failure answers its request with an error and is logged, and the server keeps serving. */
  const guarded =
    <P, R>(name: string, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        connection.console.error(`partnerlint: ${name} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
        throw new ResponseError(ErrorCodes.InternalError, `partnerlint: ${name} failed: ${message}`);
      }
    };
  /** A feature's refusal (not a segment id, a bad new name) answers the request with its message, which the editor shows. */
  const refused = <T extends object>(answer: T | { refused: string }): T => {
    if ('refused' in answer) throw new ResponseError(ErrorCodes.InvalidRequest, answer.refused);
    return answer;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const encoding = params.capabilities.general?.positionEncodings?.includes('utf-8') ? 'utf-8' : 'utf-16';
    documents.encoding = encoding;
    clientLocale = params.locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
    canConfigure = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const options = params.initializationOptions as InitializationOptions | null | undefined;
    workspace.clientFiles = typeof options === 'object' && options !== null && options.clientFiles === true;
    workspace.setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    return {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [SHOW_RULE_DOCS_COMMAND] },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'partnerlint-language-server' },
    };
  });

  connection.onInitialized(() => {
    // Files changed on disk come from the client's watcher, where it has one: strategies, and configurations and
    // baselines that change how their strategies are linted.
    if (canWatch) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: STRATEGY_GLOB }, { globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: `**/${BASELINE_FILE_NAME}` }],
        })
        .catch((error: unknown) => connection.console.warn(`partnerlint: the client did not watch files: ${String(error)}`));
    }
    void refreshSettings();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const path = uriPath(change.uri);
      if (path.endsWith(`/${CONFIG_FILE_NAME}`) || path.endsWith(`/${BASELINE_FILE_NAME}`)) {
        workspace.configurationChanged(change.uri);
        void lints.lintWorkspace();
        for (const uri of documents.uris()) lints.schedule(uri, 0);
      } else if (workspace.isStrategy(change.uri)) {
        // A deleted file leaves the Problems panel even while an editor still shows it: its next edit brings it back.
        if (change.type === FileChangeType.Deleted) {
          lints.forget(change.uri);
          lints.sweepSoon();
        } else if (!documents.has(change.uri)) void lints.lintStored(change.uri);
      }
    }
  });

  connection.onDidChangeConfiguration(() => {
    void refreshSettings();
  });

  async function loadSettings(): Promise<void> {
    if (!canConfigure) return;
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'partnerlint' }])) as [Record<string, unknown> | null];
      settings = settingsFrom(section);
      settings = { ...settings, layer: checkedLayer(settings.layer) };
    } catch {
      settings = DEFAULT_SETTINGS;
    }
  }

  async function refreshSettings(): Promise<void> {
    const loading = loadSettings();
    settingsLoaded = loading;
    await loading;
    firstSettingsLoaded();
    if (!settings.enable) return lints.forgetAll();
    for (const uri of documents.uris()) {
      if (workspace.isStrategy(uri)) lints.schedule(uri, 0);
      else if (lints.last(uri)) lints.forget(uri);
    }
    await lints.lintWorkspace();
  }

  /** The settings' rules and thresholds, checked as a `.partnerlint.yaml` is: a mistake is shown once, and the layer dropped. */
  let lastSettingsProblem: string | undefined;
  function checkedLayer(layer: ConfigLayer): ConfigLayer {
    if (!Object.keys(layer).length) return layer;
    const locale = localeFor(undefined);
    try {
      const checked = parseConfig(JSON.stringify(layer), serverTexts(locale).settingsSource, locale);
      lastSettingsProblem = undefined;
      return checked;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      // A notification: the editor shows it without an answer (a request would wait on a client that has no UI for it).
      if (error.message !== lastSettingsProblem)
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Warning,
          message: `partnerlint: ${serverTexts(locale).settingsSource}: ${error.message}`,
        });
      lastSettingsProblem = error.message;
      return {};
    }
  }

  /** Asks the client for inlay hints and code lenses again, where it can be asked: they follow the last lint. */
  function refreshViews(): void {
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (canRefreshCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  connection.onDidOpenTextDocument(({ textDocument }) => {
    documents.open(textDocument);
    lints.opened(textDocument.uri);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    if (documents.change(textDocument, contentChanges) && settings.run === 'onType') lints.schedule(textDocument.uri, settings.debounceMs);
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    if (settings.run === 'onSave') lints.schedule(textDocument.uri, 0);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    documents.close(textDocument.uri);
    lints.closed(textDocument.uri);
  });

  connection.onRequest(
    LINT_WORKSPACE_REQUEST,
    guarded('lintWorkspace', async (): Promise<number> => {
      if (!settings.enable) return 0;
      await Promise.all(
        documents
          .uris()
          .filter((uri) => workspace.isStrategy(uri))
          .map((uri) => lints.lintOpen(uri)),
      );
      return lints.lintWorkspace();
    }),
  );

  // Requests about a position answer from the version open when they arrive: its parse, and its lint once done.
  connection.onHover(
    guarded('hover', async ({ textDocument, position }) => {
      const snapshot = strategyAt(textDocument.uri);
      if (!snapshot) return null;
      const linted = await lints.upToDate(textDocument.uri);
      return hover(snapshot, linted, position, linted?.locale ?? localeFor(undefined));
    }),
  );

  connection.onCompletion(
    guarded('completion', ({ textDocument, position }) => {
      const snapshot = strategyAt(textDocument.uri);
      return snapshot ? completion(snapshot, position, localeOf(textDocument.uri)) : [];
    }),
  );

  connection.onDocumentSymbol(
    guarded('documentSymbol', ({ textDocument }) => {
      const snapshot = strategyAt(textDocument.uri);
      return snapshot ? documentSymbols(snapshot, localeOf(textDocument.uri)) : [];
    }),
  );

  connection.onDefinition(
    guarded('definition', ({ textDocument, position }) => {
      const snapshot = strategyAt(textDocument.uri);
      return snapshot ? definition(snapshot, position) : [];
    }),
  );

  connection.onReferences(
    guarded('references', ({ textDocument, position, context }) => {
      const snapshot = strategyAt(textDocument.uri);
      return snapshot ? references(snapshot, position, context.includeDeclaration) : [];
    }),
  );

  connection.onDocumentHighlight(
    guarded('documentHighlight', ({ textDocument, position }) => {
      const snapshot = strategyAt(textDocument.uri);
      return snapshot ? highlights(snapshot, position) : [];
    }),
  );

  connection.onPrepareRename(
    guarded('prepareRename', ({ textDocument, position }) => {
      return refused(prepareRename(openStrategy(textDocument.uri), position, localeOf(textDocument.uri)));
    }),
  );

  connection.onRenameRequest(
    guarded('rename', ({ textDocument, position, newName }) => {
      return refused(rename(openStrategy(textDocument.uri), position, newName, localeOf(textDocument.uri)));
    }),
  );

  // Inlay hints and code lenses come from the last lint of the current version, never forcing one: editors ask for them
  // on every change, which would defeat the debounce. Each publish asks the client to ask again (refresh).
  connection.languages.inlayHint.on(
    guarded('inlayHint', ({ textDocument }) => {
      const linted = lints.current(textDocument.uri);
      return linted ? inlayHints(linted) : [];
    }),
  );

  connection.onCodeLens(
    guarded('codeLens', ({ textDocument }) => {
      const linted = lints.current(textDocument.uri);
      return linted ? codeLenses(linted) : [];
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', async ({ textDocument, range, context }) => {
      const snapshot = strategyAt(textDocument.uri);
      const linted = snapshot && (await lints.upToDate(textDocument.uri));
      // A range of the version the request was made for: a lint of a newer one (typed meanwhile) has nothing for it.
      return linted && snapshot.sameVersion(linted.snapshot) ? codeActions(linted, range, context) : [];
    }),
  );

  connection.onExecuteCommand(
    guarded('executeCommand', async ({ command, arguments: args }) => {
      if (command !== SHOW_RULE_DOCS_COMMAND) return false;
      const rule = typeof args?.[0] === 'string' ? findRule(args[0]) : undefined;
      if (!rule || !canShowDocument) return false;
      return (await connection.window.showDocument({ uri: rule.meta.docsUrl, external: true })).success;
    }),
  );

  connection.onRequest(
    PREVIEW_REQUEST,
    guarded('preview', async ({ uri }) => {
      if (!workspace.isStrategy(uri)) return null;
      if (!lints.last(uri) && !documents.has(uri)) await lints.lintStored(uri);
      const linted = lints.last(uri);
      return linted ? preview(linted) : null;
    }),
  );

  connection.onRequest(
    READINESS_REQUEST,
    guarded('readiness', ({ uri }) => {
      const linted = workspace.isStrategy(uri) ? lints.last(uri) : undefined;
      return linted ? readiness(linted) : null;
    }),
  );

  connection.onRequest(
    RULES_REQUEST,
    guarded('rules', ({ locale }): RulesResult => {
      const language: Locale = locale === 'ja' ? 'ja' : 'en';
      return rules.map(({ meta }) => ({
        id: meta.id,
        defaultSeverity: meta.defaultSeverity,
        title: meta.title[language],
        rationale: meta.rationale[language],
        docsUrl: meta.docsUrl,
      }));
    }),
  );

  connection.listen();
}
