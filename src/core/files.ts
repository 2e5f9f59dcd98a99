/** Which files are partner strategies (docs/reference/format.md), and globs over '/'-separated paths. */
const STRATEGY_FILE = /(^|[/\\])(partner-strategy|[^/\\]+\.partner-strategy)\.ya?ml$/;

export function isStrategyFileName(path: string): boolean {
  return STRATEGY_FILE.test(path);
}

/** A folder that no search for strategy files enters (the CLI's, the server's, the editor's): node_modules, dot-folders. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Whether a file is a strategy: by its name, or by one of the `extraFiles` globs over its path relative to its workspace
 * folder (`relativePath`; the whole path for a file outside any folder).
 */
export function isStrategyFile(path: string, relativePath: string, extraFiles: readonly string[]): boolean {
  return isStrategyFileName(path) || extraFiles.some((glob) => matchesGlob(relativePath, glob));
}

/**
 * A glob (`*`, `**`, `?`, `{a,b}`, with wildcards inside the braces too) as the source of a regular expression over a
 * '/'-separated path. As in a shell, a wildcard at the start of a name does not match a leading dot (`*.yaml` skips
 * `.partnerlint.yaml`). `atNameStart`: whether the glob begins a name (false for the alternatives of a brace mid-name).
 */
export function globSource(glob: string, atNameStart = true): string {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const startsName = i === 0 ? atNameStart : glob[i - 1] === '/';
    const noDot = startsName ? '(?!\\.)' : '';
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : `${noDot}.*`;
      i += slash ? 2 : 1;
    } else if (c === '*') source += `${noDot}[^/]*`;
    else if (c === '?') source += `${noDot}[^/]`;
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) source += '\\{';
      else {
        source += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((alternative) => globSource(alternative, startsName))
          .join('|')})`;
        i = end;
      }
    } else source += escapeRegex(c);
  }
  return source;
}

/** Whether the whole of `path` matches `glob`. */
export function matchesGlob(path: string, glob: string): boolean {
  return new RegExp(`^${globSource(glob)}$`).test(path);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
