/** The messages between the playground's page and its worker, which runs the core (the page never lints itself). */
import type { Completions } from '../../src/core/completion';
import type { PreviewModel } from '../../src/core/preview';
import type { Locale, Severity } from '../../src/core/types';

export type ToWorker =
  | { id: number; type: 'lint'; text: string; locale: Locale }
  | { id: number; type: 'hover'; text: string; offset: number; locale: Locale }
  | { id: number; type: 'complete'; text: string; offset: number; locale: Locale }
  | { id: number; type: 'template'; locale: Locale };

export interface PlaygroundDiagnostic {
  from: number;
  to: number;
  severity: Severity;
  message: string;
  ruleId: string;
  docsUrl: string;
}

export type FromWorker =
  | { id: number; type: 'lint'; diagnostics: PlaygroundDiagnostic[]; model: PreviewModel | null; refused?: string }
  | { id: number; type: 'hover'; hover: { from: number; to: number; title: string; text: string } | null }
  | { id: number; type: 'complete'; completions: Completions | null }
  | { id: number; type: 'template'; text: string };
