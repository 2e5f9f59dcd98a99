/**
 * The open documents and their current versions. Each keeps one Snapshot, of its current version, made when first
 * asked for; an edit replaces it and a close drops it, so that only open documents hold a parse.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent, VersionedTextDocumentIdentifier, TextDocumentItem } from 'vscode-languageserver';
import { DocumentPositions } from './positions';
import type { PositionEncoding } from './positions';
import { Snapshot } from './snapshot';

export class OpenDocuments {
  private readonly documents = new Map<string, TextDocument>();
  private readonly snapshots = new Map<string, Snapshot>();
  encoding: PositionEncoding = 'utf-16';

  open({ uri, languageId, version, text }: TextDocumentItem): void {
    this.documents.set(uri, TextDocument.create(uri, languageId, version, text));
    this.snapshots.delete(uri);
  }

  /**
   * Applies a client's changes. Documents are kept here rather than by TextDocuments, so that incremental changes in
   * UTF-8 positions are converted in the one place that converts. False for a document that is not open.
   */
  change({ uri, version }: VersionedTextDocumentIdentifier, changes: readonly TextDocumentContentChangeEvent[]): boolean {
    let document = this.documents.get(uri);
    if (!document) return false;
    for (const change of changes) {
      if ('range' in change && this.encoding === 'utf-16') document = TextDocument.update(document, [change], version);
      else if ('range' in change) {
        const at = new DocumentPositions(document.getText(), this.encoding);
        const start = document.positionAt(at.offset(change.range.start));
        const end = document.positionAt(at.offset(change.range.end));
        document = TextDocument.update(document, [{ range: { start, end }, text: change.text }], version);
      } else document = TextDocument.update(document, [{ text: change.text }], version);
    }
    this.documents.set(uri, document);
    this.snapshots.delete(uri);
    return true;
  }

  close(uri: string): void {
    this.documents.delete(uri);
    this.snapshots.delete(uri);
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  version(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }

  uris(): string[] {
    return [...this.documents.keys()];
  }

  /** The current version of an open document, the same object for every request until it changes. */
  snapshot(uri: string): Snapshot | undefined {
    const known = this.snapshots.get(uri);
    if (known) return known;
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const made = new Snapshot(uri, document.version, document.getText(), this.encoding);
    this.snapshots.set(uri, made);
    return made;
  }
}
