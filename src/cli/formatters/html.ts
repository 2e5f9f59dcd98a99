/**
 * One self-contained page per run: per file the preview (verdict and reasons, purposes, LTV chart, partners, KPIs) drawn
 * by the same view as the preview panel, and the findings with their source lines and links to their rules. It requests
 * nothing: its style is inline and allowed by hash in a strict Content-Security-Policy, it has no script, its charts are
 * inline SVG. All strategy text is escaped text.
 */
import { LineIndex, previewModel } from '../../core/index';
import { PAGE_THEME_CSS, PREVIEW_CSS, REPORT_CSS } from '../../core/generated/styles';
import { previewLabels } from '../../core/view/labels';
import { previewView, unreadableView } from '../../core/view/preview-view';
import { h, toHtml } from '../../core/view/tree';
import type { ViewNode } from '../../core/view/tree';
import { excerpt } from '../excerpt';
import { countFindings, leftOutClauses, reportLocale } from '../report';
import type { FileReport, FormatContext, RunReport } from '../report';
import { words as cliWords } from '../texts';

/** Nothing but the inline style, by its hash: no script, image, font, frame or connection. */
function contentSecurityPolicy(style: string): string {
  // Loaded here, as fingerprint.ts does: node:crypto costs a few ms at start, and most runs write no page.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; base-uri 'none'; form-action 'none'`;
}

export function formatHtml(report: RunReport, context: FormatContext): string {
  const locale = reportLocale(report);
  const words = cliWords(locale);
  const counts = countFindings(report.files);
  const run = h(
    'header',
    { class: 'run' },
    h('h1', {}, words.cli.html.title),
    h(
      'p',
      {},
      [words.cli.markdown.counts(report.files.length, counts.errors, counts.warnings, counts.infos), ...leftOutClauses(report, locale)].join(
        words.cli.clauseSeparator,
      ),
    ),
    h('p', {}, words.cli.html.madeBy(context.version)),
    h(
      'nav',
      { 'aria-label': words.cli.html.files },
      h(
        'ol',
        { class: 'contents' },
        ...report.files.map((file, index) => {
          const readiness = file.result?.readiness;
          const fileWords = cliWords(file.result?.locale ?? locale);
          const verdict = file.error
            ? fileWords.cli.markdown.notLinted
            : readiness
              ? fileWords.verdicts[readiness.verdict]
              : fileWords.cli.markdown.syntaxError;
          return h('li', {}, h('a', { href: `#file-${index + 1}` }, file.path), h('span', { class: 'verdict-word' }, verdict));
        }),
      ),
    ),
  );
  const articles = report.files.map((file, index) => fileArticle(file, index + 1, locale));
  const body = toHtml([h('main', {}, run, ...articles)]);
  const style = `${PREVIEW_CSS}\n${PAGE_THEME_CSS}\n${REPORT_CSS}`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(style)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="partnerlint ${context.version.replace(/[^\w.+-]/g, '')}">
<title>${toHtml([words.cli.html.title])}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function fileArticle(file: FileReport, number: number, runLocale: RunReport['locale']): ViewNode {
  const locale = file.result?.locale ?? runLocale;
  const idPrefix = `file-${number}-`;
  const attributes = {
    class: 'file-report',
    id: `file-${number}`,
    lang: locale,
    ...(file.result?.readiness ? { 'data-verdict': file.result.readiness.verdict } : {}),
  };
  if (file.error !== undefined || !file.result || file.text === undefined) {
    return h('article', attributes, ...unreadableView(file.path, file.error ?? cliWords(locale).cli.markdown.notLinted, idPrefix));
  }
  const lines = new LineIndex(file.text);
  const excerpts = file.result.findings.map((finding) => excerpt(lines, finding, 0));
  const model = previewModel(file.text, file.result, locale);
  return h('article', attributes, ...previewView(model, previewLabels(locale), { fileName: file.path, idPrefix, excerpts }));
}
