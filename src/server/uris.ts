/** URIs as strings, for any scheme (file, vscode-vfs, memfs, untitled): their paths, and paths back into URIs. */
const URI = /^([a-zA-Z][\w+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/;

function split(uri: string): { prefix: string; path: string } {
  const match = URI.exec(uri);
  return match ? { prefix: match[1]!, path: match[2]! } : { prefix: '', path: uri };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The decoded path of a URI (`/plans/partner-strategy.yaml`). */
export function uriPath(uri: string): string {
  return decode(split(uri).path);
}

/** The URI of another path beside `uri`: the same scheme and authority. */
export function withPath(uri: string, path: string): string {
  return `${split(uri).prefix}${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The '/'-separated path of `uri` below the folder URI `folder` (which it must be under). */
export function relativeTo(folder: string, uri: string): string {
  return decode(uri.slice(folder.length + 1).replace(/[?#].*$/, ''));
}
