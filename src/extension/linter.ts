/**
 * Keeps the Problems panel current for every strategy file of the workspace: open documents are linted as the author
 * types (debounced, stale results dropped), the others from disk, through a file watcher.
 */
import * as vscode from 'vscode';
import { BASELINE_FILE_NAME, catalogue, ConfigError, identityOf, parseBaseline, subtractKnown, tooLargeMessage, discoverConfig, isStrategyFileName, lint, parseConfig, CONFIG_FILE_NAME } from '../core/index';
import type { Baseline, ConfigLayer, Finding, LintResult, Locale, ResolvedConfig } from '../core/index';
import { toVsPosition, toVsRange, toVsSeverity } from './convert';
import { displayLocale, readSettings } from './settings';
import { decodeText, readRegularFile } from './read';
import type { Settings } from './settings';

export const STRATEGY_GLOB = '**/{partner-strategy.yaml,partner-strategy.yml,*.partner-strategy.yaml,*.partner-strategy.yml}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

/** What was found in one file, for code actions, hover, the status bar and the preview. */
export interface FileState {
  uri: vscode.Uri;
  /** The document version the result was computed for (undefined for a file read from disk). */
  version: number | undefined;
  text: string;
  locale: Locale;
  result: LintResult | undefined;
  /** Why the file was not linted (too large, not text, bad configuration). */
  skipped?: string;
}

