// The suite entry that the test host loads in the extension host: exports run(), resolving when all tests pass.
const path = require('path');

// mocha comes from the repo's own node_modules, by absolute path (the extension host has no node_modules of its own).
const repoRoot = path.resolve(__dirname, '../../..');
const mochaModule = require(path.join(repoRoot, 'node_modules/mocha'));
const Mocha = mochaModule.default ?? mochaModule;

async function run() {
  const vscode = require('vscode');
  if (vscode.workspace.getConfiguration('hostFixture').get('hangOnPurpose')) {
    console.log('hostFixture.hangOnPurpose is set: this suite never finishes');
    await new Promise(() => {});
  }
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'tests/fixture.test.js'));
  const failures = await new Promise((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      reject(error);
    }
  });
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}

module.exports = { run };
