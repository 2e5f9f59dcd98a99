/**
 * The one drawing of a preview model: the preview panel shows it live (its webview makes DOM nodes of it) and the HTML
 * report prints it (as markup), so the two never disagree. Only the panel's interactions differ: there a purpose, a
 * reason or a finding is a button that reveals its line, and the header has the lock; on the page they are text, each
 * finding with its source lines and a link to its rule.
 */
import type { PreviewModel, PreviewReason } from '../preview';
import type { PreviewLabels } from './labels';
import { h, svg, withCode } from './tree';
import type { ViewChild, ViewElement, ViewNode } from './tree';

export interface PreviewViewOptions {
  /** Shown under the title, and as the title of a file that has none. */
  fileName: string;
  /** The panel (and the playground): lines to reveal on click, and the lock button where a lock state is given. */
  panel?: { locked?: boolean };
  /** Makes the ids unique where several files share a page. */
  idPrefix?: string;
  /** The page: each finding's source lines, by its index in `model.findings`. */
  excerpts?: readonly (readonly string[] | undefined)[];
}

const STATUS_MARK = { clear: '✓', 'at-risk': '!', unknown: '?' } as const;
const SEVERITY_MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** The preview of one file: its header, then its sections (verdict, purposes, LTV, partners, KPIs, findings). */
export function previewView(m: PreviewModel, L: PreviewLabels, options: PreviewViewOptions): ViewNode[] {
  const id = (name: string): string => `${options.idPrefix ?? ''}${name}`;
  const section = (name: string, title: string, ...children: ViewChild[]): ViewElement =>
    h('section', { id: id(name), 'aria-labelledby': id(`${name}-title`) }, h('h2', { id: id(`${name}-title`) }, title), ...children);
  /** Where the panel reveals `line` on click; on the page, the same content as text. */
  const reveal = (children: ViewChild[], line: number, column: number, className = 'reveal'): ViewElement =>
    options.panel
      ? h('button', { type: 'button', class: className, 'data-line': String(line), 'data-column': String(column) }, ...children)
      : h(className === 'reveal' ? 'span' : 'div', { class: className }, ...children);
  const reasonItem = (reason: PreviewReason): ViewElement => {
    const text = [h('span', { class: 'check-reason' }, ...withCode(reason.message)), reason.ruleId ? h('span', { class: 'rule' }, reason.ruleId) : null];
    return h(
      'li',
      { class: `reason status-${reason.status}`, ...(reason.ruleId ? { 'data-rule': reason.ruleId } : {}) },
      reason.line !== null && reason.column !== null
        ? reveal([h('span', { class: 'position' }, String(reason.line)), ...text], reason.line, reason.column, 'reason-button')
        : h('span', {}, ...text),
    );
  };

  const parts: ViewNode[] = [header(m, L, options)];
  if (m.problem) {
    parts.push(
      section(
        'problem',
        L.doesNotParse,
        h('p', { class: 'problem' }, ...withCode(m.problem.message)),
        reveal([`${L.line} ${m.problem.line}`], m.problem.line, m.problem.column),
      ),
    );
  }
  if (m.readiness) {
    const r = m.readiness;
    parts.push(
      section(
        'verdict',
        L.verdict,
        h('p', { class: `verdict verdict-${r.verdict}`, 'data-verdict': r.verdict }, r.label),
        h(
          'ul',
          { class: 'checks', 'aria-label': L.checks },
          ...r.checks.map((check) =>
            h(
              'li',
              { class: `check status-${check.status}`, 'data-check': check.id },
              h('span', { class: 'mark', 'aria-hidden': 'true' }, STATUS_MARK[check.status]),
              h('span', { class: 'check-label' }, check.label),
              h('span', { class: 'check-status' }, check.statusLabel),
              check.reasons.length ? h('ul', { class: 'check-reasons' }, ...check.reasons.map(reasonItem)) : h('span', { class: 'check-reason' }, check.reason),
            ),
          ),
        ),
        r.otherReasons.length
          ? h('div', { class: 'other-reasons' }, h('h3', {}, L.otherReasons), h('ul', { class: 'check-reasons' }, ...r.otherReasons.map(reasonItem)))
          : null,
        h('p', { class: 'verdict-docs' }, h('a', { href: r.docsUrl }, L.howVerdict)),
      ),
    );
  }
  if (!m.problem) {
    const purpose = (p: PreviewModel['matrix']['salesCapacity'][number], withSegment: boolean): ViewElement =>
      reveal(
        [
          h('strong', {}, p.label),
          withSegment && p.segment ? h('span', { class: 'segment' }, p.segment) : null,
          p.description ? h('span', { class: 'description' }, p.description) : null,
        ],
        p.line,
        1,
        'purpose',
      );
    const cell = (type: keyof PreviewModel['matrix']['cells']): ViewElement =>
      h(
        'td',
        { 'data-cell': type },
        ...(m.matrix.cells[type].length ? m.matrix.cells[type].map((p) => purpose(p, true)) : [h('span', { class: 'empty' }, '—')]),
      );
    parts.push(
      section(
        'matrix',
        L.matrix,
        h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'matrix' },
            h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, L.productAsIs), h('th', { scope: 'col' }, L.productMoreValuable))),
            h(
              'tbody',
              {},
              h('tr', {}, h('th', { scope: 'row' }, L.marketToday), cell('majority-reach'), cell('integration')),
              h('tr', {}, h('th', { scope: 'row' }, L.newMarket), cell('new-segment'), cell('new-business-model')),
            ),
          ),
        ),
        m.matrix.salesCapacity.length
          ? h(
              'div',
              { class: 'sales-capacity', 'data-cell': 'sales-capacity' },
              h('h3', {}, L.salesCapacity),
              h('p', { class: 'note' }, L.salesCapacityNote),
              ...m.matrix.salesCapacity.map((p) => purpose(p, false)),
            )
          : null,
      ),
    );
    parts.push(section('ltv', L.ltv, m.ltv ? ltvBlock(m.ltv, L) : h('p', { class: 'empty' }, L.empty)));
    parts.push(section('partners', L.partners, m.partners.length ? partnersBlock(m.partners, L) : h('p', { class: 'empty' }, L.empty)));
    parts.push(section('kpis', L.kpis, m.kpis.length ? kpisBlock(m.kpis, L) : h('p', { class: 'empty' }, L.empty)));
  }
  parts.push(
    section(
      'findings',
      L.findings,
      m.findings.length
        ? h(
            'ul',
            { class: 'findings' },
            ...m.findings.map((f, index) => {
              const excerpt = options.excerpts?.[index];
              return h(
                'li',
                { class: `finding severity-${f.severity}`, 'data-rule': f.ruleId },
                reveal(
                  [
                    h('span', { class: 'mark', 'aria-hidden': 'true' }, SEVERITY_MARK[f.severity]),
                    h('span', { class: 'position' }, `${f.line}:${f.column}`),
                    h('span', { class: 'message' }, ...withCode(f.message)),
                    // A link cannot sit inside the panel's button; on the page the rule links to its docs.
                    options.panel ? h('span', { class: 'rule' }, f.ruleId) : h('a', { class: 'rule', href: f.docsUrl }, f.ruleId),
                  ],
                  f.line,
                  f.column,
                  'finding-button',
                ),
                excerpt?.length ? h('pre', { class: 'excerpt' }, excerpt.join('\n')) : null,
              );
            }),
          )
        : h('p', { class: 'empty' }, L.noFindings),
    ),
  );
  return parts;
}

