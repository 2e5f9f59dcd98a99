/** Quick fixes: the core's safe fixes, a missing block to fill in, a suppression comment, and the rule's documentation. */
import * as vscode from 'vscode';
import { catalogue, fixesOf, missingBlockFix } from '../core/index';
import { toVsRange } from './convert';
import type { StrategyLinter } from './linter';

export class StrategyCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly linter: StrategyLinter) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.linter.state(document.uri);
    // Fixes are computed for one version of the text: on any other they could land in the wrong place.
    if (!state?.result || state.version !== document.version) return [];
    const asked = new Set(context.diagnostics.filter((d) => d.source === 'partnerlint').map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`));
    const findings = state.result.findings.filter((finding) => {
      const findingRange = toVsRange(finding.range);
      return asked.has(`${finding.ruleId}@${findingRange.start.line}:${findingRange.start.character}`) || findingRange.intersection(range) !== undefined;
    });
    const locale = state.locale;
    const actions: vscode.CodeAction[] = [];
    for (const finding of findings) {
      const diagnostic = context.diagnostics.find((d) => codeOf(d) === finding.ruleId && d.range.isEqual(toVsRange(finding.range)));
      const attach = (action: vscode.CodeAction): vscode.CodeAction => {
        if (diagnostic) action.diagnostics = [diagnostic];
        actions.push(action);
        return action;
      };
      for (const fix of fixesOf(finding)) {
        const action = attach(new vscode.CodeAction(fix.title[locale], vscode.CodeActionKind.QuickFix));
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, new vscode.Range(document.positionAt(fix.span.start), document.positionAt(fix.span.end)), fix.replacement);
        action.isPreferred = true;
      }
      const block = missingBlockFix(state.text, finding.ruleId, locale);
      if (block) {
        const action = attach(new vscode.CodeAction(block.title[locale], vscode.CodeActionKind.QuickFix));
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, new vscode.Range(document.positionAt(block.edit.span.start), document.positionAt(block.edit.span.end)), block.edit.text);
      }
      if (finding.ruleId !== 'syntax' && finding.ruleId !== 'unused-disable') {
        const action = attach(new vscode.CodeAction(catalogue(locale).editor.disableForLine(finding.ruleId), vscode.CodeActionKind.QuickFix));
        action.edit = new vscode.WorkspaceEdit();
        const line = document.lineAt(toVsRange(finding.range).start.line);
        const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex).replace(/-\s+/g, (dash) => ' '.repeat(dash.length));
        const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
        action.edit.insert(document.uri, line.range.start, `${indent}# partnerlint-disable-next-line ${finding.ruleId}${eol}`);
      }
      const docs = attach(new vscode.CodeAction(catalogue(locale).editor.showDocumentation(finding.ruleId), vscode.CodeActionKind.QuickFix));
      docs.command = { title: docs.title, command: 'partnerlint.showRuleDocs', arguments: [finding.ruleId] };
    }
    return actions;
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}
