/**
 * The packages people install: the npm tarball (installed into an empty folder and run from there), the .vsix, and the
 * JSON Schema that editors without the extension use.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { lint } from '../src/core/index';
import { fromRoot } from './helpers/paths';

const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  files: string[];
  bin: Record<string, string>;
  dependencies?: object;
  icon: string;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The names in a zip file's central directory (a .vsix is a zip). */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names.sort();
}

describe('packages people install', function () {
  this.timeout(180_000);
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'partnerlint-package-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('npm: ships exactly the CLI, the language server, the schemas and the docs, is not private, and needs no dependency', () => {
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.dependencies, undefined, 'the CLI is one bundled file: nothing to install with it');
    const [packed] = JSON.parse(
      execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: fromRoot('.'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    ) as { files: { path: string }[] }[];
    // No code cache: one would fit only the Node version and processor that built it (src/launch/load.ts).
    assert.deepEqual(
      packed!.files.map((f) => f.path).sort(),
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/cli-main.js',
        'dist/cli.js',
        'dist/mcp-main.js',
        'dist/server-main.js',
        'dist/server.js',
        'package.json',
        'schemas/partner-strategy.schema.json',
        'schemas/partnerlint-config.schema.json',
      ].sort(),
    );
  });

  it('npm: `npm install -D` of the packed tarball into an empty folder gives a working `npx partnerlint`, with no build step', () => {
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', scratch], { cwd: fromRoot('.'), stdio: 'pipe' });
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'))!;
    const project = join(scratch, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), '{"name": "acme-strategies", "private": true}\n');
    // --offline: everything it needs is in the tarball.
    execFileSync(npm, ['install', '-D', '--offline', '--no-audit', '--no-fund', join(scratch, tarball)], { cwd: project, stdio: 'pipe' });
    assert.deepEqual(
      readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['partnerlint'],
    );
    const version = execFileSync(npm, ['exec', '--offline', '--', 'partnerlint', '--version'], { cwd: project, encoding: 'utf8' });
    assert.equal(version, `${manifest.version}\n`);
    writeFileSync(join(project, 'partner-strategy.yaml'), readFileSync(fromRoot('samples/kantan-yoyaku.partner-strategy.yaml')));
    let report = '';
    try {
      execFileSync(join(project, 'node_modules/.bin/partnerlint'), ['-f', 'json'], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      assert.equal((error as { status: number }).status, 1, 'the sample has error findings');
      report = (error as { stdout: string }).stdout;
    }
    const [file] = JSON.parse(report) as { filePath: string; readiness: { verdict: string } }[];
    assert.equal(file!.filePath, 'partner-strategy.yaml');
    assert.equal(file!.readiness.verdict, 'reconsider');
  });

  it('VS Code: the .vsix has the client, its language server (for Node and for the browser), the MCP server, an icon, a README with pictures of the diagnostics and the preview, a CHANGELOG and a LICENSE', () => {
    const vsix = join(scratch, 'partnerlint.vsix');
    execFileSync(process.execPath, [fromRoot('scripts/package-vsix.mjs'), vsix], { stdio: 'pipe' });
    const entries = zipEntries(readFileSync(vsix));
    for (const name of [
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      `extension/${manifest.icon}`,
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/server-main.js',
      'extension/dist/web/extension.js',
      'extension/dist/web/server.js',
      // The MCP server it offers to agent mode: the CLI and the server's bundle.
      'extension/dist/cli.js',
      'extension/dist/cli-main.js',
      'extension/dist/mcp-main.js',
      'extension/media/screenshots/diagnostics.png',
      'extension/media/screenshots/preview.png',
    ]) {
      assert.ok(entries.includes(name), `${name} in ${JSON.stringify(entries)}`);
    }
    assert.ok(!entries.some((e) => e.startsWith('extension/src/') || e.endsWith('.map') || e.endsWith('.meta.json')), 'only what the extension runs');
    assert.ok(!entries.some((e) => e.endsWith('.cache')), 'no code cache, which would fit one Node version only');
    const readme = readFileSync(fromRoot('README.md'), 'utf8');
    assert.match(readme, /!\[[^\]]*diagnostics[^\]]*\]\(media\/screenshots\/diagnostics\.png\)/i);
    assert.match(readme, /!\[[^\]]*preview[^\]]*\]\(media\/screenshots\/preview\.png\)/i);
  });

  it('the JSON Schema: a stable $id, valid against the 2020-12 meta-schema, and the modeline changes no finding', () => {
    const schema = JSON.parse(readFileSync(fromRoot('schemas/partner-strategy.schema.json'), 'utf8')) as { $id: string; $schema: string };
    assert.equal(schema.$id, 'https://partnerlint.dev/schemas/partner-strategy.schema.json');
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    const config = JSON.parse(readFileSync(fromRoot('schemas/partnerlint-config.schema.json'), 'utf8')) as object;
    assert.equal(ajv.validateSchema(config), true, JSON.stringify(ajv.errors));
    const sample = readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8');
    const withModeline = `# yaml-language-server: $schema=https://partnerlint.dev/schemas/partner-strategy.schema.json\n${sample}`;
    assert.deepEqual(lint(withModeline).findings, []);
    assert.match(readFileSync(fromRoot('README.md'), 'utf8'), /# yaml-language-server: \$schema=/);
    assert.match(readFileSync(fromRoot('README.md'), 'utf8'), /SchemaStore/);
  });
});
