/** The lifetime value of one account, exactly as docs/reference/readiness.md defines it. */
import { at, isFiniteNumber, own } from './data';
import type { LtvFigures, Thresholds } from './types';
import { isPlaceholder } from './placeholder';

export interface LtvInputs {
  monthlyRevenue: number;
  monthlyChurnRate: number;
  userGrowthRate: number;
  horizonMonths: number;
  /** Added once, at the start; 0 when absent. */
  oneTimeRevenue?: number;
}

/** The monthly churn that loses as many accounts over a year as `annual` does: 1 − (1 − annual)^(1/12). */
export function monthlyFromAnnualChurn(annual: number): number {
  return 1 - (1 - annual) ** (1 / 12);
}

/** oneTimeRevenue + Σ over months m = 0 … H−1 of revenue × (1 + growth)^(m/12) × (1 − churn)^m, with each month's running total. */
export function cumulativeRevenue(inputs: LtvInputs): number[] {
  const totals: number[] = [];
  let total = inputs.oneTimeRevenue ?? 0;
  for (let m = 0; m < inputs.horizonMonths; m++) {
    total += inputs.monthlyRevenue * (1 + inputs.userGrowthRate) ** (m / 12) * (1 - inputs.monthlyChurnRate) ** m;
    totals.push(total);
  }
  return totals;
}

export function lifetimeValue(inputs: LtvInputs): number {
  return cumulativeRevenue(inputs).at(-1) ?? 0;
}

const isRate = (value: unknown): value is number => isFiniteNumber(value) && value >= 0 && value <= 1;

/**
 * The LTV figures of a strategy, or null when its economics are incomplete or malformed (the schema, or rule
 * ltv-not-judged, says which): pricing, a positive price, users for per-user pricing, and exactly one churn rate
 * between 0 and 1. The threshold is null when the currency has none, or is a placeholder.
 */
export function strategyLtv(data: unknown, thresholds: Thresholds): LtvFigures | null {
  const economics = at(data, 'economics');
  const pricing = at(economics, 'pricing');
  const price = at(economics, 'monthlyPrice');
  const monthlyChurn = at(economics, 'monthlyChurnRate');
  const annualChurn = at(economics, 'annualChurnRate');
  const growth = at(economics, 'userGrowthRate') ?? 0;
  const oneTime = at(economics, 'oneTimeRevenue') ?? 0;
  const currency = at(economics, 'currency') ?? 'JPY';
  const margin = at(economics, 'partnerMargin');
  if (!isFiniteNumber(price) || price <= 0) return null;
  if (monthlyChurn !== undefined && annualChurn !== undefined) return null;
  if (!(monthlyChurn === undefined ? isRate(annualChurn) : isRate(monthlyChurn))) return null;
  if (!isFiniteNumber(growth) || growth < 0) return null;
  if (!isFiniteNumber(oneTime) || oneTime < 0) return null;
  if (typeof currency !== 'string') return null;
  let usersPerAccount: number | null = null;
  if (pricing === 'per-user') {
    const users = at(economics, 'usersPerAccount');
    if (!isFiniteNumber(users) || users <= 0) return null;
    usersPerAccount = users;
  } else if (pricing !== 'per-account') return null;
  const monthlyRevenue = usersPerAccount === null ? price : price * usersPerAccount;
  const churn = isRate(monthlyChurn) ? monthlyChurn : monthlyFromAnnualChurn(annualChurn as number);
  const inputs = { monthlyRevenue, monthlyChurnRate: churn, userGrowthRate: growth, horizonMonths: thresholds.ltvHorizonMonths, oneTimeRevenue: oneTime };
  const cumulative = cumulativeRevenue(inputs);
  const ltv = cumulative.at(-1) ?? 0;
  const threshold = isPlaceholder(currency) ? undefined : own(thresholds.minLtv, currency);
  return {
    ...inputs,
    annualChurnRate: isRate(monthlyChurn) ? null : (annualChurn as number),
    currency,
    pricing,
    monthlyPrice: price,
    usersPerAccount,
    ltv,
    threshold: threshold ?? null,
    partnerShare: isFiniteNumber(margin) && margin >= 0 && margin <= 1 ? ltv * margin : null,
    cumulative,
  };
}
