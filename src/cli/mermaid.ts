/**
 * The markdown report's charts, as Mermaid (GitHub draws them in comments and job summaries): the purpose matrix as a
 * `quadrantChart` and the LTV per account against its threshold as an `xychart-beta` bar. Each comes with a one-line text
 * equivalent, for hosts that show the code instead and for screen readers. Strategy text goes into the charts only as
 * quoted labels, with every character that Mermaid or markdown would read as syntax written as a Mermaid entity.
 */
import { purposeLabel } from '../core/index';
import type { PreviewModel } from '../core/index';
import type { PreviewLabels } from '../core/view/labels';
import type { CliTexts } from './texts';

export interface Chart {
  /** The chart as Mermaid, or a one-row markdown table where a chart would mislead; absent when there is nothing to draw. */
  mermaid?: string;
  table?: string;
  /** What the chart shows, in one line of plain text. */
  text: string;
}

/** The most points a matrix draws (the text equivalent names them all) and the longest label, in characters. */
const MAX_POINTS = 24;
const MAX_LABEL = 48;

/**
 * A label inside Mermaid's quotes: one line, at most `MAX_LABEL` characters, and no character Mermaid could read as the
 * end of the string, a directive (`%%{`), markdown (backticks) or markup: those are written as entities (`#quot;`), which
 * Mermaid shows as the character itself.
 */
export function mermaidLabel(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const chars = Array.from(oneLine);
  const short = chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : oneLine;
  return `"${short.replace(/[#"%<>`&]/g, (c) => `#${c.codePointAt(0)};`)}"`;
}

/** The purposes on the matrix: market (vertical) × product (horizontal), as the file format's reference draws it; `sales-capacity` apart. */
export function purposeMatrix(model: PreviewModel, L: PreviewLabels, words: CliTexts['markdown']['charts']): Chart {
  const { cells, salesCapacity } = model.matrix;
  // The cells in reading order, each with its quadrant as Mermaid numbers them (1 top right, 2 top left, 3 bottom left,
  // 4 bottom right): the y axis runs from the new market (bottom) to the market reached today (top).
  const quadrants = [
    { cell: 'majority-reach', number: 2, x: 0, y: 0.5, market: L.marketToday, product: L.productAsIs },
    { cell: 'integration', number: 1, x: 0.5, y: 0.5, market: L.marketToday, product: L.productMoreValuable },
    { cell: 'new-segment', number: 3, x: 0, y: 0, market: L.newMarket, product: L.productAsIs },
    { cell: 'new-business-model', number: 4, x: 0.5, y: 0, market: L.newMarket, product: L.productMoreValuable },
  ] as const;
  const placed = quadrants.flatMap((q) => cells[q.cell].map((purpose) => ({ q, purpose })));
  const text = words.matrixText(
    placed.map(({ q, purpose }) => words.placedPurpose(purpose.label, q.market, q.product, purpose.segment)).join(words.separator),
    salesCapacity.map((p) => p.label).join(words.separator),
  );
  if (placed.length === 0) return { text };
  const lines = [
    'quadrantChart',
    `  title ${mermaidLabel(L.matrix)}`,
    `  x-axis ${mermaidLabel(L.productAsIs)} --> ${mermaidLabel(L.productMoreValuable)}`,
    `  y-axis ${mermaidLabel(L.newMarket)} --> ${mermaidLabel(L.marketToday)}`,
  ];
  for (const q of [...quadrants].sort((a, b) => a.number - b.number)) {
    lines.push(`  quadrant-${q.number} ${mermaidLabel(purposeLabel(q.cell, model.locale))}`);
  }
  // Several purposes in a cell share it on a small grid, every point strictly inside its quadrant (and inside (0, 1)).
  for (const q of quadrants) {
    const shown = cells[q.cell].slice(0, Math.max(1, Math.floor(MAX_POINTS / 4)));
    const columns = Math.ceil(Math.sqrt(shown.length));
    const rows = Math.ceil(shown.length / columns);
    shown.forEach((purpose, i) => {
      const x = q.x + 0.05 + (0.4 * ((i % columns) + 0.5)) / columns;
      const y = q.y + 0.05 + (0.4 * (rows - Math.floor(i / columns) - 0.5)) / rows;
      lines.push(`  ${mermaidLabel(purpose.segment ?? purpose.description ?? purpose.label)}: [${x.toFixed(3)}, ${y.toFixed(3)}]`);
    });
  }
  return { mermaid: lines.join('\n'), text };
}

/**
 * The LTV per account against its threshold (and the partner's share where a margin is given) as bars; a one-row table
 * where bars would mislead: no threshold to compare with, or an LTV that is not above zero.
 */
export function ltvAgainstThreshold(model: PreviewModel, L: PreviewLabels, words: CliTexts['markdown']['charts']): Chart | null {
  const ltv = model.ltv;
  if (!ltv) return null;
  const text = words.ltvText(ltv.ltvText, ltv.thresholdText, ltv.threshold === null ? null : ltv.ltv >= ltv.threshold);
  if (ltv.threshold === null || ltv.threshold <= 0 || !(ltv.ltv > 0)) {
    const cells = [[L.ltvPerAccount, ltv.ltvText], ...(ltv.thresholdText ? [[L.threshold, ltv.thresholdText]] : [])];
    return {
      table: `| ${cells.map(([name]) => name).join(' | ')} |\n| ${cells.map(() => '---:').join(' | ')} |\n| ${cells.map(([, v]) => v).join(' | ')} |`,
      text,
    };
  }
  const bars = [
    { label: L.ltvPerAccount, value: ltv.ltv },
    { label: L.threshold, value: ltv.threshold },
    ...(ltv.margin !== null ? [{ label: L.partnerShare, value: ltv.ltv * ltv.margin }] : []),
  ];
  const top = Math.max(...bars.map((b) => b.value)) * 1.1;
  const chart = [
    'xychart-beta',
    `  title ${mermaidLabel(`${L.ltvPerAccount} (${ltv.currency})`)}`,
    `  x-axis [${bars.map((b) => mermaidLabel(b.label)).join(', ')}]`,
    `  y-axis ${mermaidLabel(ltv.currency)} 0 --> ${Math.ceil(top)}`,
    `  bar [${bars.map((b) => Math.round(b.value)).join(', ')}]`,
  ];
  return { mermaid: chart.join('\n'), text };
}
