import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { toNumber } from '../../measure/exact.js';
import { money, month, percent } from '../../measure/money.js';
import type { KpiScore } from '../../measure/scorecard.js';
import { addMonths } from '../../model/dates.js';
import { visible } from '../../text/visible.js';
import type { BriefingInputs } from '../inputs.js';
import { plural, stageWord } from '../values.js';
import { live, readiness } from '../view/common.js';
import { shortLabel } from '../view/diagrams.js';
import { everyNth, timeAxis, utcDay, valueAxis } from './axes.js';
import { FONT_SIZE, INK, PALETTE, PLOT_WIDTH, type Chart } from './chart.js';
import { Drawing } from './drawing.js';
import { besideRule, drawTitle, drawXAxis, MIDDLE, overhang, PAD, rowsFrame } from './frame.js';
import { drawLegend, legendHeight, type LegendItem } from './legend.js';
import type { Colour, Measure, Scene } from './scene.js';

/**
 * The board pack's charts, from the same inputs as the Markdown briefings (the ROI the `roi` command
 * prints, the stakeholders' findings, the KPI scorecard of `measure`), so both say the same numbers.
 * Each is laid out here as a scene (./scene.ts) with d3-scale, its text measured with `measure` (the
 * fonts the board pack embeds) so that labels fit and do not overlap. A name from the strategy is data
 * in a chart: text in a text mark, never markup.
 */

/** Text from the strategy as a chart shows it: one line, controls made visible, cut at a word. */
const label = (text: string, max = 60): string => shortLabel(visible(text), max);

const PAYBACK = PALETTE[2];
const RULE_DASH = [5, 3] as const;

/** The portfolio's cumulative net cash flow month by month, with the payback month marked. */
export function cashFlowChart(inputs: BriefingInputs, measure: Measure): Chart | null {
  const total = inputs.roi.total;
  if (!total) return null;
  const currency = inputs.roi.currency ?? 'money';
  const dated = total.startDate !== null;
  const at = (k: number): string | number => (dated ? addMonths(total.startDate!, total.startMonth + k) : total.startMonth + k);
  const points: { at: string | number; value: number }[] = [];
  let running = 0n;
  total.costs.forEach((cost, k) => {
    running += total.benefits[k]! - cost;
    points.push({ at: at(k), value: toNumber(running) });
  });
  const payback = total.paybackMonth;
  const paybackWords = month(payback, total.horizonMonths, total.hasCosts);
  const title = `Cumulative net cash flow, all initiatives (${currency})`;
  const last = points[points.length - 1]!;
  const description = `From ${money(points[0]!.value, currency)} in the first month to ${money(last.value, currency)} after ${total.horizonMonths} months; payback in ${paybackWords}. NPV ${money(total.npv, currency)}.`;
  const quarterly = points.filter((_, k) => k % 3 === 0 || k === points.length - 1);
  const scene = cashFlowScene(measure, {
    title,
    points,
    dated,
    yTitle: `Cumulative net (${currency})`,
    payback: payback === null ? null : { index: payback, label: `Payback: ${paybackWords}`, right: payback > total.horizonMonths / 2 },
  });
  return {
    id: 'cash-flow',
    title,
    description,
    table: { columns: ['Month', `Cumulative net (${currency})`], rows: quarterly.map((p) => [String(p.at), money(p.value, currency)]) },
    scene,
  };
}

const PLOT_HEIGHT = 260;
const MONTH_LABEL = utcFormat('%b %Y');

interface CashFlowLayout {
  title: string;
  /** Month by month: a date (YYYY-MM-DD) or a month number, and the cumulative net. */
  points: readonly { at: string | number; value: number }[];
  dated: boolean;
  yTitle: string;
  /** The payback month's index among the points; `right` when its label goes to the left of the rule (past mid-horizon). */
  payback: { index: number; label: string; right: boolean } | null;
}

