/** Hover: a key's meaning from the schema, and on a value with a finding, the rule's rationale. */
import * as vscode from 'vscode';
import { catalogue, findRule, keyDescription, parseYaml, placeAt, valueDescription } from '../core/index';
import { toVsRange } from './convert';
import type { StrategyLinter } from './linter';

export class StrategyHover implements vscode.HoverProvider {
  constructor(private readonly linter: StrategyLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.linter.isStrategy(document.uri)) return undefined;
    const state = this.linter.state(document.uri);
    const locale = state?.locale ?? this.linter.localeFor(undefined);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;

    const { doc } = parseYaml(document.getText());
    const place = placeAt(doc, document.offsetAt(position));
    if (place) {
      const description = place.kind === 'key' ? keyDescription(place.path, locale) : valueDescription(place.path, document.getText(new vscode.Range(document.positionAt(place.span.start), document.positionAt(place.span.end))).replace(/^(["'])(.*)\1$/s, '$2'), locale);
      if (description) {
        const name = place.path.filter((segment) => typeof segment === 'string').at(-1);
        parts.push(new vscode.MarkdownString(`**${name}** — ${escape(description)}`));
        range = new vscode.Range(document.positionAt(place.span.start), document.positionAt(place.span.end));
      }
    }

    if (state?.result && state.version === document.version) {
      for (const finding of state.result.findings) {
        const findingRange = toVsRange(finding.range);
        if (!findingRange.contains(position)) continue;
        const rule = findRule(finding.ruleId);
        if (!rule) continue;
        parts.push(new vscode.MarkdownString(`**partnerlint(${rule.meta.id})** ${escape(rule.meta.title[locale])}\n\n${escape(rule.meta.rationale[locale])}\n\n[${catalogue(locale).editor.documentation}](${rule.meta.docsUrl})`));
        range ??= findingRange;
      }
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
}
