/**
 * Completion as LSP items: the core's candidates (keys, values, segment ids) with the range they replace. The core
 * reads the place from the lines around the cursor; the version's parse is asked for only where segment ids go.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem, Position } from 'vscode-languageserver';
import { completionsAt } from '../../core/index';
import type { Locale } from '../../core/index';
import { serverTexts } from '../texts';
import type { Snapshot } from '../snapshot';

const KIND = { key: CompletionItemKind.Property, value: CompletionItemKind.EnumMember, segment: CompletionItemKind.Reference } as const;

/** A key is inserted as a snippet ending at `$0`, so that the editor keeps the indentation of the lines it adds. */
const asSnippet = (text: string): string => `${text.replace(/[$}\\]/g, '\\$&')}$0`;

export function completion(snapshot: Snapshot, position: Position, locale: Locale): CompletionItem[] {
  const { text, positions: at } = snapshot;
  const offset = at.offset(position);
  const found = completionsAt(text, offset, () => snapshot.parsed, locale);
  if (!found) return [];
  const range = at.range(found.start, offset);
  return found.candidates.map((candidate) => ({
    label: candidate.label,
    kind: KIND[candidate.kind],
    sortText: candidate.sortText,
    ...(candidate.required ? { detail: serverTexts(locale).required } : {}),
    ...(candidate.description !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: candidate.description } } : {}),
    ...(candidate.kind === 'key'
      ? { insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: asSnippet(candidate.insert) } }
      : { textEdit: { range, newText: candidate.insert } }),
  }));
}
