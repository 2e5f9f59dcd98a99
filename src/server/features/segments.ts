/** Segment ids as symbols: where one is defined, where it is used, its highlights, and renaming it everywhere. */
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { DocumentHighlight, Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import { catalogue, renameSegment, segmentAt } from '../../core/index';
import type { Locale, SegmentOccurrence } from '../../core/index';
import type { Snapshot } from '../snapshot';

/** The occurrences of the segment id under the cursor, or none. */
function occurrencesAt(snapshot: Snapshot, position: Position): SegmentOccurrence[] {
  return segmentAt(snapshot.parsed, snapshot.positions.offset(position))?.occurrences ?? [];
}

const locationOf = (snapshot: Snapshot, occurrence: SegmentOccurrence): Location => ({
  uri: snapshot.uri,
  range: snapshot.positions.range(occurrence.span.start, occurrence.span.end),
});

export function definition(snapshot: Snapshot, position: Position): Location[] {
  return occurrencesAt(snapshot, position)
    .filter((o) => o.kind === 'definition')
    .map((o) => locationOf(snapshot, o));
}

export function references(snapshot: Snapshot, position: Position, includeDeclaration: boolean): Location[] {
  return occurrencesAt(snapshot, position)
    .filter((o) => includeDeclaration || o.kind === 'reference')
    .map((o) => locationOf(snapshot, o));
}

export function highlights(snapshot: Snapshot, position: Position): DocumentHighlight[] {
  return occurrencesAt(snapshot, position).map((o) => ({
    range: snapshot.positions.range(o.span.start, o.span.end),
    kind: o.kind === 'definition' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/** The id to rename under the cursor, or the reason there is none (the editor shows it). */
export function prepareRename(snapshot: Snapshot, position: Position, locale: Locale): { range: Range; placeholder: string } | { refused: string } {
  const offset = snapshot.positions.offset(position);
  const found = segmentAt(snapshot.parsed, offset);
  const here = found?.occurrences.find((o) => offset >= o.span.start && offset <= o.span.end);
  if (!found || !here) return { refused: catalogue(locale).rename.notSegment };
  return { range: snapshot.positions.range(here.span.start, here.span.end), placeholder: found.id };
}

/** The edits of a rename, for this version of the document only, or the reason it is refused. */
export function rename(snapshot: Snapshot, position: Position, newName: string, locale: Locale): WorkspaceEdit | { refused: string } {
  const at = snapshot.positions;
  const renamed = renameSegment(snapshot.parsed, at.offset(position), newName, locale);
  if ('error' in renamed) return { refused: renamed.error };
  return {
    documentChanges: [
      {
        textDocument: { uri: snapshot.uri, version: snapshot.version ?? null },
        edits: renamed.edits.map((e) => ({ range: at.range(e.span.start, e.span.end), newText: e.text })),
      },
    ],
  };
}
