/** Every limit is written once (src/core/limits.ts); what restates one elsewhere is held to it here. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { catalogue } from '../../src/core/index';
import { MAX_ALIAS_NODES, MAX_BASELINE_BYTES, MAX_CONFIG_BYTES, MAX_DEPTH, MAX_FILE_BYTES } from '../../src/core/limits';
import { DEFAULT_SETTINGS } from '../../src/server/settings';
import { fromRoot } from '../helpers/paths';

const MiB = 1024 * 1024;

describe('limits, in one place (src/core/limits.ts)', () => {
  it("the extension's setting and the language server default to the CLI's file size limit", () => {
    const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default: unknown }> } };
    };
    assert.equal(manifest.contributes.configuration.properties['partnerlint.maxFileSize']!.default, MAX_FILE_BYTES);
    assert.equal(DEFAULT_SETTINGS.maxFileSize, MAX_FILE_BYTES);
  });

  it('the words and SECURITY.md say the limits the code has', () => {
    for (const locale of ['en', 'ja'] as const) {
      const reason = catalogue(locale).reasons.tooLarge;
      assert.ok(reason.includes(`${MAX_CONFIG_BYTES / MiB} MiB`) && reason.includes(`${MAX_BASELINE_BYTES / MiB} MiB`), reason);
    }
    const security = readFileSync(fromRoot('SECURITY.md'), 'utf8');
    for (const said of [`${MAX_FILE_BYTES / MiB} MiB`, `${MAX_CONFIG_BYTES / MiB} MiB`, `${MAX_DEPTH} levels`, MAX_ALIAS_NODES.toLocaleString('en')]) {
      assert.ok(security.includes(said), `SECURITY.md says ${said}`);
    }
  });
});
