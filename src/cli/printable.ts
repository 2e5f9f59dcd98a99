/**
 * Text from a strategy (a key, a value, a file name) can hold control characters: ESC, BEL, an OSC sequence, C1 codes.
 * Every text output shows them as escapes, so that they can neither break a line of a report nor drive a terminal.
 */

/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `\u001b` for ESC, `\n` for a line feed, `\t` for a tab: visible, and one line. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const short = SHORT[c];
    return short ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const SHORT: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null), { '\n': '\\n', '\r': '\\r', '\t': '\\t' }));

/**
 * JSON for a report file. JSON.stringify escapes C0 characters but writes DEL, C1 codes and U+2028/2029 as they are;
 * they are escaped too (inside strings, where alone they can stand), so that printing the report is safe.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
