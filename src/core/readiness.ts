/**
 * The readiness verdict: the chapter's two points as seven checks (docs/reference/readiness.md). The principle: said no is at
 * risk; absent, pending or a placeholder is unknown. Each rule says what its finding does to a check (Report.readiness);
 * this module only adds up those effects, the schema's findings, and the one input no rule reports.
 */
import { catalogue } from './i18n';
import { at, isRecord } from './data';
import type { ReadinessEffect } from './rule';
import type { CheckId, CheckReason, CheckResult, Finding, Locale, Readiness, YamlPath } from './types';
import { CHECK_IDS } from './types';

/** What the engine tells the verdict about one rule report or schema problem, whether or not it became a finding. */
export interface ReadinessSignal {
  ruleId: string;
  /** The rule's effect; absent for a schema problem, which makes unknown the checks whose inputs it touches. */
  effect?: ReadinessEffect;
  path: YamlPath;
  /** The finding's message, worded even where the rule is off. */
  message: string;
  /** The finding, where one was made (the rule is not off); it counts only if it is still reported after suppression. */
  finding?: Finding;
}

/** What each check reads: a schema problem at, in or above one of these leaves it unknown (docs/reference/readiness.md). */
const INPUTS: Record<CheckId, readonly YamlPath[]> = {
  purpose: [['purposes']],
  pmf: [['product', 'pmf']],
  marketSize: [['market', 'targetCompanies']],
  ltv: [['economics']],
  expertise: [
    ['product', 'expertise'],
    ['product', 'enablement'],
  ],
  executive: [['organization', 'executiveSponsor']],
  owner: [['organization', 'owner']],
};

/** True when one path lies inside the other: a problem below an input, or on a value that holds it. */
export function overlaps(a: YamlPath, b: YamlPath): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The verdict and the seven checks. `data` is the document as the rules read it (placeholders left out); `reported`
 * holds the findings that are still reported after suppression. A check is never clear on input that could not be
 * read or was not written: such a signal leaves it unknown even where its rule is off or suppressed, and the reason
 * then names the input without a line. A finding that puts a check at risk counts only while it is reported.
 */
export function readiness(signals: readonly ReadinessSignal[], reported: ReadonlySet<Finding>, data: unknown, locale: Locale): Readiness {
  const words = catalogue(locale);
  const reasonOf = (signal: ReadinessSignal): CheckReason => {
    const finding = signal.finding && reported.has(signal.finding) ? signal.finding : undefined;
    const status = signal.effect?.status ?? 'unknown';
    return finding
      ? { status, ruleId: signal.ruleId, message: finding.message, line: finding.range.start.line, column: finding.range.start.column, path: signal.path }
      : { status, ruleId: null, message: signal.message, line: null, column: null, path: signal.path };
  };

  const atRisk = new Map<CheckId, CheckReason[]>(CHECK_IDS.map((id) => [id, []]));
  const unknown = new Map<CheckId, CheckReason[]>(CHECK_IDS.map((id) => [id, []]));
  const otherReasons: CheckReason[] = [];
  for (const signal of signals) {
    if (signal.effect) {
      if (signal.effect.status === 'unknown') unknown.get(signal.effect.check)!.push(reasonOf(signal));
      else if (signal.finding && reported.has(signal.finding)) atRisk.get(signal.effect.check)!.push(reasonOf(signal));
      continue;
    }
    // A schema problem: unknown for every check whose inputs it touches, else it keeps the whole file from ready.
    const checks = CHECK_IDS.filter((id) => INPUTS[id].some((input) => overlaps(signal.path, input)));
    for (const id of checks) unknown.get(id)!.push(reasonOf(signal));
    if (checks.length === 0) otherReasons.push(reasonOf(signal));
  }

  // The one input no rule reports: how much specialist knowledge selling takes.
  const product = at(data, 'product');
  if (isRecord(product) && product.expertise === undefined) {
    unknown
      .get('expertise')!
      .push({ status: 'unknown', ruleId: null, message: words.checkReasons.expertise.unknown, line: null, column: null, path: ['product', 'expertise'] });
  }

  const checks = {} as Record<CheckId, CheckResult>;
  for (const id of CHECK_IDS) {
    const risks = byPosition(atRisk.get(id)!);
    const unknowns = byPosition(unknown.get(id)!);
    const reasons = [...risks, ...unknowns];
    const status = risks.length > 0 ? 'at-risk' : unknowns.length > 0 ? 'unknown' : 'clear';
    checks[id] = {
      status,
      ruleIds: [...new Set(reasons.flatMap((reason) => (reason.ruleId === null ? [] : [reason.ruleId])))],
      reason: reasons[0]?.message ?? words.checkReasons[id].clear,
      reasons,
    };
  }
  const statuses = CHECK_IDS.map((id) => checks[id].status);
  const verdict = statuses.includes('at-risk') ? 'reconsider' : statuses.every((s) => s === 'clear') && otherReasons.length === 0 ? 'ready' : 'incomplete';
  return { verdict, checks, otherReasons: byPosition(otherReasons) };
}

/** Findings by line and column; reasons without a finding after them, in the order they came. */
function byPosition(reasons: CheckReason[]): CheckReason[] {
  return reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => (a.reason.line ?? Infinity) - (b.reason.line ?? Infinity) || (a.reason.column ?? 0) - (b.reason.column ?? 0) || a.index - b.index)
    .map(({ reason }) => reason);
}
