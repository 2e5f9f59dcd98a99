/**
 * The playground's page: a CodeMirror editor whose text the worker lints as it changes, the findings as inline
 * diagnostics and a list, the verdict and the preview drawn by the core's view (as in VS Code and the HTML report),
 * schema hover, samples, a new-strategy template, English and Japanese, and the text kept in the URL to share.
 */
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history as undoHistory, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { toDom } from '../../src/core/view/dom';
import { previewLabels } from '../../src/core/view/labels';
import { previewView } from '../../src/core/view/preview-view';
import { h, withCode } from '../../src/core/view/tree';
import type { ViewNode } from '../../src/core/view/tree';
import type { Locale } from '../../src/core/types';
import type { FromWorker, ToWorker } from './protocol';
import { decodeShare, encodeShare } from './share';
import { playgroundTexts } from './texts';

/** The samples, from samples/ at build time. */
declare const PLAYGROUND_SAMPLES: { name: string; text: string }[];

const DEFAULT_SAMPLE: Record<Locale, string> = { en: 'acme-cloud', ja: 'kantan-yoyaku' };
/** Linting waits for a pause in typing this long; the link is updated at most this often. */
const LINT_DELAY_MS = 120;
const SHARE_DELAY_MS = 400;

/** YAML's colours, from the stylesheet's variables (light and dark, as VS Code's default themes colour YAML). */
const yamlColours = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: 'var(--yaml-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--yaml-string)' },
  { tag: tags.lineComment, color: 'var(--yaml-comment)' },
  { tag: [tags.keyword, tags.meta, tags.attributeValue], color: 'var(--yaml-meta)' },
  { tag: [tags.labelName, tags.typeName], color: 'var(--yaml-label)' },
]);

const worker = new Worker('worker.js', { name: 'partnerlint' });
const pending = new Map<number, (message: FromWorker) => void>();
let nextId = 1;
worker.onmessage = (event: MessageEvent<FromWorker>) => {
  pending.get(event.data.id)?.(event.data);
  pending.delete(event.data.id);
};

function ask<T extends FromWorker['type']>(message: Omit<Extract<ToWorker, { type: T }>, 'id'>): Promise<Extract<FromWorker, { type: T }>> {
  const id = nextId++;
  return new Promise((done) => {
    pending.set(id, done as (message: FromWorker) => void);
    worker.postMessage({ ...message, id });
  });
}

const dom = (node: ViewNode): Node => toDom<Node, Element>(node, document);
const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

const params = new URLSearchParams(location.search);
let locale: Locale = params.get('locale') === 'ja' || (params.get('locale') !== 'en' && navigator.language.toLowerCase().startsWith('ja')) ? 'ja' : 'en';
let latestLint = 0;
let lintTimer: ReturnType<typeof setTimeout> | undefined;
let shareTimer: ReturnType<typeof setTimeout> | undefined;

const view = new EditorView({
  parent: byId('editor'),
  state: EditorState.create({
    doc: '',
    extensions: [
      lineNumbers(),
      highlightActiveLine(),
      undoHistory(),
      keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
      autocompletion({ override: [complete] }),
      yaml(),
      syntaxHighlighting(yamlColours),
      lintGutter(),
      EditorView.lineWrapping,
      hoverTooltip(async (editor, position) => {
        const { hover } = await ask<'hover'>({ type: 'hover', text: editor.state.doc.toString(), offset: position, locale });
        if (!hover || hover.to > editor.state.doc.length) return null;
        return {
          pos: hover.from,
          end: hover.to,
          above: true,
          create: () => ({ dom: dom(h('div', { class: 'schema-hover' }, h('strong', {}, hover.title), ' — ', ...withCode(hover.text))) as HTMLElement }),
        };
      }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        scheduleLint();
        clearTimeout(shareTimer);
        shareTimer = setTimeout(() => void updateLink(), SHARE_DELAY_MS);
      }),
      EditorView.contentAttributes.of({ 'aria-label': playgroundTexts(locale).editor }),
    ],
  }),
});

/**
 * The keys a map can take, the values a key allows and the segment ids, from the schema as the language server offers
 * them. While typing, only after a letter of a key or value; Ctrl+Space asks anywhere.
 */
async function complete(context: CompletionContext): Promise<CompletionResult | null> {
  if (!context.explicit && !context.matchBefore(/[\w-]+$/)) return null;
  const text = context.state.doc.toString();
  const { completions } = await ask<'complete'>({ type: 'complete', text, offset: context.pos, locale });
  if (!completions || context.aborted || context.state.doc.toString() !== text) return null;
  const t = playgroundTexts(locale);
  return {
    from: completions.start,
    validFor: /^[\w-]*$/,
    options: completions.candidates.map((candidate) => ({
      label: candidate.label,
      type: candidate.kind === 'key' ? 'property' : candidate.kind === 'value' ? 'enum' : 'variable',
      apply: candidate.insert,
      // Among equally good matches, the core's order (required keys first), as the language server gives it to VS Code.
      sortText: candidate.sortText,
      ...(candidate.required ? { detail: t.required } : {}),
      ...(candidate.description ? { info: () => dom(h('div', { class: 'schema-hover' }, ...withCode(candidate.description ?? ''))) } : {}),
    })),
  };
}

