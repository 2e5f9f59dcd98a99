/** Which files are partner strategies (format.md). */
const STRATEGY_FILE = /(^|[/\\])(partner-strategy|[^/\\]+\.partner-strategy)\.ya?ml$/;

export function isStrategyFileName(path: string): boolean {
  return STRATEGY_FILE.test(path);
}
