/**
 * The preview's webview: lays out the model it is sent, as text only (textContent and attributes, never innerHTML),
 * and draws the LTV chart as SVG from the numbers. It runs no code it is sent and loads nothing remote.
 */
import { isToWebview } from '../preview/protocol';
import type { FromWebview, ToWebview, WebviewState } from '../preview/protocol';
import type { PreviewModel, PreviewReason } from '../../core/preview';
import type { PreviewLabels } from '../preview/labels';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: WebviewState): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const SVG = 'http://www.w3.org/2000/svg';

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes, so nothing is ever parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

function svg(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function revealButton(label: Child[], line: number, column: number, className = 'reveal'): HTMLButtonElement {
  const button = el('button', { type: 'button', class: className, 'data-line': String(line) }, ...label);
  button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line, column }));
  return button;
}

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...children);
}

const STATUS_MARK = { clear: '✓', 'at-risk': '!', unknown: '?' } as const;
const SEVERITY_MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

function render(message: Extract<ToWebview, { type: 'render' }>): void {
  const m: PreviewModel = message.model;
  const L = message.labels;
  document.documentElement.lang = m.locale;
  const lock = el('button', { type: 'button', class: 'lock', 'aria-pressed': String(message.locked) }, message.locked ? L.locked : L.lock);
  lock.title = message.locked ? L.unlockTitle : L.lockTitle;
  lock.addEventListener('click', () => vscode.postMessage({ type: 'toggleLock' }));

  const header = el(
    'header',
    {},
    el('h1', {}, m.title || message.fileName),
    m.company ? el('p', { class: 'company' }, m.company) : null,
    el('p', { class: 'file' }, message.fileName),
    lock,
  );

  const parts: Child[] = [header];
  if (m.problem) {
    parts.push(
      section(
        'problem',
        L.doesNotParse,
        el('p', { class: 'problem' }, m.problem.message),
        revealButton([`${L.line} ${m.problem.line}`], m.problem.line, m.problem.column),
      ),
    );
  }
  if (m.readiness) {
    const r = m.readiness;
    parts.push(
      section(
        'verdict',
        L.verdict,
        el('p', { class: `verdict verdict-${r.verdict}`, 'data-verdict': r.verdict }, r.label),
        el(
          'ul',
          { class: 'checks', 'aria-label': L.checks },
          ...r.checks.map((check) =>
            el(
              'li',
              { class: `check status-${check.status}`, 'data-check': check.id },
              el('span', { class: 'mark', 'aria-hidden': 'true' }, STATUS_MARK[check.status]),
              el('span', { class: 'check-label' }, check.label),
              el('span', { class: 'check-status' }, check.statusLabel),
              check.reasons.length
                ? el('ul', { class: 'check-reasons' }, ...check.reasons.map(reasonItem))
                : el('span', { class: 'check-reason' }, check.reason),
            ),
          ),
        ),
        r.otherReasons.length
          ? el('div', { class: 'other-reasons' }, el('h3', {}, L.otherReasons), el('ul', { class: 'check-reasons' }, ...r.otherReasons.map(reasonItem)))
          : null,
        el('p', { class: 'verdict-docs' }, el('a', { href: r.docsUrl }, L.howVerdict)),
      ),
    );
  }
  if (!m.problem) {
    const cell = (type: keyof PreviewModel['matrix']['cells']): HTMLElement =>
      el(
        'td',
        { 'data-cell': type },
        ...(m.matrix.cells[type].length
          ? m.matrix.cells[type].map((p) =>
              revealButton(
                [
                  el('strong', {}, p.label),
                  p.segment ? el('span', { class: 'segment' }, p.segment) : null,
                  p.description ? el('span', { class: 'description' }, p.description) : null,
                ],
                p.line,
                1,
                'purpose',
              ),
            )
          : [el('span', { class: 'empty' }, '—')]),
      );
    parts.push(
      section(
        'matrix',
        L.matrix,
        el(
          'div',
          { class: 'table-scroll' },
          el(
            'table',
            { class: 'matrix' },
            el('thead', {}, el('tr', {}, el('td', {}), el('th', { scope: 'col' }, L.productAsIs), el('th', { scope: 'col' }, L.productMoreValuable))),
            el(
              'tbody',
              {},
              el('tr', {}, el('th', { scope: 'row' }, L.marketToday), cell('majority-reach'), cell('integration')),
              el('tr', {}, el('th', { scope: 'row' }, L.newMarket), cell('new-segment'), cell('new-business-model')),
            ),
          ),
        ),
        m.matrix.salesCapacity.length
          ? el(
              'div',
              { class: 'sales-capacity', 'data-cell': 'sales-capacity' },
              el('h3', {}, L.salesCapacity),
              el('p', { class: 'note' }, L.salesCapacityNote),
              ...m.matrix.salesCapacity.map((p) =>
                revealButton([el('strong', {}, p.label), p.description ? el('span', { class: 'description' }, p.description) : null], p.line, 1, 'purpose'),
              ),
            )
          : null,
      ),
    );
    parts.push(section('ltv', L.ltv, m.ltv ? ltvBlock(m, L) : el('p', { class: 'empty' }, L.empty)));
    parts.push(
      section(
        'partners',
        L.partners,
        m.partners.length
          ? el(
              'div',
              { class: 'partner-types' },
              ...m.partners.map((type) =>
                el(
                  'div',
                  { class: 'partner-type', 'data-type': type.type },
                  el('h3', {}, type.label),
                  ...type.groups.map((group) =>
                    el(
                      'div',
                      { class: 'partner-group' },
                      el('h4', {}, group.segment),
                      el(
                        'ul',
                        {},
                        ...group.partners.map((p) =>
                          el(
                            'li',
                            {},
                            el('span', { class: 'partner-name' }, p.name),
                            p.customerRelationships ? el('span', { class: 'badge' }, L.trusted) : null,
                            p.regions.length ? el('span', { class: 'regions' }, p.regions.join(', ')) : null,
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            )
          : el('p', { class: 'empty' }, L.empty),
      ),
    );
    parts.push(
      section(
        'kpis',
        L.kpis,
        m.kpis.length
          ? el(
              'div',
              { class: 'table-scroll' },
              el(
                'table',
                { class: 'kpis' },
                el(
                  'tbody',
                  {},
                  ...m.kpis.map((k) =>
                    el(
                      'tr',
                      {},
                      el('th', { scope: 'row' }, k.name),
                      el('td', { class: 'target' }, k.target),
                      el('td', { class: k.due ? 'due' : 'due missing' }, k.due ? `${L.due} ${k.due}` : L.noDue),
                    ),
                  ),
                ),
              ),
            )
          : el('p', { class: 'empty' }, L.empty),
      ),
    );
  }
  parts.push(
    section(
      'findings',
      L.findings,
      m.findings.length
        ? el(
            'ul',
            { class: 'findings' },
            ...m.findings.map((f) =>
              el(
                'li',
                { class: `finding severity-${f.severity}`, 'data-rule': f.ruleId },
                revealButton(
                  [
                    el('span', { class: 'mark', 'aria-hidden': 'true' }, SEVERITY_MARK[f.severity]),
                    el('span', { class: 'position' }, `${f.line}:${f.column}`),
                    el('span', { class: 'message' }, f.message),
                    el('span', { class: 'rule' }, f.ruleId),
                  ],
                  f.line,
                  f.column,
                  'finding-button',
                ),
              ),
            ),
          )
        : el('p', { class: 'empty' }, L.noFindings),
    ),
  );
  app.replaceChildren(...parts.filter((p): p is Node => p instanceof Node));
}

/** A reason of the verdict: its finding's message and place, which jumps to the line; an input named without a line is text. */
function reasonItem(reason: PreviewReason): HTMLElement {
  const text = [el('span', { class: 'check-reason' }, reason.message), reason.ruleId ? el('span', { class: 'rule' }, reason.ruleId) : null];
  return el(
    'li',
    { class: `reason status-${reason.status}`, ...(reason.ruleId ? { 'data-rule': reason.ruleId } : {}) },
    reason.line !== null && reason.column !== null
      ? revealButton([el('span', { class: 'position' }, String(reason.line)), ...text], reason.line, reason.column, 'reason-button')
      : el('span', {}, ...text),
  );
}

function ltvBlock(m: PreviewModel, L: PreviewLabels): HTMLElement {
  const ltv = m.ltv!;
  const below = ltv.threshold !== null && ltv.ltv < ltv.threshold;
  const figures = el(
    'dl',
    { class: 'ltv-figures' },
    el('dt', {}, L.ltvPerAccount),
    el('dd', { class: below ? 'ltv-value below' : 'ltv-value', 'data-ltv': String(Math.round(ltv.ltv)) }, ltv.ltvText),
    ltv.thresholdText ? el('dt', {}, L.threshold) : null,
    ltv.thresholdText ? el('dd', { class: 'threshold' }, ltv.thresholdText) : null,
    ltv.partnerShareText ? el('dt', {}, L.partnerShare) : null,
    ltv.partnerShareText ? el('dd', { class: 'share' }, ltv.partnerShareText) : null,
    ...ltv.inputs.flatMap((input) => [el('dt', { class: 'input' }, input.label), el('dd', { class: 'input' }, input.value)]),
  );
  return el('div', { class: 'ltv' }, figures, chart(m, L));
}

/** Cumulative revenue of one account per month, against the threshold, with the partner's share where a margin is given. */
function chart(m: PreviewModel, L: PreviewLabels): Element {
  const ltv = m.ltv!;
  const width = 480;
  const height = 200;
  const pad = { left: 8, right: 8, top: 10, bottom: 22 };
  const values = ltv.cumulative;
  const top = Math.max(ltv.threshold ?? 0, values.at(-1) ?? 0, 1) * 1.08;
  const x = (i: number): number => pad.left + (i / Math.max(values.length - 1, 1)) * (width - pad.left - pad.right);
  const y = (v: number): number => height - pad.bottom - (v / top) * (height - pad.top - pad.bottom);
  const points = (scale: number): string => values.map((v, i) => `${x(i).toFixed(1)},${y(v * scale).toFixed(1)}`).join(' ');
  const label = `${L.chartCaption}: ${L.ltvPerAccount} ${ltv.ltvText}${ltv.thresholdText ? `, ${L.threshold} ${ltv.thresholdText}` : ''}`;
  const children: (Node | string)[] = [
    svg('title', {}, label),
    svg('line', { class: 'axis', x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom }),
    svg('polyline', { class: 'revenue', points: points(1), fill: 'none' }),
  ];
  if (ltv.margin !== null) children.push(svg('polyline', { class: 'share', points: points(ltv.margin), fill: 'none' }));
  if (ltv.threshold !== null) {
    children.push(svg('line', { class: 'threshold', x1: pad.left, y1: y(ltv.threshold), x2: width - pad.right, y2: y(ltv.threshold) }));
    children.push(
      svg(
        'text',
        { class: 'threshold-label', x: width - pad.right, y: y(ltv.threshold) - 4, 'text-anchor': 'end' },
        `${L.threshold} ${ltv.thresholdText ?? ''}`,
      ),
    );
  }
  children.push(svg('text', { class: 'axis-label', x: pad.left, y: height - 6 }, '0'));
  children.push(svg('text', { class: 'axis-label', x: width - pad.right, y: height - 6, 'text-anchor': 'end' }, `${values.length} ${L.months}`));
  const figure = el('figure', { class: 'chart' });
  figure.append(
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'none' }, ...children),
    el('figcaption', {}, L.chartCaption),
  );
  return figure;
}

function renderError(message: Extract<ToWebview, { type: 'error' }>): void {
  app.replaceChildren(el('header', {}, el('h1', {}, message.fileName)), el('section', { id: 'problem' }, el('p', { class: 'problem' }, message.message)));
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isToWebview(message)) return;
  vscode.setState({ uri: message.uri, locked: message.locked });
  if (message.type === 'render') render(message);
  else renderError(message);
});

vscode.postMessage({ type: 'ready' });
