/** Fingerprints from the rule and the YAML path, not the line, so that an alert survives edits above it. */
import { createHash } from 'node:crypto';
import type { Finding } from '../core/index';

export function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * One stable hash per finding of a file. Two findings with the same rule and path (e.g. two unused directives at the
 * top) are told apart by their order among such findings, which does not change when unrelated lines move.
 */
export function fingerprints(filePath: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.ruleId}\0${JSON.stringify(finding.path)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return hashOf(filePath, key, String(occurrence));
  });
}
