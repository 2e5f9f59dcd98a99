/** The configuration of each linted file, found once per folder for one run (nothing outlives the run). */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, discoverConfig, loadConfigFile, mergeConfig } from '../core/index';
import type { FileReader, Locale, ResolvedConfig } from '../core/index';
import { displayPath } from './files';
import { describeError, readTextFile } from './read';
import { cliTexts } from './texts';

/** The run itself failed for a reason the user can act on (a configuration that cannot be read): one line, exit 2. */
export class RunError extends Error {}

/** What a configuration error says, with its file and line relative to the working folder; undefined for others. */
export function describeConfigError(error: unknown, cwd: string): string | undefined {
  if (error instanceof ConfigError) return `${displayPath(error.file, cwd)}:${error.position.line}:${error.position.column}: ${error.message}`;
  if (error instanceof RunError) return `partnerlint: ${error.message}`;
  return undefined;
}

/**
 * Where discovery may look, when a caller confines it (the MCP server, to the client's roots): `stopAt` gives the
 * folder above which no configuration of a file is looked for, or null for none at all (defaults only); `mayRead`
 * whether a configuration found there, its links followed, may be read. Without one, discovery stops at the repository.
 */
export interface ConfigScope {
  stopAt: (absolutePath: string) => string | null;
  mayRead: (realPath: string) => boolean;
}

export class Configs {
  private readonly found = new Map<string, Promise<ResolvedConfig>>();

  /** `explicit`: --config, used for every file instead of discovery. */
  constructor(
    private readonly cwd: string,
    private readonly explicit: string | undefined,
    private readonly locale: Locale,
    private readonly scope?: ConfigScope,
  ) {}

  /** The configuration for one file: --config, or discovery up to the repository root (or the scope's limit). */
  for(absolutePath: string): Promise<ResolvedConfig> {
    const key = this.explicit ? `config:${resolve(this.cwd, this.explicit)}` : `dir:${dirname(absolutePath)}`;
    let config = this.found.get(key);
    if (!config) {
      const read = this.reader();
      const stopAt = this.scope ? this.scope.stopAt(absolutePath) : repositoryRoot(dirname(absolutePath));
      config = this.explicit
        ? loadConfigFile(resolve(this.cwd, this.explicit), this.reader(false), this.locale)
        : stopAt === null
          ? Promise.resolve(mergeConfig([]))
          : discoverConfig(absolutePath, read, { stopAt, locale: this.locale });
      this.found.set(key, config);
    }
    return config;
  }

  /**
   * Reads configuration files; one that exists but cannot be read (a folder, no permission, not UTF-8) fails the run,
   * and so does one that the scope does not allow once its links are followed (it is never opened).
   */
  private reader(scoped = true): FileReader {
    return async (path) => {
      const texts = cliTexts(this.locale);
      if (scoped && this.scope) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch {
          return undefined;
        }
        if (!this.scope.mayRead(real)) throw new RunError(texts.configOutsideScope(displayPath(path, this.cwd)));
      }
      try {
        return await readTextFile(path);
      } catch (error) {
        throw new RunError(texts.cannotReadConfig(displayPath(path, this.cwd), describeError(error, this.locale)));
      }
    };
  }
}

/** The nearest folder at or above `folder` that holds `.git`. */
export function repositoryRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}
