/**
 * The language server (docs/reference/language-server.md): every editor feature once, over the core, for any LSP client. Open
 * strategy documents are linted as they change (debounced, the latest version only), and every strategy file of the
 * workspace folders from disk, or through the client where the server cannot read them (a virtual workspace). Each
 * request's failure answers that request with an error and is logged, and the server keeps serving.
 */
import { serverTexts } from './texts';
import {
  CodeActionKind,
  CompletionItemKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DiagnosticSeverity,
  DocumentHighlightKind,
  InlayHintKind,
  SymbolKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  ErrorCodes,
  TextDocumentSyncKind,
  MessageType,
  ShowMessageNotification,
} from 'vscode-languageserver';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Connection,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  InitializeParams,
  InitializeResult,
  InlayHint,
  Location,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  BASELINE_FILE_NAME,
  ConfigError,
  identityOf,
  parseBaseline,
  subtractKnown,
  isStrategyFile,
  catalogue,
  completionPlaceAt,
  formatMoney,
  discoverConfig,
  findRule,
  fixesOf,
  keyDescription,
  CONFIG_FILE_NAME,
  keysAt,
  lint,
  missingBlockFix,
  mergeConfig,
  outline,
  parseConfig,
  rules,
  parseYaml,
  disableNextLineEdit,
  placeAt,
  previewModel,
  renameSegment,
  safeFixes,
  segmentAt,
  segmentOccurrences,
  tooLargeMessage,
  valueDescription,
  valueSpan,
  valuesAt,
} from '../core/index';
import type { Baseline, ConfigLayer, Finding, LintResult, Locale, OutlineSymbol, ResolvedConfig, Severity } from '../core/index';
import type { Catalogue } from '../core/index';
import { DocumentPositions } from './positions';
import type { PositionEncoding } from './positions';
import {
  FIND_FILES_REQUEST,
  FIX_ALL_KIND,
  LINT_WORKSPACE_REQUEST,
  OPEN_PREVIEW_COMMAND,
  PREVIEW_REQUEST,
  READ_FILE_REQUEST,
  READINESS_REQUEST,
  RULES_REQUEST,
  SHOW_RULE_DOCS_COMMAND,
  STRATEGY_GLOB,
} from './protocol';
import type {
  FindFilesParams,
  FindFilesResult,
  InitializationOptions,
  LintWorkspaceResult,
  PreviewResult,
  ReadFileParams,
  ReadFileResult,
  ReadinessResult,
  RulesParams,
  RulesResult,
  UriParams,
} from './protocol';
import { relativeTo, uriPath, withPath } from './uris';

/** The `partnerlint` settings (docs/reference/language-server.md), with the defaults a client without configuration gets. */
interface Settings {
  enable: boolean;
  /** Lint open documents as the author types (debounced), or only when they are saved. */
  run: 'onType' | 'onSave';
  debounceMs: number;
  layer: ConfigLayer;
  locale: Locale | undefined;
  /** Globs of further strategy files, relative to a workspace folder (or matched against the whole path outside one). */
  extraFiles: string[];
  maxFileSize: number;
}

const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', debounceMs: 200, layer: {}, locale: undefined, extraFiles: [], maxFileSize: 2 * 1024 * 1024 };

