import { money, percent } from '../../measure/money.js';
import { roiFootnote, roiMarkdownTable, sensitivityMarkdownTable } from './roi-table.js';
import type { Strategy } from '../../model/schema/strategy.js';
import { block, type MarkdownBlock } from '../block.js';
import type { BriefingInputs } from '../inputs.js';
import { person, shown, span, stageWord } from '../values.js';
import { approvalGaps, approvalOf, header, initiativeName, live, readiness, type Approval, type HeaderView, type Readiness } from './common.js';
import { costCharts, roadmapChart, traceabilityChart, type CostCharts } from './diagrams.js';

export interface DecisionView {
  decision: string;
  initiative: string | null;
  by: string | null;
  /** The date is before the as-of date: the decision was needed already. */
  overdue: boolean;
}

/** What the board is asked: the strategy's own list, or one question per initiative that needs a decision at its stage. */
export function decisions(strategy: Strategy, approval: Approval): { list: DecisionView[]; proposed: boolean } {
  const due = (by: string | null) => ({ by, overdue: by !== null && by < approval.asOf });
  if (strategy.boardDecisions?.length) {
    return {
      proposed: false,
      list: strategy.boardDecisions.map((d) => ({ decision: d.decision, initiative: d.initiative ? initiativeName(strategy, d.initiative) : null, ...due(d.by ?? null) })),
    };
  }
  const list: DecisionView[] = [{ decision: endorsement(strategy, approval), initiative: null, ...due(null) }];
  for (const i of live(strategy)) {
    if (i.stage === 'idea') list.push({ decision: `Fund discovery for ${i.name}, or stop it.`, initiative: null, ...due(i.starts ?? null) });
    if (i.stage === 'pilot') list.push({ decision: `Decide whether ${i.name} scales when its pilot ends.`, initiative: null, ...due(i.ends ?? null) });
  }
  return { list, proposed: true };
}

/**
 * What the board is asked of the strategy itself: to endorse only what is approved in the file and signed off by
 * every core stakeholder; a draft or a retired strategy is not put to it, and one in review that everyone has
 * signed waits only for its status.
 */
function endorsement(strategy: Strategy, approval: Approval): string {
  const { version, status } = strategy.metadata;
  const title = strategy.metadata.title.replace(/[\s.!\u3002\uff01]+$/u, '');
  const gaps = approvalGaps(approval);
  if (status === 'retired') return `Nothing to endorse: version ${version} of ${title} is retired and kept for the record.`;
  if (status === 'draft') return `Do not endorse version ${version} of ${title} yet: it is a draft${gaps ? `, and ${gaps}` : ''}.`;
  if (!approval.approved) return `Do not endorse version ${version} of ${title} yet: ${gaps}.`;
  if (status === 'in-review') return `Endorse version ${version} of ${title} once its status is set to approved: every core stakeholder has signed it off${approval.openErrors ? `; ${gaps}` : ''}.`;
  return `Endorse version ${version} of ${title}.`;
}

export interface RoiView {
  /** At least one initiative has an ROI model. */
  modelled: boolean;
  table: MarkdownBlock;
  sensitivity: MarkdownBlock;
  /** Names of live initiatives without an ROI model yet. */
  unmodelled: string[];
  headline: string | null;
  charts: CostCharts;
  /** The conventions the figures follow, in a line. */
  footnote: string;
}

/** The portfolio's return in one sentence, or null when no initiative has an ROI model. */
export function roiHeadline(roi: BriefingInputs['roi']): string | null {
  const total = roi.total;
  if (!total) return null;
  const count = roi.initiatives.length === 1 ? 'the one modelled initiative' : `the ${roi.initiatives.length} modelled initiatives`;
  const benefits = `${money(total.pvBenefits, roi.currency)} of risk-adjusted benefits in present value`;
  if (!total.hasCosts) return `Across ${count}, no costs are modelled, so there is no return or payback to state: ${benefits}.`;
  const payback = (m: number | null) => (m === null ? `no payback within ${total.horizonMonths} months` : `payback in month ${m}`);
  const discounted = total.discountedPaybackMonth === null ? 'none when discounted' : `discounted: month ${total.discountedPaybackMonth}`;
  return `Across ${count}, ${money(total.pvCosts, roi.currency)} of costs return ${benefits}: an NPV of ${money(total.npv, roi.currency)}, an ROI of ${percent(total.roiPct)}, and ${payback(total.paybackMonth)} (${discounted}).`;
}

export function roiView(inputs: BriefingInputs): RoiView {
  const { roi, strategy } = inputs;
  const modelled = new Set(roi.initiatives.map((i) => i.initiative));
  return {
    modelled: roi.initiatives.length > 0,
    table: block(roiMarkdownTable(roi, 'name')),
    sensitivity: block(sensitivityMarkdownTable(roi, 'name')),
    unmodelled: live(strategy).filter((i) => !modelled.has(i.id)).map((i) => `${i.name} (${stageWord(i.stage).toLowerCase()})`),
    headline: roiHeadline(roi),
    charts: costCharts(roi),
    footnote: roiFootnote(roi),
  };
}

export interface GoalView {
  id: string;
  statement: string;
  owner: string;
  objectives: string;
  initiatives: string;
}

