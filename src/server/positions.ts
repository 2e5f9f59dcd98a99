/**
 * The one place where the server converts between text offsets (UTF-16 code units, as JavaScript strings count) and LSP
 * positions (0-based lines; characters in UTF-16 code units, or in UTF-8 bytes when the client negotiated `utf-8`).
 */
import type { Position, Range } from 'vscode-languageserver';

export type PositionEncoding = 'utf-16' | 'utf-8';

/** Bytes of one UTF-16 code unit's character in UTF-8 (a surrogate pair counts 4, split as 2 + 2). */
function utf8Bytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}

export class DocumentPositions {
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly encoding: PositionEncoding,
  ) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */ && text.charCodeAt(i + 1) === 10) continue;
      if (code === 10 || code === 13) this.lineStarts.push(i + 1);
    }
  }

  /** The LSP position of a text offset. */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    const start = this.lineStarts[low]!;
    if (this.encoding === 'utf-16') return { line: low, character: at - start };
    let bytes = 0;
    for (let i = start; i < at; i++) bytes += utf8Bytes(this.text.charCodeAt(i));
    return { line: low, character: bytes };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The text offset of an LSP position, clamped to its line (a character past the end is the end). */
  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    let end = next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    if (this.encoding === 'utf-16') return Math.min(start + Math.max(0, position.character), end);
    let bytes = 0;
    let i = start;
    while (i < end && bytes + utf8Bytes(this.text.charCodeAt(i)) <= position.character) {
      bytes += utf8Bytes(this.text.charCodeAt(i));
      i++;
    }
    return i;
  }
}
