/**
 * Linting and publishing: each open strategy as it changes (debounced, the latest version only, from the version's
 * one parse), and every strategy file of the workspace folders as stored. Keeps the last lint of each (its Linted), for
 * the requests that follow it, and forgets a document's when it closes.
 */
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { ConfigError, catalogue, lint, tooLargeMessage } from '../core/index';
import type { Locale, ResolvedConfig } from '../core/index';
import type { OpenDocuments } from './documents';
import { diagnostics, lineOne } from './features/diagnostics';
import type { ReadFileResult } from './protocol';
import type { Settings } from './settings';
import { Snapshot } from './snapshot';
import type { Linted } from './snapshot';
import type { Workspace } from './workspace';

export class Lints {
  private readonly linted = new Map<string, Linted>();
  /** The debounced lint to come for each open document; a request that needs the current version's lint waits for it. */
  private readonly scheduled = new Map<string, { timer: ReturnType<typeof setTimeout>; linted: Promise<void>; done: () => void }>();
  /** Bumped for each read of a stored file and when a file is forgotten: a lint begun before either never publishes. */
  private readonly epochs = new Map<string, number>();
  /** The strategy files of the workspace last published from disk, to forget those that are gone. */
  private stored = new Set<string>();
  private sweepTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly workspace: Workspace,
    private readonly settings: () => Settings,
    /** Resolves once the client's settings are in, so that the first diagnostics already follow them. */
    private readonly settingsLoaded: () => Promise<void>,
    /** The language of a strategy's findings under `config`, or outside any configuration. */
    private readonly localeFor: (config: ResolvedConfig | undefined) => Locale,
    /** After an open document's diagnostics are published: the views that follow its lint are asked for again. */
    private readonly published: () => void,
  ) {}

  /** The lint of a strategy's current version (open) or of the file as stored, whichever was published last. */
  last(uri: string): Linted | undefined {
    return this.linted.get(uri);
  }

  /** The lint of an open strategy's current version, or undefined when none is done yet. */
  current(uri: string): Linted | undefined {
    const state = this.linted.get(uri);
    const version = this.documents.version(uri);
    return state && version !== undefined && state.snapshot.version === version && this.workspace.isStrategy(uri) ? state : undefined;
  }

  /**
   * The lint of an open strategy's current version: when the debounced lint has not run yet, the request waits for it
   * (or, with none to come, lints now), so that it never answers from an older text. With `run: onSave`, it waits for
   * the save.
   */
  async upToDate(uri: string): Promise<Linted | undefined> {
    const state = this.current(uri);
    const settings = this.settings();
    if (state || !settings.enable || settings.run === 'onSave' || !this.documents.has(uri) || !this.workspace.isStrategy(uri)) return state;
    const pending = this.scheduled.get(uri);
    if (pending) await pending.linted;
    else await this.lintOpen(uri);
    return this.current(uri);
  }

  uris(): string[] {
    return [...this.linted.keys()];
  }

  schedule(uri: string, delay: number): void {
    if (!this.workspace.isStrategy(uri)) return;
    // A lint already to come is put off; those waiting for it wait for this one.
    const pending = this.scheduled.get(uri);
    clearTimeout(pending?.timer);
    let done = pending?.done;
    const linted = pending?.linted ?? new Promise<void>((resolve) => (done = resolve));
    const timer = setTimeout(() => {
      this.scheduled.delete(uri);
      void this.lintOpen(uri)
        .catch((error: unknown) => this.connection.console.error(`partnerlint: lint of ${uri} failed: ${String(error)}`))
        .finally(done);
    }, delay);
    this.scheduled.set(uri, { timer, linted, done: done! });
  }

  /** No lint to come for `uri`: a request waiting for one goes on (and answers from what there is). */
  unschedule(uri: string): void {
    const pending = this.scheduled.get(uri);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.scheduled.delete(uri);
    pending.done();
  }

  async lintOpen(uri: string): Promise<void> {
    const snapshot = this.documents.snapshot(uri);
    if (!snapshot || !this.settings().enable) return;
    await this.publish(snapshot);
  }

  /** A document closed: it keeps nothing here. A strategy of the workspace stays in the Problems panel as stored. */
  closed(uri: string): void {
    this.unschedule(uri);
    if (!this.linted.delete(uri)) return;
    if (this.workspace.isStrategy(uri) && this.workspace.folderOf(uri)) void this.lintStored(uri);
    else void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  opened(uri: string): void {
    this.stored.delete(uri);
    this.schedule(uri, 0);
  }

  private nextEpoch(uri: string): number {
    const epoch = (this.epochs.get(uri) ?? 0) + 1;
    this.epochs.set(uri, epoch);
    return epoch;
  }

  forget(uri: string): void {
    this.nextEpoch(uri);
    this.unschedule(uri);
    this.stored.delete(uri);
    this.linted.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Forgets every strategy, open or stored (the settings turned partnerlint off). */
  forgetAll(): void {
    for (const uri of new Set([...this.linted.keys(), ...this.stored])) this.forget(uri);
  }

  /** Lints a strategy file as stored (not open in the client). */
  async lintStored(uri: string): Promise<void> {
    if (!this.settings().enable || this.documents.has(uri)) return;
    const epoch = this.nextEpoch(uri);
    const maxFileSize = this.settings().maxFileSize;
    const read = await this.workspace
      .readFile(uri, maxFileSize)
      .catch((error: unknown): ReadFileResult => ({ unreadable: error instanceof Error ? error.message : String(error) }));
    if (this.documents.has(uri) || this.epochs.get(uri) !== epoch) return;
    if ('missing' in read) return this.forget(uri);
    this.stored.add(uri);
    const snapshot = new Snapshot(uri, undefined, 'text' in read ? read.text : '', this.documents.encoding);
    if ('text' in read) return this.publish(snapshot, epoch);
    const locale = this.localeFor(undefined);
    const words = catalogue(locale);
    const reason =
      'tooLarge' in read
        ? tooLargeMessage(read.tooLarge, maxFileSize, locale)
        : 'notText' in read
          ? words.file.binary()
          : words.file.unreadable(read.unreadable);
    this.linted.set(uri, { snapshot, locale, result: undefined, skipped: reason });
    await this.connection.sendDiagnostics({
      uri,
      diagnostics: [lineOne(reason, 'unreadable' in read ? DiagnosticSeverity.Error : DiagnosticSeverity.Information)],
    });
  }

  /** Every strategy file of the workspace folders that is not open, as stored; how many strategies there are, open or not. */
  async lintWorkspace(): Promise<number> {
    const found = new Set<string>();
    for (const folder of this.workspace.folders) {
      let uris: string[];
      try {
        uris = await this.workspace.strategiesUnder(folder);
      } catch (error) {
        this.connection.console.error(`partnerlint: could not list the files of ${folder}: ${String(error)}`);
        continue;
      }
      for (const uri of uris) {
        found.add(uri);
        if (!this.documents.has(uri)) await this.lintStored(uri);
      }
    }
    for (const uri of this.stored) if (!found.has(uri) && !this.documents.has(uri)) this.forget(uri);
    this.stored = new Set([...found].filter((uri) => !this.documents.has(uri)));
    for (const uri of this.documents.uris()) if (this.workspace.isStrategy(uri)) found.add(uri);
    return found.size;
  }

  /**
   * After files are deleted, every strategy shown is checked again (not linted) and those that are gone are forgotten:
   * a watcher may drop events when a thousand files go at once.
   */
  sweepSoon(): void {
    clearTimeout(this.sweepTimer);
    this.sweepTimer = setTimeout(
      () => void this.sweep().catch((error: unknown) => this.connection.console.error(`partnerlint: sweep failed: ${String(error)}`)),
      500,
    );
  }

  private async sweep(): Promise<void> {
    const shown = [...this.stored, ...this.uris().filter((uri) => this.documents.has(uri) && this.workspace.folderOf(uri))];
    for (const uri of shown) {
      // A limit of 0 bytes: whether the file is there, without reading it.
      if ('missing' in (await this.workspace.readFile(uri, 0))) this.forget(uri);
    }
  }

  /**
   * Lints a version (an open document's, or the file as stored) and publishes its diagnostics, unless a newer text came
   * meanwhile. A configuration that cannot be used is never ignored: the strategy says so at line 1, and the
   * configuration file at its problem. Findings the workspace baseline covers show as Information.
   */
  private async publish(snapshot: Snapshot, epoch = this.epochs.get(snapshot.uri)): Promise<void> {
    const { uri, version } = snapshot;
    await this.settingsLoaded();
    const stale = (): boolean => this.epochs.get(uri) !== epoch || (version === undefined ? this.documents.has(uri) : this.documents.version(uri) !== version);
    const send = async (state: Linted, found: Diagnostic[]): Promise<void> => {
      this.linted.set(uri, state);
      await this.connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics: found });
      if (version !== undefined) this.published();
    };
    let config: ResolvedConfig;
    try {
      config = await this.workspace.configFor(uri);
    } catch (error) {
      if (stale()) return;
      if (!(error instanceof ConfigError)) throw error;
      await this.workspace.reportConfigError(uri, error);
      const reason = `${error.file}:${error.position.line}:${error.position.column}: ${error.message}`;
      await send({ snapshot, locale: this.localeFor(undefined), result: undefined, skipped: reason }, [lineOne(reason, DiagnosticSeverity.Error)]);
      return;
    }
    if (stale()) return;
    const locale = this.localeFor(config);
    const maxFileSize = this.settings().maxFileSize;
    if (snapshot.text.length > maxFileSize) {
      const reason = tooLargeMessage(snapshot.text.length, maxFileSize, locale);
      await send({ snapshot, locale, result: undefined, skipped: reason }, [lineOne(reason, DiagnosticSeverity.Information)]);
      return;
    }
    const result = lint(snapshot.parsed, { config, locale });
    const baselined = await this.workspace.baselinedFindings(uri, result);
    if (stale()) return;
    const state: Linted = { snapshot, locale, result };
    await send(state, diagnostics(state, result, baselined));
  }
}
