/** The configuration of each linted file, found once per folder for one run (nothing outlives the run). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, discoverConfig, loadConfigFile } from '../core/index';
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

export class Configs {
  private readonly found = new Map<string, Promise<ResolvedConfig>>();

  /** `explicit`: --config, used for every file instead of discovery. */
  constructor(
    private readonly cwd: string,
    private readonly explicit: string | undefined,
    private readonly locale: Locale,
  ) {}

  /** The configuration for one file: --config, or discovery up to the repository root. */
  for(absolutePath: string): Promise<ResolvedConfig> {
    const key = this.explicit ? `config:${resolve(this.cwd, this.explicit)}` : `dir:${dirname(absolutePath)}`;
    let config = this.found.get(key);
    if (!config) {
      const read = this.reader();
      config = this.explicit
        ? loadConfigFile(resolve(this.cwd, this.explicit), read, this.locale)
        : discoverConfig(absolutePath, read, { stopAt: repositoryRoot(dirname(absolutePath)), locale: this.locale });
      this.found.set(key, config);
    }
    return config;
  }

  /** Reads configuration files; one that exists but cannot be read (a folder, no permission, not UTF-8) fails the run. */
  private reader(): FileReader {
    return async (path) => {
      try {
        return await readTextFile(path);
      } catch (error) {
        throw new RunError(cliTexts(this.locale).cannotReadConfig(displayPath(path, this.cwd), describeError(error, this.locale)));
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
