/** A git repository in a temporary folder, committed to by the test: for --new-since and the GitHub Action. */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from './cli';
import type { CliResult, JsonFile } from './cli';

/** A git repository in a temporary folder, committed to by the test. */
export class Repo {
  readonly root: string;

  constructor(root?: string) {
    this.root = root ?? realpathSync(mkdtempSync(join(tmpdir(), 'partnerlint-git-')));
    if (!root) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.email', 'test@example.com');
      this.git('config', 'user.name', 'Test');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  run(args: readonly string[], cwd = this.root): CliResult {
    return runCli(args, { cwd });
  }

  json<T = JsonFile>(args: readonly string[]): (JsonFile & T)[] {
    const result = this.run([...args, '-f', 'json']);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    return JSON.parse(result.stdout) as (JsonFile & T)[];
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
