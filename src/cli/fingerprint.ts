/** Fingerprints from the finding's identity (file, rule id, location key), never its line, so an alert survives edits. */
import { createHash } from 'node:crypto';
import { identityOf } from '../core/index';
import type { Finding, LintResult } from '../core/index';

export function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * One stable hash per finding of a file. Two findings with the same identity (two unused directives at the top) are told
 * apart by their order among such findings, which does not change when unrelated lines move.
 */
export function fingerprints(fileKey: string, result: Pick<LintResult, 'data'>, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const { ruleId, location } = identityOf(result, finding);
    const key = `${ruleId}\0${location}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return hashOf(fileKey, key, String(occurrence));
  });
}
