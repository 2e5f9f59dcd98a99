/**
 * Starting a bundle fast. Node 20 has no compile cache, and compiling the CLI on every start (and the parts of `yaml` and
 * the rules a run first calls) is a third of a short run. So the build runs each bundle once and keeps V8's code cache
 * of it, taken after the run so that it holds the functions a run uses, beside the bundle (`scripts/code-cache.cjs`).
 * A cache is named for the V8 and the processor that made it; V8 checks it again (version, flags, source length) and
 * compiles from the source whenever it does not fit. With no cache for this V8: Node's own compile cache where Node has
 * one (22.1 and later), then a plain `require`.
 *
 * Only the two launchers (dist/cli.js, dist/server.js) and the build use this module.
 */
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** Where the code cache of `bundle` for this V8 and processor is kept. */
export function codeCachePath(bundle: string): string {
  return `${bundle}.${process.versions.v8}-${process.arch}.cache`;
}

/**
 * `bundle` compiled as a CommonJS module would be, with V8's code cache `cachedData` if given. V8 checksums a cache it
 * makes, and checks one it is given, only with this flag on (its cost is not measurable here); without it, a cache with
 * a flipped byte crashes the process. The flag is part of what a cache must match, so the build sets it too.
 */
export function compileBundle(bundle: string, cachedData?: Buffer): Script {
  setFlagsFromString('--verify-snapshot-checksum');
  // A `#!` line is valid only at the very start of a script, which the module wrapper is not.
  const source = readFileSync(bundle, 'utf8').replace(/^#!/, '//');
  return new Script(nodeModule.wrap(source), { filename: bundle, cachedData });
}

/** Runs a compiled bundle as the module `bundle` and returns its exports. */
export function runBundle(script: Script, bundle: string): unknown {
  const module = { exports: {}, id: bundle, filename: bundle, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, nodeModule.createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return module.exports;
}

/** The exports of `bundle`, loaded the fastest way this Node allows. */
export function loadBundle(bundle: string): unknown {
  let cachedData: Buffer;
  try {
    cachedData = readFileSync(codeCachePath(bundle));
  } catch {
    (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
    return require(bundle) as unknown;
  }
  return runBundle(compileBundle(bundle, cachedData), bundle);
}
