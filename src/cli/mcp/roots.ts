/**
 * Where the MCP server may read: inside the client's roots (MCP `roots/list`), else inside the working folder. A path is
 * checked as written and again after its links are followed, so that neither `../../etc/passwd` nor a link leading out
 * of the roots is read (SECURITY.md).
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Asks the client for its roots; undefined when it has none to give. */
export type RootsSource = () => Promise<string[] | undefined>;

export type Resolved = { absolute: string } | { outside: true } | { missing: true };

export class Roots {
  private folders: Promise<string[]> | undefined;

  constructor(
    private readonly cwd: string,
    private readonly source: RootsSource,
  ) {}

  /** The client changed its roots: ask again on the next path. */
  changed(): void {
    this.folders = undefined;
  }

  /** The folders, their links followed; the first is where relative paths start. */
  list(): Promise<string[]> {
    this.folders ??= this.source()
      .catch(() => undefined)
      .then((given) => (given?.length ? given : [this.cwd]).map((folder) => realOrSelf(resolve(folder))));
    return this.folders;
  }

  /** `path` (relative to the first root) inside the roots, as written and once its links are followed. */
  async resolve(path: string): Promise<Resolved> {
    const folders = await this.list();
    const absolute = isAbsolute(path) ? resolve(path) : resolve(folders[0]!, path);
    if (!folders.some((folder) => inside(absolute, folder))) return { outside: true };
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return { missing: true };
    }
    return folders.some((folder) => inside(real, folder)) ? { absolute } : { outside: true };
  }

  /** Whether a file found below a root (a folder's strategies) stays inside the roots once its links are followed. */
  async contains(file: string): Promise<boolean> {
    const folders = await this.list();
    return folders.some((folder) => inside(realOrSelf(file), folder));
  }
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

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
