import { table } from '../markdown/escape.js';
import { columnWidths } from './column-widths.js';
import { month, money, percent, roundTo } from './money.js';
import type { RoiFigures, Sensitivity, StrategyRoi } from './roi.js';
import { visible, visibleJson } from '../text/visible.js';

/**
 * The ROI figures as people and other tools read them: money rounded to the cent in JSON and to the
 * unit in tables, percentages to one decimal, each rounded once, here.
 */

function roundedFigures(f: RoiFigures & { sensitivity: Sensitivity[] }) {
  const cents = (v: number) => roundTo(v, 2);
  return {
    horizonMonths: f.horizonMonths,
    ...(Number.isNaN(f.discountRatePct) ? {} : { discountRatePct: f.discountRatePct, riskAdjustmentPct: f.riskAdjustmentPct }),
    totalCosts: cents(f.totalCosts),
    totalBenefits: cents(f.totalBenefits),
    totalBenefitsUnadjusted: cents(f.totalBenefitsUnadjusted),
    pvCosts: cents(f.pvCosts),
    pvBenefits: cents(f.pvBenefits),
    npv: cents(f.npv),
    roiPct: f.roiPct === null ? null : roundTo(f.roiPct, 1),
    paybackMonth: f.paybackMonth,
    sensitivity: f.sensitivity.map((s) => ({ benefitsLowerPct: s.benefitsLowerPct, npv: cents(s.npv), roiPct: s.roiPct === null ? null : roundTo(s.roiPct, 1), paybackMonth: s.paybackMonth })),
    monthlyCosts: f.monthlyCosts.map(cents),
    monthlyBenefits: f.monthlyBenefits.map(cents),
  };
}

export function roiJson(roi: StrategyRoi): string {
  const data = {
    currency: roi.currency ?? null,
    initiatives: roi.initiatives.map((i) => ({ initiative: i.initiative, name: i.name, ...roundedFigures(i) })),
    total: roi.total ? roundedFigures(roi.total) : null,
  };
  return visibleJson(data);
}

interface Row {
  label: string;
  f: RoiFigures & { sensitivity: Sensitivity[] };
}

function rows(roi: StrategyRoi): Row[] {
  const list: Row[] = roi.initiatives.map((i) => ({ label: `${i.name} (${i.initiative})`, f: i }));
  if (roi.total && roi.initiatives.length > 1) list.push({ label: 'All initiatives', f: roi.total });
  return list;
}

function cellsFor(row: Row, currency: string | undefined): string[] {
  const f = row.f;
  return [row.label, money(f.pvCosts, currency), money(f.pvBenefits, currency), money(f.npv, currency), percent(f.roiPct), month(f.paybackMonth, f.horizonMonths)];
}

const HEAD = ['Initiative', 'PV costs', 'PV benefits (risk-adjusted)', 'NPV', 'ROI', 'Payback'];

function sensitivityHead(steps: readonly number[]): string[] {
  return ['Initiative', ...steps.flatMap((s) => [`ROI, benefits -${s}%`, `Payback, benefits -${s}%`])];
}

function sensitivityCells(row: Row): string[] {
  return [row.label, ...row.f.sensitivity.flatMap((s) => [percent(s.roiPct), month(s.paybackMonth, row.f.horizonMonths)])];
}

/** Columns padded to their widest cell, each cell made visible() first so the widths are what is shown. */
function pad(cells: string[][]): string {
  const table = cells.map((r) => r.map(visible));
  const widths = columnWidths(table);
  return table.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

export function roiTable(roi: StrategyRoi): string {
  if (roi.initiatives.length === 0) return 'No initiative has an roi block.\n';
  const list = rows(roi);
  const steps = list[0]!.f.sensitivity.map((s) => s.benefitsLowerPct);
  const notes = `Discounted monthly at each initiative's yearly rate; benefits after each initiative's risk adjustment. Payback: the first month from whose end cumulative net cash flow stays at or above zero.`;
  return `${pad([HEAD, ...list.map((r) => cellsFor(r, roi.currency))])}\n\nSensitivity\n${pad([sensitivityHead(steps), ...list.map(sensitivityCells)])}\n\n${notes}\n`;
}

const RIGHT = [false, true, true, true, true, true];

/** The ROI table in Markdown, one row per initiative and one for the whole strategy: the board briefing's table too. */
export function roiMarkdownTable(roi: StrategyRoi): string {
  return table(HEAD, rows(roi).map((r) => cellsFor(r, roi.currency)), RIGHT);
}

export function sensitivityMarkdownTable(roi: StrategyRoi): string {
  const list = rows(roi);
  const steps = list[0]?.f.sensitivity.map((s) => s.benefitsLowerPct) ?? [];
  return table(sensitivityHead(steps), list.map(sensitivityCells), [false, ...steps.flatMap(() => [true, true])]);
}

export function roiMarkdown(roi: StrategyRoi): string {
  if (roi.initiatives.length === 0) return '# Return on investment\n\nNo initiative has an roi block.\n';
  return [
    '# Return on investment',
    '',
    roiMarkdownTable(roi),
    '',
    '## Sensitivity',
    '',
    sensitivityMarkdownTable(roi),
    '',
    "Discounted monthly at each initiative's yearly rate; benefits after each initiative's risk adjustment. Payback is the first month from whose end cumulative net cash flow stays at or above zero.",
    '',
  ].join('\n');
}
