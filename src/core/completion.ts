/**
 * Completion, apart from any editor: the keys a map can take, the values a key allows, and the segment ids where one is
 * expected. The place comes from the few lines around the cursor (the text is usually half-written there), so that it
 * costs the same in a file of thousands of partners; only segment ids need the whole parse, asked for when needed.
 * The language server turns the candidates into LSP items, the playground into CodeMirror's.
 */
import { isSegmentReference, segmentOccurrences } from './navigation';
import { keysAt, valueDescription, valuesAt } from './schema-info';
import type { Locale } from './types';
import { completionPlaceAt } from './yaml-ast';
import type { YamlInput } from './yaml-ast';

export interface CompletionCandidate {
  label: string;
  kind: 'key' | 'value' | 'segment';
  /** What replaces the typed prefix; the cursor goes after it. */
  insert: string;
  /** Required keys come first. */
  required?: boolean;
  /** Markdown from the schema, where it says something. */
  description?: string;
  /** The order to show the candidates in. */
  sortText: string;
}

export interface Completions {
  /** Where the typed prefix starts: the candidates replace the text from here to the cursor. */
  start: number;
  candidates: CompletionCandidate[];
}

/** The candidates at `offset`; `parsed` gives the text's parse, asked for only where segment ids are expected. */
export function completionsAt(text: string, offset: number, parsed: () => YamlInput, locale: Locale): Completions | undefined {
  const place = completionPlaceAt(text, offset);
  if (!place) return undefined;
  const order = (index: number): string => String(index).padStart(3, '0');
  if (place.kind === 'value' && isSegmentReference(place.path)) {
    const ids = new Set(
      segmentOccurrences(parsed())
        .filter((o) => o.kind === 'definition')
        .map((o) => o.id),
    );
    return { start: place.start, candidates: [...ids].map((id, index) => ({ label: id, kind: 'segment', insert: id, sortText: order(index) })) };
  }
  if (place.kind === 'value') {
    const candidates = valuesAt(place.path).map((value, index): CompletionCandidate => {
      const description = valueDescription(place.path, value, locale);
      return { label: value, kind: 'value', insert: value, sortText: order(index), ...(description ? { description } : {}) };
    });
    return { start: place.start, candidates };
  }
  // A map or a list goes on the next lines, two spaces deeper than the key.
  const lineStart = text.lastIndexOf('\n', place.start - 1) + 1;
  const nested = ' '.repeat(place.start - lineStart + 2);
  const candidates = keysAt(place.path, locale)
    .filter((info) => !place.siblings.includes(info.key))
    .map((info, index): CompletionCandidate => {
      const insert = info.shape === 'map' ? `${info.key}:\n${nested}` : info.shape === 'list' ? `${info.key}:\n${nested}- ` : `${info.key}: `;
      return {
        label: info.key,
        kind: 'key',
        insert,
        required: info.required,
        description: info.description,
        sortText: `${info.required ? 0 : 1}${order(index)}`,
      };
    });
  return { start: place.start, candidates };
}
