/** Hover: what a key or an allowed value means (from the schema), and the rules whose findings are under the cursor. */
import { MarkupKind } from 'vscode-languageserver';
import type { Hover, Position } from 'vscode-languageserver';
import { findRule, schemaHoverAt } from '../../core/index';
import type { Locale } from '../../core/index';
import { serverTexts } from '../texts';
import type { Linted, Snapshot } from '../snapshot';
import { escapeMarkdown } from './markdown';

/** `linted`: the lint of this same version, or undefined (then the hover has the schema's words only). */
export function hover(snapshot: Snapshot, linted: Linted | undefined, position: Position, locale: Locale): Hover | null {
  const at = snapshot.positions;
  const offset = at.offset(position);
  const parts: string[] = [];
  let span: { start: number; end: number } | undefined;
  const schema = schemaHoverAt(snapshot.parsed, offset, locale);
  if (schema) {
    parts.push(`**${schema.title}** — ${escapeMarkdown(schema.text)}`);
    span = schema.span;
  }
  const findings = linted && snapshot.sameVersion(linted.snapshot) ? (linted.result?.findings ?? []) : [];
  for (const finding of findings) {
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
}