/** A configuration file's size limit, as in the CLI. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** A baseline's size limit, as in the CLI. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export class StrategyLinter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('partnerlint');
  private readonly states = new Map<string, FileState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped for every lint started on a file; a lint whose generation is no longer the latest is dropped. */
  private readonly generations = new Map<string, number>();
  private readonly configs = new Map<string, Promise<ResolvedConfig>>();
  /** Each workspace folder's baseline (`.partnerlint-baseline.json` at its root), read once until it changes. */
  private readonly baselines = new Map<string, Promise<Baseline | undefined>>();
  /** The last lint of a file read from disk: the next one runs after it, in a task of its own. */
  private diskTurn: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<FileState>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];
  private settings: Settings = readSettings();
  private settingsLayer: ConfigLayer[] = [];

  /** Fires after a file's findings change. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.applySettings();
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.settings.run === 'onType' && event.contentChanges.length > 0) this.schedule(event.document, this.settings.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.settings.run === 'onSave') this.schedule(document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('partnerlint')) {
          this.applySettings();
          void this.lintWorkspace();
        }
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(STRATEGY_GLOB);
    const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const baselineWatcher = vscode.workspace.createFileSystemWatcher(`**/${BASELINE_FILE_NAME}`);
    this.disposables.push(
      watcher,
      configWatcher,
      watcher.onDidCreate((uri) => this.fileChanged(uri)),
      watcher.onDidChange((uri) => this.fileChanged(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      configWatcher.onDidCreate(() => this.configChanged()),
      configWatcher.onDidChange(() => this.configChanged()),
      configWatcher.onDidDelete(() => this.configChanged()),
      baselineWatcher,
      baselineWatcher.onDidCreate(() => this.baselineChanged()),
      baselineWatcher.onDidChange(() => this.baselineChanged()),
      baselineWatcher.onDidDelete(() => this.baselineChanged()),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  state(uri: vscode.Uri): FileState | undefined {
    return this.states.get(uri.toString());
  }

  isStrategy(uri: vscode.Uri): boolean {
    if (isStrategyFileName(uri.path)) return true;
    return this.settings.extraFiles.some((pattern) => vscode.languages.match({ pattern }, { uri, languageId: 'yaml' } as vscode.TextDocument) > 0);
  }

  /** Lints every strategy file of the workspace; resolves when all are done. */
  async lintWorkspace(): Promise<number> {
    if (!this.settings.enable) {
      this.diagnostics.clear();
      return 0;
    }
    const patterns = [STRATEGY_GLOB, ...this.settings.extraFiles];
    const found = new Map<string, vscode.Uri>();
    for (const pattern of patterns) {
      for (const uri of await vscode.workspace.findFiles(pattern, EXCLUDE_GLOB)) found.set(uri.toString(), uri);
    }
    for (const document of vscode.workspace.textDocuments) if (this.isStrategy(document.uri)) found.set(document.uri.toString(), document.uri);
    await Promise.all([...found.values()].map((uri) => this.lintUri(uri)));
    return found.size;
  }

  /** Lints the open document for `uri`, or the file on disk when it is not open. */
  async lintUri(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return this.lintDocument(open);
    const generation = this.nextGeneration(uri);
    const locale = this.localeFor(undefined);
    const read = await readRegularFile(uri, this.settings.maxFileSize, locale);
    if (!this.isLatest(uri, generation)) return;
    if ('missing' in read) return this.forget(uri);
    if ('tooLarge' in read) return this.skip(uri, undefined, '', tooLargeMessage(read.tooLarge, this.settings.maxFileSize, locale), locale);
    if ('unreadable' in read) return this.skip(uri, undefined, '', catalogue(locale).file.unreadable(read.unreadable), locale, vscode.DiagnosticSeverity.Error);
    const text = decodeText(read.bytes);
    if (text === undefined) return this.skip(uri, undefined, '', catalogue(locale).file.binary(), locale);
    await this.run(uri, text, undefined, generation);
  }

  async lintDocument(document: vscode.TextDocument): Promise<void> {
    if (!this.settings.enable || !this.isStrategy(document.uri)) return;
    const generation = this.nextGeneration(document.uri);
    const text = document.getText();
    if (text.length > this.settings.maxFileSize) {
      const locale = this.localeFor(undefined);
      return this.skip(document.uri, document.version, text, tooLargeMessage(text.length, this.settings.maxFileSize, locale), locale);
    }
    await this.run(document.uri, text, document.version, generation);
  }

  private async run(uri: vscode.Uri, text: string, version: number | undefined, generation: number): Promise<void> {
    let config: ResolvedConfig;
    try {
      config = await this.configFor(uri);
    } catch (error) {
      if (!this.isLatest(uri, generation)) return;
      const locale = this.localeFor(undefined);
      if (error instanceof ConfigError) return this.configProblem(uri, version, text, error, locale);
      throw error;
    }
    if (!this.isLatest(uri, generation)) return;
    const locale = this.localeFor(config);
    // Files from disk (a whole workspace, a thousand files created at once) are read in parallel but linted one at a
    // time, each in a task of its own, so that they never hold up the extension host while the author types; the open
    // document is linted at once.
    const result = version === undefined ? await this.inTurn(() => lint(text, { config, locale })) : lint(text, { config, locale });
    if (!this.isLatest(uri, generation)) return;
    const baselined = await this.baselinedFindings(uri, result);
    if (!this.isLatest(uri, generation)) return;
    const state: FileState = { uri, version, text, locale, result };
    this.states.set(uri.toString(), state);
    const words = catalogue(locale).editor;
    this.diagnostics.set(uri, result.findings.map((finding) => {
      // A finding the baseline knows stays visible, as Information, saying so (pull-requests.md).
      const known = baselined.has(finding);
      const diagnostic = new vscode.Diagnostic(
        toVsRange(finding.range),
        known ? `${finding.message}${words.baselined}` : finding.message,
        known ? vscode.DiagnosticSeverity.Information : toVsSeverity(finding.severity),
      );
      diagnostic.source = 'partnerlint';
      diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docsUrl) };
      return diagnostic;
    }));
    this.changed.fire(state);
  }

  /** The findings of `result` that its workspace folder's baseline covers. */
  private async baselinedFindings(uri: vscode.Uri, result: LintResult): Promise<Set<Finding>> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return new Set();
    const baseline = await this.baselineOf(folder);
    const known = baseline?.get(vscode.workspace.asRelativePath(uri, false));
    if (!known) return new Set();
    return new Set(subtractKnown(result.findings, result.findings.map((finding) => identityOf(result, finding)), known).matched);
  }

  /** A baseline that cannot be read or parsed is shown as an error on it and treated as none. */
  private baselineOf(folder: vscode.WorkspaceFolder): Promise<Baseline | undefined> {
    const key = folder.uri.toString();
    let baseline = this.baselines.get(key);
    if (!baseline) {
      const uri = vscode.Uri.joinPath(folder.uri, BASELINE_FILE_NAME);
      baseline = (async () => {
        const locale = this.localeFor(undefined);
        const read = await readRegularFile(uri, MAX_BASELINE_BYTES, locale);
        this.diagnostics.delete(uri);
        if ('missing' in read) return undefined;
        const text = 'bytes' in read ? decodeText(read.bytes) : undefined;
        try {
          if (text === undefined) throw new Error('unreadable' in read ? read.unreadable : 'tooLarge' in read ? catalogue(locale).reasons.tooLarge : catalogue(locale).reasons.notUtf8);
          return parseBaseline(text);
        } catch (error) {
          const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), catalogue(locale).cli.badBaseline(BASELINE_FILE_NAME, error instanceof Error ? error.message : String(error)), vscode.DiagnosticSeverity.Error);
          diagnostic.source = 'partnerlint';
          this.diagnostics.set(uri, [diagnostic]);
          return undefined;
        }
      })();
      this.baselines.set(key, baseline);
    }
    return baseline;
  }

  private baselineChanged(): void {
    this.baselines.clear();
    void this.lintWorkspace();
  }

  /** The file is not linted: one diagnostic at its start says why. */
  private skip(uri: vscode.Uri, version: number | undefined, text: string, reason: string, locale: Locale, severity = vscode.DiagnosticSeverity.Information): void {
    const state: FileState = { uri, version, text, locale, result: undefined, skipped: reason };
    this.states.set(uri.toString(), state);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), reason, severity);
    diagnostic.source = 'partnerlint';
    this.diagnostics.set(uri, [diagnostic]);
    this.changed.fire(state);
  }

  /** A bad .partnerlint.yaml is never ignored: the strategy says so at line 1, and the file itself at the problem. */
  private configProblem(uri: vscode.Uri, version: number | undefined, text: string, error: ConfigError, locale: Locale): void {
    const configUri = uri.with({ path: error.file });
    const at = toVsPosition(error.position);
    const onConfig = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), error.message, vscode.DiagnosticSeverity.Error);
    onConfig.source = 'partnerlint';
    this.diagnostics.set(configUri, [onConfig]);
    this.skip(uri, version, text, `${error.file}:${error.position.line}:${error.position.column}: ${error.message}`, locale, vscode.DiagnosticSeverity.Error);
  }

  private inTurn<T>(work: () => T): Promise<T> {
    const result = this.diskTurn.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(work);
    this.diskTurn = result.catch(() => undefined);
    return result;
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!this.isStrategy(document.uri)) return;
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.lintDocument(document);
    }, delay));
  }

  private closed(document: vscode.TextDocument): void {
    if (!this.isStrategy(document.uri)) return;
    // A file of the workspace stays in the Problems panel, as it is on disk; any other file leaves it.
    if (vscode.workspace.getWorkspaceFolder(document.uri) && document.uri.scheme !== 'untitled') void this.lintUri(document.uri);
    else this.forget(document.uri);
  }

  private fileChanged(uri: vscode.Uri): void {
    const open = vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
    if (!open) void this.lintUri(uri);
  }

  private forget(uri: vscode.Uri): void {
    this.nextGeneration(uri);
    this.states.delete(uri.toString());
    this.diagnostics.delete(uri);
  }

  private configChanged(): void {
    this.configs.clear();
    // Diagnostics on configuration files are recomputed by the lints below.
    this.diagnostics.forEach((uri) => {
      if (uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) this.diagnostics.delete(uri);
    });
    void this.lintWorkspace();
  }

  private applySettings(): void {
    this.settings = readSettings();
    this.configs.clear();
    try {
      const locale = this.localeFor(undefined);
      this.settingsLayer = Object.keys(this.settings.layer).length ? [parseConfig(JSON.stringify(this.settings.layer), catalogue(locale).editor.settingsSource, locale)] : [];
    } catch (error) {
      this.settingsLayer = [];
      void vscode.window.showWarningMessage(`partnerlint: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private configFor(uri: vscode.Uri): Promise<ResolvedConfig> {
    const folder = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    const key = `${uri.scheme}://${uri.authority}${folder}`;
    let config = this.configs.get(key);
    if (!config) {
      const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
      // A configuration that is there but cannot be read is an error at it, never taken for no configuration.
      const locale = this.localeFor(undefined);
      const words = catalogue(locale);
      const read = async (path: string): Promise<string | undefined> => {
        const outcome = await readRegularFile(uri.with({ path }), MAX_CONFIG_BYTES, locale);
        if ('missing' in outcome) return undefined;
        const reason = 'unreadable' in outcome ? outcome.unreadable : 'tooLarge' in outcome ? words.reasons.tooLarge : undefined;
        const text = 'bytes' in outcome ? decodeText(outcome.bytes) : undefined;
        if (text === undefined) throw new ConfigError(path, { line: 1, column: 1 }, words.config.unreadable(reason ?? words.reasons.notUtf8));
        return text;
      };
      config = discoverConfig(uri.path, read, {
        ...(workspaceFolder ? { stopAt: workspaceFolder.uri.path } : {}),
        locale: this.localeFor(undefined),
        baseLayers: this.settingsLayer,
      });
      this.configs.set(key, config);
      config.catch(() => this.configs.delete(key));
    }
    return config;
  }

  /** The settings' explicit language, else the configuration's, else VS Code's. */
  localeFor(config: ResolvedConfig | undefined): Locale {
    return this.settings.locale ?? config?.locale ?? displayLocale();
  }

  private nextGeneration(uri: vscode.Uri): number {
    const generation = (this.generations.get(uri.toString()) ?? 0) + 1;
    this.generations.set(uri.toString(), generation);
    return generation;
  }

  private isLatest(uri: vscode.Uri, generation: number): boolean {
    return this.generations.get(uri.toString()) === generation;
  }
}

