/**
 * The `mermaid` package's own parser, in Node: what GitHub runs on a comment's Mermaid blocks, short of drawing them.
 * Parsing never sanitizes, but Mermaid's sanitizer (DOMPurify) installs hooks on import and wants a window for them:
 * those calls are stubbed before Mermaid is imported.
 */
let parser: Promise<(code: string) => Promise<unknown>> | undefined;

/** Resolves with what Mermaid read (its diagram type), or rejects with its parse error. */
export function parseMermaid(code: string): Promise<{ diagramType: string }> {
  parser ??= (async () => {
    const { default: purify } = await import('dompurify');
    Object.assign(purify, { addHook() {}, removeHook() {}, removeHooks() {}, sanitize: (text: unknown) => String(text) });
    const { default: mermaid } = await import('mermaid');
    return (text: string) => mermaid.parse(text);
  })();
  return parser.then((parse) => parse(code)) as Promise<{ diagramType: string }>;
}

/** The contents of each fenced ```mermaid block of a markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1]!);
}