function cashFlowScene(measure: Measure, c: CashFlowLayout): Scene {
  const d = new Drawing(measure, INK.text);
  const n = c.points.length;
  const y = valueAxis(
    c.points.map((p) => p.value),
    measure,
    { length: PLOT_HEIGHT, size: FONT_SIZE.label, vertical: true },
  );
  // Across: the months, by date on a UTC calendar where the ROI has a start date, else by number.
  let across: (k: number) => number;
  if (c.dated) {
    const dates = c.points.map((p) => utcDay(String(p.at)));
    const scale = scaleUtc().domain([dates[0]!, n > 1 ? dates[n - 1]! : utcDay(addMonths(String(c.points[0]!.at), 1))]).range([0, PLOT_WIDTH]);
    across = (k) => scale(dates[k]!);
  } else {
    const first = Number(c.points[0]!.at);
    const scale = scaleLinear().domain([first, n > 1 ? Number(c.points[n - 1]!.at) : first + 1]).range([0, PLOT_WIDTH]);
    across = (k) => scale(Number(c.points[k]!.at));
  }
  const label = (k: number) => (c.dated ? MONTH_LABEL(utcDay(String(c.points[k]!.at))) : String(c.points[k]!.at));
  const x = { position: across, ticks: everyNth(n, across, label, FONT_SIZE.label, measure) };

  // Left of the plot: the rotated axis title, then the tick labels, right-aligned.
  const yTitleX = PAD + FONT_SIZE.axisTitle;
  const yLabels = Math.max(0, ...y.ticks.map((t) => d.width(t.label, FONT_SIZE.label)));
  const reach = overhang(x, PLOT_WIDTH, measure);
  const left = Math.max(yTitleX + 8 + yLabels + 8, PAD + reach.left);
  const right = left + PLOT_WIDTH;
  const width = right + Math.max(PAD, reach.right + PAD);
  const top = drawTitle(d, c.title, width) + 12;
  const bottom = top + PLOT_HEIGHT;
  const plot = { left, right, top, bottom };
  const yAt = (v: number) => top + y.position(v);

  for (const t of y.ticks) {
    const ty = top + t.at;
    d.line('grid', [[left, ty], [right, ty]], INK.grid, 1);
    d.line('axis', [[left - 5, ty], [left, ty]], INK.axis, 1);
    d.text('axis-label', left - 8, ty + FONT_SIZE.label * MIDDLE, t.label, FONT_SIZE.label, { anchor: 'end' });
  }
  d.line('axis', [[left, top], [left, bottom]], INK.axis, 1);
  d.text('axis-title', yTitleX, (top + bottom) / 2, c.yTitle, FONT_SIZE.axisTitle, { anchor: 'middle', rotate: -90 });
  // The zero line: above it the portfolio has earned back what it spent.
  d.line('axis', [[left, yAt(0)], [right, yAt(0)]], INK.axis, 1);
  const line = c.points.map((p, k) => [left + across(k), yAt(p.value)] as const);
  d.line('mark', n > 1 ? line : [line[0]!, [line[0]![0] + 4, line[0]![1]]], PALETTE[0], 2.5);

  const legend: LegendItem[] = [{ label: 'Cumulative net cash flow', colour: PALETTE[0], shape: 'line' }];
  if (c.payback) {
    const px = left + across(Math.min(c.payback.index, n - 1));
    d.line('annotation', [[px, top], [px, bottom]], PAYBACK, 2, RULE_DASH);
    const place = besideRule(d, px, c.payback.label, FONT_SIZE.annotation, true, plot, c.payback.right ? 'left' : 'right');
    d.text('annotation', place.x, top + FONT_SIZE.annotation + 2, c.payback.label, FONT_SIZE.annotation, { bold: true, fill: PAYBACK, anchor: place.anchor });
    legend.push({ label: 'Payback month', colour: PAYBACK, shape: 'dash' });
  }

  const axisTitle = drawXAxis(d, x, c.dated ? 'Month' : 'Month after the start', plot, false);
  const legendTop = axisTitle + 10;
  const legendWidth = width - left - PAD;
  const height = legendTop + legendHeight(d, legend, legendWidth) + PAD;
  drawLegend(d, legend, left, legendTop, legendWidth);
  return d.scene(width, height);
}

