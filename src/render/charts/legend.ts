import { FONT_SIZE } from './chart.js';
import { fitText, type Drawing } from './drawing.js';
import type { Colour } from './scene.js';

/** One entry of a legend: a filled square for bars, a short line (solid or dashed) for lines and rules. */
export interface LegendItem {
  label: string;
  colour: Colour;
  shape?: 'swatch' | 'line' | 'dash';
}

const SWATCH = 10;
const LINE_SWATCH = 18;
const AFTER_SWATCH = 5;
const BETWEEN = 18;
const ROW = 18;

/** The height a legend takes at `maxWidth`, without drawing it. */
export function legendHeight(d: Drawing, items: readonly LegendItem[], maxWidth: number): number {
  return items.length ? rows(d, items, maxWidth).length * ROW : 0;
}

function itemWidth(d: Drawing, item: LegendItem, maxWidth: number): { label: string; width: number } {
  const swatch = (item.shape ?? 'swatch') === 'swatch' ? SWATCH : LINE_SWATCH;
  const label = fitText(item.label, FONT_SIZE.legend, false, maxWidth - swatch - AFTER_SWATCH, d.measure);
  return { label, width: swatch + AFTER_SWATCH + d.width(label, FONT_SIZE.legend) };
}

/** Items left to right, a new row where the next would pass `maxWidth`. */
function rows(d: Drawing, items: readonly LegendItem[], maxWidth: number) {
  const out: { item: LegendItem; label: string; x: number }[][] = [];
  let row: { item: LegendItem; label: string; x: number }[] = [];
  let x = 0;
  for (const item of items) {
    const { label, width } = itemWidth(d, item, maxWidth);
    if (row.length && x + width > maxWidth) {
      out.push(row);
      row = [];
      x = 0;
    }
    row.push({ item, label, x });
    x += width + BETWEEN;
  }
  if (row.length) out.push(row);
  return out;
}

/** Draws the legend with its top left corner at (x, y); returns the height it took. */
export function drawLegend(d: Drawing, items: readonly LegendItem[], x: number, y: number, maxWidth: number): number {
  const laid = rows(d, items, maxWidth);
  laid.forEach((row, r) => {
    const top = y + r * ROW;
    const middle = top + ROW / 2 - 2;
    for (const { item, label, x: dx } of row) {
      const left = x + dx;
      const shape = item.shape ?? 'swatch';
      if (shape === 'swatch') d.rect('legend', left, middle - SWATCH / 2, SWATCH, SWATCH, item.colour);
      else d.line('legend', [[left, middle], [left + LINE_SWATCH, middle]], item.colour, shape === 'dash' ? 2 : 2.5, shape === 'dash' ? [5, 3] : undefined);
      const swatch = shape === 'swatch' ? SWATCH : LINE_SWATCH;
      d.text('legend', left + swatch + AFTER_SWATCH, middle + FONT_SIZE.legend * 0.35, label, FONT_SIZE.legend);
    }
  });
  return laid.length * ROW;
}
