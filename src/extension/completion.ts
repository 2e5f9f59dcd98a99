/** Completion of keys and enum values from the schema, working without any other extension. */
import * as vscode from 'vscode';
import { catalogue, completionPlaceAt, keysAt, valueDescription, valuesAt } from '../core/index';
import type { StrategyLinter } from './linter';

export class StrategyCompletion implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [' ', ':'];

  constructor(private readonly linter: StrategyLinter) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.linter.isStrategy(document.uri)) return [];
    const locale = this.linter.state(document.uri)?.locale ?? this.linter.localeFor(undefined);
    const offset = document.offsetAt(position);
    const place = completionPlaceAt(document.getText(), offset);
    if (!place) return [];
    const replace = new vscode.Range(document.positionAt(place.start), position);
    if (place.kind === 'value') {
      return valuesAt(place.path).map((value, index) => {
        const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.EnumMember);
        item.range = replace;
        item.sortText = String(index).padStart(3, '0');
        const description = valueDescription(place.path, value, locale);
        if (description) item.documentation = new vscode.MarkdownString(description);
        return item;
      });
    }
    // VS Code indents a snippet's new lines like the current line; a key after `- ` sits further right than that.
    const line = document.lineAt(position.line);
    const keyColumn = place.start - document.offsetAt(line.range.start);
    const nested = ' '.repeat(keyColumn - line.firstNonWhitespaceCharacterIndex + 2);
    return keysAt(place.path, locale)
      .filter((info) => !place.siblings.includes(info.key))
      .map((info, index) => {
        const item = new vscode.CompletionItem(info.key, vscode.CompletionItemKind.Property);
        item.range = replace;
        item.detail = info.required ? catalogue(locale).editor.required : undefined;
        item.documentation = new vscode.MarkdownString(info.description);
        item.sortText = `${info.required ? 0 : 1}${String(index).padStart(3, '0')}`;
        item.insertText =
          info.shape === 'map' ? new vscode.SnippetString(`${info.key}:\n${nested}$0`)
          : info.shape === 'list' ? new vscode.SnippetString(`${info.key}:\n${nested}- $0`)
          : new vscode.SnippetString(`${info.key}: $0`);
        if (info.shape === 'scalar' && valuesAt([...place.path, info.key]).length > 0) {
          item.command = { title: 'suggest', command: 'editor.action.triggerSuggest' };
        }
        return item;
      });
  }
}
