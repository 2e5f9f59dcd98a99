import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { cumulativeRevenue, lifetimeValue, monthlyFromAnnualChurn, strategyLtv } from '../../src/core/ltv';
import { DEFAULT_THRESHOLDS, mergeConfig } from '../../src/core/config';
import type { Thresholds } from '../../src/core/config';

const defaults: Thresholds = mergeConfig([]).thresholds;

function close(actual: number, expected: number, tolerance = 1e-6): void {
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${actual} is not ≈ ${expected}`);
}

/** docs/reference/readiness.md's sum, written out independently of the implementation. */
function reference(revenue: number, churn: number, growth: number, horizon: number): number {
  let sum = 0;
  for (let m = 0; m <= horizon - 1; m++) sum += revenue * (1 + growth) ** (m / 12) * (1 - churn) ** m;
  return sum;
}

describe('ltv: lifetimeValue (docs/reference/readiness.md)', () => {
  it('¥30,000 a month, 2 % churn, no growth, 60 months: ≈ ¥1,053,700', () => {
    const ltv = lifetimeValue({ monthlyRevenue: 30_000, monthlyChurnRate: 0.02, userGrowthRate: 0, horizonMonths: 60 });
    close(ltv, (30_000 * (1 - 0.98 ** 60)) / 0.02, 1e-9);
    assert.ok(Math.abs(ltv - 1_053_700) < 100, String(ltv));
    assert.ok(ltv < DEFAULT_THRESHOLDS.minLtv.JPY!, 'below the JPY threshold: the rule fires');
  });

  it('¥5,000 per user × 20 users, +30 % a year, 1 % churn: ≈ ¥8.7 million', () => {
    const ltv = lifetimeValue({ monthlyRevenue: 5_000 * 20, monthlyChurnRate: 0.01, userGrowthRate: 0.3, horizonMonths: 60 });
    close(ltv, reference(100_000, 0.01, 0.3, 60));
    assert.ok(ltv > 8_650_000 && ltv < 8_750_000, String(ltv));
    assert.ok(ltv >= DEFAULT_THRESHOLDS.minLtv.JPY!, 'above the JPY threshold: the rule is silent');
  });

  it('growth is yearly, compounded per month as (1 + g)^(m/12)', () => {
    const cumulative = cumulativeRevenue({ monthlyRevenue: 100, monthlyChurnRate: 0, userGrowthRate: 1, horizonMonths: 13 });
    close(cumulative[0]!, 100);
    close(cumulative[12]! - cumulative[11]!, 200, 1e-12);
    close(cumulative[6]! - cumulative[5]!, 100 * Math.SQRT2, 1e-12);
  });

  it('churn 0 and no growth: revenue × horizon', () => {
    assert.equal(lifetimeValue({ monthlyRevenue: 1_000, monthlyChurnRate: 0, userGrowthRate: 0, horizonMonths: 60 }), 60_000);
  });

  it('churn 1: only month 0 counts', () => {
    assert.equal(lifetimeValue({ monthlyRevenue: 1_000, monthlyChurnRate: 1, userGrowthRate: 0.5, horizonMonths: 60 }), 1_000);
  });

  it('horizon 1: one month of revenue', () => {
    assert.equal(lifetimeValue({ monthlyRevenue: 777, monthlyChurnRate: 0.2, userGrowthRate: 0.3, horizonMonths: 1 }), 777);
  });

  it('horizon 0: nothing', () => {
    assert.equal(lifetimeValue({ monthlyRevenue: 777, monthlyChurnRate: 0.2, userGrowthRate: 0, horizonMonths: 0 }), 0);
    assert.deepEqual(cumulativeRevenue({ monthlyRevenue: 777, monthlyChurnRate: 0.2, userGrowthRate: 0, horizonMonths: 0 }), []);
  });

  it('agrees with the written-out sum for any inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 240 }),
        (revenue, churn, growth, horizon) => {
          close(
            lifetimeValue({ monthlyRevenue: revenue, monthlyChurnRate: churn, userGrowthRate: growth, horizonMonths: horizon }),
            reference(revenue, churn, growth, horizon),
            1e-9,
          );
        },
      ),
    );
  });
});

describe('ltv: cumulativeRevenue', () => {
  it('has one running total per month, non-decreasing, ending at the LTV (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 600 }),
        (monthlyRevenue, monthlyChurnRate, userGrowthRate, horizonMonths) => {
          const inputs = { monthlyRevenue, monthlyChurnRate, userGrowthRate, horizonMonths };
          const cumulative = cumulativeRevenue(inputs);
          assert.equal(cumulative.length, horizonMonths);
          assert.equal(cumulative[0], monthlyRevenue, 'month 0 is a full month of revenue');
          for (let m = 1; m < cumulative.length; m++) assert.ok(cumulative[m]! >= cumulative[m - 1]!, `month ${m} decreased`);
          assert.equal(cumulative.at(-1), lifetimeValue(inputs));
        },
      ),
    );
  });

  it('levels off with churn: the LTV is bounded by revenue / churn when there is no growth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), fc.integer({ min: 1, max: 600 }), (churn, horizon) => {
        assert.ok(lifetimeValue({ monthlyRevenue: 100, monthlyChurnRate: churn, userGrowthRate: 0, horizonMonths: horizon }) <= 100 / churn + 1e-6);
      }),
    );
  });
});

describe('ltv: strategyLtv', () => {
  const economics = (fields: Record<string, unknown>): unknown => ({ economics: fields });
  const perAccount = { pricing: 'per-account', monthlyPrice: 30_000, monthlyChurnRate: 0.02 };
  const perUser = { currency: 'JPY', pricing: 'per-user', monthlyPrice: 5_000, usersPerAccount: 20, userGrowthRate: 0.3, monthlyChurnRate: 0.01 };

  it('computes the per-account example with the defaults', () => {
    const ltv = strategyLtv(economics(perAccount), defaults);
    assert.ok(ltv);
    assert.equal(ltv.currency, 'JPY', 'JPY is the default currency');
    assert.equal(ltv.monthlyRevenue, 30_000);
    assert.equal(ltv.monthlyChurnRate, 0.02);
    assert.equal(ltv.userGrowthRate, 0, 'no growth by default');
    assert.equal(ltv.horizonMonths, 60);
    assert.equal(ltv.threshold, 3_000_000);
    assert.equal(ltv.partnerShare, null, 'no partnerMargin, no share');
    assert.equal(ltv.cumulative.length, 60);
    assert.ok(Math.abs(ltv.ltv - 1_053_700) < 100);
    assert.equal(ltv.cumulative.at(-1), ltv.ltv);
  });

  it('multiplies the per-user price by usersPerAccount', () => {
    const ltv = strategyLtv(economics(perUser), defaults);
    assert.equal(ltv?.monthlyRevenue, 100_000);
    assert.ok(ltv && ltv.ltv > 8_650_000 && ltv.ltv < 8_750_000);
  });

  it("gives the partner's share of the LTV from partnerMargin", () => {
    const ltv = strategyLtv(economics({ ...perUser, partnerMargin: 0.2 }), defaults);
    assert.ok(ltv?.partnerShare !== null && ltv?.partnerShare !== undefined);
    close(ltv.partnerShare, ltv.ltv * 0.2, 1e-12);
    assert.equal(strategyLtv(economics({ ...perUser, partnerMargin: 0 }), defaults)?.partnerShare, 0);
    assert.equal(strategyLtv(economics({ ...perUser, partnerMargin: 1.5 }), defaults)?.partnerShare, null, 'an impossible margin gives no share');
    assert.equal(strategyLtv(economics({ ...perUser, partnerMargin: '20%' }), defaults)?.partnerShare, null);
  });

  it('uses the configured horizon and thresholds', () => {
    const thresholds = mergeConfig([{ thresholds: { ltvHorizonMonths: 1, minLtv: { JPY: 10 } } }]).thresholds;
    const ltv = strategyLtv(economics(perAccount), thresholds);
    assert.equal(ltv?.ltv, 30_000);
    assert.equal(ltv?.horizonMonths, 1);
    assert.deepEqual(ltv?.cumulative, [30_000]);
    assert.equal(ltv?.threshold, 10);
  });

  it('has a threshold of null for a currency without one', () => {
    const ltv = strategyLtv(economics({ ...perAccount, currency: 'ARS' }), defaults);
    assert.equal(ltv?.currency, 'ARS');
    assert.equal(ltv?.threshold, null);
    assert.equal(strategyLtv(economics({ ...perAccount, currency: 'GBP' }), defaults)?.threshold, 16_000);
    assert.equal(strategyLtv(economics({ ...perAccount, currency: 'TBD' }), defaults)?.threshold, null, 'a placeholder currency is not judged');
    assert.equal(strategyLtv(economics({ ...perAccount, currency: 'USD' }), defaults)?.threshold, 20_000);
    assert.equal(strategyLtv(economics({ ...perAccount, currency: 'EUR' }), defaults)?.threshold, 18_000);
  });

  it('converts an annual churn to the monthly churn that loses as many accounts in a year (docs/reference/readiness.md, rules v2)', () => {
    close(monthlyFromAnnualChurn(0), 0);
    close(monthlyFromAnnualChurn(1), 1);
    close(1 - (1 - monthlyFromAnnualChurn(0.2)) ** 12, 0.2, 1e-12);
    const annual = strategyLtv(economics({ pricing: 'per-account', monthlyPrice: 30_000, annualChurnRate: 0.2 }), defaults)!;
    close(annual.monthlyChurnRate, 1 - 0.8 ** (1 / 12));
    assert.equal(annual.annualChurnRate, 0.2);
    close(annual.ltv, reference(30_000, 1 - 0.8 ** (1 / 12), 0, 60), 1e-6);
    assert.equal(strategyLtv(economics({ pricing: 'per-account', monthlyPrice: 30_000, monthlyChurnRate: 0.02 }), defaults)!.annualChurnRate, null);
    assert.equal(
      strategyLtv(economics({ pricing: 'per-account', monthlyPrice: 30_000, monthlyChurnRate: 0.02, annualChurnRate: 0.2 }), defaults),
      null,
      'both: the schema says which to keep',
    );
    assert.equal(strategyLtv(economics({ pricing: 'per-account', monthlyPrice: 30_000 }), defaults), null, 'no churn: ltv-not-judged says so');
  });

  it('adds the one-time revenue once, at the start of the series', () => {
    const base = strategyLtv(economics({ pricing: 'per-account', monthlyPrice: 30_000, monthlyChurnRate: 0.02 }), defaults)!;
    const withHardware = strategyLtv(economics({ pricing: 'per-account', monthlyPrice: 30_000, monthlyChurnRate: 0.02, oneTimeRevenue: 400_000 }), defaults)!;
    close(withHardware.ltv, base.ltv + 400_000);
    close(withHardware.cumulative[0]!, 30_000 + 400_000);
    assert.equal(withHardware.oneTimeRevenue, 400_000);
    assert.equal(base.oneTimeRevenue, 0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (oneTime) => {
        const ltv = strategyLtv(economics({ pricing: 'per-account', monthlyPrice: 30_000, monthlyChurnRate: 0.02, oneTimeRevenue: oneTime }), defaults)!;
        close(ltv.ltv - base.ltv, oneTime, 1e-6 * Math.max(1, oneTime));
      }),
    );
  });

  it('accepts the edge churn rates 0 and 1', () => {
    assert.equal(strategyLtv(economics({ ...perAccount, monthlyChurnRate: 0 }), defaults)?.ltv, 30_000 * 60);
    assert.equal(strategyLtv(economics({ ...perAccount, monthlyChurnRate: 1 }), defaults)?.ltv, 30_000);
  });

  const incomplete: [string, unknown][] = [
    ['no document', undefined],
    ['a document that is a list', [perAccount]],
    ['no economics', { version: 1 }],
    ['economics that is a list', { economics: [perAccount] }],
    ['no pricing', economics({ monthlyPrice: 30_000, monthlyChurnRate: 0.02 })],
    ['an unknown pricing', economics({ ...perAccount, pricing: 'per-seat' })],
    ['no price', economics({ pricing: 'per-account', monthlyChurnRate: 0.02 })],
    ['a price of 0', economics({ ...perAccount, monthlyPrice: 0 })],
    ['a negative price', economics({ ...perAccount, monthlyPrice: -1 })],
    ['a price that is text', economics({ ...perAccount, monthlyPrice: '30000' })],
    ['an infinite price', economics({ ...perAccount, monthlyPrice: Infinity })],
    ['a NaN price', economics({ ...perAccount, monthlyPrice: NaN })],
    ['no churn', economics({ pricing: 'per-account', monthlyPrice: 30_000 })],
    ['a churn above 1', economics({ ...perAccount, monthlyChurnRate: 1.5 })],
    ['a negative churn', economics({ ...perAccount, monthlyChurnRate: -0.01 })],
    ['a churn that is text', economics({ ...perAccount, monthlyChurnRate: '2%' })],
    ['a negative growth', economics({ ...perAccount, userGrowthRate: -0.1 })],
    ['a growth that is text', economics({ ...perAccount, userGrowthRate: 'fast' })],
    ['a currency that is not text', economics({ ...perAccount, currency: 392 })],
    ['per-user without usersPerAccount', economics({ ...perUser, usersPerAccount: undefined })],
    ['per-user with 0 users', economics({ ...perUser, usersPerAccount: 0 })],
    ['per-user with users as text', economics({ ...perUser, usersPerAccount: 'twenty' })],
  ];
  for (const [name, data] of incomplete) {
    it(`is null for ${name}`, () => {
      assert.equal(strategyLtv(data, defaults), null);
    });
  }
});
