/**
 * What the two launchers (dist/cli.js, dist/server.js) share: turning on Node's compile cache (Node 22.1 and later keep
 * it on the user's machine, in the system's temporary folder) before the bundle is compiled, so that a second start
 * skips compiling it. The launcher is a file of its own because the cache applies only to modules loaded after it is on.
 */
import * as nodeModule from 'node:module';

/** The exports of `bundle`, compiled once per Node version on this machine where Node can cache it. */
export function loadBundle(bundle: string): unknown {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  return require(bundle) as unknown;
}
