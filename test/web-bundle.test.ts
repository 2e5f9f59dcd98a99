/**
 * The web extension's bundles (docs/architecture.md): what esbuild put in them and what they import, read from the metafiles the
 * build keeps beside them, and the bundles' own text. A browser has no Node: nothing of it may be in there.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fromRoot } from './helpers/paths';

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { bytes: number; imports: { path: string; external?: boolean }[]; entryPoint?: string }>;
}

const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { browser: string; main: string };
const NODE = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

for (const [name, externals] of [
  ['extension', ['vscode']],
  ['server', []],
] as const) {
  describe(`the web bundle dist/web/${name}.js`, () => {
    const meta = JSON.parse(readFileSync(fromRoot(`dist/web/${name}.meta.json`), 'utf8')) as Metafile;
    const output = meta.outputs[`dist/web/${name}.js`]!;
    const text = readFileSync(fromRoot(`dist/web/${name}.js`), 'utf8');

    it(name === 'extension' ? "is package.json's `browser` entry, beside the Node `main`" : 'is the worker the extension starts', () => {
      if (name === 'extension') {
        assert.equal(manifest.browser, './dist/web/extension.js');
        assert.equal(manifest.main, './dist/extension.js');
      } else {
        assert.match(readFileSync(fromRoot('src/extension/web.ts'), 'utf8'), /joinPath\(context\.extensionUri, 'dist', 'web', 'server\.js'\)/);
      }
      assert.ok(output, JSON.stringify(Object.keys(meta.outputs)));
    });

    it(`imports ${externals.length ? externals.join(', ') : 'nothing'} at run time: no node:*, fs, path or process`, () => {
      assert.deepEqual([...new Set(output.imports.filter((i) => i.external).map((i) => i.path))], externals);
      const requires = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!).filter((path) => !text.includes(`.code='require("${path}")`));
      assert.deepEqual([...new Set(requires)], [...externals], "the bundle's own require calls");
      assert.deepEqual(
        requires.filter((path) => NODE.has(path)),
        [],
      );
    });

    it('holds no module of Node, nor any Node build of a package', () => {
      const inputs = Object.keys(meta.inputs);
      assert.ok(
        inputs.some((path) => path.startsWith('src/core/')),
        'the core is in it',
      );
      const offences = inputs.filter((path) =>
        /^src\/(node|cli)\/|^src\/server\/(disk|main|start)\.ts$|^src\/extension\/node\.ts$|\/lib\/node\/|node_modules\/yaml\/dist\//.test(path),
      );
      assert.deepEqual(offences, []);
    });

    if (name === 'extension') {
      it("carries nothing of the linter: no rule, engine, validator, YAML parser or schema (those run in the server's bundle)", () => {
        const linting = Object.keys(meta.inputs).filter((path) =>
          /^src\/core\/(rules\/|engine\.ts|validators\.ts|generated\/|yaml-ast\.ts|schema-|readiness\.ts)|node_modules\/yaml\/|\.schema\.json$/.test(path),
        );
        assert.deepEqual(linting, []);
        // Smaller than the server: the client, the words of the preview and the status bar.
        const server = JSON.parse(readFileSync(fromRoot('dist/web/server.meta.json'), 'utf8')) as Metafile;
        assert.ok(output!.bytes < server.outputs['dist/web/server.js']!.bytes, `${output!.bytes} bytes`);
      });
    }
  });
}