function scheduleLint(): void {
  clearTimeout(lintTimer);
  byId('result').setAttribute('aria-busy', 'true');
  lintTimer = setTimeout(() => void lintNow(), LINT_DELAY_MS);
}

/** Lints the text as it is now; an answer for an older text is dropped. */
async function lintNow(): Promise<void> {
  const text = view.state.doc.toString();
  const id = ++latestLint;
  const answer = await ask<'lint'>({ type: 'lint', text, locale });
  if (id !== latestLint || view.state.doc.toString() !== text) return;
  const length = view.state.doc.length;
  const diagnostics: Diagnostic[] = answer.diagnostics
    .filter((d) => d.from <= length)
    .map((d) => ({
      from: d.from,
      to: Math.min(d.to, length),
      severity: d.severity,
      message: d.message,
      source: `partnerlint(${d.ruleId})`,
    }));
  view.dispatch(setDiagnostics(view.state, diagnostics));
  const result = byId('result');
  result.removeAttribute('aria-busy');
  result.dataset.findings = String(answer.diagnostics.length);
  if (answer.model) {
    result.replaceChildren(...previewView(answer.model, previewLabels(locale), { fileName: 'partner-strategy.yaml', panel: {} }).map(dom));
  } else {
    result.replaceChildren(dom(h('section', { id: 'problem' }, h('p', { class: 'problem' }, answer.refused ?? ''))));
  }
}

async function updateLink(): Promise<void> {
  const hash = await encodeShare(view.state.doc.toString());
  history.replaceState(null, '', `${location.pathname}${location.search}#${hash}`);
}

function setText(text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
}

function sampleText(name: string): string {
  return PLAYGROUND_SAMPLES.find((sample) => sample.name === name)?.text ?? PLAYGROUND_SAMPLES[0]!.text;
}

/** The bar above the editor: samples, a new strategy, the language, the link; and the notice line. */
function renderBar(): void {
  const t = playgroundTexts(locale);
  document.documentElement.lang = locale;
  document.title = t.title;
  const samples = h('select', { id: 'sample', 'aria-label': t.sample }, h('option', { value: '' }, `${t.sample}…`), ...PLAYGROUND_SAMPLES.map((s) => h('option', { value: s.name }, s.name)));
  const languages = h('select', { id: 'locale', 'aria-label': t.language }, h('option', { value: 'en' }, 'English'), h('option', { value: 'ja' }, '日本語'));
  byId('bar').replaceChildren(
    ...[
      h('h1', {}, t.title),
      h('p', { class: 'about' }, t.about),
      h(
        'div',
        { class: 'controls' },
        samples,
        h('button', { type: 'button', id: 'new-strategy' }, t.newStrategy),
        languages,
        h('button', { type: 'button', id: 'copy-link' }, t.copyLink),
        h('a', { href: 'rules/index.html' }, t.rules),
        h('a', { href: 'format.html' }, t.format),
      ),
    ].map(dom),
  );
  (byId('locale') as HTMLSelectElement).value = locale;
  byId('sample').addEventListener('change', (event) => {
    const name = (event.target as HTMLSelectElement).value;
    if (name) setText(sampleText(name));
  });
  byId('new-strategy').addEventListener('click', async () => setText((await ask<'template'>({ type: 'template', locale })).text));
  byId('locale').addEventListener('change', (event) => {
    locale = (event.target as HTMLSelectElement).value === 'ja' ? 'ja' : 'en';
    const search = new URLSearchParams(location.search);
    search.set('locale', locale);
    history.replaceState(null, '', `${location.pathname}?${search.toString()}${location.hash}`);
    renderBar();
    scheduleLint();
  });
  byId('copy-link').addEventListener('click', async () => {
    await updateLink();
    try {
      await navigator.clipboard.writeText(location.href);
      notice(t.linkCopied, 'info');
    } catch {
      notice(location.href, 'info');
    }
  });
}

function notice(text: string, kind: 'error' | 'info'): void {
  const line = byId('notice');
  line.textContent = text;
  line.className = `notice ${kind}`;
  line.hidden = text === '';
}

// A click on a purpose, a reason or a finding in the result moves the cursor to its line.
byId('result').addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-line]') : null;
  if (!(button instanceof HTMLElement)) return;
  const line = Number(button.dataset.line);
  const column = Number(button.dataset.column ?? '1');
  if (!Number.isInteger(line) || line < 1 || line > view.state.doc.lines) return;
  const start = view.state.doc.line(line);
  const anchor = Math.min(start.from + Math.max(column - 1, 0), start.to);
  view.dispatch({ selection: { anchor }, scrollIntoView: true });
  view.focus();
});

async function open(): Promise<void> {
  renderBar();
  const shared = await decodeShare(location.hash);
  if (shared instanceof Error) {
    const t = playgroundTexts(locale);
    notice(t.brokenLink(t.linkProblems[shared.problem]), 'error');
    setText(sampleText(DEFAULT_SAMPLE[locale]));
  } else setText(shared ?? sampleText(DEFAULT_SAMPLE[locale]));
}

void open();
// The site's files are kept for offline use; where service workers are not allowed (a private window, a file: URL)
// the page works as it is, online.
navigator.serviceWorker?.register('sw.js').catch(() => undefined);
