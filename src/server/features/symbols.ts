/** The outline: sections, and the segments, purposes, partners and KPIs in them, by name. */
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import { outline } from '../../core/index';
import type { Locale, OutlineSymbol } from '../../core/index';
import type { Snapshot } from '../snapshot';

const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  section: SymbolKind.Namespace,
  segment: SymbolKind.EnumMember,
  purpose: SymbolKind.Event,
  partner: SymbolKind.Object,
  kpi: SymbolKind.Number,
};

export function documentSymbols(snapshot: Snapshot, locale: Locale): DocumentSymbol[] {
  const at = snapshot.positions;
  const convert = (symbol: OutlineSymbol): DocumentSymbol => ({
    name: symbol.name,
    kind: KIND[symbol.kind],
    range: at.range(symbol.span.start, symbol.span.end),
    selectionRange: at.range(symbol.selection.start, symbol.selection.end),
    children: symbol.children.map(convert),
  });
  return outline(snapshot.parsed, locale).map(convert);
}
