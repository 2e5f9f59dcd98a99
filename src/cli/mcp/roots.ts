/**
 * Where the MCP server may read: inside the client's roots (MCP `roots/list`); inside the working folder only for a
 * client that has no roots to give (no roots capability). A client that has roots but none usable (its answer failed,
 * was empty, or named no `file:` folder) gets no folder at all: every path is refused, and text is linted without any
 * configuration. A path is checked as the client wrote it and again once its links are followed, so that neither
 * `../../etc/passwd` nor a link leading out of the roots is read; errors name the roots as the client gave them.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inside } from '../../node/write-file';
import type { ConfigScope } from '../configs';

/** The client's answer: its root URIs, or `none` when it has no roots capability (the working folder is used). */
export type RootsSource = () => Promise<readonly string[] | 'none'>;

/** A folder the client gave, as it gave it and with its links followed. */
export interface Root {
  given: string;
  real: string;
}

/** The usable roots (the first is where relative paths start), or why there are none. */
export type RootList = { roots: Root[] } | { none: 'failed' | 'empty' | 'notFiles' };

export type Resolved = { absolute: string } | { outside: true } | { missing: true } | { noRoot: 'failed' | 'empty' | 'notFiles' };

export class Roots {
  private folders: Promise<RootList> | undefined;

  constructor(
    private readonly cwd: string,
    private readonly source: RootsSource,
  ) {}

  /** The client changed its roots: ask again on the next path. */
  changed(): void {
    this.folders = undefined;
  }

  list(): Promise<RootList> {
    this.folders ??= this.source().then(
      (uris): RootList => {
        if (uris === 'none') return { roots: [rootOf(this.cwd)] };
        if (uris.length === 0) return { none: 'empty' };
        const folders = rootFolders(uris);
        return folders.length ? { roots: folders.map(rootOf) } : { none: 'notFiles' };
      },
      (): RootList => ({ none: 'failed' }),
    );
    return this.folders;
  }

  /** `path` (relative to the first root) inside the roots as written, and inside them once its links are followed. */
  async resolve(path: string): Promise<Resolved> {
    const list = await this.list();
    if ('none' in list) return { noRoot: list.none };
    const { roots } = list;
    const absolute = isAbsolute(path) ? resolve(path) : resolve(roots[0]!.given, path);
    // As written: inside a root as the client named it, or as it really is (a client may write either).
    if (!roots.some((root) => inside(absolute, root.given) || inside(absolute, root.real))) return { outside: true };
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return { missing: true };
    }
    return roots.some((root) => inside(real, root.real)) ? { absolute } : { outside: true };
  }

  /** Whether a file found below a root (a folder's strategies) stays inside the roots once its links are followed. */
  async contains(file: string): Promise<boolean> {
    const list = await this.list();
    return 'roots' in list && list.roots.some((root) => inside(realOrSelf(file), root.real));
  }

  /**
   * Configuration discovery inside the roots: a file's configuration is looked for up to the root that holds it (text
   * is named in the first root), and one that leads out of every root is not read. With no usable root: none at all.
   */
  async configScope(): Promise<ConfigScope> {
    const list = await this.list();
    if ('none' in list) return { stopAt: () => null, mayRead: () => false };
    const { roots } = list;
    // Paths reach here as `resolve` let them through: inside a root as given or as it really is, as written. The
    // innermost root that holds one stops its discovery (a root inside another stops it at itself).
    const holder = (path: string): Root | undefined =>
      roots.filter((root) => inside(path, root.given) || inside(path, root.real)).sort((a, b) => b.real.length - a.real.length)[0];
    return {
      stopAt: (path) => {
        const root = holder(path);
        if (!root) return null;
        return inside(path, root.given) ? root.given : root.real;
      },
      mayRead: (real) => roots.some((root) => inside(real, root.real)),
    };
  }
}

/** The roots as the client's messages name them: each folder as given. */
export function shownRoots(list: RootList): string {
  return 'roots' in list ? list.roots.map((root) => root.given).join(', ') : '';
}

/** The file paths of `file:` root URIs; other schemes name nothing this server can read. */
export function rootFolders(uris: readonly string[]): string[] {
  return uris.flatMap((uri) => {
    if (!uri.startsWith('file:')) return [];
    try {
      return [fileURLToPath(uri)];
    } catch {
      return [];
    }
  });
}

function rootOf(folder: string): Root {
  const given = resolve(folder);
  return { given, real: realOrSelf(given) };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
