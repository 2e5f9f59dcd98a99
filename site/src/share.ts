/**
 * Share links (the playground's contract): `#yaml=` + base64url, without padding, of the DEFLATE-raw bytes of the UTF-8
 * text; `?locale=ja` beside it. Anything that does not decode is an error, never a blank page.
 */
import type { ShareProblem } from './texts';

export async function encodeShare(text: string): Promise<string> {
  const compressed = await collect(new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw')));
  return `yaml=${toBase64Url(compressed)}`;
}


/** A link that does not decode, and why (for the page to say in the reader's language). */
export class BrokenLink extends Error {
  constructor(readonly problem: ShareProblem) {
    super(problem);
  }
}

/** The text of a `#yaml=` hash; undefined for a hash that holds none; a BrokenLink for one that does not decode. */
export async function decodeShare(hash: string): Promise<string | undefined | BrokenLink> {
  const match = /^#?yaml=(.*)$/s.exec(hash);
  if (!match) return undefined;
  let inflated: Uint8Array<ArrayBuffer>;
  try {
    const bytes = fromBase64Url(match[1]!);
    inflated = await collect(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')));
  } catch (error) {
    return error instanceof BrokenLink ? error : new BrokenLink('not-deflate');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return new BrokenLink('not-utf8');
  }
}

/** At most this many bytes once inflated: a link is a strategy, not a bomb. */
const MAX_INFLATED = 4 * 1024 * 1024;

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_INFLATED) {
      await reader.cancel();
      throw new BrokenLink('too-large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  // Four characters make three bytes: a remainder of one character is no base64 at all.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new BrokenLink('not-base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