/** A file that could not be read or linted: its name and why. */
export function unreadableView(fileName: string, message: string, idPrefix = ''): ViewNode[] {
  return [h('header', {}, h('h1', {}, fileName)), h('section', { id: `${idPrefix}problem` }, h('p', { class: 'problem' }, message))];
}

function header(m: PreviewModel, L: PreviewLabels, options: PreviewViewOptions): ViewElement {
  const lock =
    options.panel?.locked !== undefined
      ? h(
          'button',
          { type: 'button', class: 'lock', 'aria-pressed': String(options.panel.locked), title: options.panel.locked ? L.unlockTitle : L.lockTitle },
          options.panel.locked ? L.locked : L.lock,
        )
      : null;
  return h(
    'header',
    {},
    h('h1', {}, m.title || options.fileName),
    m.company ? h('p', { class: 'company' }, m.company) : null,
    h('p', { class: 'file' }, options.fileName),
    lock,
  );
}

function partnersBlock(partners: PreviewModel['partners'], L: PreviewLabels): ViewElement {
  return h(
    'div',
    { class: 'partner-types' },
    ...partners.map((type) =>
      h(
        'div',
        { class: 'partner-type', 'data-type': type.type },
        h('h3', {}, type.label),
        ...type.groups.map((group) =>
          h(
            'div',
            { class: 'partner-group' },
            h('h4', {}, group.segment),
            h(
              'ul',
              {},
              ...group.partners.map((p) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'partner-name' }, p.name),
                  p.customerRelationships ? h('span', { class: 'badge' }, L.trusted) : null,
                  p.regions.length ? h('span', { class: 'regions' }, p.regions.join(', ')) : null,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function kpisBlock(kpis: PreviewModel['kpis'], L: PreviewLabels): ViewElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'kpis' },
      h(
        'tbody',
        {},
        ...kpis.map((k) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, k.name),
            h('td', { class: 'target' }, k.target),
            h('td', { class: k.due ? 'due' : 'due missing' }, k.due ? `${L.due} ${k.due}` : L.noDue),
          ),
        ),
      ),
    ),
  );
}

