/** A finding's source lines as the text reports show them (stylish, the HTML report). */
import type { Finding, LineIndex } from '../core/index';
import { displayWidth } from '../core/index';
import { printable } from './printable';

/** The finding's source line and a `^~~~` marker under it, measured in display width so Japanese lines up. */
export function excerpt(lines: LineIndex, finding: Finding, indent: number): string[] {
  const { start, end } = finding.range;
  const text = lines.lineText(start.line).replace(/\t/g, ' ');
  // Measured on what is shown: a control character takes the width of its escape.
  const before = printable(text.slice(0, start.column - 1));
  const lastColumn = end.line === start.line ? end.column : text.length + 1;
  const marked = printable(text.slice(start.column - 1, Math.max(lastColumn - 1, start.column)));
  const gutter = ' '.repeat(indent + 2);
  return [`${gutter}| ${printable(text)}`, `${gutter}| ${' '.repeat(displayWidth(before))}^${'~'.repeat(Math.max(0, displayWidth(marked) - 1))}`];
}
