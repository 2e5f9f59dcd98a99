/** The status bar item on strategy files: the readiness verdict and the counts of findings. */
import * as vscode from 'vscode';
import { catalogue } from '../core/index';
import type { FileState, StrategyLinter } from './linter';

const VERDICT_ICON = { ready: '$(pass)', reconsider: '$(warning)', incomplete: '$(question)' } as const;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('partnerlint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly linter: StrategyLinter, command: string) {
    this.item.name = 'partnerlint';
    this.item.command = command;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidChange((state) => {
        if (state.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** What the item shows, for tests: undefined when hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const state = uri && this.linter.isStrategy(uri) ? this.linter.state(uri) : undefined;
    if (!state) {
      this.visible = false;
      this.item.hide();
      return;
    }
    this.render(state);
    this.visible = true;
    this.item.show();
  }

  private render(state: FileState): void {
    const words = catalogue(state.locale);
    const findings = state.result?.findings ?? [];
    const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
    const counts = `$(error) ${count('error')} $(warning) ${count('warning')} $(info) ${count('info')}`;
    const readiness = state.result?.readiness;
    if (!readiness) {
      this.item.text = `partnerlint: ${state.skipped ? '—' : 'syntax'} ${counts}`;
      this.item.tooltip = state.skipped ?? findings[0]?.message;
      return;
    }
    this.item.text = `${VERDICT_ICON[readiness.verdict]} ${words.verdicts[readiness.verdict]} ${counts}`;
    const lines = Object.entries(readiness.checks).map(([id, check]) => `${words.checks[id as keyof typeof words.checks]}: ${words.checkStatus[check.status]}`);
    this.item.tooltip = new vscode.MarkdownString(`**partnerlint: ${words.verdicts[readiness.verdict]}**\n\n${lines.map((l) => `- ${l}`).join('\n')}`);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
