/**
 * Code actions on a linted version: each finding's fixes, the block a missing section needs, the comment that disables
 * the rule for the line, its documentation; and every safe fix of the file at once. The edits come from the core;
 * here they only become LSP edits of this version.
 */
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionContext, Range, TextEdit } from 'vscode-languageserver';
import { disableNextLineEdit, fixesOf, missingBlockFix, safeFixes } from '../../core/index';
import { FIX_ALL_KIND, SHOW_RULE_DOCS_COMMAND } from '../protocol';
import { serverTexts } from '../texts';
import type { Linted } from '../snapshot';

export function codeActions({ snapshot, result, locale }: Linted, range: Range, context: CodeActionContext): CodeAction[] {
  if (!result) return [];
  const at = snapshot.positions;
  const words = serverTexts(locale);
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]): CodeAction['edit'] => ({
    documentChanges: [{ textDocument: { uri: snapshot.uri, version: snapshot.version ?? null }, edits }],
  });
  const wantsFixAll =
    !context.only || context.only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`) || kind === CodeActionKind.Source);
  if (wantsFixAll) {
    const fixes = safeFixes(result);
    if (fixes.length)
      actions.push({
        title: words.fixAll,
        kind: FIX_ALL_KIND,
        edit: edit(fixes.map((fix) => ({ range: at.range(fix.span.start, fix.span.end), newText: fix.replacement }))),
      });
  }
  if (context.only && !context.only.includes(CodeActionKind.QuickFix)) return actions;
  const from = at.offset(range.start);
  const to = at.offset(range.end);
  for (const finding of result.findings) {
    if (finding.span.end < from || finding.span.start > to) continue;
    // A client may send back its diagnostics without their ranges (Neovim 0.7 does): match what is there.
    const diagnostic = context.diagnostics.find((d) => d.code === finding.ruleId && d.range?.start?.line === at.position(finding.span.start).line);
    const quickFix = (title: string, extra: Partial<CodeAction>): void => {
      actions.push({ title, kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}), ...extra });
    };
    for (const fix of fixesOf(finding))
      quickFix(fix.title[locale], { isPreferred: true, edit: edit([{ range: at.range(fix.span.start, fix.span.end), newText: fix.replacement }]) });
    const block = missingBlockFix(snapshot.parsed, finding.ruleId, locale);
    if (block) quickFix(block.title[locale], { edit: edit([{ range: at.range(block.edit.span.start, block.edit.span.end), newText: block.edit.text }]) });
    const disable = disableNextLineEdit(snapshot.text, finding);
    if (disable)
      quickFix(words.disableForLine(finding.ruleId), { edit: edit([{ range: at.range(disable.span.start, disable.span.end), newText: disable.text }]) });
    quickFix(words.showDocumentation(finding.ruleId), {
      command: { title: words.showDocumentation(finding.ruleId), command: SHOW_RULE_DOCS_COMMAND, arguments: [finding.ruleId] },
    });
  }
  return actions;
}
