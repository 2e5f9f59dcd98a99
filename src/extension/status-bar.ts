/** The status bar item on strategy files: the readiness verdict (from the server) and the counts of findings. */
import * as vscode from 'vscode';
import { catalogue, reasonPointer } from '../core/i18n';
import { CHECK_IDS } from '../core/types';
import type { CheckReason } from '../core/types';
import { READINESS_REQUEST } from '../server/protocol';
import type { ReadinessResult } from '../server/protocol';
import type { StrategyClient } from './client';
import { isStrategy } from './settings';

const VERDICT_ICON = { ready: '$(pass)', reconsider: '$(warning)', incomplete: '$(question)' } as const;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('partnerlint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Bumped for each update: an answer for an older one is dropped. */
  private generation = 0;
  private visible = false;

  constructor(
    private readonly strategies: StrategyClient,
    command: string,
  ) {
    this.item.name = 'partnerlint';
    this.item.command = command;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      strategies.onDidPublish((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.update();
      }),
    );
    void this.update();
  }

  /** What the item shows, for tests: undefined when hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** Its tooltip, for tests: the checks and the reasons of the verdict. */
  get tooltip(): string | vscode.MarkdownString | undefined {
    return this.visible ? this.item.tooltip : undefined;
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const uri = vscode.window.activeTextEditor?.document.uri;
    const strategy = uri !== undefined && isStrategy(uri);
    let readiness: ReadinessResult = null;
    if (strategy) {
      try {
        readiness = await this.strategies.client.sendRequest(READINESS_REQUEST, { uri: uri.toString() });
      } catch {
        readiness = null;
      }
    }
    if (generation !== this.generation) return;
    if (!strategy) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'partnerlint');
    const count = (severity: vscode.DiagnosticSeverity): number => diagnostics.filter((d) => d.severity === severity).length;
    const counts = `$(error) ${count(vscode.DiagnosticSeverity.Error)} $(warning) ${count(vscode.DiagnosticSeverity.Warning)} $(info) ${count(vscode.DiagnosticSeverity.Information)}`;
    if (!readiness) {
      const syntax = diagnostics.some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'syntax');
      this.item.text = `partnerlint: ${syntax ? 'syntax' : '—'} ${counts}`;
      this.item.tooltip = diagnostics[0]?.message;
    } else {
      const words = catalogue(readiness.locale);
      this.item.text = `${VERDICT_ICON[readiness.verdict]} ${words.verdicts[readiness.verdict]} ${counts}`;
      const pointer = (reason: CheckReason): string => plain(reasonPointer(reason, readiness.locale));
      // Every check, and under one that is not clear each reason with the finding it comes from (no unexplained verdict).
      const lines = CHECK_IDS.flatMap((id) => {
        const check = readiness.checks[id];
        const reasons = check.reasons.map((reason) => `  - ${plain(reason.message)}${pointer(reason)}`);
        return [`- ${words.checks[id]}: **${words.checkStatus[check.status]}**`, ...reasons];
      });
      const other = readiness.otherReasons.map((reason) => `- ${plain(words.report.otherReasons)}: ${plain(reason.message)}${pointer(reason)}`);
      this.item.tooltip = new vscode.MarkdownString(`**partnerlint: ${words.verdicts[readiness.verdict]}**\n\n${[...lines, ...other].join('\n')}`);
    }
    this.visible = true;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** Text from a strategy stays text in the tooltip: Markdown's marks are escaped, code spans (`key: value`) kept. */
function plain(text: string): string {
  // Inside a code span a backslash is shown as it is: escape only the text between them.
  return text
    .replace(/\r?\n/g, ' ')
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/[\\*_[\]<>#|~]/g, '\\$&') : part))
    .join('`');
}
