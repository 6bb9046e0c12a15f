import type { Strategy } from '../../model/schema/strategy.js';
import type { StrategyRoi } from '../../measure/roi.js';
import { roundTo } from '../../measure/money.js';
import { block, type MarkdownBlock } from '../block.js';
import { gantt, lineChart, pie, traceability, type GanttSection } from '../mermaid.js';
import { stageWord } from '../values.js';
import { live } from './common.js';

/** The roadmap as a Gantt chart: each live initiative with its experiments, and the strategy's review date. */
export function roadmapChart(strategy: Strategy): MarkdownBlock | null {
  const sections: GanttSection[] = live(strategy).map((i) => ({
    label: i.name,
    tasks: [
      ...(i.starts && i.ends && i.ends >= i.starts ? [{ label: stageWord(i.stage), start: i.starts, end: i.ends, ...(i.stage === 'pilot' || i.stage === 'rollout' ? { state: 'active' as const } : {}) }] : []),
      ...(i.experiments ?? []).filter((e) => e.starts && e.ends && e.ends >= e.starts).map((e) => ({ label: `Experiment ${e.id}`, start: e.starts!, end: e.ends! })),
    ],
  }));
  if (strategy.metadata.reviewBy) sections.push({ label: 'Strategy', tasks: [], milestones: [{ label: 'Review by', date: strategy.metadata.reviewBy }] });
  if (!sections.some((s) => s.tasks.length || s.milestones?.length)) return null;
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

/** Where the money goes and comes from (present values by initiative), and the portfolio's cumulative net cash flow by quarter. */
export function costCharts(roi: StrategyRoi): CostCharts {
  const unit = roi.currency ?? 'money';
  const slices = (pick: (i: StrategyRoi['initiatives'][number]) => number) => roi.initiatives.map((i) => ({ label: i.name, value: roundTo(pick(i), 0) }));
  const costs = pie(`Present value of costs by initiative (${unit})`, slices((i) => i.pvCosts));
  const benefits = pie(`Present value of risk-adjusted benefits by initiative (${unit})`, slices((i) => i.pvBenefits));
  let cumulative: MarkdownBlock | null = null;
  if (roi.total) {
    const net = roi.total.monthlyBenefits.map((b, t) => b - roi.total!.monthlyCosts[t]!);
    const quarters: number[] = [];
    let running = 0;
    net.forEach((amount, t) => {
      running += amount;
      if (t % 3 === 2 || t === net.length - 1) quarters.push(roundTo(running, 0));
    });
    cumulative = block(lineChart(`Cumulative net cash flow, all initiatives (${unit})`, quarters.map((_, q) => `Q${q + 1}`), unit, quarters));
  }
  return { costs: costs ? block(costs) : null, benefits: benefits ? block(benefits) : null, cumulative };
}
