/** Fingerprints from the finding's identity (file, rule id, location key), never its line, so an alert survives edits. */
import { identityOf } from '../core/index';
import type { Finding, LintResult } from '../core/index';

/** SHA-256 of the parts. node:crypto is loaded on first use: it costs a few ms at start, and most runs hash nothing. */
export function hashOf(...parts: string[]): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
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
