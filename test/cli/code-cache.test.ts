/**
 * The launchers' code cache (src/launch/code-cache.ts): the build's caches fit this Node, and a cache that does not
 * fit (damaged, of another bundle, missing) changes nothing but the speed. The CLI is run as a process from a copy of
 * dist/ in which the test puts what cache it likes.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { codeCachePath, compileBundle } from '../../src/launch/code-cache';
import { fromRoot } from '../helpers/paths';
import { spawnSync } from 'node:child_process';
import { cleanEnv } from '../helpers/cli';

const BUNDLES = ['dist/cli-main.js', 'dist/server-main.js'];

describe('the launchers start from V8’s code cache of their bundle', function () {
  this.timeout(60_000);

  for (const bundle of BUNDLES) {
    it(`the build made a cache of ${bundle} for this Node, which V8 accepts`, () => {
      const path = fromRoot(bundle);
      const cache = codeCachePath(path);
      assert.ok(existsSync(cache), cache);
      const script = compileBundle(path, readFileSync(cache));
      assert.equal(script.cachedDataRejected, false);
    });
  }

  describe('a cache that does not fit changes nothing but the speed', () => {
    let copy: string;
    const sample = fromRoot('samples/acme-cloud.partner-strategy.yaml');
    const run = (): { status: number | null; stdout: string; stderr: string } => {
      const child = spawnSync(process.execPath, [join(copy, 'cli.js'), sample, '-f', 'json'], { env: cleanEnv(), encoding: 'utf8', timeout: 30_000 });
      return { status: child.status, stdout: child.stdout, stderr: child.stderr };
    };
    let expected: ReturnType<typeof run>;
    before(() => {
      copy = mkdtempSync(join(tmpdir(), 'partnerlint-code-cache-'));
      for (const name of ['cli.js', 'cli-main.js']) copyFileSync(fromRoot('dist', name), join(copy, name));
      copyFileSync(codeCachePath(fromRoot('dist/cli-main.js')), codeCachePath(join(copy, 'cli-main.js')));
      expected = run();
      assert.equal(expected.status, 0, expected.stderr);
      assert.match(expected.stdout, /"readiness"/);
    });
    after(() => rmSync(copy, { recursive: true, force: true }));

    it('no cache at all: the bundle is required as it is', () => {
      rmSync(codeCachePath(join(copy, 'cli-main.js')));
      assert.deepEqual(run(), expected);
    });

    it('the cache of another bundle: V8 rejects it and compiles the source', () => {
      const other = fromRoot('dist/server-main.js');
      writeFileSync(codeCachePath(join(copy, 'cli-main.js')), readFileSync(codeCachePath(other)));
      assert.equal(compileBundle(join(copy, 'cli-main.js'), readFileSync(codeCachePath(other))).cachedDataRejected, true);
      assert.deepEqual(run(), expected);
    });

    it('a damaged cache (bytes flipped, cut short, or none at all): the same report, no crash', () => {
      const good = readFileSync(codeCachePath(fromRoot('dist/cli-main.js')));
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.nat(good.length - 1).map((at) => good.subarray(0, at)), fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })).map(([at, bits]) => {
          const flipped = Buffer.from(good);
          flipped[at]! ^= bits;
          return flipped;
        })), (bytes) => {
          writeFileSync(codeCachePath(join(copy, 'cli-main.js')), bytes);
          assert.deepEqual(run(), expected);
        }),
        { numRuns: 12 },
      );
    });
  });
});
