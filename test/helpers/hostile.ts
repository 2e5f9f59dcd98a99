/**
 * Hostile inputs for the CLI, as files to lay out in a folder: generated, never stored. The hostile test runs each as a
 * process and checks what it says; `npm run bench` (scripts/bench-hostile.mjs) times each and measures its memory.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromRoot } from './paths';

const BASE = readFileSync(fromRoot('samples/acme-cloud.partner-strategy.yaml'), 'utf8');

/** What to put at a path: text or bytes, a FIFO, or a symbolic link to a target (relative to the link). */
export type Entry = string | Uint8Array | { fifo: true } | { symlink: string } | { mode: number; content: string };

export interface HostileCase {
  name: string;
  files: Record<string, Entry>;
  /** Arguments after `partnerlint`; the default lints the folder. */
  args?: string[];
  /** The exit code docs/reference/cli.md asks for. */
  exit: 0 | 1 | 2;
  /** A path the output must name (the file the problem is in). */
  names: string;
  /** Run as a user whom the file's mode stops (as root: uid 65534; see modeBoundUser). */
  asOtherUser?: boolean;
}

const nested = (open: string, close: string, depth: number): string => `version: 1\ntitle: t\nx: ${open.repeat(depth)}1${close.repeat(depth)}\n`;
const bomb = (levels: number, width: number): string => {
  const lines = ['version: 1', 'title: Billion laughs', `l0: &a0 [${Array(width).fill('lol').join(', ')}]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `l${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
};
/** Pseudo-random bytes from a fixed seed: the same input on every machine. */
const bytes = (length: number, seed: number): Uint8Array => {
  const out = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
};
const S = 'partner-strategy.yaml';

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'alias bomb, 9 levels of 9', files: { [S]: bomb(9, 9) }, exit: 1, names: S },
  {
    name: 'alias bomb inside a valid strategy',
    files: {
      [S]:
        BASE.replace('regions: [Osaka, Kyoto]', 'regions: &r0 [Osaka, Kyoto]') +
        Array.from({ length: 7 }, (_, i) => `x${i + 1}: &r${i + 1} [${Array(10).fill(`*r${i}`).join(', ')}]`).join('\n') +
        '\n',
    },
    exit: 1,
    names: S,
  },
  { name: '10,000 levels of [ (unclosed)', files: { [S]: `version: 1\nx: ${'['.repeat(10_000)}\n` }, exit: 1, names: S },
  { name: '10,000 levels of [ ] (closed)', files: { [S]: nested('[', ']', 10_000) }, exit: 1, names: S },
  { name: '10,000 levels of {a: }', files: { [S]: nested('{a: ', '}', 10_000) }, exit: 1, names: S },
  { name: '10,000 levels of block - ', files: { [S]: `${'- '.repeat(10_000)}x\n` }, exit: 1, names: S },
  // The parser unwinds this nesting by recursion when the next line goes back to the top.
  { name: '10,000 levels of block - , then a key at the top', files: { [S]: `version: 1\n${'- '.repeat(10_000)}x\nkey: 0\n` }, exit: 1, names: S },
  {
    name: '1,500 levels of block maps',
    files: { [S]: `${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n` },
    exit: 1,
    names: S,
  },
  {
    name: 'two deeply nested files and a good one in one run',
    files: { [`a/${S}`]: `x: ${'['.repeat(900)}\n`, [`b/${S}`]: `x: ${'['.repeat(900)}\n`, [`c/${S}`]: BASE },
    exit: 1,
    names: `b/${S}`,
  },
  { name: '20 MB file', files: { [S]: `version: 1\ntitle: "${'x'.repeat(20 * 1024 * 1024)}"\n` }, exit: 2, names: S },
  { name: 'binary (random bytes)', files: { [S]: bytes(4096, 7) }, exit: 2, names: S },
  { name: 'invalid UTF-8, no NUL', files: { [S]: Uint8Array.from([0x76, 0x3a, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0x0a]) }, exit: 2, names: S },
  { name: 'UTF-8 with BOM', files: { [S]: `\ufeff${BASE}` }, exit: 0, names: S },
  { name: 'CRLF line breaks', files: { [S]: BASE.replace(/\n/g, '\r\n') }, exit: 0, names: S },
  { name: 'lone CR line breaks', files: { [S]: BASE.replace(/\n/g, '\r') }, exit: 0, names: S },
  { name: 'tabs as indentation', files: { [S]: BASE.replace('  name: Acme Cloud', '\tname: Acme Cloud') }, exit: 1, names: S },
  { name: 'empty file', files: { [S]: '' }, exit: 1, names: S },
  { name: 'only comments', files: { [S]: '# nothing here\n# at all\n' }, exit: 1, names: S },
  { name: 'several documents', files: { [S]: `${BASE}---\n${BASE}` }, exit: 1, names: S },
  {
    name: '__proto__, constructor, toString as keys and values',
    files: {
      [S]: BASE.replace('currency: JPY', 'currency: toString')
        .replace('type: local-king', 'type: constructor')
        .replace('company: Acme KK', 'company: Acme KK\n__proto__: {polluted: true}\nconstructor: 1\ntoString: 2'),
    },
    exit: 1,
    names: S,
  },
  {
    name: '!!js/function and unknown tags',
    files: { [S]: BASE.replace('company: Acme KK', 'company: !!js/function "function () { process.exit(9) }"').replace('name: Sato', 'name: !custom Sato') },
    exit: 1,
    names: S,
  },
  { name: 'a list as a key', files: { [S]: BASE.replace('company: Acme KK', '? [a, b]\n: 1\n? {x: 1}\n: 2') }, exit: 1, names: S },
  {
    name: '1e400, .nan and .inf',
    files: {
      [S]: BASE.replace('monthlyPrice: 5000', 'monthlyPrice: 1e400')
        .replace('monthlyChurnRate: 0.01', 'monthlyChurnRate: .nan')
        .replace('userGrowthRate: 0.3', 'userGrowthRate: .inf'),
    },
    exit: 1,
    names: S,
  },
  {
    name: 'LTV overflow (1e308 × 1e308)',
    files: { [S]: BASE.replace('monthlyPrice: 5000', 'monthlyPrice: 1e308').replace('usersPerAccount: 20', 'usersPerAccount: 1e308') },
    exit: 1,
    names: S,
  },
  { name: 'a 1 MB line', files: { [S]: BASE.replace('company: Acme KK', `company: "${'日本'.repeat(256 * 1024)}"`) }, exit: 0, names: S },
  { name: 'a 100,000-character key', files: { [S]: BASE.replace('company: Acme KK', `${'k'.repeat(100_000)}: 1`) }, exit: 1, names: S },
  {
    name: 'control characters and escape sequences',
    files: {
      [S]: BASE.replace('company: Acme KK', 'company: "\\e]0;title\\a\\e[31mred\\x9b2J\\u0085"').replace(
        'title: Acme Cloud partner strategy FY2027',
        'title: "x\\e[2J"\ncolour\u001b[5m: 1',
      ),
    },
    exit: 1,
    names: S,
  },
  { name: 'a FIFO named as a strategy', files: { [S]: { fifo: true } }, exit: 2, names: S },
  { name: 'a FIFO named on the command line', files: { 'pipe.yaml': { fifo: true } }, args: ['pipe.yaml'], exit: 2, names: 'pipe.yaml' },
  { name: 'a FIFO as .partnerlint.yaml', files: { [S]: BASE, '.partnerlint.yaml': { fifo: true } }, exit: 2, names: '.partnerlint.yaml' },
  { name: 'a FIFO given with -c', files: { [S]: BASE, 'cfg.yaml': { fifo: true } }, args: ['-c', 'cfg.yaml', '.'], exit: 2, names: 'cfg.yaml' },
  { name: 'a symbolic link loop named as a strategy', files: { [S]: { symlink: 'loop.yaml' }, 'loop.yaml': { symlink: S } }, exit: 2, names: S },
  { name: 'a link to a missing file', files: { [S]: { symlink: 'gone.yaml' } }, exit: 2, names: S },
  { name: 'an unreadable file', files: { [S]: { mode: 0o000, content: BASE } }, exit: 2, names: S, asOtherUser: true },
  { name: 'config: not YAML', files: { [S]: BASE, '.partnerlint.yaml': 'rules: [\n' }, exit: 2, names: '.partnerlint.yaml' },
  { name: 'config: a list, not a map', files: { [S]: BASE, '.partnerlint.yaml': '- a\n- b\n' }, exit: 2, names: '.partnerlint.yaml' },
  { name: 'config: an unknown key', files: { [S]: BASE, '.partnerlint.yaml': 'rulez: {}\n' }, exit: 2, names: '.partnerlint.yaml' },
  { name: 'config: a bad severity', files: { [S]: BASE, '.partnerlint.yaml': 'rules:\n  no-kpis: loud\n' }, exit: 2, names: '.partnerlint.yaml' },
  { name: 'config: an unknown rule', files: { [S]: BASE, '.partnerlint.yaml': 'rules:\n  toString: off\n' }, exit: 2, names: '.partnerlint.yaml' },
  {
    name: 'config: a threshold of the wrong type',
    files: { [S]: BASE, '.partnerlint.yaml': 'thresholds:\n  minTargetCompanies: many\n' },
    exit: 2,
    names: '.partnerlint.yaml',
  },
  {
    name: 'config: .nan and .inf thresholds',
    files: { [S]: BASE, '.partnerlint.yaml': 'thresholds:\n  maxMonthlyChurnRate: .nan\n  minLtv: {USD: .inf}\n' },
    exit: 2,
    names: '.partnerlint.yaml',
  },
  {
    name: 'config: __proto__ keys',
    files: { [S]: BASE, '.partnerlint.yaml': 'thresholds:\n  minLtv: {__proto__: 1}\n__proto__: {root: true}\n' },
    exit: 2,
    names: '.partnerlint.yaml',
  },
  { name: 'config: binary', files: { [S]: BASE, '.partnerlint.yaml': bytes(512, 3) }, exit: 2, names: '.partnerlint.yaml' },
  {
    name: 'config: an alias bomb',
    files: { [S]: BASE, '.partnerlint.yaml': bomb(9, 9).replace('version: 1\ntitle: Billion laughs\n', '') },
    exit: 2,
    names: '.partnerlint.yaml',
  },
  {
    name: 'config: 10,000 levels of nesting',
    files: { [S]: BASE, '.partnerlint.yaml': `rules: ${'['.repeat(10_000)}\n` },
    exit: 2,
    names: '.partnerlint.yaml',
  },
  { name: 'config: a folder', files: { [S]: BASE, '.partnerlint.yaml/x': 'a' }, exit: 2, names: '.partnerlint.yaml' },
  { name: 'config: 2 MB', files: { [S]: BASE, '.partnerlint.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n` }, exit: 2, names: '.partnerlint.yaml' },
  { name: 'config: several documents', files: { [S]: BASE, '.partnerlint.yaml': 'locale: ja\n---\nlocale: en\n' }, exit: 2, names: '.partnerlint.yaml' },
];

/** Writes a case's files below `root`. */
export function layOut(root: string, files: Record<string, Entry>): void {
  for (const [path, entry] of Object.entries(files)) {
    const target = join(root, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    if (typeof entry === 'string' || entry instanceof Uint8Array) writeFileSync(target, entry);
    else if ('fifo' in entry) execFileSync('mkfifo', [target]);
    else if ('symlink' in entry) symlinkSync(entry.symlink, target);
    else {
      writeFileSync(target, entry.content);
      chmodSync(target, entry.mode);
    }
  }
}
