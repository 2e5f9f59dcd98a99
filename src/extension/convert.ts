/** The one place where core positions and severities become VS Code's (1-based → 0-based lines and columns). */
import * as vscode from 'vscode';
import type { Position, Range, Severity } from '../core/index';

export function toVsPosition(position: Position): vscode.Position {
  return new vscode.Position(Math.max(position.line - 1, 0), Math.max(position.column - 1, 0));
}

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(toVsPosition(range.start), toVsPosition(range.end));
}

export function toVsSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}
