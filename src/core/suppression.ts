/**
 * `# partnerlint-disable-next-line`, `# partnerlint-disable-line` and file-level `# partnerlint-disable` comments, and
 * the bookkeeping that reports the ones that suppressed nothing.
 */
import type { Comment } from './yaml-ast';
import type { LineIndex } from './positions';
import type { Finding, Span, SuppressedFinding } from './types';

export type DirectiveKind = 'disable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, each with its span in the text; empty means every rule. */
  rules: { id: string; span: Span }[];
  justification: string;
  /** The comment, for reporting an unused directive. */
  span: Span;
  /** The 1-based line it applies to (undefined for file-level). */
  line?: number;
}

const DIRECTIVE = /^\s*partnerlint-(disable-next-line|disable-line|disable)(?=\s|$)/;

/** Rules that cannot be suppressed: a file that does not parse has no trustworthy content to excuse. */
export const UNSUPPRESSIBLE = new Set(['syntax', 'unused-disable']);

export function parseDirectives(comments: readonly Comment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    // A file-level directive must stand on its own line; a trailing `partnerlint-disable` is taken as disable-line.
    const effectiveKind: DirectiveKind = kind === 'disable' && !comment.ownLine ? 'disable-line' : kind;
    const bodyStart = comment.span.start + 1 + match[0].length;
    const body = comment.text.slice(match[0].length);
    const separator = body.indexOf('--');
    const ruleText = separator >= 0 ? body.slice(0, separator) : body;
    const rules: Directive['rules'] = [];
    const idPattern = /[^\s,]+/g;
    for (let m = idPattern.exec(ruleText); m; m = idPattern.exec(ruleText)) {
      const start = bodyStart + m.index;
      rules.push({ id: m[0], span: { start, end: start + m[0].length } });
    }
    const commentLine = lines.positionAt(comment.span.start).line;
    directives.push({
      kind: effectiveKind,
      rules,
      justification: separator >= 0 ? body.slice(separator + 2).trim() : '',
      span: comment.span,
      ...(effectiveKind === 'disable' ? {} : { line: effectiveKind === 'disable-line' ? commentLine : commentLine + 1 }),
    });
  }
  return directives;
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Directives, or single rules of them, that suppressed nothing. */
  unused: { span: Span; ruleId?: string; directive: Directive }[];
}

export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[]): SuppressionOutcome {
  // "directive index:rule index" of what suppressed something; rule index -1 for a directive naming no rules.
  const used = new Set<string>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const match = UNSUPPRESSIBLE.has(finding.ruleId) ? undefined : matchDirective(finding, directives);
    if (!match) {
      kept.push(finding);
      continue;
    }
    used.add(`${match.directiveIndex}:${match.ruleIndex}`);
    suppressed.push({ ...finding, justification: directives[match.directiveIndex]!.justification });
  }
  const unused: SuppressionOutcome['unused'] = [];
  directives.forEach((directive, directiveIndex) => {
    if (directive.rules.length === 0) {
      if (!used.has(`${directiveIndex}:-1`)) unused.push({ span: directive.span, directive });
      return;
    }
    directive.rules.forEach((rule, ruleIndex) => {
      if (!used.has(`${directiveIndex}:${ruleIndex}`)) unused.push({ span: directive.span, ruleId: rule.id, directive });
    });
  });
  return { kept, suppressed, unused };
}

/** The first directive that covers the finding's line and names its rule (or names none). */
function matchDirective(finding: Finding, directives: readonly Directive[]): { directiveIndex: number; ruleIndex: number } | undefined {
  for (const [directiveIndex, directive] of directives.entries()) {
    if (directive.line !== undefined && directive.line !== finding.range.start.line) continue;
    if (directive.rules.length === 0) return { directiveIndex, ruleIndex: -1 };
    const ruleIndex = directive.rules.findIndex((rule) => rule.id === finding.ruleId);
    if (ruleIndex >= 0) return { directiveIndex, ruleIndex };
  }
  return undefined;
}

/**
 * The edit that suppresses `finding` on its line: a `# partnerlint-disable-next-line <rule>` comment inserted before the
 * line, indented as the line is (a list item's dash counts as indentation), with the file's own line ending; undefined
 * for a rule that cannot be suppressed.
 */
export function disableNextLineEdit(text: string, finding: Pick<Finding, 'ruleId' | 'span'>): { span: Span; text: string } | undefined {
  if (UNSUPPRESSIBLE.has(finding.ruleId)) return undefined;
  const lineStart = text.lastIndexOf('\n', finding.span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const indent = (/^[ -]*/.exec(line)?.[0] ?? '').replace(/-/g, ' ');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start: lineStart, end: lineStart }, text: `${indent}# partnerlint-disable-next-line ${finding.ruleId}${eol}` };
}
