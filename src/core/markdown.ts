/**
 * Text for Markdown that GitHub, GitLab and VS Code render (pull-request comments, job summaries, reviewdog's comments,
 * hovers): whatever a strategy holds, it shows as the characters it is. Every character that could begin markup is
 * escaped, and what GitHub reads in plain text (a mention `@name`, a reference `#12` or `GH-12`, a bare link `www.` or
 * `https://`) is broken by an invisible word joiner. A message's code spans stay code, fenced to hold their text whole.
 */
import { codeSpan, splitCodeSpans } from './code-spans';

/** U+2060 WORD JOINER: shown as nothing, and no mention, reference or link goes across it. */
export const WORD_JOINER = '\u2060';

/** Plain text as Markdown that shows exactly it: no emphasis, link, image, HTML, mention, reference or bare link. */
export function markdownText(text: string): string {
  return (
    text
      // Parentheses and braces open nothing once `[`, `]` and `<` are escaped: they stay as they are, to be read.
      .replace(/[\\`*_[\]<>!~|&#$]/g, '\\$&')
      .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${WORD_JOINER}`)
      .replace(/#(?=[\p{L}\p{N}])/gu, `#${WORD_JOINER}`)
      .replace(/\bGH-(?=\d)/gi, (match) => `${match.slice(0, 2)}${WORD_JOINER}-`)
      .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
      .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`)
  );
}

/**
 * A message as Markdown: its code spans (src/core/code-spans.ts) as code spans that hold their text whole, the rest as
 * `markdownText`. In a table cell (`table`), a pipe in a code span is escaped too, as GitHub's tables ask.
 */
export function markdownMessage(message: string, options: { table?: boolean } = {}): string {
  return splitCodeSpans(message)
    .map((part) => {
      if (!part.code) return markdownText(part.text);
      const span = codeSpan(part.text);
      return options.table ? span.replace(/\|/g, '\\|') : span;
    })
    .join('');
}
