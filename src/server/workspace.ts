/**
 * The workspace's files as the server reaches them: from the machine it runs on (LocalFiles), or through a client that
 * reads them for it (a virtual workspace, the browser); which of them are strategies; the configuration in force for
 * each and the baseline of its folder. A configuration or baseline that cannot be used is a diagnostic on that file.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import {
  BASELINE_FILE_NAME,
  ConfigError,
  catalogue,
  discoverConfig,
  identityOf,
  isStrategyFile,
  mergeConfig,
  parseBaseline,
  subtractKnown,
} from '../core/index';
import type { Baseline, Catalogue, Finding, Locale, LintResult, ResolvedConfig } from '../core/index';
import { FIND_FILES_REQUEST, READ_FILE_REQUEST, STRATEGY_GLOB } from './protocol';
import type { ReadFileResult } from './protocol';
import type { Settings } from './settings';
import { relativeTo, uriPath, withPath } from './uris';

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

/** A configuration file's and a baseline's size limits, as in the CLI. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export class Workspace {
  /** The workspace folders' URIs, whose strategy files are linted whether open or not. */
  folders: string[] = [];
  /** The client reads and lists the files the server cannot (`initializationOptions.clientFiles`). */
  clientFiles = false;
  /** Each workspace folder's baseline (`.partnerlint-baseline.json` at its root), read once until it changes. */
  private readonly baselines = new Map<string, Baseline | undefined>();
  /** Configuration and baseline files that carry a diagnostic of ours, to clear once they are fixed. */
  private readonly problemsOn = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly local: LocalFiles | undefined,
    private readonly settings: () => Settings,
    /** The language of the server's own words, outside any strategy's configuration. */
    private readonly locale: () => Locale,
  ) {}

  /** Where the server reads `uri` itself: the local files, for a `file:` URI where there are any. */
  localFilesFor(uri: string): LocalFiles | undefined {
    return uri.startsWith('file:') ? this.local : undefined;
  }

  /** The folders the server can list: local ones, or any when the client lists files. */
  setFolders(roots: readonly string[]): void {
    this.folders = roots.map((uri) => uri.replace(/\/+$/, '')).filter((uri) => this.localFilesFor(uri) !== undefined || this.clientFiles);
  }

  folderOf(uri: string): string | undefined {
    return this.folders.find((folder) => uri.startsWith(`${folder}/`));
  }

  /** Whether a document or file is a strategy: by its name (docs/reference/format.md), or by the `extraFiles` globs. */
  isStrategy(uri: string): boolean {
    const folder = this.folderOf(uri);
    return isStrategyFile(uriPath(uri), folder ? relativeTo(folder, uri) : uriPath(uri), this.settings().extraFiles);
  }

  /** Reads a file of the workspace: from disk, or through the client where the server cannot. */
  async readFile(uri: string, limit: number): Promise<ReadFileResult> {
    const files = this.localFilesFor(uri);
    if (files) return files.read(files.pathOf(uri), limit, catalogue(this.locale()).reasons);
    if (!this.clientFiles) return { missing: true };
    return this.connection.sendRequest(READ_FILE_REQUEST, { uri, limit });
  }

  /** The strategy files of a workspace folder. */
  async strategiesUnder(folder: string): Promise<string[]> {
    const extraFiles = this.settings().extraFiles;
    const wanted = (relative: string): boolean => isStrategyFile(relative, relative, extraFiles);
    const files = this.localFilesFor(folder);
    if (files) return files.list(files.pathOf(folder), wanted).map((path) => files.uriOf(path));
    const found = await this.connection.sendRequest(FIND_FILES_REQUEST, { folder, globs: [STRATEGY_GLOB, ...extraFiles] });
    return found.filter((uri) => uri.startsWith(`${folder}/`) && wanted(relativeTo(folder, uri))).sort();
  }

  /**
   * The configuration in force for a strategy: the settings' layer under the `.partnerlint.yaml` files found above it,
   * up to the repository root on disk, or to its workspace folder elsewhere. A configuration that is there but cannot be
   * read is an error at it, never taken for no configuration.
   */
  configFor(uri: string): Promise<ResolvedConfig> {
    const layer = this.settings().layer;
    const baseLayers = Object.keys(layer).length ? [layer] : [];
    const locale = this.locale();
    const words = catalogue(locale);
    const reader =
      (toUri: (path: string) => string) =>
      async (path: string): Promise<string | undefined> => {
        const read = await this.readFile(toUri(path), MAX_CONFIG_BYTES);
        if ('missing' in read) return undefined;
        if ('text' in read) return read.text;
        throw new ConfigError(path, { line: 1, column: 1 }, words.config.unreadable(whyUnreadable(read, words)));
      };
    const files = this.localFilesFor(uri);
    if (files) {
      const path = files.pathOf(uri);
      return discoverConfig(
        path,
        reader((p) => files.uriOf(p)),
        { stopAt: files.repositoryRoot(path), locale, baseLayers },
      );
    }
    const folder = this.folderOf(uri);
    if (!this.clientFiles || !folder) return Promise.resolve(mergeConfig(baseLayers));
    return discoverConfig(
      uriPath(uri),
      reader((p) => withPath(uri, p)),
      { stopAt: uriPath(folder), locale, baseLayers },
    );
  }

  /** Shows a configuration's problem on the configuration file itself. */
  async reportConfigError(strategyUri: string, error: ConfigError): Promise<void> {
    const configUri = this.localFilesFor(strategyUri)?.uriOf(error.file) ?? withPath(strategyUri, error.file);
    const at = { line: error.position.line - 1, character: error.position.column - 1 };
    this.problemsOn.add(configUri);
    await this.connection.sendDiagnostics({
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
  }

  /** A configuration or baseline file changed: its diagnostic goes (the lints that follow put back any that remain). */
  configurationChanged(uri: string): void {
    if (this.problemsOn.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.baselines.clear();
  }

  /** The findings of `result` that its folder's baseline already knows. */
  async baselinedFindings(uri: string, result: LintResult): Promise<Set<Finding>> {
    const folder = this.folderOf(uri);
    if (!folder) return new Set();
    if (!this.baselines.has(folder)) this.baselines.set(folder, await this.readBaselineOf(folder));
    const known = this.baselines.get(folder)?.get(relativeTo(folder, uri));
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
  private async readBaselineOf(folder: string): Promise<Baseline | undefined> {
    const uri = `${folder}/${BASELINE_FILE_NAME}`;
    const words = catalogue(this.locale());
    try {
      const read = await this.readFile(uri, MAX_BASELINE_BYTES);
      if ('missing' in read) return undefined;
      if (!('text' in read)) throw new Error(whyUnreadable(read, words));
      const baseline = parseBaseline(read.text);
      if (this.problemsOn.delete(uri)) await this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return baseline;
    } catch (error) {
      this.problemsOn.add(uri);
      await this.connection.sendDiagnostics({
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
}

/** Why a configuration or baseline that is there was not read, in the reader's words. */
function whyUnreadable(read: Exclude<ReadFileResult, { text: string } | { missing: true }>, words: Catalogue): string {
  return 'tooLarge' in read ? words.reasons.tooLarge : 'notText' in read ? words.reasons.notUtf8 : read.unreadable;
}
