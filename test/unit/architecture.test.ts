import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fromRoot } from '../helpers/paths';

/** Every .ts file under `folder`, as absolute paths. */
function sources(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The text without comments, so that prose about `process` or `fs` does not count. String contents stay. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every module specifier the file imports, exports from, requires or imports dynamically. */
function specifiers(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

const FORBIDDEN_IN_CORE = new Set(['vscode', 'fs', 'path', 'process', 'os', 'child_process', ...builtinModules]);

function isForbiddenInCore(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  const root = specifier.split('/')[0]!;
  return FORBIDDEN_IN_CORE.has(root) || FORBIDDEN_IN_CORE.has(specifier);
}

/** Whether the relative `specifier` of `file` lands inside `folder`. */
function landsIn(file: string, specifier: string, folder: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(file), specifier);
  return target === folder || target.startsWith(folder + sep);
}

const core = fromRoot('src/core');
const cli = fromRoot('src/cli');
const extension = fromRoot('src/extension');
const rel = (file: string): string => relative(fromRoot('.'), file);

describe('architecture', () => {
  describe('the import scanner itself', () => {
    it('finds every form of import', () => {
      const text = [
        "import { a } from './a';",
        'import type { B } from "../b";',
        "import * as c from 'node:fs';",
        "import 'side-effect';",
        "export { d } from './d';",
        "export * from './e';",
        "const f = require('fs');",
        "const g = await import('vscode');",
        "import {\n  h,\n  i,\n} from './multi';",
        '// import { x } from "commented-out";',
        '/* require("also-commented") */',
      ].join('\n');
      assert.deepEqual(specifiers(text).sort(), ['../b', './a', './d', './e', './multi', 'fs', 'node:fs', 'side-effect', 'vscode'].sort());
    });

    it('tells forbidden modules from allowed ones', () => {
      for (const s of ['node:fs', 'fs', 'fs/promises', 'path', 'process', 'vscode', 'os', 'child_process', 'util']) assert.ok(isForbiddenInCore(s), s);
      for (const s of ['yaml', 'ajv', 'ajv/dist/runtime/ucs2length', './positions', '../types']) assert.ok(!isForbiddenInCore(s), s);
    });

    it('keeps URLs in strings while dropping comments', () => {
      assert.match(withoutComments("const u = 'https://example.com'; // note"), /https:\/\/example\.com/);
      assert.doesNotMatch(withoutComments('const u = 1; // process.env'), /process/);
    });
  });

  describe('src/core is pure', () => {
    const files = sources(core);

    it('has source files to check', () => {
      assert.ok(files.length > 20, `${files.length} files`);
    });

    it('imports no Node built-in, vscode, fs, path or process', () => {
      const offences = files.flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter(isForbiddenInCore)
          .map((s) => `${rel(file)}: ${s}`),
      );
      assert.deepEqual(offences, []);
    });

    it('never touches the `process` global', () => {
      const offences = files
        .filter((file) => /\bprocess\s*\.|\bprocess\s*\[|\bglobalThis\s*\.\s*process\b/.test(withoutComments(readFileSync(file, 'utf8'))))
        .map(rel);
      assert.deepEqual(offences, []);
    });

    it('never requires anything but its runtime dependencies', () => {
      const allowed = /^(\.|yaml$|ajv(\/|$))/;
      const offences = files.flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((s) => !allowed.test(s))
          .map((s) => `${rel(file)}: ${s}`),
      );
      assert.deepEqual(offences, []);
    });

    it('imports nothing from src/cli or src/extension', () => {
      const offences = files.flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((s) => landsIn(file, s, cli) || landsIn(file, s, extension) || (!s.startsWith('.') && /(^|\/)src\/(cli|extension)(\/|$)/.test(s)))
          .map((s) => `${rel(file)}: ${s}`),
      );
      assert.deepEqual(offences, []);
    });

    it('reaches outside src/core with relative imports only for the JSON Schemas', () => {
      const schemas = fromRoot('schemas');
      const offences = files.flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((s) => s.startsWith('.') && !landsIn(file, s, core) && !(landsIn(file, s, schemas) && s.endsWith('.json')))
          .map((s) => `${rel(file)}: ${s}`),
      );
      assert.deepEqual(offences, []);
    });
  });

  describe('front ends do not depend on each other', () => {
    const all = sources(fromRoot('src'));

    it('no file outside src/cli imports from src/cli', () => {
      const offences = all
        .filter((file) => !file.startsWith(cli + sep))
        .flatMap((file) =>
          specifiers(readFileSync(file, 'utf8'))
            .filter((s) => landsIn(file, s, cli))
            .map((s) => `${rel(file)}: ${s}`),
        );
      assert.deepEqual(offences, []);
    });

    it('no file outside src/server imports from src/server, but the editor its protocol module', () => {
      const server = fromRoot('src/server');
      const protocol = fromRoot('src/server/protocol');
      const offences = all
        .filter((file) => !file.startsWith(server + sep))
        .flatMap((file) =>
          specifiers(readFileSync(file, 'utf8'))
            .filter((s) => landsIn(file, s, server) && !(file.startsWith(extension + sep) && resolve(dirname(file), s) === protocol))
            .map((s) => `${rel(file)}: ${s}`),
        );
      assert.deepEqual(offences, []);
    });

    it('no file outside src/extension imports from src/extension', () => {
      const offences = all
        .filter((file) => !file.startsWith(extension + sep))
        .flatMap((file) =>
          specifiers(readFileSync(file, 'utf8'))
            .filter((s) => landsIn(file, s, extension))
            .map((s) => `${rel(file)}: ${s}`),
        );
      assert.deepEqual(offences, []);
    });
  });

  describe('the web extension uses nothing of Node (docs/architecture.md)', () => {
    /** Every module of src that `entry` reaches through its relative imports, and the packages each imports. */
    const reached = (entry: string): Map<string, string[]> => {
      const found = new Map<string, string[]>();
      const visit = (file: string): void => {
        if (found.has(file)) return;
        const imports = specifiers(readFileSync(file, 'utf8'));
        found.set(
          file,
          imports.filter((s) => !s.startsWith('.')),
        );
        for (const s of imports.filter((s) => s.startsWith('.'))) {
          const target = resolve(dirname(file), s);
          const next = [`${target}.ts`, join(target, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
          if (next) visit(next);
        }
      };
      visit(entry);
      return found;
    };

    for (const entry of ['src/extension/web.ts', 'src/server/web-main.ts']) {
      it(`${entry} reaches no Node module, and the language client and server only through their browser builds`, () => {
        const modules = reached(fromRoot(entry));
        assert.ok(modules.size > 10, `${modules.size} modules`);
        const offences = [...modules].flatMap(([file, packages]) =>
          packages
            .filter((s) => s.startsWith('node:') || (isForbiddenInCore(s) && s !== 'vscode') || /^vscode-language(client|server)\/node$/.test(s))
            .map((s) => `${rel(file)}: ${s}`),
        );
        assert.deepEqual(offences, []);
        assert.ok(
          ![...modules.keys()].some((file) => file.startsWith(fromRoot('src/node') + sep) || file === fromRoot('src/server/disk.ts')),
          'no reads from disk',
        );
      });
    }
  });

  describe('no import circles', () => {
    /** Each module's imports of other modules of src (generated code and JSON left out). */
    const graph = new Map(
      sources(fromRoot('src'))
        .filter((file) => !file.includes(`${sep}generated${sep}`))
        .map((file) => [
          file,
          specifiers(readFileSync(file, 'utf8'))
            .filter((s) => s.startsWith('.'))
            .map((s) => resolve(dirname(file), s))
            .map((target) => [`${target}.ts`, join(target, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile()))
            .filter((path): path is string => path !== undefined),
        ]),
    );

    it('has no module that imports itself through others (config and the rules share types through types.ts)', () => {
      const state = new Map<string, 'open' | 'done'>();
      const circles: string[] = [];
      const visit = (file: string, trail: string[]): void => {
        if (state.get(file) === 'done') return;
        if (state.get(file) === 'open') {
          circles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
          return;
        }
        state.set(file, 'open');
        for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
        state.set(file, 'done');
      };
      for (const file of graph.keys()) visit(file, []);
      assert.deepEqual(circles, []);
    });

    it("the action imports nothing of src but Node's helpers (src/node, its writes): it runs the CLI as a process", () => {
      const action = fromRoot('src/action');
      const offences = sources(action).flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((s) => s.startsWith('.') && !landsIn(file, s, action) && !landsIn(file, s, fromRoot('src/node')))
          .map((s) => `${rel(file)}: ${s}`),
      );
      assert.deepEqual(offences, []);
    });
  });
});
