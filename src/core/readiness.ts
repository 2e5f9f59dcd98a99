/** The chapter's six stop-conditions, judged from the findings that are reported. */
import { catalogue } from './i18n';
import { at, isFiniteNumber, isRecord } from './data';
import type { CheckId, CheckResult, Finding, Locale, LtvFigures, Readiness, YamlPath } from './types';
import { CHECK_IDS } from './types';

const AT_RISK: Record<CheckId, readonly string[]> = {
  pmf: ['pmf-not-achieved'],
  marketSize: ['target-market-too-small'],
  ltv: ['ltv-too-low', 'high-churn'],
  expertise: ['expertise-required'],
  executive: ['no-executive-sponsor', 'no-executive-understanding', 'no-budget', 'no-headcount', 'low-priority'],
  owner: ['no-dedicated-owner', 'owner-has-direct-quota'],
};

/** What each check reads: a schema finding in (or above) one of these leaves it unknown (rules.md). */
const INPUTS: Record<CheckId, readonly YamlPath[]> = {
  pmf: [['product', 'pmf']],
  marketSize: [['market', 'targetCompanies']],
  ltv: [['economics']],
  expertise: [['product', 'expertise'], ['product', 'enablement']],
  executive: [['organization', 'executiveSponsor']],
  owner: [['organization', 'owner']],
};

/** True when one path lies inside the other: a finding below an input, or on a value that holds it. */
function overlaps(a: YamlPath, b: YamlPath): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The verdict and the six checks. A check is never clear on input that could not be read: a schema finding inside its
 * inputs leaves it unknown, and a file with any schema finding is never ready.
 */
export function readiness(findings: readonly Finding[], data: unknown, ltv: LtvFigures | null, locale: Locale): Readiness {
  const words = catalogue(locale);
  const reported = new Map<string, Finding>();
  for (const finding of findings) if (!reported.has(finding.ruleId)) reported.set(finding.ruleId, finding);

  // Beyond rules.md's table: where the object a check reads is missing altogether (the schema reports it), the
  // check is unknown rather than clear, so that a broken file is never judged ready.
  const noOrganization = !isRecord(at(data, 'organization'));
  const unknown: Record<CheckId, string[] | false> = {
    pmf: reported.has('pmf-unverified') ? ['pmf-unverified'] : isRecord(at(data, 'product')) ? false : [],
    marketSize: isFiniteNumber(at(data, 'market', 'targetCompanies')) ? false : [],
    ltv: ltv === null || ltv.threshold === null ? [] : false,
    expertise: typeof at(data, 'product', 'expertise') === 'string' ? false : [],
    executive: noOrganization ? [] : false,
    owner: noOrganization ? [] : false,
  };

  const schemaFindings = findings.filter((finding) => finding.ruleId === 'schema');
  const checks = {} as Record<CheckId, CheckResult>;
  for (const id of CHECK_IDS) {
    const risks = AT_RISK[id].filter((rule) => reported.has(rule));
    const unknownBecause = unknown[id];
    const unreadable = schemaFindings.find((finding) => INPUTS[id].some((input) => overlaps(finding.path, input)));
    if (risks.length > 0) {
      checks[id] = { status: 'at-risk', ruleIds: risks, reason: reported.get(risks[0]!)!.message };
    } else if (unreadable) {
      checks[id] = { status: 'unknown', ruleIds: ['schema'], reason: unreadable.message };
    } else if (unknownBecause) {
      const because = unknownBecause[0];
      checks[id] = { status: 'unknown', ruleIds: unknownBecause, reason: because ? reported.get(because)!.message : words.checkReasons[id].unknown };
    } else {
      checks[id] = { status: 'clear', ruleIds: [], reason: words.checkReasons[id].clear };
    }
  }
  const statuses = CHECK_IDS.map((id) => checks[id].status);
  const verdict = statuses.includes('at-risk') ? 'reconsider' : statuses.every((s) => s === 'clear') && schemaFindings.length === 0 ? 'ready' : 'incomplete';
  return { verdict, checks };
}
