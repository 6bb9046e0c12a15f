import { compareDates, daysBetween } from '../model/dates.js';
import type { Strategy } from '../model/schema/strategy.js';
import type { Actual } from './actuals.js';

export type KpiStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';
export type Trend = 'improving' | 'worsening' | 'flat' | 'unknown';

export interface KpiScore {
  initiative: string;
  kpi: string;
  metric: string;
  unit?: string;
  cadence?: string;
  baseline?: number;
  target?: number;
  latest?: { date: string; value: number };
  /** How far from the baseline toward the target the latest value is, in percent; null without baseline and target. */
  progressPct: number | null;
  trend: Trend;
  status: KpiStatus;
  /** The rule that gave the status, in words. */
  rule: string;
  /** Days since the latest value, when that is longer than the KPI's cadence allows. */
  staleDays?: number;
  /** No value yet because the initiative is an idea or starts after the as-of date. */
  notStarted?: boolean;
}

/** How long a KPI may go without a value before it is reported stale. */
export const CADENCE_DAYS: Record<string, number> = { daily: 1, weekly: 7, monthly: 31, quarterly: 92, yearly: 366 };

export const STATUS_RULES: Record<Exclude<KpiStatus, 'no-data'>, string[]> = {
  'on-track': ['the target is reached', 'at least 50% of the way to the target and not worsening'],
  'off-track': ['worse than the baseline', 'less than 25% of the way to the target and worsening'],
  'at-risk': ['anything between: under 50% of the way, or worsening'],
};

function judge(progress: number | null, trend: Trend, hold: { target: number; latest: number } | undefined): { status: KpiStatus; rule: string } {
  // A target equal to the baseline is a level to hold, not a distance to cover.
  if (hold) return hold.latest === hold.target ? { status: 'on-track', rule: 'the target is held' } : { status: 'at-risk', rule: 'the target is a level to hold, and the latest value differs from it' };
  if (progress === null) return { status: 'at-risk', rule: 'no baseline and target to measure progress against' };
  if (progress >= 100) return { status: 'on-track', rule: STATUS_RULES['on-track'][0]! };
  if (progress < 0) return { status: 'off-track', rule: STATUS_RULES['off-track'][0]! };
  if (progress >= 50 && trend !== 'worsening') return { status: 'on-track', rule: STATUS_RULES['on-track'][1]! };
  if (progress < 25 && trend === 'worsening') return { status: 'off-track', rule: STATUS_RULES['off-track'][1]! };
  return { status: 'at-risk', rule: STATUS_RULES['at-risk'][0]! };
}

/** Every quantitative KPI of every live initiative, scored against its actuals as of a day. */
export function scorecard(strategy: Strategy, actuals: readonly Actual[], asOf: string): KpiScore[] {
  // Each KPI's values, gathered in one pass: filtering all actuals for each KPI is quadratic on a large strategy.
  const byKpi = new Map<string, Map<string, Actual[]>>();
  for (const a of actuals) {
    let kpis = byKpi.get(a.initiative);
    if (!kpis) byKpi.set(a.initiative, (kpis = new Map()));
    const list = kpis.get(a.kpi);
    if (list) list.push(a);
    else kpis.set(a.kpi, [a]);
  }
  const scores: KpiScore[] = [];
  for (const initiative of strategy.initiatives) {
    if (initiative.stage === 'retired') continue;
    for (const kpi of initiative.kpis ?? []) {
      if (kpi.kind !== 'quantitative') continue;
      const series = [...(byKpi.get(initiative.id)?.get(kpi.id) ?? [])].sort((a, b) => compareDates(a.date, b.date) || a.line - b.line);
      const base: KpiScore = {
        initiative: initiative.id,
        kpi: kpi.id,
        metric: kpi.metric,
        ...(kpi.unit !== undefined ? { unit: kpi.unit } : {}),
        ...(kpi.cadence !== undefined ? { cadence: kpi.cadence } : {}),
        ...(kpi.baseline !== undefined ? { baseline: kpi.baseline } : {}),
        ...(kpi.target !== undefined ? { target: kpi.target } : {}),
        progressPct: null,
        trend: 'unknown',
        status: 'no-data',
        rule: 'no value recorded yet',
      };
      const latest = series.at(-1);
      if (!latest) {
        // An idea, or an initiative that starts later, has nothing to measure yet: no data, but not stale.
        const notStarted = initiative.stage === 'idea' || (initiative.starts !== undefined && initiative.starts > asOf);
        scores.push(notStarted ? { ...base, rule: 'the initiative has not started', notStarted: true } : base);
        continue;
      }
      const previous = series.at(-2);
      const span = kpi.target !== undefined && kpi.baseline !== undefined ? kpi.target - kpi.baseline : 0;
      // A span of 1e-300 makes the progress Infinity: it still judges (the target is reached), but shows as no figure.
      const progress = span === 0 ? null : ((latest.value - kpi.baseline!) / span) * 100;
      // Toward the target is better. For a level to hold (target = baseline), closer to the level is better:
      // 7 then 6 against a level of 5 is improving, 5 then 6 worsening.
      const hold = span === 0 && kpi.target !== undefined;
      const delta = !previous
        ? undefined
        : hold
          ? Math.abs(previous.value - kpi.target!) - Math.abs(latest.value - kpi.target!)
          : (latest.value - previous.value) * (Math.sign(span) || 1);
      const trend: Trend = delta === undefined ? 'unknown' : delta > 0 ? 'improving' : delta < 0 ? 'worsening' : 'flat';
      const age = daysBetween(latest.date, asOf);
      const allowed = kpi.cadence ? CADENCE_DAYS[kpi.cadence]! : undefined;
      scores.push({
        ...base,
        latest: { date: latest.date, value: latest.value },
        progressPct: progress !== null && Number.isFinite(progress) ? progress : null,
        trend,
        ...judge(progress, trend, kpi.target !== undefined && kpi.target === kpi.baseline ? { target: kpi.target, latest: latest.value } : undefined),
        ...(allowed !== undefined && age > allowed ? { staleDays: age } : {}),
      });
    }
  }
  return scores;
}