export function goals(strategy: Strategy): GoalView[] {
  return strategy.alignment.businessGoals.map((g) => {
    const objectives = strategy.alignment.itObjectives.filter((o) => o.supports.includes(g.id));
    const ids = new Set(objectives.map((o) => o.id));
    const initiatives = live(strategy).filter((i) => i.supports.some((s) => ids.has(s)));
    return {
      id: g.id,
      statement: g.statement,
      owner: g.owner ?? 'not named',
      objectives: objectives.map((o) => o.id).join(', ') || 'none',
      initiatives: initiatives.map((i) => i.name).join(', ') || 'none',
    };
  });
}

export interface InitiativeView {
  id: string;
  name: string;
  scope: string;
  stage: string;
  span: string;
  sponsor: string;
  goals: string;
  need: string | null;
}

export function initiatives(strategy: Strategy): InitiativeView[] {
  const goalsOf = (objectives: readonly string[]) => {
    const set = new Set(strategy.alignment.itObjectives.filter((o) => objectives.includes(o.id)).flatMap((o) => o.supports));
    return [...set].sort().join(', ');
  };
  return live(strategy).map((i) => ({
    id: i.id,
    name: i.name,
    scope: i.scope,
    stage: stageWord(i.stage),
    span: span(i.starts, i.ends),
    sponsor: person(i.sponsor) || 'not named',
    goals: goalsOf(i.supports) || 'none',
    need: i.businessNeed ?? null,
  }));
}

export interface KpiView {
  initiative: string;
  metric: string;
  baseline: string;
  target: string;
  by: string;
}

/** The outcome measures the board holds the initiatives to (usage counts are left to the teams). */
export function outcomeKpis(strategy: Strategy): KpiView[] {
  return live(strategy).flatMap((i) =>
    (i.kpis ?? [])
      .filter((k) => k.kind === 'quantitative' && k.category !== 'usage')
      .map((k) => {
        const q = k as Extract<typeof k, { kind: 'quantitative' }>;
        const withUnit = (v: number | undefined) => (v === undefined ? 'not set' : q.unit ? `${shown(v)} ${q.unit}` : shown(v));
        return { initiative: i.name, metric: q.metric, baseline: withUnit(q.baseline), target: withUnit(q.target), by: q.targetDate ?? 'no date set' };
      }),
  );
}

/** What the board is told when it has no outcome to hold an initiative to: no quantitative KPI at all, or usage alone. */
export function kpiGap(strategy: Strategy): string | null {
  const quantitative = live(strategy).flatMap((i) => (i.kpis ?? []).filter((k) => k.kind === 'quantitative'));
  if (quantitative.length === 0) return 'No quantitative KPI is set for any initiative: nothing yet shows whether an initiative returns what it promises.';
  if (quantitative.every((k) => k.category === 'usage')) return 'Only usage is measured (activity, not results), which cannot show a return.';
  return null;
}

export interface RiskView {
  initiative: string;
  risk: string;
  likelihood: string;
  impact: string;
  mitigation: string;
  owner: string;
}

const LEVEL: Record<string, number> = { low: 1, medium: 2, high: 3 };

/** Risks by likelihood times impact, highest first (the order they were written in breaks ties). */
export function risks(strategy: Strategy): RiskView[] {
  const all = live(strategy).flatMap((i) => (i.risks ?? []).map((r) => ({ i, r })));
  const score = (x: (typeof all)[number]) => (LEVEL[x.r.likelihood ?? ''] ?? 2) * (LEVEL[x.r.impact ?? ''] ?? 2);
  return all
    .map((x, order) => ({ x, order, score: score(x) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ x }) => ({
      initiative: x.i.name,
      risk: x.r.risk,
      likelihood: x.r.likelihood ?? 'not rated',
      impact: x.r.impact ?? 'not rated',
      mitigation: x.r.mitigation ?? 'none recorded',
      owner: x.r.owner ?? 'no owner',
    }));
}

export const MAIN_RISKS = 6;

export interface BoardView {
  header: HeaderView;
  problem: string | null;
  success: string | null;
  sponsor: string;
  decisions: DecisionView[];
  decisionsProposed: boolean;
  goals: GoalView[];
  traceability: MarkdownBlock;
  initiatives: InitiativeView[];
  roadmap: MarkdownBlock | null;
  roi: RoiView;
  kpis: KpiView[];
  kpiGap: string | null;
  risks: RiskView[];
  moreRisks: number;
  stakeholders: Readiness[];
}

export function boardView(inputs: BriefingInputs): BoardView {
  const { strategy } = inputs;
  const all = risks(strategy);
  const d = decisions(strategy, approvalOf(inputs));
  return {
    header: header(inputs, 'Board briefing'),
    problem: strategy.alignment.businessProblem ?? null,
    success: strategy.alignment.successAt12Months ?? null,
    sponsor: person(strategy.alignment.sponsor) || 'not named',
    decisions: d.list,
    decisionsProposed: d.proposed,
    goals: goals(strategy),
    traceability: traceabilityChart(strategy),
    initiatives: initiatives(strategy),
    roadmap: roadmapChart(strategy, inputs.asOf),
    roi: roiView(inputs),
    kpis: outcomeKpis(strategy),
    kpiGap: kpiGap(strategy),
    risks: all.slice(0, MAIN_RISKS),
    moreRisks: Math.max(0, all.length - MAIN_RISKS),
    stakeholders: readiness(inputs),
  };
}
