/**
 * Completion: the keys a map can take, the values a key allows, and the segment ids where one is expected. The place
 * comes from the few lines around the cursor (the text is usually half-written there), so that it costs the same in a
 * file of thousands of partners; only segment ids need the version's parse.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem, Position } from 'vscode-languageserver';
import { completionPlaceAt, isSegmentReference, keysAt, segmentOccurrences, valueDescription, valuesAt } from '../../core/index';
import type { Locale } from '../../core/index';
import { serverTexts } from '../texts';
import type { Snapshot } from '../snapshot';

export function completion(snapshot: Snapshot, position: Position, locale: Locale): CompletionItem[] {
  const { text, positions: at } = snapshot;
  const offset = at.offset(position);
  const place = completionPlaceAt(text, offset);
  if (!place) return [];
  const range = at.range(place.start, offset);
  const order = (index: number): string => String(index).padStart(3, '0');
  if (place.kind === 'value' && isSegmentReference(place.path)) {
    const ids = new Set(
      segmentOccurrences(snapshot.parsed)
        .filter((o) => o.kind === 'definition')
        .map((o) => o.id),
    );
    return [...ids].map((id, index) => ({ label: id, kind: CompletionItemKind.Reference, sortText: order(index), textEdit: { range, newText: id } }));
  }
  if (place.kind === 'value') {
    return valuesAt(place.path).map((value, index) => {
      const description = valueDescription(place.path, value, locale);
      return {
        label: value,
        kind: CompletionItemKind.EnumMember,
        sortText: order(index),
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
      sortText: `${info.required ? 0 : 1}${order(index)}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: {
        range,
        newText: info.shape === 'map' ? `${info.key}:\n${nested}$0` : info.shape === 'list' ? `${info.key}:\n${nested}- $0` : `${info.key}: $0`,
      },
    }));
}
