/** A complete strategy that lints clean and is judged ready, and a checked way to vary it in a test. */
import { strict as assert } from 'node:assert';

export const READY = `version: 1
title: Acme Cloud partner strategy FY2027
company: Acme KK

product:
  name: Acme Cloud
  pmf:
    status: achieved
    evidence:
      - Direct win rate 32% over FY2026
  directSalesStory: >-
    Mid-size manufacturers buy it to replace paper shift plans.
  expertise: medium
  enablement: >-
    Two-day partner course.

market:
  targetCompanies: 12000
  segments:
    - id: kansai-smb
      name: SMB manufacturers in Kansai
      status: new
      companies: 4000

economics:
  currency: JPY
  pricing: per-user
  monthlyPrice: 5000
  usersPerAccount: 20
  userGrowthRate: 0.3
  monthlyChurnRate: 0.01
  partnerMargin: 0.2

purposes:
  - type: majority-reach
    segment: kansai-smb

organization:
  executiveSponsor:
    name: Tanaka (CEO)
    understandsLongTerm: true
    budget: approved
    headcount: approved
    priority: high
  owner:
    name: Sato
    dedicated: true
    directSalesQuota: false

partners:
  - name: Kansai OA Systems
    type: local-king
    segments: [kansai-smb]
    customerRelationships: true

kpis:
  - name: Partner-sourced new accounts
    target: 120
    due: 2027-03-31
`;

/** `text` with each `[from, to]` replaced once; fails the test when `from` is not there, so a test never checks a no-op. */
export function edit(text: string, ...replacements: [string | RegExp, string][]): string {
  let result = text;
  for (const [from, to] of replacements) {
    const before = result;
    result = result.replace(from, to);
    assert.notEqual(result, before, `edit(): ${String(from)} not found`);
  }
  return result;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `lineOf(): ${needle} not found`);
  return index + 1;
}

/** The 1-based column where `needle` starts on its line (UTF-16 units). */
export function columnOf(text: string, needle: string): number {
  const line = text.split('\n').find((l) => l.includes(needle));
  assert.ok(line !== undefined, `columnOf(): ${needle} not found`);
  return line.indexOf(needle) + 1;
}
