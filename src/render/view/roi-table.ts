import { table } from '../../markdown/escape.js';
import { visible, visibleJson } from '../../text/visible.js';
import { columnWidths } from './column-widths.js';
import { centsText, type Exact } from '../../measure/exact.js';
import { month, money, percent, roundTo } from '../../measure/money.js';
import { CONVENTIONS, CONVENTIONS_NOTE, type RoiFigures, type Sensitivity, type StrategyRoi } from '../../measure/roi.js';
import { fitLines } from '../../text/markdown-width.js';

/**
 * The ROI figures as people and other tools read them: money to the cent in JSON, written as exact decimal
 * literals, and to the unit in tables; percentages to one decimal; each rounded once, here.
 */

/** Money in JSON, as a value whose JSON is a placeholder that jsonWithCents turns into a bare number literal. */
type CentsOf = (v: Exact) => { toJSON(): string };

function roundedFigures(f: RoiFigures & { sensitivity: Sensitivity[] }, cents: CentsOf) {
  const pct = (v: number | null) => (v === null ? null : roundTo(v, 1));
  return {
    horizonMonths: f.horizonMonths,
    startMonth: f.startMonth,
    startDate: f.startDate,
    ...(f.discountRatePct === null ? {} : { discountRatePct: f.discountRatePct, riskAdjustmentPct: f.riskAdjustmentPct }),
    totalCosts: cents(f.totalCosts),
    totalBenefits: cents(f.totalBenefits),
    totalBenefitsUnadjusted: cents(f.totalBenefitsUnadjusted),
    pvCosts: cents(f.pvCosts),
    pvBenefits: cents(f.pvBenefits),
    npv: cents(f.npv),
    roiPct: pct(f.roiPct),
    paybackMonth: f.paybackMonth,
    discountedPaybackMonth: f.discountedPaybackMonth,
    hasCosts: f.hasCosts,
    sensitivity: f.sensitivity.map((s) => ({ benefitsLowerPct: s.benefitsLowerPct, npv: cents(s.npv), roiPct: pct(s.roiPct), paybackMonth: s.paybackMonth, discountedPaybackMonth: s.discountedPaybackMonth })),
    cashFlows: { costs: f.costs.map(cents), benefits: f.benefits.map(cents) },
  };
}

/**
 * Money to the cent as bare JSON number literals, which JSON allows at any size: a reader that parses
 * decimals exactly gets every cent, one that parses doubles the nearest double. Each amount is written as a
 * placeholder carrying a per-call nonce, which no text in a strategy can forge, then swapped for its digits.
 */
export function roiJson(roi: StrategyRoi): string {
  const nonce = Math.random().toString(36).slice(2);
  const cents: CentsOf = (v) => ({ toJSON: () => `@cents:${nonce}:${centsText(v)}` });
  const text = visibleJson({
    currency: roi.currency ?? null,
    valuationDate: roi.valuationDate,
    conventions: CONVENTIONS,
    initiatives: roi.initiatives.map((i) => ({ initiative: i.initiative, name: i.name, ...roundedFigures(i, cents) })),
    total: roi.total ? roundedFigures(roi.total, cents) : null,
  });
  return text.replace(new RegExp(`"@cents:${nonce}:(-?\\d+\\.\\d{2})"`, 'g'), '$1');
}

interface Row {
  label: string;
  f: RoiFigures & { sensitivity: Sensitivity[] };
}

/**
 * How a row names its initiative: "Name (id)" where the reader works with ids (the roi command), the name
 * alone for the board, with the id only where two initiatives share a name.
 */
export type RowLabels = 'name-and-id' | 'name';

function rows(roi: StrategyRoi, labels: RowLabels = 'name-and-id'): Row[] {
  const named = new Map<string, number>();
  for (const i of roi.initiatives) named.set(i.name, (named.get(i.name) ?? 0) + 1);
  const label = (i: StrategyRoi['initiatives'][number]) => (labels === 'name' && named.get(i.name) === 1 ? i.name : `${i.name} (${i.initiative})`);
  const list: Row[] = roi.initiatives.map((i) => ({ label: label(i), f: i }));
  if (roi.total && roi.initiatives.length > 1) list.push({ label: 'All initiatives', f: roi.total });
  return list;
}

