/**
 * Messages quote keys and values as CommonMark code spans: a run of backticks, the text, a run of as many. A quoted
 * text that holds backticks itself is fenced with a longer run (``` `` a`b `` ```), so that nothing it holds can end its
 * span early. Every view reads a message with `splitCodeSpans`, which follows CommonMark's rule, and nothing else.
 */

/** `text` as one code span: fenced by more backticks than its longest run, padded where it starts or ends with one. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both have one: padding keeps a backtick or a space at the edge.
  const pad = /^[` ]|[` ]$/.test(text) && !/^ +$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A message's parts in order: its code spans (their text only) and the text between them. */
export type MessagePart = { code: boolean; text: string };

/**
 * The parts of a message as CommonMark reads its code spans: a backtick run opens one that the next run of exactly the
 * same length closes; a run that nothing closes is text. One space is stripped from each end of a span with both.
 */
export function splitCodeSpans(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = '';
  let at = 0;
  while (at < message.length) {
    const open = message.indexOf('`', at);
    if (open < 0) break;
    let openEnd = open;
    while (message[openEnd] === '`') openEnd++;
    const length = openEnd - open;
    const close = closingRun(message, openEnd, length);
    if (close < 0) {
      text += message.slice(at, openEnd);
      at = openEnd;
      continue;
    }
    text += message.slice(at, open);
    if (text) parts.push({ code: false, text });
    text = '';
    let inner = message.slice(openEnd, close);
    if (inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && !/^ +$/.test(inner)) inner = inner.slice(1, -1);
    parts.push({ code: true, text: inner });
    at = close + length;
  }
  text += message.slice(at);
  if (text) parts.push({ code: false, text });
  return parts;
}

/** Where the next run of exactly `length` backticks after `from` starts, or -1. */
function closingRun(message: string, from: number, length: number): number {
  for (let at = message.indexOf('`', from); at >= 0; ) {
    let end = at;
    while (message[end] === '`') end++;
    if (end - at === length) return at;
    at = message.indexOf('`', end);
  }
  return -1;
}
