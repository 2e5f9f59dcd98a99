/** The partner list as the purpose rules see it. */
import strategySchema from '../../schemas/partner-strategy.schema.json';
import { at, isRecord, recordsAt } from './data';
import type { RuleContext } from './rule';
import type { DataRecord } from './data';

const PARTNER_TYPES: readonly unknown[] = strategySchema.$defs.partner.properties.type.enum;

function wellFormed(partner: unknown): partner is DataRecord {
  return (
    isRecord(partner) &&
    PARTNER_TYPES.includes(partner.type) &&
    (partner.customerRelationships === undefined || typeof partner.customerRelationships === 'boolean') &&
    (partner.segments === undefined || (Array.isArray(partner.segments) && partner.segments.every((id) => typeof id === 'string')))
  );
}

/**
 * The partners that rules such as "majority-reach needs a local king" can judge, or undefined when there is nothing to
 * judge without naming one problem twice: no partners at all (no-target-partners reports that), or a list the schema
 * rejects (a misspelt `local-king` may be the very partner looked for).
 */
export function partnersToJudge(data: unknown): DataRecord[] | undefined {
  const list = at(data, 'partners');
  if (!Array.isArray(list) || list.length === 0 || !list.every(wellFormed)) return undefined;
  return list;
}

/**
 * The check of the rules "a purpose of type P needs a partner of type T": reported once, at the first such purpose's
 * `type`, when the partners (as partnersToJudge sees them) include none of type T.
 */
export function checkPurposeHasPartnerType(context: RuleContext, purposeType: string, partnerType: string): void {
  const first = recordsAt(context.data, 'purposes').find(({ item }) => item.type === purposeType);
  if (!first) return;
  const partners = partnersToJudge(context.data);
  if (!partners || partners.some((partner) => partner.type === partnerType)) return;
  context.report({ path: ['purposes', first.index, 'type'] });
}
