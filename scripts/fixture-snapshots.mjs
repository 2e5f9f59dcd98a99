// Writes each rule fixture folder's findings.snap.json: every fixture's findings with their full range and message, in
// English and Japanese (test/fixtures.test.ts holds the fixtures to them). Run it after a deliberate change to a rule's
// findings or words, and review the diff: `npm run fixtures:update`. It compiles what it reads first.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), 'validators', 'tsc'], { stdio: 'inherit' });
const { fixtureSnapshot } = createRequire(import.meta.url)(join(root, 'out/test/helpers/fixtures.js'));
const fixtures = join(root, 'test/fixtures/rules');
let changed = 0;
for (const rule of readdirSync(fixtures).sort()) {
  const folder = join(fixtures, rule);
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const snapshot = Object.fromEntries(files.map((file) => [file, fixtureSnapshot(readFileSync(join(folder, file), 'utf8'))]));
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  const path = join(folder, 'findings.snap.json');
  let before = '';
  try {
    before = readFileSync(path, 'utf8');
  } catch {}
  if (before !== text) {
    writeFileSync(path, text);
    changed++;
    console.log(`fixture-snapshots: wrote ${rule}/findings.snap.json`);
  }
}
console.log(`fixture-snapshots: ${changed} folder(s) changed`);
