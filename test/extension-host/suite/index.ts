/**
 * The extension-host test suite: loaded by VS Code (code-server here, or @vscode/test-electron where VS Code can be
 * downloaded) inside the real extension host, with the real `vscode` API. Exports run() as both hosts expect.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.PARTNERLINT_HOST_GREP;
  if (grep) mocha.grep(grep);
  // The restricted-mode suite runs alone, in a host with workspace trust on (PARTNERLINT_HOST_SUITE=restricted).
  const restricted = process.env.PARTNERLINT_HOST_SUITE === 'restricted';
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.host-test.js'))
    .sort()) {
    if ((file === 'restricted.host-test.js') === restricted) mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
