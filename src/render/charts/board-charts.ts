import { toNumber } from '../../measure/exact.js';
import { money, month, percent } from '../../measure/money.js';
import type { KpiScore } from '../../measure/scorecard.js';
import { addMonths } from '../../model/dates.js';
import { visible } from '../../text/visible.js';
import type { BriefingInputs } from '../inputs.js';
import { plural, stageWord } from '../values.js';
import { live, readiness } from '../view/common.js';
import { shortLabel } from '../view/diagrams.js';
import { BASE_CONFIG, PALETTE, type Chart } from './chart.js';

/**
 * The board pack's charts, from the same inputs as the Markdown briefings (the ROI the `roi` command
 * prints, the stakeholders' findings, the KPI scorecard of `measure`), so both say the same numbers.
 * A name from the strategy is data in a chart, never part of its specification's code.
 */

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
const WIDTH = 560;

/** Text from the strategy as a chart shows it: one line, controls made visible, cut at a word. */
const label = (text: string, max = 60): string => shortLabel(visible(text), max);

/** d3-format of whole amounts with thousands separators, as the tables show money. */
const AMOUNT_LABELS = "format(datum.value, ',.0f')";

function spec(title: string, description: string, body: Record<string, unknown>): Record<string, unknown> {
  // The SVG's accessible name: what the chart is and what it shows.
  return { $schema: SCHEMA, title, description: `${title}. ${description}`, width: WIDTH, config: BASE_CONFIG, ...body };
}

/** The portfolio's cumulative net cash flow month by month, with the payback month marked. */
export function cashFlowChart(inputs: BriefingInputs): Chart | null {
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
  const x = dated
    ? { field: 'at', type: 'temporal', title: 'Month', axis: { format: '%b %Y', labelAngle: 0 } }
    : { field: 'at', type: 'quantitative', title: 'Month after the start' };
  const payback = total.paybackMonth;
  const paybackWords = month(payback, total.horizonMonths, total.hasCosts);
  const layers: Record<string, unknown>[] = [
    { mark: { type: 'rule', color: '#555555' }, encoding: { y: { datum: 0 } } },
    {
      mark: { type: 'line', color: PALETTE[0], strokeWidth: 2.5 },
      encoding: { x, y: { field: 'value', type: 'quantitative', title: `Cumulative net (${currency})`, axis: { labelExpr: AMOUNT_LABELS } } },
    },
  ];
  if (payback !== null) {
    const mark = [{ at: at(payback), label: `Payback: ${paybackWords}` }];
    // The label on whichever side of the line has the room.
    const right = payback > total.horizonMonths / 2;
    layers.push(
      { data: { values: mark }, mark: { type: 'rule', color: PALETTE[2], strokeDash: [5, 3], strokeWidth: 2 }, encoding: { x } },
      {
        data: { values: mark },
        mark: { type: 'text', align: right ? 'right' : 'left', dx: right ? -6 : 6, color: PALETTE[2], fontSize: 12, fontWeight: 'bold' },
        encoding: { x, y: { value: 12 }, text: { field: 'label' } },
      },
    );
  }
  const title = `Cumulative net cash flow, all initiatives (${currency})`;
  const last = points[points.length - 1]!;
  const description = `From ${money(points[0]!.value, currency)} in the first month to ${money(last.value, currency)} after ${total.horizonMonths} months; payback in ${paybackWords}. NPV ${money(total.npv, currency)}.`;
  const quarterly = points.filter((_, k) => k % 3 === 0 || k === points.length - 1);
  return {
    id: 'cash-flow',
    title,
    description,
    table: { columns: ['Month', `Cumulative net (${currency})`], rows: quarterly.map((p) => [String(p.at), money(p.value, currency)]) },
    spec: spec(title, description, { height: 260, data: { values: points }, layer: layers }),
  };
}

/** Present value of costs against risk-adjusted benefits, initiative by initiative. */
export function costBenefitChart(inputs: BriefingInputs): Chart | null {
  const { roi } = inputs;
  if (!roi.initiatives.length) return null;
  const currency = roi.currency ?? 'money';
  const COSTS = 'Present value of costs';
  const BENEFITS = 'Present value of risk-adjusted benefits';
  const rows = roi.initiatives.flatMap((i) => [
    { initiative: label(i.name, 40), measure: COSTS, value: toNumber(i.pvCosts) },
    { initiative: label(i.name, 40), measure: BENEFITS, value: toNumber(i.pvBenefits) },
  ]);
  const title = `Cost and benefit by initiative, present value (${currency})`;
  const description = `${roi.initiatives.map((i) => `${label(i.name, 120)} costs ${money(i.pvCosts, currency)} and returns ${money(i.pvBenefits, currency)} (ROI ${percent(i.roiPct)})`).join('; ')}.`;
  return {
    id: 'cost-benefit',
    title,
    description,
    table: {
      columns: ['Initiative', `PV of costs (${currency})`, `PV of risk-adjusted benefits (${currency})`, 'ROI'],
      rows: roi.initiatives.map((i) => [label(i.name, 80), money(i.pvCosts, currency), money(i.pvBenefits, currency), percent(i.roiPct)]),
    },
    spec: spec(title, description, {
      data: { values: rows },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'initiative', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
        yOffset: { field: 'measure', sort: [COSTS, BENEFITS] },
        x: { field: 'value', type: 'quantitative', title: `Present value (${currency})`, axis: { labelExpr: AMOUNT_LABELS } },
        color: { field: 'measure', type: 'nominal', title: null, sort: [COSTS, BENEFITS], scale: { domain: [COSTS, BENEFITS], range: [PALETTE[2], PALETTE[1]] } },
      },
    }),
  };
}

