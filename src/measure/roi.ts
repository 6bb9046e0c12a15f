import type { Strategy } from '../model/schema/strategy.js';
import { layOut, sumMonths } from './cash-flows.js';

/**
 * The ROI arithmetic of ../DOMAIN.md ("Measuring value", after Forrester's TEI): costs and
 * benefits per month, present values at the yearly discount rate, NPV, ROI % and payback, with
 * benefits risk-adjusted. Plain numbers, unrounded: rounding happens once, where they are shown.
 */

export interface RoiFigures {
  horizonMonths: number;
  discountRatePct: number;
  riskAdjustmentPct: number;
  /** Per month, month 0 first. Benefits are risk-adjusted. */
  monthlyCosts: number[];
  monthlyBenefits: number[];
  totalCosts: number;
  totalBenefits: number;
  /** Benefits before the risk adjustment. */
  totalBenefitsUnadjusted: number;
  pvCosts: number;
  pvBenefits: number;
  npv: number;
  /** (PV benefits - PV costs) / PV costs x 100; null when there are no costs to return on (see returnPct). */
  roiPct: number | null;
  /** The first month (1 = the first) from which cumulative net cash flow stays at or above zero; null when not within the horizon. */
  paybackMonth: number | null;
}

export interface InitiativeRoi extends RoiFigures {
  initiative: string;
  name: string;
}

export interface Sensitivity {
  /** How much lower benefits come in, in percent. */
  benefitsLowerPct: number;
  npv: number;
  roiPct: number | null;
  paybackMonth: number | null;
}

export interface StrategyRoi {
  currency: string | undefined;
  initiatives: (InitiativeRoi & { sensitivity: Sensitivity[] })[];
  total: (RoiFigures & { sensitivity: Sensitivity[] }) | null;
}

/** Discount factor for month t at a yearly rate: (1 + r)^(t/12), so month 12 is discounted one full year. */
function discount(ratePct: number, month: number): number {
  return Math.pow(1 + ratePct / 100, month / 12);
}

function presentValue(months: readonly number[], ratePct: number): number {
  return months.reduce((pv, amount, t) => pv + amount / discount(ratePct, t), 0);
}

/**
 * The first month (1 = the first) from whose end on cumulative net cash flow stays at or above zero
 * to the end of the horizon; null when it is still below zero at the end. "Stays", not "first
 * touches": with yearly lumps, a benefit booked in month 1 can put the total above zero for a while
 * before the next year's costs pull it down again, and that is not payback.
 */
export function paybackMonth(costs: readonly number[], benefits: readonly number[]): number | null {
  if (costs.every((c) => c === 0) || benefits.every((b) => b === 0)) return null;
  let cumulative = 0;
  let lastBelow = -1;
  for (let t = 0; t < costs.length; t++) {
    cumulative += benefits[t]! - costs[t]!;
    // The tolerance absorbs binary floating point, not money.
    if (cumulative < -1e-6) lastBelow = t;
  }
  return lastBelow === costs.length - 1 ? null : lastBelow + 2;
}

/**
 * (PV benefits - PV costs) / PV costs x 100, or null when there is nothing to return on: no costs, or
 * costs so small beside the benefits (a cent discounted over fifty years) that the ratio is no number.
 */
function returnPct(pvBenefits: number, pvCosts: number): number | null {
  if (pvCosts === 0) return null;
  const pct = ((pvBenefits - pvCosts) / pvCosts) * 100;
  return Number.isFinite(pct) ? pct : null;
}

function figures(costs: number[], benefits: number[], unadjusted: number, rates: { discount: number; risk: number }, pv: (months: number[]) => number): RoiFigures {
  const pvCosts = pv(costs);
  const pvBenefits = pv(benefits);
  return {
    horizonMonths: costs.length,
    discountRatePct: rates.discount,
    riskAdjustmentPct: rates.risk,
    monthlyCosts: costs,
    monthlyBenefits: benefits,
    totalCosts: costs.reduce((a, b) => a + b, 0),
    totalBenefits: benefits.reduce((a, b) => a + b, 0),
    totalBenefitsUnadjusted: unadjusted,
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    roiPct: returnPct(pvBenefits, pvCosts),
    paybackMonth: paybackMonth(costs, benefits),
  };
}