function cellsFor(row: Row, currency: string | undefined): string[] {
  const f = row.f;
  return [
    row.label,
    money(f.pvCosts, currency),
    money(f.pvBenefits, currency),
    money(f.npv, currency),
    percent(f.roiPct),
    month(f.paybackMonth, f.horizonMonths, f.hasCosts),
    month(f.discountedPaybackMonth, f.horizonMonths, f.hasCosts),
  ];
}

const HEAD = ['Initiative', 'PV costs', 'PV benefits (risk-adjusted)', 'NPV', 'ROI', 'Payback', 'Discounted payback'];

function sensitivityHead(steps: readonly number[]): string[] {
  return ['Initiative', ...steps.flatMap((s) => [`ROI, benefits -${s}%`, `Payback, benefits -${s}%`])];
}

function sensitivityCells(row: Row): string[] {
  return [row.label, ...row.f.sensitivity.flatMap((s) => [percent(s.roiPct), month(s.paybackMonth, row.f.horizonMonths, row.f.hasCosts)])];
}

/** Columns padded to their widest cell, each cell made visible() first so the widths are what is shown. */
function pad(cells: string[][]): string {
  const shown = cells.map((r) => r.map(visible));
  const widths = columnWidths(shown);
  return shown.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

/** Where the total is valued, in words, when initiatives start on different dates. */
function valuationNote(roi: StrategyRoi): string {
  if (!roi.total || roi.initiatives.length < 2 || !roi.valuationDate) return '';
  return ` The total places each initiative by its start date and values every flow at ${roi.valuationDate}; its payback counts months from that date.`;
}

export function roiTable(roi: StrategyRoi): string {
  if (roi.initiatives.length === 0) return 'No initiative has an roi block.\n';
  const list = rows(roi);
  const steps = list[0]!.f.sensitivity.map((s) => s.benefitsLowerPct);
  return `${pad([HEAD, ...list.map((r) => cellsFor(r, roi.currency))])}\n\nSensitivity\n${pad([sensitivityHead(steps), ...list.map(sensitivityCells)])}\n\n${CONVENTIONS_NOTE}${valuationNote(roi)}\n`;
}

const RIGHT = [false, true, true, true, true, true, true];

/** The ROI table in Markdown, one row per initiative and one for the whole strategy: the board briefing's table too. */
export function roiMarkdownTable(roi: StrategyRoi, labels: RowLabels = 'name-and-id'): string {
  return table(HEAD, rows(roi, labels).map((r) => cellsFor(r, roi.currency)), RIGHT);
}

export function sensitivityMarkdownTable(roi: StrategyRoi, labels: RowLabels = 'name-and-id'): string {
  const list = rows(roi, labels);
  const steps = list[0]?.f.sensitivity.map((s) => s.benefitsLowerPct) ?? [];
  return table(sensitivityHead(steps), list.map(sensitivityCells), [false, ...steps.flatMap(() => [true, true])]);
}

/** The footnote every ROI table carries. */
export function roiFootnote(roi: StrategyRoi): string {
  return `${CONVENTIONS_NOTE}${valuationNote(roi)}`;
}

/** roiMarkdown, its lines fitted to markdownlint's line length (src/text/markdown-width.ts). */
export function roiMarkdown(roi: StrategyRoi): string {
  return fitLines(roiMarkdownLines(roi));
}

function roiMarkdownLines(roi: StrategyRoi): string {
  if (roi.initiatives.length === 0) return '# Return on investment\n\nNo initiative has an roi block.\n';
  return ['# Return on investment', '', roiMarkdownTable(roi), '', '## Sensitivity', '', sensitivityMarkdownTable(roi), '', roiFootnote(roi), ''].join('\n');
}