/** Live initiatives and their experiments on a calendar, the as-of date marked. */
export function roadmapChart(inputs: BriefingInputs): Chart | null {
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
  const x = { field: 'start', type: 'temporal', title: 'Date', axis: { format: '%b %Y', labelAngle: 0 } };
  return {
    id: 'roadmap',
    title,
    description,
    table: { columns: ['Initiative or experiment', 'Kind', 'Starts', 'Ends'], rows: bars.map((b) => [b.row.trim(), b.kind, b.start, b.end]) },
    spec: spec(title, description, {
      height: Math.max(80, bars.length * 26),
      layer: [
        {
          data: { values: bars },
          mark: { type: 'bar', cornerRadius: 2 },
          encoding: {
            y: { field: 'row', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
            x,
            x2: { field: 'end' },
            color: { field: 'kind', type: 'nominal', title: null, scale: { domain: kinds, range: PALETTE.slice(0, kinds.length) } },
          },
        },
        { data: { values: [{ start: asOf }] }, mark: { type: 'rule', color: PALETTE[2], strokeDash: [5, 3], strokeWidth: 2 }, encoding: { x } },
        { data: { values: [{ start: asOf, text: `As of ${asOf}` }] }, mark: { type: 'text', align: 'left', dx: 4, dy: -4, color: PALETTE[2], fontWeight: 'bold' }, encoding: { x, y: { value: 0 }, text: { field: 'text' } } },
      ],
    }),
  };
}

/** Each stakeholder's open errors, open warnings and waived findings, with their sign-off. */
export function stakeholderChart(inputs: BriefingInputs): Chart {
  const stands = readiness(inputs);
  const KINDS = ['Open errors', 'Open warnings', 'Waived'] as const;
  const rows = stands.flatMap((s) => {
    const who = `${s.label}: ${label(s.signoff, 40)}`;
    return [
      { stakeholder: who, kind: KINDS[0], count: s.errors },
      { stakeholder: who, kind: KINDS[1], count: s.warnings },
      { stakeholder: who, kind: KINDS[2], count: s.waived },
    ];
  });
  const most = Math.max(1, ...stands.map((s) => s.errors + s.warnings + s.waived));
  const title = 'Where the stakeholders stand';
  const description = `${stands.map((s) => `${s.label} has ${plural(s.errors, 'open error')}, ${plural(s.warnings, 'open warning')} and ${plural(s.waived, 'waived finding')}; sign-off ${label(s.signoff, 60)}`).join('; ')}.`;
  return {
    id: 'stakeholders',
    title,
    description,
    table: {
      columns: ['Stakeholder', 'Sign-off', 'Open errors', 'Open warnings', 'Waived'],
      rows: stands.map((s) => [s.label, label(s.signoff, 80), String(s.errors), String(s.warnings), String(s.waived)]),
    },
    spec: spec(title, description, {
      height: Math.max(80, stands.length * 28),
      data: { values: rows },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'stakeholder', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
        x: { field: 'count', type: 'quantitative', title: 'Findings', stack: 'zero', scale: { domain: [0, most] }, axis: { tickMinStep: 1, format: 'd' } },
        color: { field: 'kind', type: 'nominal', title: null, sort: [...KINDS], scale: { domain: [...KINDS], range: [PALETTE[2], PALETTE[3], PALETTE[4]] } },
        order: { field: 'kind', sort: 'ascending' },
      },
    }),
  };
}

const STATUS_WORDS: Record<KpiScore['status'], string> = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' };

/** Each KPI's progress from its baseline toward its target, as `measure` scores it from the actuals. */
export function kpiChart(inputs: BriefingInputs, scores: readonly KpiScore[]): Chart | null {
  if (!scores.length) return null;
  const names = new Map(inputs.strategy.initiatives.map((i) => [i.id, i.name]));
  const rows = scores.map((s) => ({
    kpi: label(`${names.get(s.initiative) ?? s.initiative}: ${s.metric}`, 56),
    // Drawn within -50% .. 150%; the table gives the figure itself.
    progress: s.progressPct === null ? 0 : Math.max(-50, Math.min(150, s.progressPct)),
    status: STATUS_WORDS[s.status],
  }));
  const statuses = Object.values(STATUS_WORDS);
  const title = `KPI progress toward target as of ${inputs.asOf}`;
  const description = `${scores.map((s) => `${label(`${names.get(s.initiative) ?? s.initiative}: ${s.metric}`, 160)} ${percent(s.progressPct)} of the way from baseline to target, ${STATUS_WORDS[s.status].toLowerCase()}`).join('; ')}.`;
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
    spec: spec(title, description, {
      height: Math.max(80, rows.length * 24),
      layer: [
        {
          data: { values: rows },
          mark: { type: 'bar' },
          encoding: {
            y: { field: 'kpi', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
            x: { field: 'progress', type: 'quantitative', title: 'Progress from baseline to target (%)', scale: { domain: [-50, 150] } },
            color: { field: 'status', type: 'nominal', title: null, scale: { domain: statuses, range: [PALETTE[1], PALETTE[3], PALETTE[2], PALETTE[4]] } },
          },
        },
        { mark: { type: 'rule', color: '#222222', strokeWidth: 2 }, encoding: { x: { datum: 100 } } },
        { mark: { type: 'text', align: 'left', dx: 4, dy: -4, color: '#222222' }, encoding: { x: { datum: 100 }, y: { value: 0 }, text: { value: 'Target' } } },
      ],
    }),
  };
}

/** Every chart the board pack shows, in its order; those without data are left out. */
export function boardCharts(inputs: BriefingInputs, scores: readonly KpiScore[] = []): Chart[] {
  return [cashFlowChart(inputs), costBenefitChart(inputs), roadmapChart(inputs), stakeholderChart(inputs), kpiChart(inputs, scores)].filter(
    (c): c is Chart => c !== null,
  );
}