export function initiativeRoi(initiative: Strategy['initiatives'][number]): InitiativeRoi | null {
  const roi = initiative.roi;
  if (!roi) return null;
  const h = roi.horizonMonths;
  const rate = roi.discountRatePct ?? 0;
  const risk = roi.riskAdjustmentPct ?? 0;
  const costs = sumMonths((roi.costs ?? []).map((f) => layOut(f, h)), h);
  const raw = sumMonths((roi.benefits ?? []).map((f) => layOut(f, h)), h);
  const benefits = raw.map((b) => b * (1 - risk / 100));
  const result = figures(costs, benefits, raw.reduce((a, b) => a + b, 0), { discount: rate, risk }, (m) => presentValue(m, rate));
  return { initiative: initiative.id, name: initiative.name, ...result };
}

/** The same figures with benefits a given share lower: what the board asks when it doubts the benefits. */
export function sensitivity(base: RoiFigures, lowerPct: readonly number[], pv: (months: number[]) => number): Sensitivity[] {
  return lowerPct.map((pct) => {
    const benefits = base.monthlyBenefits.map((b) => b * (1 - pct / 100));
    const pvBenefits = pv(benefits);
    return {
      benefitsLowerPct: pct,
      npv: pvBenefits - base.pvCosts,
      roiPct: returnPct(pvBenefits, base.pvCosts),
      paybackMonth: paybackMonth(base.monthlyCosts, benefits),
    };
  });
}

export const DEFAULT_SENSITIVITY = [25, 50] as const;

/**
 * Every initiative with an roi block, and the strategy as a whole. The total adds the initiatives
 * month by month; each month's amounts keep the discount rate of the initiative they came from.
 */
export function strategyRoi(strategy: Strategy, options: { sensitivity?: readonly number[]; initiative?: string } = {}): StrategyRoi {
  const steps = options.sensitivity ?? DEFAULT_SENSITIVITY;
  // A retired initiative leaves the portfolio's figures, unless it is asked for by name.
  const chosen = strategy.initiatives.filter((i) => i.roi && (options.initiative ? i.id === options.initiative : i.stage !== 'retired'));
  const initiatives = chosen.map((i) => {
    const r = initiativeRoi(i)!;
    const rate = i.roi!.discountRatePct ?? 0;
    return { ...r, sensitivity: sensitivity(r, steps, (m) => presentValue(m, rate)) };
  });
  if (initiatives.length === 0) return { currency: strategy.metadata.currency, initiatives, total: null };

  // A loop, not Math.max(...list): 130,000 initiatives as arguments overflow the stack.
  let horizon = 0;
  for (const i of initiatives) horizon = Math.max(horizon, i.horizonMonths);
  const pad = (m: number[]) => [...m, ...new Array<number>(horizon - m.length).fill(0)];
  // Present values add across initiatives; the total's own PV function re-adds them per initiative.
  const pvTotal = (select: (i: InitiativeRoi) => number[]) => (scale: (b: number[]) => number[]) =>
    initiatives.reduce((sum, i) => sum + presentValue(scale(select(i)), i.discountRatePct), 0);
  const costs = sumMonths(initiatives.map((i) => pad(i.monthlyCosts)), horizon);
  const benefits = sumMonths(initiatives.map((i) => pad(i.monthlyBenefits)), horizon);
  const pvCosts = pvTotal((i) => i.monthlyCosts)((m) => m);
  const pvBenefits = pvTotal((i) => i.monthlyBenefits)((m) => m);
  const total: RoiFigures = {
    horizonMonths: horizon,
    discountRatePct: NaN,
    riskAdjustmentPct: NaN,
    monthlyCosts: costs,
    monthlyBenefits: benefits,
    totalCosts: initiatives.reduce((s, i) => s + i.totalCosts, 0),
    totalBenefits: initiatives.reduce((s, i) => s + i.totalBenefits, 0),
    totalBenefitsUnadjusted: initiatives.reduce((s, i) => s + i.totalBenefitsUnadjusted, 0),
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    roiPct: returnPct(pvBenefits, pvCosts),
    paybackMonth: paybackMonth(costs, benefits),
  };
  const totalSensitivity = steps.map((pct) => {
    const lower = (m: number[]) => m.map((b) => b * (1 - pct / 100));
    const pvB = pvTotal((i) => i.monthlyBenefits)(lower);
    return {
      benefitsLowerPct: pct,
      npv: pvB - pvCosts,
      roiPct: returnPct(pvB, pvCosts),
      paybackMonth: paybackMonth(costs, lower(benefits)),
    };
  });
  return { currency: strategy.metadata.currency, initiatives, total: { ...total, sensitivity: totalSensitivity } };
}
