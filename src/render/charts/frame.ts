import { scaleBand } from 'd3-scale';
import type { Axis, Tick } from './axes.js';
import { FONT_SIZE, INK, PLOT_WIDTH } from './chart.js';
import { Drawing, wrapText } from './drawing.js';
import { drawLegend, legendHeight, type LegendItem } from './legend.js';
import type { Measure, Scene, TextMark } from './scene.js';

/**
 * What every chart has around its plot: the title at the top left (wrapped to the width), a horizontal axis
 * below with its tick labels and title, the legend under that; and, for the charts of rows, the rows' labels
 * to the left in a column as wide as the longest, its title above it.
 */

/** The margin around everything. */
export const PAD = 12;
const TITLE_LINE = 18;
const TICK = 5;
/** From a text's baseline to the middle of its lower-case letters, as a share of its size: labels centred on a tick. */
export const MIDDLE = 0.35;

/** The title, from the top; returns where it ends. */
export function drawTitle(d: Drawing, title: string, width: number): number {
  const lines = wrapText(title, FONT_SIZE.title, true, width - 2 * PAD, d.measure);
  lines.forEach((line, k) => d.text('title', PAD, PAD + FONT_SIZE.title + k * TITLE_LINE, line, FONT_SIZE.title, { bold: true }));
  return PAD + lines.length * TITLE_LINE;
}

/** How far tick labels centred on their ticks reach past the axis's ends, left and right. */
export function overhang(axis: { ticks: readonly Tick[] }, length: number, measure: Measure): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (const t of axis.ticks) {
    const half = measure(t.label, FONT_SIZE.label) / 2;
    left = Math.max(left, half - t.at);
    right = Math.max(right, t.at + half - length);
  }
  return { left, right };
}

/**
 * The horizontal axis along the plot's foot: its line, ticks, labels and title, and grid lines up the plot
 * when asked; returns the baseline of its title.
 */
export function drawXAxis(d: Drawing, axis: { ticks: readonly Tick[] }, title: string, plot: Plot, grid: boolean): number {
  d.line('axis', [[plot.left, plot.bottom], [plot.right, plot.bottom]], INK.axis, 1);
  const labels = plot.bottom + TICK + 3 + FONT_SIZE.label * 0.8;
  for (const t of axis.ticks) {
    const x = plot.left + t.at;
    if (grid) d.line('grid', [[x, plot.top], [x, plot.bottom]], INK.grid, 1);
    d.line('axis', [[x, plot.bottom], [x, plot.bottom + TICK]], INK.axis, 1);
    d.text('axis-label', x, labels, t.label, FONT_SIZE.label, { anchor: 'middle' });
  }
  const titleBaseline = labels + 8 + FONT_SIZE.axisTitle;
  d.text('axis-title', (plot.left + plot.right) / 2, titleBaseline, title, FONT_SIZE.axisTitle, { anchor: 'middle' });
  return titleBaseline;
}

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * A label for a mark at `x` on the plot (a rule's): beside it on whichever side has room, `prefer`red where
 * both have; clamped into the plot where neither has.
 */
export function besideRule(d: Drawing, x: number, text: string, size: number, bold: boolean, plot: Plot, prefer: 'left' | 'right' = 'right'): { x: number; anchor: TextMark['anchor'] } {
  const width = d.width(text, size, bold);
  const gap = 5;
  const rightFits = x + gap + width <= plot.right;
  const leftFits = x - gap - width >= plot.left;
  if (rightFits && (prefer === 'right' || !leftFits)) return { x: x + gap, anchor: 'start' };
  if (leftFits) return { x: x - gap, anchor: 'end' };
  // Neither side: as far toward the roomier side as the plot allows.
  return x - plot.left > plot.right - x ? { x: Math.min(plot.right, plot.left + width), anchor: 'end' } : { x: plot.left, anchor: 'start' };
}

export interface RowsSpec<T> {
  title: string;
  /** What the rows are, above their labels: the vertical axis's title. */
  rowTitle: string;
  /** One label a row, with an indent under the row above (an experiment under its initiative). */
  rows: readonly { text: string; indent?: number }[];
  /** Each row's height. */
  step: number;
  /** The horizontal axis, 0 to PLOT_WIDTH. */
  axis: Axis<T>;
  axisTitle: string;
  /** Where the rows' axis line stands: at this value (zero), else at the plot's left edge. */
  baseline?: T;
  grid?: boolean;
  legend: readonly LegendItem[];
}

export interface RowsFrame<T> {
  d: Drawing;
  plot: Plot;
  /** Across the plot, for a value. */
  x: (value: T) => number;
  /** Row k's bar: its top and height. */
  band: (k: number) => { y: number; height: number };
  /** The baseline of labels above the plot (level with the rows' title). */
  above: number;
  finish: () => Scene;
}

/** The frame of a chart of rows (horizontal bars), laid out for its labels, ticks and legend. */
export function rowsFrame<T>(measure: Measure, spec: RowsSpec<T>): RowsFrame<T> {
  const d = new Drawing(measure, INK.text);
  const column = Math.max(
    d.width(spec.rowTitle, FONT_SIZE.axisTitle),
    ...spec.rows.map((r) => (r.indent ?? 0) + d.width(r.text, FONT_SIZE.label)),
  );
  const reach = overhang(spec.axis, PLOT_WIDTH, measure);
  const left = Math.max(PAD + column + 12, PAD + reach.left);
  const right = left + PLOT_WIDTH;
  const width = right + Math.max(PAD, reach.right + PAD);

  const titleEnd = drawTitle(d, spec.title, width);
  const above = titleEnd + 8 + FONT_SIZE.axisTitle;
  const top = above + 8;
  const bottom = top + spec.rows.length * spec.step;
  const plot = { left, right, top, bottom };
  const bands = scaleBand<number>()
    .domain(spec.rows.map((_, k) => k))
    .range([top, bottom])
    .paddingInner(0.3)
    .paddingOuter(0.15);

  d.text('axis-title', PAD, above, spec.rowTitle, FONT_SIZE.axisTitle);
  spec.rows.forEach((r, k) => {
    const y = bands(k)! + bands.bandwidth() / 2 + FONT_SIZE.label * MIDDLE;
    d.text('axis-label', PAD + (r.indent ?? 0), y, r.text, FONT_SIZE.label);
  });
  const x = (value: T) => left + spec.axis.position(value);
  const base = spec.baseline === undefined ? left : Math.min(right, Math.max(left, x(spec.baseline)));
  d.line('axis', [[base, top], [base, bottom]], INK.axis, 1);
  const axisTitle = drawXAxis(d, spec.axis, spec.axisTitle, plot, spec.grid ?? true);

  const legendTop = axisTitle + 10;
  const legendWidth = width - left - PAD;
  const height = (spec.legend.length ? legendTop + legendHeight(d, spec.legend, legendWidth) : axisTitle) + PAD;

  return {
    d,
    plot,
    x,
    band: (k) => ({ y: bands(k)!, height: bands.bandwidth() }),
    above,
    finish: () => {
      if (spec.legend.length) drawLegend(d, spec.legend, left, legendTop, legendWidth);
      return d.scene(width, height);
    },
  };
}
