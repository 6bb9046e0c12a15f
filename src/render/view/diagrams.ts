import type { Strategy } from '../../model/schema/strategy.js';
import type { StrategyRoi } from '../../measure/roi.js';
import { toNumber, type Exact } from '../../measure/exact.js';
import { addMonths } from '../../model/dates.js';
import { block, type MarkdownBlock } from '../block.js';
import { gantt, lineChart, pie, traceability, type GanttSection } from '../mermaid.js';
import { stageWord } from '../values.js';
import { live } from './common.js';

/** Text cut to `max` characters at a word, marked with an ellipsis: a Gantt label longer than its column runs over the bars. */
export function shortLabel(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** Section labels fit the Gantt's label column (see GANTT_THEME in src/render/mermaid.ts). */
const SECTION_LABEL = 28;
const TASK_LABEL = 36;

/**
 * The roadmap as a Gantt chart: each live initiative with its experiments (named by their hypothesis, not their
 * id), the strategy's review date, and the as-of date marked as a milestone: Mermaid's own "today" line follows
 * the reader's clock, not the date the briefing was written for, so it is turned off.
 */
export function roadmapChart(strategy: Strategy, asOf: string): MarkdownBlock | null {
  // Mermaid merges sections of one name, so two initiatives whose names shorten alike are told apart.
  const seen = new Map<string, number>();
  const unique = (label: string) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  };
  // A pilot or rollout is drawn as running only on the days it runs; one that has ended is drawn as done.
  const state = (i: { stage: string; starts: string; ends: string }) =>
    i.ends < asOf ? { state: 'done' as const } : (i.stage === 'pilot' || i.stage === 'rollout') && i.starts <= asOf ? { state: 'active' as const } : {};
  const sections: GanttSection[] = live(strategy).map((i) => ({
    label: unique(shortLabel(i.name, SECTION_LABEL)),
    tasks: [
      ...(i.starts && i.ends && i.ends >= i.starts ? [{ label: stageWord(i.stage), start: i.starts, end: i.ends, ...state({ stage: i.stage, starts: i.starts, ends: i.ends }) }] : []),
      ...(i.experiments ?? [])
        .filter((e) => e.starts && e.ends && e.ends >= e.starts)
        .map((e) => ({ label: e.hypothesis ? `Test: ${shortLabel(e.hypothesis, TASK_LABEL)}` : 'Experiment', start: e.starts!, end: e.ends! })),
    ],
  }));
  if (!sections.some((s) => s.tasks.length)) return null;
  sections.push({
    label: 'Strategy',
    tasks: [],
    milestones: [{ label: `As of ${asOf}`, date: asOf }, ...(strategy.metadata.reviewBy ? [{ label: `Review by ${strategy.metadata.reviewBy}`, date: strategy.metadata.reviewBy }] : [])],
  });
  return block(gantt(`${strategy.metadata.title}: roadmap`, sections));
}

/** Business goals, the IT objectives that serve them, and the initiatives that serve those. */
export function traceabilityChart(strategy: Strategy): MarkdownBlock {
  return block(
    traceability({
      goals: strategy.alignment.businessGoals.map((g) => ({ id: g.id, label: g.statement })),
      objectives: strategy.alignment.itObjectives.map((o) => ({ id: o.id, label: o.statement, goals: o.supports })),
      initiatives: live(strategy).map((i) => ({ id: i.id, label: i.name, objectives: i.supports })),
    }),
  );
}

export interface CostCharts {
  costs: MarkdownBlock | null;
  benefits: MarkdownBlock | null;
  cumulative: MarkdownBlock | null;
}

/** The month `k` months after `start`, as the chart's x axis names it: "Mar 2026", or "month 12" without a date. */
function monthLabel(start: string | null, k: number): string {
  if (!start) return `month ${k}`;
  const [y, m] = addMonths(start, k).split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Where the money goes and comes from (present values by initiative), and the portfolio's cumulative net cash flow, quarter by quarter. */
export function costCharts(roi: StrategyRoi): CostCharts {
  // With no currency set, the titles name none rather than a made-up unit.
  const unit = roi.currency ? ` (${roi.currency})` : '';
  const axis = roi.currency ?? 'Amount';
  const slices = (pick: (i: StrategyRoi['initiatives'][number]) => Exact) => roi.initiatives.map((i) => ({ label: i.name, value: toNumber(pick(i)) }));
  const costs = pie(`Present value of costs by initiative${unit}`, slices((i) => i.pvCosts));
  const benefits = pie(`Present value of risk-adjusted benefits by initiative${unit}`, slices((i) => i.pvBenefits));
  let cumulative: MarkdownBlock | null = null;
  const total = roi.total;
  if (total) {
    // The cumulative net at each quarter's boundary of the total's calendar. The axis spaces its labels
    // evenly, so a last month between two boundaries is shown at the next one: no flow falls after the
    // last month, so the cumulative there is the same.
    const points: { label: string; value: number }[] = [];
    let running = 0n;
    const last = total.costs.length - 1;
    total.costs.forEach((cost, k) => {
      running += total.benefits[k]! - cost;
      if (k % 3 === 0) points.push({ label: monthLabel(total.startDate, total.startMonth + k), value: toNumber(running) });
    });
    if (last % 3 !== 0) points.push({ label: monthLabel(total.startDate, total.startMonth + last + 3 - (last % 3)), value: toNumber(running) });
    cumulative = block(lineChart(`Cumulative net cash flow, all initiatives${unit}`, points.map((p) => p.label), axis, points.map((p) => p.value)));
  }
  return { costs: costs ? block(costs) : null, benefits: benefits ? block(benefits) : null, cumulative };
}
