/** Which files a run lints: explicit files whatever their name, strategy files found in folders, and globs. */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { escapeRegex, globSource, isSkippedFolder, isStrategyFileName } from '../core/index';

export interface Target {
  absolutePath: string;
  /** Relative to the working directory, with forward slashes (what every output shows). */
  displayPath: string;
}

export interface Expansion {
  targets: Target[];
  /** Patterns that matched nothing. */
  unmatched: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

export function displayPath(absolutePath: string, cwd: string): string {
  // Most paths are below cwd: a slice (both are normalized, as path.resolve gives them), not path.relative's resolves.
  const below = cwd.endsWith(sep) ? cwd : cwd + sep;
  const rel = absolutePath.startsWith(below) ? absolutePath.slice(below.length) : relative(cwd, absolutePath) || '.';
  return rel.split(sep).join('/');
}

export function expandPatterns(patterns: readonly string[], cwd: string): Expansion {
  const found = new Map<string, Target>();
  const unmatched: string[] = [];
  const add = (absolutePath: string): void => {
    if (!found.has(absolutePath)) found.set(absolutePath, { absolutePath, displayPath: displayPath(absolutePath, cwd) });
  };
  for (const pattern of patterns) {
    const before = found.size;
    const absolute = resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    // A path named on the command line that is there but no folder (a file, a FIFO, a link in a loop) is linted, so
    // that reading it says what it is.
    const named = stat ? !stat.isDirectory() : lstatOrUndefined(absolute) !== undefined;
    if (named) add(absolute);
    else if (stat?.isDirectory()) walk(absolute, (file) => isStrategyFileName(file) && add(file));
    else if (GLOB_CHARS.test(pattern)) {
      const { base, regex } = globToRegex(pattern, cwd);
      if (statOrUndefined(base)?.isDirectory()) walk(resolve(base), (file) => regex.test(file.split(sep).join('/')) && add(file));
    }
    if (found.size === before && !named) unmatched.push(pattern);
  }
  const targets = [...found.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { targets, unmatched };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Every entry below `folder` that is not a folder, skipping node_modules and dot-folders: files, and also FIFOs, sockets
 * and links that lead nowhere or in a loop, so that one with a strategy's name is reported rather than passed over.
 * Linked folders are not followed: no cycles.
 */
function walk(folder: string, visit: (file: string) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  // `folder` is already normalized and a name holds no separator: path.join's normalizing would find nothing to do.
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  for (const entry of entries) {
    const path = prefix + entry.name;
    if (entry.isDirectory()) {
      if (isSkippedFolder(entry.name)) continue;
      walk(path, visit);
    } else if (!(entry.isSymbolicLink() && statOrUndefined(path)?.isDirectory())) visit(path);
  }
}

/** A glob as a regular expression over absolute '/'-separated paths, and the folder to walk. */
export function globToRegex(pattern: string, cwd: string): { base: string; regex: RegExp } {
  const absolute = (isAbsolute(pattern) ? pattern : join(cwd, pattern)).split(sep).join('/');
  const parts = absolute.split('/');
  const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
  const base = parts.slice(0, firstGlob).join('/') || '/';
  const prefix = base === '/' ? '' : escapeRegex(base);
  return { base, regex: new RegExp(`^${prefix}/${globSource(parts.slice(firstGlob).join('/'))}$`) };
}