/** A configuration file's and a baseline's size limits, as in the CLI. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** What was found in one strategy text: an open document's `version`, or undefined for a file read from the workspace. */
interface Linted {
  version: number | undefined;
  text: string;
  locale: Locale;
  result: LintResult | undefined;
  /** Why the text was not linted (too large, a broken configuration). */
  skipped?: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The files of the machine the server runs on (`file:` URIs): Node's file system (disk.ts), or none in a browser's
 * worker, where every file comes through the client.
 */
export interface LocalFiles {
  pathOf(uri: string): string;
  uriOf(path: string): string;
  /** `reasons` words why a file cannot be read, in the reader's language. */
  read(path: string, limit: number, reasons: Catalogue['reasons']): ReadFileResult;
  /** Every file below `folder` whose path relative to it passes `wanted`. */
  list(folder: string, wanted: (relativePath: string) => boolean): string[];
  /** Where configuration discovery for a strategy stops: its repository's root. */
  repositoryRoot(strategyPath: string): string | undefined;
}

export function startServer(connection: Connection, local?: LocalFiles): void {
  /** Where the server reads `uri` itself: the local files, for a `file:` URI where there are any. */
  const localFilesFor = (uri: string): LocalFiles | undefined => (uri.startsWith('file:') ? local : undefined);
  const documents = new Map<string, TextDocument>();
  const linted = new Map<string, Linted>();
  /** The debounced lint to come for each open document; a request that needs the current text's lint waits for `linted`. */
  const scheduled = new Map<string, { timer: ReturnType<typeof setTimeout>; linted: Promise<void>; done: () => void }>();
  let encoding: PositionEncoding = 'utf-16';
  let clientLocale: Locale = 'en';
  let canConfigure = false;
  let canWatch = false;
  let canShowDocument = false;
  let canRefreshInlayHints = false;
  let canRefreshCodeLenses = false;
  /** The client reads and lists the files the server cannot (`initializationOptions.clientFiles`). */
  let clientFiles = false;
  /** The workspace folders' URIs, whose strategy files are linted whether open or not. */
  let folders: string[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  /** Each workspace folder's baseline (`.partnerlint-baseline.json` at its root), read once until it changes. */
  const baselines = new Map<string, Baseline | undefined>();
  /** Configuration and baseline files that carry a diagnostic of ours, to clear once they are fixed. */
  const configErrorsOn = new Set<string>();
  /** Lints wait for the client's settings, so that the first diagnostics are already in the right language and severities. */
  let firstSettingsLoaded!: () => void;
  let settingsLoaded = new Promise<void>((resolve) => (firstSettingsLoaded = resolve));
  /** The strategy files of the workspace last published from disk, to forget those that are gone. */
  let stored = new Set<string>();

  const positions = (document: TextDocument | Linted): DocumentPositions =>
    new DocumentPositions('getText' in document ? document.getText() : document.text, encoding);

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

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    encoding = params.capabilities.general?.positionEncodings?.includes('utf-8') ? 'utf-8' : 'utf-16';
    clientLocale = params.locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
    canConfigure = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const options = params.initializationOptions as InitializationOptions | null | undefined;
    clientFiles = typeof options === 'object' && options !== null && options.clientFiles === true;
    const roots = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.map((uri) => uri.replace(/\/+$/, '')).filter((uri) => localFilesFor(uri) !== undefined || clientFiles);
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

  /** Whether a document or file is a strategy: by its name (docs/reference/format.md), or by the `extraFiles` globs. */
  function isStrategy(uri: string): boolean {
    const folder = folders.find((f) => uri.startsWith(`${f}/`));
    return isStrategyFile(uriPath(uri), folder ? relativeTo(folder, uri) : uriPath(uri), settings.extraFiles);
  }

  /** An open document, if it is a strategy: other YAML files the client sends get nothing from this server. */
  const strategyDocument = (uri: string): TextDocument | undefined => (isStrategy(uri) ? documents.get(uri) : undefined);

  /** Reads a file of the workspace: from disk, or through the client where the server cannot. */
  async function readFile(uri: string, limit: number): Promise<ReadFileResult> {
    const files = localFilesFor(uri);
    if (files) return files.read(files.pathOf(uri), limit, catalogue(localeFor(undefined)).reasons);
    if (!clientFiles) return { missing: true };
    return connection.sendRequest<ReadFileResult>(READ_FILE_REQUEST, { uri, limit } satisfies ReadFileParams);
  }

  /** The strategy files of a workspace folder. */
  async function strategiesUnder(folder: string): Promise<string[]> {
    const wanted = (relative: string): boolean => isStrategyFile(relative, relative, settings.extraFiles);
    const files = localFilesFor(folder);
    if (files) return files.list(files.pathOf(folder), wanted).map((path) => files.uriOf(path));
    const found = await connection.sendRequest<FindFilesResult>(FIND_FILES_REQUEST, {
      folder,
      globs: [STRATEGY_GLOB, ...settings.extraFiles],
    } satisfies FindFilesParams);
    return found.filter((uri) => uri.startsWith(`${folder}/`) && wanted(relativeTo(folder, uri))).sort();
  }

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const path = uriPath(change.uri);
      if (path.endsWith(`/${CONFIG_FILE_NAME}`) || path.endsWith(`/${BASELINE_FILE_NAME}`)) {
        // A fixed configuration loses its diagnostic; the lints below put back any that remain.
        if (configErrorsOn.delete(change.uri)) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        baselines.clear();
        void lintWorkspace();
        for (const uri of documents.keys()) schedule(uri, 0);
      } else if (isStrategy(change.uri)) {
        // A deleted file leaves the Problems panel even while an editor still shows it: its next edit brings it back.
        if (change.type === FileChangeType.Deleted) {
          forget(change.uri);
          sweepSoon();
        } else if (!documents.has(change.uri)) void lintStored(change.uri);
      }
    }
  });

  /**
   * After files are deleted, every strategy shown is checked again (not linted) and those that are gone are forgotten:
   * a watcher may drop events when a thousand files go at once.
   */
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;
  function sweepSoon(): void {
    clearTimeout(sweepTimer);
    sweepTimer = setTimeout(() => void sweep().catch((error: unknown) => connection.console.error(`partnerlint: sweep failed: ${String(error)}`)), 500);
  }
  async function sweep(): Promise<void> {
    const shown = [...stored, ...[...linted.keys()].filter((uri) => documents.has(uri) && folders.some((folder) => uri.startsWith(`${folder}/`)))];
    for (const uri of shown) {
      // A limit of 0 bytes: whether the file is there, without reading it.
      if ('missing' in (await readFile(uri, 0))) forget(uri);
    }
  }

  /** Every strategy file of the workspace folders that is not open, as stored; how many strategies there are, open or not. */
  async function lintWorkspace(): Promise<number> {
    const found = new Set<string>();
    for (const folder of folders) {
      let uris: string[];
      try {
        uris = await strategiesUnder(folder);
      } catch (error) {
        connection.console.error(`partnerlint: could not list the files of ${folder}: ${String(error)}`);
        continue;
      }
      for (const uri of uris) {
        found.add(uri);
        if (!documents.has(uri)) await lintStored(uri);
      }
    }
    for (const uri of stored) if (!found.has(uri) && !documents.has(uri)) forget(uri);
    stored = new Set([...found].filter((uri) => !documents.has(uri)));
    for (const uri of documents.keys()) if (isStrategy(uri)) found.add(uri);
    return found.size;
  }

  /** Bumped for each read of a stored file and when a file is forgotten: a lint begun before either never publishes. */
  const epochs = new Map<string, number>();
  function nextEpoch(uri: string): number {
    const epoch = (epochs.get(uri) ?? 0) + 1;
    epochs.set(uri, epoch);
    return epoch;
  }

  function forget(uri: string): void {
    nextEpoch(uri);
    unschedule(uri);
    stored.delete(uri);
    linted.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Lints a strategy file as stored (not open in the client). */
  async function lintStored(uri: string): Promise<void> {
    if (!settings.enable || documents.has(uri)) return;
    const epoch = nextEpoch(uri);
    const read = await readFile(uri, settings.maxFileSize).catch(
      (error: unknown): ReadFileResult => ({ unreadable: error instanceof Error ? error.message : String(error) }),
    );
    if (documents.has(uri) || epochs.get(uri) !== epoch) return;
    if ('missing' in read) return forget(uri);
    stored.add(uri);
    if ('text' in read) return publishLint(uri, read.text, undefined, epoch);
    const words = catalogue(localeFor(undefined));
    const reason =
      'tooLarge' in read
        ? tooLargeMessage(read.tooLarge, settings.maxFileSize, localeFor(undefined))
        : 'notText' in read
          ? words.file.binary()
          : words.file.unreadable(read.unreadable);
    linted.set(uri, { version: undefined, text: '', locale: localeFor(undefined), result: undefined, skipped: reason });
    await connection.sendDiagnostics({ uri, diagnostics: [lineOne(reason, 'unreadable' in read ? DiagnosticSeverity.Error : DiagnosticSeverity.Information)] });
  }

  /**
   * Lints a text of `uri` (an open document's `version`, or the file as stored) and publishes its diagnostics, unless a
   * newer text came meanwhile. A configuration that cannot be used is never ignored: the strategy says so at line 1,
   * and the configuration file at its problem. Findings the workspace baseline covers show as Information.
   */
  async function publishLint(uri: string, text: string, version: number | undefined, epoch = epochs.get(uri)): Promise<void> {
    await settingsLoaded;
    const stale = (): boolean => epochs.get(uri) !== epoch || (version === undefined ? documents.has(uri) : documents.get(uri)?.version !== version);
    const publish = async (state: Linted, diagnostics: Diagnostic[]): Promise<void> => {
      linted.set(uri, state);
      await connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics });
      if (version !== undefined) refreshViews();
    };
    let config: ResolvedConfig;
    try {
      config = await configFor(uri);
    } catch (error) {
      if (stale()) return;
      if (!(error instanceof ConfigError)) throw error;
      const configUri = localFilesFor(uri)?.uriOf(error.file) ?? withPath(uri, error.file);
      const at = { line: error.position.line - 1, character: error.position.column - 1 };
      await connection.sendDiagnostics({
        uri: configUri,
        diagnostics: [
          {
            range: { start: at, end: { line: at.line, character: at.character + 1 } },
            severity: DiagnosticSeverity.Error,
            source: 'partnerlint',
            message: error.message,
          },
        ],
      });
      configErrorsOn.add(configUri);
      const reason = `${error.file}:${error.position.line}:${error.position.column}: ${error.message}`;
      await publish({ version, text, locale: localeFor(undefined), result: undefined, skipped: reason }, [lineOne(reason, DiagnosticSeverity.Error)]);
      return;
    }
    if (stale()) return;
    const locale = localeFor(config);
    if (text.length > settings.maxFileSize) {
      const reason = tooLargeMessage(text.length, settings.maxFileSize, locale);
      await publish({ version, text, locale, result: undefined, skipped: reason }, [lineOne(reason, DiagnosticSeverity.Information)]);
      return;
    }
    const result = lint(text, { config, locale });
    const baselined = await baselinedFindings(uri, result);
    if (stale()) return;
    const at = new DocumentPositions(text, encoding);
    const words = serverTexts(locale);
    await publish(
      { version, text, locale, result },
      result.findings.map((finding) => {
        const diagnostic = toDiagnostic(finding, at);
        return baselined.has(finding)
          ? { ...diagnostic, severity: DiagnosticSeverity.Information, message: `${finding.message}${words.baselined}` }
          : diagnostic;
      }),
    );
  }

  async function baselinedFindings(uri: string, result: LintResult): Promise<Set<Finding>> {
    const folder = folders.find((f) => uri.startsWith(`${f}/`));
    if (!folder) return new Set();
    if (!baselines.has(folder)) baselines.set(folder, await readBaselineOf(folder));
    const known = baselines.get(folder)?.get(relativeTo(folder, uri));
    if (!known) return new Set();
    return new Set(
      subtractKnown(
        result.findings,
        result.findings.map((finding) => identityOf(result, finding)),
        known,
      ).matched,
    );
  }

  /** A baseline that cannot be read or parsed is an error on it, and treated as none. */
  async function readBaselineOf(folder: string): Promise<Baseline | undefined> {
    const uri = `${folder}/${BASELINE_FILE_NAME}`;
    const words = catalogue(localeFor(undefined));
    try {
      const read = await readFile(uri, MAX_BASELINE_BYTES);
      if ('missing' in read) return undefined;
      if (!('text' in read)) throw new Error('tooLarge' in read ? words.reasons.tooLarge : 'notText' in read ? words.reasons.notUtf8 : read.unreadable);
      const baseline = parseBaseline(read.text);
      if (configErrorsOn.delete(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
      return baseline;
    } catch (error) {
      configErrorsOn.add(uri);
      await connection.sendDiagnostics({
        uri,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
            severity: DiagnosticSeverity.Error,
            source: 'partnerlint',
            message: words.report.badBaseline(BASELINE_FILE_NAME, error instanceof Error ? error.message : String(error)),
          },
        ],
      });
      return undefined;
    }
  }

  /**
   * The configuration in force for a strategy: the settings' layer under the `.partnerlint.yaml` files found above it,
   * up to the repository root on disk, or to its workspace folder elsewhere. A configuration that is there but cannot be
   * read is an error at it, never taken for no configuration.
   */
  function configFor(uri: string): Promise<ResolvedConfig> {
    const baseLayers = Object.keys(settings.layer).length ? [settings.layer] : [];
    const locale = localeFor(undefined);
    const words = catalogue(locale);
    const reader =
      (toUri: (path: string) => string) =>
      async (path: string): Promise<string | undefined> => {
        const read = await readFile(toUri(path), MAX_CONFIG_BYTES);
        if ('missing' in read) return undefined;
        if ('text' in read) return read.text;
        const reason = 'tooLarge' in read ? words.reasons.tooLarge : 'notText' in read ? words.reasons.notUtf8 : read.unreadable;
        throw new ConfigError(path, { line: 1, column: 1 }, words.config.unreadable(reason));
      };
    const files = localFilesFor(uri);
    if (files) {
      const path = files.pathOf(uri);
      return discoverConfig(
        path,
        reader((p) => files.uriOf(p)),
        { stopAt: files.repositoryRoot(path), locale, baseLayers },
      );
    }
    const folder = folders.find((f) => uri.startsWith(`${f}/`));
    if (!clientFiles || !folder) return Promise.resolve(mergeConfig(baseLayers));
    return discoverConfig(
      uriPath(uri),
      reader((p) => withPath(uri, p)),
      { stopAt: uriPath(folder), locale, baseLayers },
    );
  }

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
    if (!settings.enable) {
      for (const uri of new Set([...linted.keys(), ...stored])) forget(uri);
      return;
    }
    for (const uri of documents.keys()) {
      if (isStrategy(uri)) schedule(uri, 0);
      else if (linted.has(uri)) forget(uri);
    }
    await lintWorkspace();
  }

  connection.onRequest(
    LINT_WORKSPACE_REQUEST,
    guarded('lintWorkspace', async (): Promise<LintWorkspaceResult> => {
      if (!settings.enable) return 0;
      await Promise.all([...documents.keys()].filter(isStrategy).map((uri) => lintOpen(uri)));
      return lintWorkspace();
    }),
  );

  const localeFor = (config: ResolvedConfig | undefined): Locale => settings.locale ?? config?.locale ?? clientLocale;
  /** The language of an open document's findings, else the one the settings or the client give. */
  const localeOf = (uri: string): Locale => current(uri)?.locale ?? localeFor(undefined);

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

  // Documents are kept here rather than by TextDocuments, so that incremental changes in UTF-8 positions are converted
  // in the one place that converts.
  connection.onDidOpenTextDocument(({ textDocument }) => {
    documents.set(textDocument.uri, TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text));
    stored.delete(textDocument.uri);
    schedule(textDocument.uri, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return;
    let current = document;
    for (const change of contentChanges) {
      if ('range' in change) {
        const at = positions(current);
        const start = current.positionAt(at.offset(change.range.start));
        const end = current.positionAt(at.offset(change.range.end));
        current = TextDocument.update(current, [{ range: { start, end }, text: change.text }], textDocument.version);
      } else current = TextDocument.update(current, [{ text: change.text }], textDocument.version);
    }
    documents.set(textDocument.uri, current);
    if (settings.run === 'onType') schedule(textDocument.uri, settings.debounceMs);
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    if (settings.run === 'onSave') schedule(textDocument.uri, 0);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const { uri } = textDocument;
    documents.delete(uri);
    unschedule(uri);
    if (!linted.delete(uri)) return;
    // A strategy of the workspace stays in the Problems panel as it is stored; any other document leaves it.
    if (isStrategy(uri) && folders.some((folder) => uri.startsWith(`${folder}/`))) void lintStored(uri);
    else void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** No lint to come for `uri`: a request waiting for one goes on (and answers from what there is). */
  function unschedule(uri: string): void {
    const pending = scheduled.get(uri);
    if (!pending) return;
    clearTimeout(pending.timer);
    scheduled.delete(uri);
    pending.done();
  }

  function schedule(uri: string, delay: number): void {
    if (!isStrategy(uri)) return;
    // A lint already to come is put off; those waiting for it wait for this one.
    const pending = scheduled.get(uri);
    clearTimeout(pending?.timer);
    let done = pending?.done;
    const linted = pending?.linted ?? new Promise<void>((resolve) => (done = resolve));
    const timer = setTimeout(() => {
      scheduled.delete(uri);
      void lintOpen(uri)
        .catch((error: unknown) => connection.console.error(`partnerlint: lint of ${uri} failed: ${String(error)}`))
        .finally(done);
    }, delay);
    scheduled.set(uri, { timer, linted, done: done! });
  }

  async function lintOpen(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document || !settings.enable) return;
    await publishLint(uri, document.getText(), document.version);
  }

  function lineOne(message: string, severity: DiagnosticSeverity): Diagnostic {
    return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, source: 'partnerlint', message };
  }

  function toDiagnostic(finding: Finding, at: DocumentPositions): Diagnostic {
    return {
      range: at.range(finding.span.start, finding.span.end),
      severity: SEVERITY[finding.severity],
      code: finding.ruleId,
      codeDescription: { href: finding.docsUrl },
      source: 'partnerlint',
      message: finding.message,
      data: { ruleId: finding.ruleId, start: finding.span.start, end: finding.span.end },
    };
  }

  /** Asks the client for inlay hints and code lenses again, where it can be asked: they follow the last lint. */
  function refreshViews(): void {
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (canRefreshCodeLenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  /** The lint of an open strategy's current version, or undefined when none is done yet. */
  const current = (uri: string): (Linted & { version: number }) | undefined => {
    const state = linted.get(uri);
    return state && state.version !== undefined && state.version === documents.get(uri)?.version && isStrategy(uri)
      ? { ...state, version: state.version }
      : undefined;
  };

  /**
   * The lint of an open strategy's current version: when the debounced lint has not run yet, the request waits for it
   * (or, with none to come, lints now), so that it never answers from an older text. With `run: onSave`, it waits for
   * the save.
   */
  async function upToDate(uri: string): Promise<ReturnType<typeof current>> {
    const state = current(uri);
    if (state || !settings.enable || settings.run === 'onSave' || !strategyDocument(uri)) return state;
    const pending = scheduled.get(uri);
    if (pending) await pending.linted;
    else await lintOpen(uri);
    return current(uri);
  }

  connection.onCodeAction(
    guarded('codeAction', async ({ textDocument, range, context }) => {
      const state = await upToDate(textDocument.uri);
      if (!state?.result) return [];
      const at = positions(state);
      const words = serverTexts(state.locale);
      const actions: CodeAction[] = [];
      const uri = textDocument.uri;
      const edit = (edits: TextEdit[]): CodeAction['edit'] => ({ documentChanges: [{ textDocument: { uri, version: state.version }, edits }] });
      const wantsFixAll =
        !context.only || context.only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`) || kind === CodeActionKind.Source);
      if (wantsFixAll) {
        const fixes = safeFixes(state.result);
        if (fixes.length)
          actions.push({
            title: words.fixAll,
            kind: FIX_ALL_KIND,
            edit: edit(fixes.map((fix) => ({ range: at.range(fix.span.start, fix.span.end), newText: fix.replacement }))),
          });
      }
      if (context.only && !context.only.includes(CodeActionKind.QuickFix)) return actions;
      const from = at.offset(range.start);
      const to = at.offset(range.end);
      for (const finding of state.result.findings) {
        if (finding.span.end < from || finding.span.start > to) continue;
        // A client may send back its diagnostics without their ranges (Neovim 0.7 does): match what is there.
        const diagnostic = context.diagnostics.find((d) => d.code === finding.ruleId && d.range?.start?.line === at.position(finding.span.start).line);
        const quickFix = (title: string, extra: Partial<CodeAction>): void => {
          actions.push({ title, kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}), ...extra });
        };
        for (const fix of fixesOf(finding))
          quickFix(fix.title[state.locale], { isPreferred: true, edit: edit([{ range: at.range(fix.span.start, fix.span.end), newText: fix.replacement }]) });
        const block = missingBlockFix(state.text, finding.ruleId, state.locale);
        if (block)
          quickFix(block.title[state.locale], { edit: edit([{ range: at.range(block.edit.span.start, block.edit.span.end), newText: block.edit.text }]) });
        const disable = disableNextLineEdit(state.text, finding);
        if (disable) {
          quickFix(words.disableForLine(finding.ruleId), { edit: edit([{ range: at.range(disable.span.start, disable.span.end), newText: disable.text }]) });
        }
        quickFix(words.showDocumentation(finding.ruleId), {
          command: { title: words.showDocumentation(finding.ruleId), command: SHOW_RULE_DOCS_COMMAND, arguments: [finding.ruleId] },
        });
      }
      return actions;
    }),
  );

  connection.onExecuteCommand(
    guarded('executeCommand', async ({ command, arguments: args }) => {
      if (command !== SHOW_RULE_DOCS_COMMAND) return false;
      const rule = typeof args?.[0] === 'string' ? findRule(args[0]) : undefined;
      if (!rule) return false;
      if (!canShowDocument) return false;
      return (await connection.window.showDocument({ uri: rule.meta.docsUrl, external: true })).success;
    }),
  );

  connection.onHover(
    guarded('hover', async ({ textDocument, position }): Promise<Hover | null> => {
      const document = strategyDocument(textDocument.uri);
      if (!document) return null;
      const text = document.getText();
      const at = positions(document);
      const offset = at.offset(position);
      const state = await upToDate(textDocument.uri);
      const locale = state?.locale ?? localeFor(undefined);
      const parts: string[] = [];
      let span: { start: number; end: number } | undefined;
      const place = placeAt(parseYaml(text).doc, offset);
      if (place) {
        const description =
          place.kind === 'key'
            ? keyDescription(place.path, locale)
            : valueDescription(place.path, text.slice(place.span.start, place.span.end).replace(/^(["'])(.*)\1$/s, '$2'), locale);
        if (description) {
          parts.push(`**${String(place.path.filter((segment) => typeof segment === 'string').at(-1))}** — ${escapeMarkdown(description)}`);
          span = place.span;
        }
      }
      for (const finding of state?.result?.findings ?? []) {
        if (offset < finding.span.start || offset > finding.span.end) continue;
        const rule = findRule(finding.ruleId);
        if (!rule) continue;
        parts.push(
          `**partnerlint(${rule.meta.id})** ${escapeMarkdown(rule.meta.title[locale])}\n\n${escapeMarkdown(rule.meta.rationale[locale])}\n\n[${serverTexts(locale).documentation}](${rule.meta.docsUrl})`,
        );
        span ??= finding.span;
      }
      if (!parts.length) return null;
      return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(span ? { range: at.range(span.start, span.end) } : {}) };
    }),
  );

  connection.onCompletion(
    guarded('completion', ({ textDocument, position }): CompletionItem[] => {
      const document = strategyDocument(textDocument.uri);
      if (!document) return [];
      const text = document.getText();
      const at = positions(document);
      const offset = at.offset(position);
      const locale = localeOf(textDocument.uri);
      const place = completionPlaceAt(text, offset);
      if (!place) return [];
      const range = at.range(place.start, offset);
      if (place.kind === 'value' && isSegmentReference(place.path)) {
        const ids = [
          ...new Set(
            segmentOccurrences(text)
              .filter((o) => o.kind === 'definition')
              .map((o) => o.id),
          ),
        ];
        return ids.map((id, index) => ({
          label: id,
          kind: CompletionItemKind.Reference,
          sortText: String(index).padStart(3, '0'),
          textEdit: { range, newText: id },
        }));
      }
      if (place.kind === 'value') {
        return valuesAt(place.path).map((value, index) => {
          const description = valueDescription(place.path, value, locale);
          return {
            label: value,
            kind: CompletionItemKind.EnumMember,
            sortText: String(index).padStart(3, '0'),
            textEdit: { range, newText: value },
            ...(description ? { documentation: { kind: MarkupKind.Markdown, value: description } } : {}),
          };
        });
      }
      const lineStart = text.lastIndexOf('\n', place.start - 1) + 1;
      const nested = ' '.repeat(place.start - lineStart + 2);
      return keysAt(place.path, locale)
        .filter((info) => !place.siblings.includes(info.key))
        .map((info, index) => ({
          label: info.key,
          kind: CompletionItemKind.Property,
          ...(info.required ? { detail: serverTexts(locale).required } : {}),
          documentation: { kind: MarkupKind.Markdown, value: info.description },
          sortText: `${info.required ? 0 : 1}${String(index).padStart(3, '0')}`,
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: {
            range,
            newText: info.shape === 'map' ? `${info.key}:\n${nested}$0` : info.shape === 'list' ? `${info.key}:\n${nested}- $0` : `${info.key}: $0`,
          },
        }));
    }),
  );

  connection.onDocumentSymbol(
    guarded('documentSymbol', ({ textDocument }): DocumentSymbol[] => {
      const document = strategyDocument(textDocument.uri);
      if (!document) return [];
      const at = positions(document);
      const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
        section: SymbolKind.Namespace,
        segment: SymbolKind.EnumMember,
        purpose: SymbolKind.Event,
        partner: SymbolKind.Object,
        kpi: SymbolKind.Number,
      };
      const convert = (symbol: OutlineSymbol): DocumentSymbol => ({
        name: symbol.name,
        kind: KIND[symbol.kind],
        range: at.range(symbol.span.start, symbol.span.end),
        selectionRange: at.range(symbol.selection.start, symbol.selection.end),
        children: symbol.children.map(convert),
      });
      return outline(document.getText(), localeOf(textDocument.uri)).map(convert);
    }),
  );

  /** The segment id under the cursor, with the document's positions. */
  const segmentHere = (uri: string, position: { line: number; character: number }) => {
    const document = strategyDocument(uri);
    if (!document) return undefined;
    const at = positions(document);
    const found = segmentAt(document.getText(), at.offset(position));
    return found ? { ...found, at, document } : undefined;
  };

  connection.onDefinition(
    guarded('definition', ({ textDocument, position }): Location[] => {
      const found = segmentHere(textDocument.uri, position);
      return (found?.occurrences ?? [])
        .filter((o) => o.kind === 'definition')
        .map((o) => ({ uri: textDocument.uri, range: found!.at.range(o.span.start, o.span.end) }));
    }),
  );

  connection.onReferences(
    guarded('references', ({ textDocument, position, context }): Location[] => {
      const found = segmentHere(textDocument.uri, position);
      return (found?.occurrences ?? [])
        .filter((o) => context.includeDeclaration || o.kind === 'reference')
        .map((o) => ({ uri: textDocument.uri, range: found!.at.range(o.span.start, o.span.end) }));
    }),
  );

  connection.onDocumentHighlight(
    guarded('documentHighlight', ({ textDocument, position }): DocumentHighlight[] => {
      const found = segmentHere(textDocument.uri, position);
      return (found?.occurrences ?? []).map((o) => ({
        range: found!.at.range(o.span.start, o.span.end),
        kind: o.kind === 'definition' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  connection.onPrepareRename(
    guarded('prepareRename', ({ textDocument, position }) => {
      const found = segmentHere(textDocument.uri, position);
      if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, catalogue(localeOf(textDocument.uri)).rename.notSegment);
      const here = found.occurrences.find((o) => {
        const offset = found.at.offset(position);
        return offset >= o.span.start && offset <= o.span.end;
      })!;
      return { range: found.at.range(here.span.start, here.span.end), placeholder: found.id };
    }),
  );

  connection.onRenameRequest(
    guarded('rename', ({ textDocument, position, newName }): WorkspaceEdit => {
      const document = strategyDocument(textDocument.uri);
      if (!document) throw new ResponseError(ErrorCodes.InvalidRequest, `partnerlint: ${textDocument.uri} is not open`);
      const at = positions(document);
      const renamed = renameSegment(document.getText(), at.offset(position), newName, localeOf(textDocument.uri));
      // A refusal is the answer to this request, with a message the editor shows.
      if ('error' in renamed) throw new ResponseError(ErrorCodes.InvalidRequest, renamed.error);
      return {
        documentChanges: [
          {
            textDocument: { uri: textDocument.uri, version: document.version },
            edits: renamed.edits.map((e) => ({ range: at.range(e.span.start, e.span.end), newText: e.text })),
          },
        ],
      };
    }),
  );

  // Inlay hints and code lenses come from the last lint of the current text, never forcing one: editors ask for them
  // on every change, which would defeat the debounce. Each publish asks the client to ask again (refresh).
  connection.languages.inlayHint.on(
    guarded('inlayHint', ({ textDocument }): InlayHint[] => {
      const state = current(textDocument.uri);
      const ltv = state?.result?.ltv;
      if (!state || !ltv) return [];
      const price = valueSpan(state.text, ['economics', 'monthlyPrice']);
      if (!price) return [];
      const money = (value: number): string => formatMoney(value, ltv.currency, state.locale);
      return [
        {
          position: positions(state).position(price.end),
          label: serverTexts(state.locale).ltvHint(money(ltv.ltv), ltv.partnerShare === null ? undefined : money(ltv.partnerShare)),
          kind: InlayHintKind.Type,
          paddingLeft: true,
        },
      ];
    }),
  );

  connection.onCodeLens(
    guarded('codeLens', ({ textDocument }): CodeLens[] => {
      const state = current(textDocument.uri);
      const readiness = state?.result?.readiness;
      if (!state || !readiness) return [];
      const words = catalogue(state.locale);
      return [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          command: {
            title: serverTexts(state.locale).verdictLens(words.verdicts[readiness.verdict]),
            command: OPEN_PREVIEW_COMMAND,
            arguments: [textDocument.uri],
          },
        },
      ];
    }),
  );

  connection.onRequest(
    PREVIEW_REQUEST,
    guarded('preview', async ({ uri }: UriParams): Promise<PreviewResult> => {
      if (!isStrategy(uri)) return null;
      if (!linted.has(uri) && !documents.has(uri)) await lintStored(uri);
      const state = linted.get(uri);
      if (!state) return null;
      if (state.result) return { model: previewModel(state.text, state.result, state.locale), locale: state.locale };
      return { error: state.skipped ?? '', locale: state.locale };
    }),
  );

  connection.onRequest(
    READINESS_REQUEST,
    guarded('readiness', ({ uri }: UriParams): ReadinessResult => {
      const state = isStrategy(uri) ? linted.get(uri) : undefined;
      return state?.result?.readiness ? { ...state.result.readiness, locale: state.locale } : null;
    }),
  );

  connection.onRequest(
    RULES_REQUEST,
    guarded('rules', ({ locale }: RulesParams): RulesResult => {
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

/** `purposes[i].segment` or `partners[i].segments[j]`: where a segment id is expected. */
function isSegmentReference(path: readonly (string | number)[]): boolean {
  return (path[0] === 'purposes' && path[2] === 'segment' && path.length === 3) || (path[0] === 'partners' && path[2] === 'segments' && path.length >= 3);
}

function settingsFrom(section: Record<string, unknown> | null | undefined): Settings {
  if (!section || typeof section !== 'object') return DEFAULT_SETTINGS;
  const number = (key: string, fallback: number): number =>
    typeof section[key] === 'number' && Number.isFinite(section[key]) ? (section[key] as number) : fallback;
  const layer: ConfigLayer = {};
  const rules = section.rules;
  const thresholds = section.thresholds;
  if (rules && typeof rules === 'object' && Object.keys(rules).length) layer.rules = rules as ConfigLayer['rules'];
  if (thresholds && typeof thresholds === 'object' && Object.keys(thresholds).length) layer.thresholds = thresholds as ConfigLayer['thresholds'];
  return {
    enable: section.enable !== false,
    run: section.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.max(0, number('debounce', DEFAULT_SETTINGS.debounceMs)),
    layer,
    locale: section.locale === 'en' || section.locale === 'ja' ? section.locale : undefined,
    extraFiles: Array.isArray(section.extraFiles) ? section.extraFiles.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : [],
    maxFileSize: Math.max(1, number('maxFileSize', DEFAULT_SETTINGS.maxFileSize)),
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
}
