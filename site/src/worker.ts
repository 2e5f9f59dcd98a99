/**
 * The playground's worker: the core, linting off the page's thread, so that a 2 MB paste or a 1,000-level nesting leaves
 * the page responsive. It answers each message once; a text over the size limit is refused with the CLI's message.
 */
import { completionsAt, findRule, lint, newStrategyTemplate, parseYaml, previewModel, schemaHoverAt, tooLargeMessage } from '../../src/core/index';
import { MAX_FILE_BYTES } from '../../src/core/limits';
import type { ParsedYaml } from '../../src/core/yaml-ast';
import type { FromWorker, ToWorker } from './protocol';

let last: { text: string; parsed: ParsedYaml } | undefined;

function parsedOf(text: string): ParsedYaml {
  if (last?.text !== text) last = { text, parsed: parseYaml(text) };
  return last.parsed;
}

/** The answer that says nothing: a lint refused with `refused`, no hover, no completion, no template. */
function nothingFor(message: ToWorker, refused: string): FromWorker {
  switch (message.type) {
    case 'lint':
      return { id: message.id, type: 'lint', diagnostics: [], model: null, refused };
    case 'hover':
      return { id: message.id, type: 'hover', hover: null };
    case 'complete':
      return { id: message.id, type: 'complete', completions: null };
    case 'template':
      return { id: message.id, type: 'template', text: '' };
  }
}

function answer(message: ToWorker): FromWorker {
  if (message.type === 'template') return { id: message.id, type: 'template', text: newStrategyTemplate(message.locale) };
  const bytes = new TextEncoder().encode(message.text).length;
  if (bytes > MAX_FILE_BYTES) return nothingFor(message, tooLargeMessage(bytes, MAX_FILE_BYTES, message.locale));
  if (message.type === 'complete') {
    const completions = completionsAt(message.text, message.offset, () => parsedOf(message.text), message.locale);
    return { id: message.id, type: 'complete', completions: completions ?? null };
  }
  if (message.type === 'hover') {
    const hover = schemaHoverAt(parsedOf(message.text), message.offset, message.locale);
    return { id: message.id, type: 'hover', hover: hover ? { from: hover.span.start, to: hover.span.end, title: hover.title, text: hover.text } : null };
  }
  const parsed = parsedOf(message.text);
  const result = lint(parsed, { locale: message.locale });
  const diagnostics = result.findings.map((f) => {
    const rule = findRule(f.ruleId);
    return {
      from: f.span.start,
      to: Math.max(f.span.end, f.span.start),
      severity: f.severity,
      message: f.message,
      ruleId: f.ruleId,
      docsUrl: rule?.meta.docsUrl ?? f.docsUrl,
    };
  });
  return { id: message.id, type: 'lint', diagnostics, model: previewModel(parsed, result, message.locale) };
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  let reply: FromWorker;
  try {
    reply = answer(event.data);
  } catch (error) {
    // A bug of ours answers as a refusal, so that the page never waits for ever.
    reply = nothingFor(event.data, error instanceof Error ? error.message : String(error));
  }
  self.postMessage(reply);
};
