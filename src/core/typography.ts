/**
 * Japanese typography, in one place (docs/reference/japanese-style.md): the display width of text in a terminal (wide
 * characters take two columns), the space after an embedded Latin word, and a number joined to its unit.
 */

const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

export function charWidth(codePoint: number): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0; // combining marks
  return WIDE.some(([low, high]) => codePoint >= low && codePoint <= high) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Japanese text after an embedded Latin word or code: a space between them (`\`owner\` に`), none after Japanese. The
 * caller adds no space of its own.
 */
export function spaceAfterLatin(text: string): string {
  return /[\x21-\x7e]$/.test(text) ? `${text} ` : text;
}

const JAPANESE_START = /^[\u3041-\u30fa\u30fc-\u30ff\u4e00-\u9fff]/;

/** A number and its unit: joined to a Japanese counter (`120社`), a space before a Latin one (`120 accounts`); with no unit, the number alone. */
export function withUnit(number: string, unit: string | undefined): string {
  if (unit === undefined) return number;
  return `${number}${JAPANESE_START.test(unit) ? '' : ' '}${unit}`;
}
