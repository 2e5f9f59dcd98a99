// The strategies the benchmarks measure, generated deterministically from a sample (shared by bench.mjs and bench-server.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sample = readFileSync(join(root, 'samples/acme-cloud.partner-strategy.yaml'), 'utf8');

/** A strategy with `count` partners (about 126 bytes each). */
export function withPartners(count) {
  const partners = Array.from(
    { length: count },
    (_, i) => `  - name: Partner ${i}\n    type: reseller\n    segments: [kansai-smb]\n    customerRelationships: true\n    regions: [Osaka, Kyoto]\n`,
  ).join('');
  return sample.replace(/partners:\n[\s\S]*?\nkpis:/, `partners:\n${partners}\nkpis:`);
}