/** Present value of costs against risk-adjusted benefits, initiative by initiative. */
export function costBenefitChart(inputs: BriefingInputs, measure: Measure): Chart | null {
  const { roi } = inputs;
  if (!roi.initiatives.length) return null;
  const currency = roi.currency ?? 'money';
  const COSTS = 'Present value of costs';
  const BENEFITS = 'Present value of risk-adjusted benefits';
  const title = `Cost and benefit by initiative, present value (${currency})`;
  const description = `${roi.initiatives.map((i) => `${label(i.name, 120)} costs ${money(i.pvCosts, currency)} and returns ${money(i.pvBenefits, currency)} (ROI ${percent(i.roiPct)})`).join('; ')}.`;

  const values = roi.initiatives.map((i) => ({ costs: toNumber(i.pvCosts), benefits: toNumber(i.pvBenefits) }));
  const frame = rowsFrame(measure, {
    title,
    rowTitle: 'Initiative',
    rows: roi.initiatives.map((i) => ({ text: label(i.name) })),
    step: 40,
    axis: valueAxis(
      values.flatMap((v) => [v.costs, v.benefits]),
      measure,
      { length: PLOT_WIDTH, size: FONT_SIZE.label },
    ),
    axisTitle: `Present value (${currency})`,
    baseline: 0,
    legend: [
      { label: COSTS, colour: PALETTE[2] },
      { label: BENEFITS, colour: PALETTE[1] },
    ],
  });
  values.forEach((v, k) => {
    const band = frame.band(k);
    const half = band.height / 2;
    bar(frame.d, frame.x(0), frame.x(v.costs), band.y, half - 1, PALETTE[2]);
    bar(frame.d, frame.x(0), frame.x(v.benefits), band.y + half + 1, half - 1, PALETTE[1]);
  });
  return {
    id: 'cost-benefit',
    title,
    description,
    table: {
      columns: ['Initiative', `PV of costs (${currency})`, `PV of risk-adjusted benefits (${currency})`, 'ROI'],
      rows: roi.initiatives.map((i) => [label(i.name, 80), money(i.pvCosts, currency), money(i.pvBenefits, currency), percent(i.roiPct)]),
    },
    scene: frame.finish(),
  };
}

/** A bar between two points across, either way round (a negative value runs left of zero). */
function bar(d: Drawing, from: number, to: number, y: number, height: number, fill: Colour, min = 0): void {
  const x = Math.min(from, to);
  const width = Math.abs(to - from);
  d.rect('mark', width < min ? x - (min - width) / 2 : x, y, Math.max(width, min), height, fill);
}

/** Live initiatives and their experiments on a calendar, the as-of date marked. */
export function roadmapChart(inputs: BriefingInputs, measure: Measure): Chart | null {
  const { strategy, asOf } = inputs;
  const bars = live(strategy).flatMap((i) => [
    ...(i.starts && i.ends && i.ends >= i.starts ? [{ row: label(i.name, 44), kind: stageWord(i.stage), start: i.starts, end: i.ends }] : []),
    ...(i.experiments ?? [])
      .filter((e) => e.starts && e.ends && e.ends >= e.starts)
      .map((e) => ({ row: `  ${label(e.hypothesis ? `Test: ${e.hypothesis}` : `Experiment ${e.id}`, 44)}`, kind: 'Experiment', start: e.starts!, end: e.ends! })),
  ]);
  if (!bars.length) return null;
  const kinds = [...new Set(bars.map((b) => b.kind))];
  const title = `Roadmap as of ${asOf}`;
  const description = `${bars.map((b) => `${b.row.trim()} (${b.kind.toLowerCase()}) from ${b.start} to ${b.end}`).join('; ')}.`;

  const colour = (kind: string): Colour => PALETTE[kinds.indexOf(kind) % PALETTE.length]!;
  const days = [...bars.flatMap((b) => [b.start, b.end]), asOf].sort();
  const frame = rowsFrame(measure, {
    title,
    rowTitle: 'Initiative or experiment',
    rows: bars.map((b) => ({ text: b.row.trim(), indent: b.kind === 'Experiment' ? 14 : 0 })),
    step: 26,
    axis: timeAxis(utcDay(days[0]!), utcDay(days[days.length - 1]!), PLOT_WIDTH, FONT_SIZE.label, measure),
    axisTitle: 'Date',
    legend: kinds.map((kind) => ({ label: kind, colour: colour(kind) })),
  });
  bars.forEach((b, k) => {
    const band = frame.band(k);
    // A bar a day long is still seen: two units wide at least, kept inside the plot.
    const from = frame.x(utcDay(b.start));
    const to = frame.x(utcDay(b.end));
    const width = Math.max(2, to - from);
    const x = Math.min(Math.max(frame.plot.left, from - (width - (to - from)) / 2), frame.plot.right - width);
    frame.d.rect('mark', x, band.y, width, band.height, colour(b.kind));
  });
  const now = frame.x(utcDay(asOf));
  frame.d.line('annotation', [[now, frame.plot.top], [now, frame.plot.bottom]], PAYBACK, 2, RULE_DASH);
  const text = `As of ${asOf}`;
  const place = besideRule(frame.d, now, text, FONT_SIZE.annotation, true, frame.plot);
  frame.d.text('annotation', place.x, frame.above, text, FONT_SIZE.annotation, { bold: true, fill: PAYBACK, anchor: place.anchor });
  return {
    id: 'roadmap',
    title,
    description,
    table: { columns: ['Initiative or experiment', 'Kind', 'Starts', 'Ends'], rows: bars.map((b) => [b.row.trim(), b.kind, b.start, b.end]) },
    scene: frame.finish(),
  };
}

