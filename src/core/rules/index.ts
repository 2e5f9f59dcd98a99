/** Every rule, in the order of docs/reference/rules.md's catalogue. */
import type { Locale } from '../types';
import type { MessageFn, Rule } from '../rule';
import syntax from './syntax';
import schema from './schema';
import purposeMissing from './purpose-missing';
import purposeSalesCapacity from './purpose-sales-capacity';
import majorityReachWithoutLocalPartner from './majority-reach-without-local-partner';
import newSegmentWithoutRelationships from './new-segment-without-relationships';
import newSegmentAlreadyServed from './new-segment-already-served';
import integrationWithoutTechnologyPartner from './integration-without-technology-partner';
import newBusinessModelWithoutAlliance from './new-business-model-without-alliance';
import unknownSegment from './unknown-segment';
import pmfNotAchieved from './pmf-not-achieved';
import pmfUnverified from './pmf-unverified';
import directSalesStoryMissing from './direct-sales-story-missing';
import targetMarketTooSmall from './target-market-too-small';
import ltvTooLow from './ltv-too-low';
import highChurn from './high-churn';
import expertiseRequired from './expertise-required';
import noExecutiveSponsor from './no-executive-sponsor';
import noExecutiveUnderstanding from './no-executive-understanding';
import noBudget from './no-budget';
import noHeadcount from './no-headcount';
import paybackExpectedTooSoon from './payback-expected-too-soon';
import lowPriority from './low-priority';
import noDedicatedOwner from './no-dedicated-owner';
import ownerHasDirectQuota from './owner-has-direct-quota';
import noTargetPartners from './no-target-partners';
import noKpis from './no-kpis';
import kpiWithoutDueDate from './kpi-without-due-date';
import placeholderText from './placeholder-text';
import ltvNotJudged from './ltv-not-judged';
import unusedDisable from './unused-disable';

export const rules: readonly Rule[] = [
  syntax,
  schema,
  purposeMissing,
  purposeSalesCapacity,
  majorityReachWithoutLocalPartner,
  newSegmentWithoutRelationships,
  newSegmentAlreadyServed,
  integrationWithoutTechnologyPartner,
  newBusinessModelWithoutAlliance,
  unknownSegment,
  pmfNotAchieved,
  pmfUnverified,
  directSalesStoryMissing,
  targetMarketTooSmall,
  ltvTooLow,
  highChurn,
  expertiseRequired,
  noExecutiveSponsor,
  noExecutiveUnderstanding,
  noBudget,
  noHeadcount,
  paybackExpectedTooSoon,
  lowPriority,
  noDedicatedOwner,
  ownerHasDirectQuota,
  noTargetPartners,
  noKpis,
  kpiWithoutDueDate,
  placeholderText,
  ltvNotJudged,
  unusedDisable,
];

export const RULE_IDS: readonly string[] = rules.map((rule) => rule.meta.id);

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return rule;
}

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleMessages(id: string, locale: Locale): Record<string, MessageFn> {
  return ruleById(id).messages[locale];
}

export { DOCS_BASE_URL, docsUrl, readinessDocsUrl } from '../rule';
