import type { Position, Range, Span } from './types';

/**
 * The one place where text offsets become lines and columns.
 * Offsets are 0-based UTF-16 indexes into the text (what JavaScript strings and the `yaml` library use);
 * positions are 1-based lines and 1-based UTF-16 columns. A line ends at LF, CRLF or a lone CR, as YAML 1.2 reads them,
 * so that the same file gives the same positions in each form; positions past the line's content are clamped to its
 * end. A byte order mark is no column: line 1 starts after it, as editors count.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The offset where 1-based `line` starts and where its content ends (before its line break). */
  lineBounds(line: number): Span {
    const index = Math.min(Math.max(line, 1), this.lineCount) - 1;
    const start = this.lineStarts[index] ?? 0;
    if (index + 1 >= this.lineCount) return { start, end: this.text.length };
    let end = (this.lineStarts[index + 1] ?? this.text.length) - 1;
    if (end > start && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  }

  /** The text of 1-based `line`, without its line break. */
  lineText(line: number): string {
    const { start, end } = this.lineBounds(line);
    return this.text.slice(start, end);
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    const line = low + 1;
    const { start, end } = this.lineBounds(line);
    return { line, column: Math.max(Math.min(clamped, end) - start, 0) + 1 };
  }

  offsetAt(position: Position): number {
    const { start, end } = this.lineBounds(position.line);
    return Math.min(start + Math.max(position.column - 1, 0), end);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** The 1-based column of `utf16Column` on `lineText` counted in UTF-8 bytes (reviewdog's unit). */
export function utf8Column(lineText: string, utf16Column: number): number {
  return utf8Length(lineText.slice(0, Math.max(utf16Column - 1, 0))) + 1;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
