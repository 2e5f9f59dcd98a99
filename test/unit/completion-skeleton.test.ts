// Completion reads the cursor's place from a skeleton of the lines around it, so that it costs the same in a file of
// thousands of partners. Wherever the whole text (with the cursor's line patched) parses cleanly, the skeleton must
// read the same place as the whole text does: over every offset of the samples, and over generated YAML of every
// style (compact and indented lists, flow collections, block scalars, quotes, comments, CRLF), half-written lines too.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { completionReading } from '../../src/core/yaml-ast';
import { repoRoot } from '../helpers/paths';

/** Both readings at `offset`: the skeleton's must be the whole text's wherever that one is clean. True when a place was compared. */
function agrees(text: string, offset: number): boolean {
  // Between CR and LF is no place an editor's cursor can be (LSP positions end a line before its break).
  if (text[offset - 1] === '\r' && text[offset] === '\n') return false;
  const whole = completionReading(text, offset, true);
  if (!whole.clean) return false;
  const fast = completionReading(text, offset, false);
  assert.deepEqual(fast.place, whole.place, `at ${offset} of ${JSON.stringify(text)}`);
  return whole.place !== undefined;
}

type Tree = { scalar: string } | { map: [string, Tree][] } | { seq: Tree[]; compact: boolean };

const KEYS = ['name', 'type', 'segments', 'status', 'id', '"quoted: key"', "'single'", 'kpis'];
const SCALARS = ['reseller', '12', 'true', '"a: b # c"', "'it''s'", '[a, b]', '{x: 1, y: [2]}', 'TBD # later', '', '|\n$more text\n$and more', '>-\n$folded'];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS).map((scalar) => ({ scalar })),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
    fc.record({ seq: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }), compact: fc.boolean() }),
  ),
})).tree;

/** Block YAML of `node`, its entries at `indent`. */
function render(node: Tree, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const scalarLines = (scalar: string, at: number): string[] => {
    const [first = '', ...rest] = scalar.split('\n');
    return [first, ...rest.map((line) => line.replace('$', ' '.repeat(at + 2)))];
  };
  if ('scalar' in node) return scalarLines(node.scalar, indent).map((line, i) => (i === 0 ? pad + line : line));
  if ('map' in node)
    return node.map.flatMap(([key, value]) => {
      if ('scalar' in value) {
        const [first, ...rest] = scalarLines(value.scalar, indent);
        return [`${pad}${key}: ${first}`.trimEnd(), ...rest];
      }
      const childIndent = 'seq' in value && value.compact ? indent : indent + 2;
      return [`${pad}${key}:`, ...render(value, childIndent)];
    });
  return node.seq.flatMap((item) => {
    const lines = render(item, indent + 2);
    const [first = '', ...rest] = lines;
    return [`${pad}- ${first.slice(indent + 2)}`, ...rest];
  });
}

describe('completion: the skeleton reads the place the whole text does', () => {
  it('at every offset of three samples', () => {
    const samples = readdirSync(join(repoRoot, 'samples')).filter((name) => name.endsWith('.yaml'));
    let compared = 0;
    for (const name of samples.slice(0, 3)) {
      const text = readFileSync(join(repoRoot, 'samples', name), 'utf8');
      for (let offset = 0; offset <= text.length; offset++) if (agrees(text, offset)) compared++;
    }
    assert.ok(compared > 1000, `${compared} places compared`);
  });

  it('in generated YAML of every style, with half-written lines, comments and CRLF', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.record({ map: fc.array(fc.tuple(fc.constantFrom(...KEYS), tree), { minLength: 1, maxLength: 4 }) }),
        fc.nat(),
        fc.constantFrom('', '  ty', '    ty', '  - na', '- ', '      ', '# note', '  type: res'),
        fc.nat(),
        fc.boolean(),
        (root, at, typed, cursor, crlf) => {
          const lines = render(root, 0);
          const line = at % (lines.length + 1);
          if (typed) lines.splice(line, 0, typed);
          const text = lines.join(crlf ? '\r\n' : '\n');
          if (agrees(text, cursor % (text.length + 1))) compared++;
          // And at the end of the half-written line, where an editor asks.
          if (typed && agrees(text, lines.slice(0, line + 1).join(crlf ? '\r\n' : '\n').length)) compared++;
        },
      ),
      { numRuns: 3000 },
    );
    // Most generated cases are clean YAML with a place to complete: the property is not held vacuously.
    assert.ok(compared > 500, `${compared} places compared`);
  });
});