type Ltv = NonNullable<PreviewModel['ltv']>;

function ltvBlock(ltv: Ltv, L: PreviewLabels): ViewElement {
  const below = ltv.threshold !== null && ltv.ltv < ltv.threshold;
  const figures = h(
    'dl',
    { class: 'ltv-figures' },
    h('dt', {}, L.ltvPerAccount),
    h('dd', { class: below ? 'ltv-value below' : 'ltv-value', 'data-ltv': String(Math.round(ltv.ltv)) }, ltv.ltvText),
    ltv.thresholdText ? h('dt', {}, L.threshold) : null,
    ltv.thresholdText ? h('dd', { class: 'threshold' }, ltv.thresholdText) : null,
    ltv.partnerShareText ? h('dt', {}, L.partnerShare) : null,
    ltv.partnerShareText ? h('dd', { class: 'share' }, ltv.partnerShareText) : null,
    ...ltv.inputs.flatMap((input) => [h('dt', { class: 'input' }, input.label), h('dd', { class: 'input' }, input.value)]),
  );
  return h('div', { class: 'ltv' }, figures, ltvChart(ltv, L));
}

/** Cumulative revenue of one account per month, against the threshold, with the partner's share where a margin is given. */
function ltvChart(ltv: Ltv, L: PreviewLabels): ViewElement {
  const width = 480;
  const height = 200;
  const pad = { left: 8, right: 8, top: 10, bottom: 22 };
  const values = ltv.cumulative;
  const top = Math.max(ltv.threshold ?? 0, values.at(-1) ?? 0, 1) * 1.08;
  const x = (i: number): number => pad.left + (i / Math.max(values.length - 1, 1)) * (width - pad.left - pad.right);
  const y = (v: number): number => height - pad.bottom - (v / top) * (height - pad.top - pad.bottom);
  const points = (scale: number): string => values.map((v, i) => `${x(i).toFixed(1)},${y(v * scale).toFixed(1)}`).join(' ');
  const label = `${L.chartCaption}: ${L.ltvPerAccount} ${ltv.ltvText}${ltv.thresholdText ? `, ${L.threshold} ${ltv.thresholdText}` : ''}`;
  return h(
    'figure',
    { class: 'chart' },
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'none' },
      svg('title', {}, label),
      svg('line', { class: 'axis', x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom }),
      svg('polyline', { class: 'revenue', points: points(1), fill: 'none' }),
      ltv.margin !== null ? svg('polyline', { class: 'share', points: points(ltv.margin), fill: 'none' }) : null,
      ltv.threshold !== null ? svg('line', { class: 'threshold', x1: pad.left, y1: y(ltv.threshold), x2: width - pad.right, y2: y(ltv.threshold) }) : null,
      ltv.threshold !== null
        ? svg(
            'text',
            { class: 'threshold-label', x: width - pad.right, y: y(ltv.threshold) - 4, 'text-anchor': 'end' },
            `${L.threshold} ${ltv.thresholdText ?? ''}`,
          )
        : null,
      svg('text', { class: 'axis-label', x: pad.left, y: height - 6 }, '0'),
      svg('text', { class: 'axis-label', x: width - pad.right, y: height - 6, 'text-anchor': 'end' }, `${values.length} ${L.months}`),
    ),
    h('figcaption', {}, L.chartCaption),
  );
}