/** Each stakeholder's open errors, open warnings and waived findings, with their sign-off. */
export function stakeholderChart(inputs: BriefingInputs, measure: Measure): Chart {
  const stands = readiness(inputs);
  const KINDS = ['Open errors', 'Open warnings', 'Waived'] as const;
  const COLOURS = [PALETTE[2], PALETTE[3], PALETTE[4]] as const;
  const title = 'Where the stakeholders stand';
  const description = `${stands.map((s) => `${s.label} has ${plural(s.errors, 'open error')}, ${plural(s.warnings, 'open warning')} and ${plural(s.waived, 'waived finding')}; sign-off ${label(s.signoff, 60)}`).join('; ')}.`;

  const counts = stands.map((s) => [s.errors, s.warnings, s.waived] as const);
  const frame = rowsFrame(measure, {
    title,
    rowTitle: 'Stakeholder: sign-off',
    rows: stands.map((s) => ({ text: `${s.label}: ${label(s.signoff, 40)}` })),
    step: 28,
    axis: valueAxis(
      counts.map((c) => c[0] + c[1] + c[2]),
      measure,
      { length: PLOT_WIDTH, size: FONT_SIZE.label, integer: true },
    ),
    axisTitle: 'Findings',
    baseline: 0,
    legend: KINDS.map((kind, k) => ({ label: kind, colour: COLOURS[k]! })),
  });
  counts.forEach((c, k) => {
    const band = frame.band(k);
    let sum = 0;
    c.forEach((count, kind) => {
      if (count <= 0) return;
      bar(frame.d, frame.x(sum), frame.x(sum + count), band.y, band.height, COLOURS[kind]!);
      sum += count;
    });
  });
  if (counts.every((c) => c[0] + c[1] + c[2] === 0) && stands.length) {
    const { plot } = frame;
    frame.d.text('annotation', (plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2 + FONT_SIZE.label * MIDDLE, 'No open or waived findings', FONT_SIZE.label, { fill: INK.axis, anchor: 'middle' });
  }
  return {
    id: 'stakeholders',
    title,
    description,
    table: {
      columns: ['Stakeholder', 'Sign-off', 'Open errors', 'Open warnings', 'Waived'],
      rows: stands.map((s) => [s.label, label(s.signoff, 80), String(s.errors), String(s.warnings), String(s.waived)]),
    },
    scene: frame.finish(),
  };
}

const STATUS_WORDS: Record<KpiScore['status'], string> = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' };
const STATUS_COLOURS: Record<KpiScore['status'], Colour> = { 'on-track': PALETTE[1], 'at-risk': PALETTE[3], 'off-track': PALETTE[2], 'no-data': PALETTE[4] };

/** Each KPI's progress from its baseline toward its target, as `measure` scores it from the actuals. */
export function kpiChart(inputs: BriefingInputs, scores: readonly KpiScore[], measure: Measure): Chart | null {
  if (!scores.length) return null;
  const names = new Map(inputs.strategy.initiatives.map((i) => [i.id, i.name]));
  const title = `KPI progress toward target as of ${inputs.asOf}`;
  // A KPI without a value yet says so, rather than "n/a of the way".
  // A KPI that holds a level (its target is its baseline) has a value but no way to go: its status says how it stands.
  const progress = (s: KpiScore) =>
    !s.latest
      ? 'no value yet'
      : s.progressPct === null
        ? `at ${s.latest.value}, ${STATUS_WORDS[s.status].toLowerCase()}`
        : `${percent(s.progressPct)} of the way from baseline to target, ${STATUS_WORDS[s.status].toLowerCase()}`;
  const description = `${scores.map((s) => `${label(`${names.get(s.initiative) ?? s.initiative}: ${s.metric}`, 160)} ${progress(s)}`).join('; ')}.`;

  const frame = rowsFrame(measure, {
    title,
    rowTitle: 'KPI (initiative: metric)',
    rows: scores.map((s) => ({ text: label(`${names.get(s.initiative) ?? s.initiative}: ${s.metric}`, 56) })),
    step: 24,
    // Drawn within -50% .. 150%; the table gives the figure itself.
    axis: valueAxis([], measure, { length: PLOT_WIDTH, size: FONT_SIZE.label, fixed: [-50, 150] }),
    axisTitle: 'Progress from baseline to target (%)',
    baseline: 0,
    legend: (Object.keys(STATUS_WORDS) as KpiScore['status'][]).map((status) => ({ label: STATUS_WORDS[status], colour: STATUS_COLOURS[status] })),
  });
  scores.forEach((s, k) => {
    const band = frame.band(k);
    if (s.progressPct === null) {
      const words = s.latest ? `${STATUS_WORDS[s.status]} (holds a level)` : 'No data';
      frame.d.text('annotation', frame.x(0) + 5, band.y + band.height / 2 + FONT_SIZE.label * MIDDLE, words, FONT_SIZE.label, { fill: INK.axis });
      return;
    }
    const progress = Math.max(-50, Math.min(150, s.progressPct));
    bar(frame.d, frame.x(0), frame.x(progress), band.y, band.height, STATUS_COLOURS[s.status], 2);
  });
  const target = frame.x(100);
  frame.d.line('annotation', [[target, frame.plot.top], [target, frame.plot.bottom]], INK.text, 2);
  const place = besideRule(frame.d, target, 'Target', FONT_SIZE.annotation, false, frame.plot);
  frame.d.text('annotation', place.x, frame.above, 'Target', FONT_SIZE.annotation, { anchor: place.anchor });
  return {
    id: 'kpis',
    title,
    description,
    table: {
      columns: ['KPI', 'Baseline', 'Target', 'Latest', 'Progress', 'Status'],
      rows: scores.map((s) => [
        label(`${names.get(s.initiative) ?? s.initiative}: ${s.metric}`, 160),
        s.baseline === undefined ? 'none' : `${s.baseline} ${visible(s.unit ?? '')}`.trim(),
        s.target === undefined ? 'none' : `${s.target} ${visible(s.unit ?? '')}`.trim(),
        s.latest ? `${s.latest.value} on ${s.latest.date}` : 'no value yet',
        percent(s.progressPct),
        STATUS_WORDS[s.status],
      ]),
    },
    scene: frame.finish(),
  };
}

/**
 * Every chart the board pack shows, in its order; those without data are left out. `measure` gives a text's
 * width in the fonts the board pack embeds, so the layout fits its labels.
 */
export function boardCharts(inputs: BriefingInputs, scores: readonly KpiScore[], measure: Measure): Chart[] {
  return [cashFlowChart(inputs, measure), costBenefitChart(inputs, measure), roadmapChart(inputs, measure), stakeholderChart(inputs, measure), kpiChart(inputs, scores, measure)].filter(
    (c): c is Chart => c !== null,
  );
}
