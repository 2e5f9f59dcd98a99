import { join } from 'node:path';

/** The repository root, from out/test/helpers (compiled) or test/helpers. */
export const repoRoot = join(__dirname, __dirname.includes(`${join('out', 'test')}`) ? '../../..' : '../..');

export function fromRoot(...parts: string[]): string {
  return join(repoRoot, ...parts);
}
