/**
 * A chart of the board pack, as data: a Vega-Lite specification with its data inline, and its text
 * alternative (a sentence and the data as a table) for readers who cannot see it. Drawn to SVG by
 * ./svg.ts; the HTML and PDF board packs place it, the Markdown briefings keep their Mermaid diagrams.
 */
export interface Chart {
  /** Stable, made here, never from the strategy: `cash-flow`, `cost-benefit`, `roadmap`, `stakeholders`, `kpis`. */
  id: string;
  title: string;
  /** One or two sentences a screen reader says in place of the picture. */
  description: string;
  /** The data the chart draws, as text a reader can scan. */
  table: { columns: string[]; rows: string[][] };
  /** Vega-Lite 5, data inline: nothing is fetched. */
  spec: Record<string, unknown>;
}

/**
 * Colours that keep 4.5:1 contrast with white (WCAG 2.2 AA for text; graphics need 3:1): dark blue, dark
 * green, dark red, brown and dark grey, told apart by hue and lightness as well as by legend labels.
 */
export const PALETTE = ['#1f4e79', '#2d6a4f', '#a4262c', '#7a4a12', '#555555'] as const;

/** What every chart shares: a white ground, dark text, no interaction, no tooltips (nothing runs in the page). */
export const BASE_CONFIG = {
  background: '#ffffff',
  font: 'DejaVu Sans, Verdana, Arial, sans-serif',
  title: { color: '#222222', fontSize: 14, anchor: 'start' },
  axis: { labelColor: '#222222', titleColor: '#222222', domainColor: '#555555', tickColor: '#555555', gridColor: '#dddddd', labelFontSize: 11, titleFontSize: 12, labelLimit: 0 },
  legend: { labelColor: '#222222', titleColor: '#222222', labelFontSize: 11, titleFontSize: 12, orient: 'bottom', labelLimit: 0, direction: 'vertical' },
  view: { stroke: null },
} as const;
