/** Bytes as text, by the one rule every reader of partnerlint applies (the CLI, the language server, the extension). */

// Node and browsers both have TextDecoder; the core is compiled without either's types, so it names what it uses.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text (a byte order mark dropped), or undefined for bytes that are not text: a NUL byte, or not UTF-8. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
