/**
 * What follows the last lint of a version without asking for one: the LTV inlay hint, the verdict's code lens, the
 * preview model and the readiness a status bar shows.
 */
import { InlayHintKind } from 'vscode-languageserver';
import type { CodeLens, InlayHint } from 'vscode-languageserver';
import { catalogue, formatMoney, previewModel, valueSpan } from '../../core/index';
import { OPEN_PREVIEW_COMMAND } from '../protocol';
import type { PreviewResult, ReadinessResult } from '../protocol';
import { serverTexts } from '../texts';
import type { Linted } from '../snapshot';

export function inlayHints({ snapshot, result, locale }: Linted): InlayHint[] {
  const ltv = result?.ltv;
  if (!ltv) return [];
  const price = valueSpan(snapshot.parsed, ['economics', 'monthlyPrice']);
  if (!price) return [];
  const money = (value: number): string => formatMoney(value, ltv.currency, locale);
  return [
    {
      position: snapshot.positions.position(price.end),
      label: serverTexts(locale).ltvHint(money(ltv.ltv), ltv.partnerShare === null ? undefined : money(ltv.partnerShare)),
      kind: InlayHintKind.Type,
      paddingLeft: true,
    },
  ];
}

export function codeLenses({ snapshot, result, locale }: Linted): CodeLens[] {
  const readiness = result?.readiness;
  if (!readiness) return [];
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      command: {
        title: serverTexts(locale).verdictLens(catalogue(locale).verdicts[readiness.verdict]),
        command: OPEN_PREVIEW_COMMAND,
        arguments: [snapshot.uri],
      },
    },
  ];
}

export function preview({ snapshot, result, locale, skipped }: Linted): PreviewResult {
  if (result) return { model: previewModel(snapshot.parsed, result, locale), locale };
  return { error: skipped ?? '', locale };
}

export function readiness({ result, locale }: Linted): ReadinessResult {
  return result?.readiness ? { ...result.readiness, locale } : null;
}
