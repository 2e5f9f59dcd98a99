/**
 * Safe fixes (docs/ci.md, "Fixes"): the corrections of a misspelt key, enum value or segment id that has exactly
 * one close candidate, nothing that needs the author's judgement. One list, used by the editor's quick fixes,
 * `--fix`, SARIF `fixes` and rdjson `suggestions`.
 */
import { lint } from './engine';
import type { LintOptions } from './engine';
import type { Finding, LintResult, Localized, Span } from './types';

export interface Fix {
  ruleId: string;
  title: Localized;
  span: Span;
  /** The text that replaces the span, written so that it reads back as the intended key or value. */
  replacement: string;
}

/** The safe fixes of one finding. */
export function fixesOf(finding: Finding): Fix[] {
  return (finding.suggestions ?? []).map((suggestion) => ({
    ruleId: finding.ruleId,
    title: suggestion.title,
    span: suggestion.span,
    replacement: suggestion.replacement,
  }));
}

/** The safe fixes of a lint result, in the text's order, none overlapping another (the first of two is kept). */
export function safeFixes(result: Pick<LintResult, 'findings'>): Fix[] {
  const fixes = result.findings.flatMap(fixesOf).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const kept: Fix[] = [];
  for (const fix of fixes) {
    const last = kept.at(-1);
    if (!last || fix.span.start >= last.span.end) kept.push(fix);
  }
  return kept;
}

/** `text` with the fixes applied; they must not overlap (as `safeFixes` gives them). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (const fix of [...fixes].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, fix.span.start) + fix.replacement + out.slice(fix.span.end);
  return out;
}

/** How many passes `fixText` makes at most: a fix may let the schema see a finding it could not see before. */
const MAX_PASSES = 10;

/**
 * The text with every safe fix applied, pass after pass until none is left, and the number applied. Only the spans
 * of keys and values change: comments, order, quoting, layout, line endings stay as they are, and fixing the result
 * again changes nothing.
 */
export function fixText(text: string, options: LintOptions = {}): { text: string; applied: number; fixes: Fix[] } {
  let current = text;
  let applied = 0;
  const done: Fix[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = safeFixes(lint(current, options));
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    if (next === current) break;
    current = next;
    applied += fixes.length;
    done.push(...fixes);
  }
  return { text: current, applied, fixes: done };
}
