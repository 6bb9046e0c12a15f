import { monthsBetween } from '../model/dates.js';
import type { Strategy } from '../model/schema/strategy.js';
import { DEFAULT_TIMING, layOut, sumLines } from './cash-flows.js';
import { discountedSign, discountedSum, discountFactor, fromDiscounted, remainingAfter, returnOn, scaleBy, type Exact } from './exact.js';

/**
 * The ROI arithmetic (../DOMAIN.md "Measuring value", after Forrester's TEI, expressed monthly), in exact
 * money (src/measure/exact.ts). The conventions, which every output states (CONVENTIONS):
 * - cash flows fall on the month boundaries 0..H of an initiative's horizon of H months; month 0 is its start;
 * - a one-off item falls on its start month (month 0: the initial investment, undiscounted);
 * - a recurring cost is paid in advance, at the start of each period; a recurring benefit is realised in
 *   arrears, at the end of each period it accrues over; an item may say otherwise with `timing`;
 * - month k is discounted by (1 + r)^(k/12) at the yearly rate r; the risk adjustment applies to benefits only;
 * - payback, simple (undiscounted) and discounted, is the first month from whose end the cumulative net
 *   stays at or above zero to the end of the horizon, in months after the start; none when NPV is negative
 *   (discounted) or the cumulative ends below zero; "n/a" when there are no costs;
 * - the strategy's total places each initiative's flows by its own start date on one calendar, valued at one
 *   valuation date (`roi.valuationDate`, default the earliest initiative start), over the span of every horizon.
 */

export const CONVENTIONS = {
  source: 'Forrester Total Economic Impact (TEI), expressed monthly',
  cashFlowTiming: 'cash flows fall on month boundaries 0..H of each initiative’s horizon of H months; month 0 is its start',
  oneOff: 'a one-off item falls on its start month; month 0 is the initial investment, undiscounted',
  recurringCosts: 'paid in advance, at the start of each period',
  recurringBenefits: 'realised in arrears, at the end of each period they accrue over',
  override: 'an item’s `timing: advance | arrears` overrides its default',
  discounting: 'month k is discounted by (1 + r)^(k/12) at the yearly rate r',
  riskAdjustment: 'applies to benefits only',
  payback: 'the first month from whose end the cumulative net stays at or above zero to the end of the horizon, in months after the start; simple is undiscounted, discounted has none when NPV is negative; n/a without costs',
  total: 'each initiative placed by its start date on one calendar and valued at the valuation date',
  rounding: 'exact decimal arithmetic; money rounded half away from zero to the cent once, when shown; the signs of discounted figures judged to a trillionth of a unit; ROI the exact ratio rounded once to one decimal',
  months: 'whole months between dates, a month counted once its day of the month is reached',
} as const;

/** The conventions in one line, for the foot of a table. */
export const CONVENTIONS_NOTE =
  'Conventions (Forrester TEI, monthly): one-off items fall on their start month, month 0 undiscounted; recurring costs are paid in advance, recurring benefits realised in arrears; month k is discounted by (1 + r)^(k/12); benefits are risk-adjusted, costs are not. Payback is the first month from whose end the cumulative net stays at or above zero; discounted payback does the same with discounted flows.';

export interface RoiFigures {
  /** Months the figures span: an initiative's horizon, or the total's calendar span. */
  horizonMonths: number;
  /** Month 0 of these figures, in months after the valuation date (an initiative's own figures count from its start). */
  startMonth: number;
  /** The date of month 0, where known. */
  startDate: string | null;
  discountRatePct: number | null;
  riskAdjustmentPct: number | null;
  /** Per month boundary, 0..horizonMonths. Benefits are risk-adjusted. */
  costs: Exact[];
  benefits: Exact[];
  totalCosts: Exact;
  totalBenefits: Exact;
  /** Benefits before the risk adjustment. */
  totalBenefitsUnadjusted: Exact;
  pvCosts: Exact;
  pvBenefits: Exact;
  npv: Exact;
  /** (PV benefits - PV costs) / PV costs x 100; null when there are no costs to return on. */
  roiPct: number | null;
  /** Simple payback in months after the start; null when the cumulative net ends below zero or there are no costs. */
  paybackMonth: number | null;
  /** Discounted payback; null when NPV is negative or there are no costs. */
  discountedPaybackMonth: number | null;
  /** Without costs, payback and ROI are "n/a", not "not within the horizon". */
  hasCosts: boolean;
}

export interface InitiativeRoi extends RoiFigures {
  initiative: string;
  name: string;
}

export interface Sensitivity {
  /** How much lower benefits come in, in percent. */
  benefitsLowerPct: number;
  npv: Exact;
  roiPct: number | null;
  paybackMonth: number | null;
  discountedPaybackMonth: number | null;
}

export interface StrategyRoi {
  currency: string | undefined;
  /** The date the total is valued at, or null when no initiative has a start date. */
  valuationDate: string | null;
  initiatives: (InitiativeRoi & { sensitivity: Sensitivity[] })[];
  total: (RoiFigures & { sensitivity: Sensitivity[] }) | null;
}

/**
 * The first boundary from which the cumulative of `net` stays at or above zero to the end; null when it ends
 * below zero. Exact: a cumulative of exactly zero counts as paid back. `shown` turns a cumulative into what is
 * judged: discounted flows by discountedSign, within a trillionth of a unit.
 */
export function paybackIndex(net: readonly bigint[], shown: (cumulative: bigint) => bigint = (c) => c): number | null {
  let cumulative = 0n;
  let lastBelow = -1;
  for (let k = 0; k < net.length; k++) {
    cumulative += net[k]!;
    if (shown(cumulative) < 0n) lastBelow = k;
  }
  return lastBelow === net.length - 1 ? null : lastBelow + 1;
}

/** One series of flows on a calendar: amounts at indices, each with its discount factor. */
interface Series {
  costs: Exact[];
  benefits: Exact[];
  /** The discount factor at an index, scaled by 10^30. */
  factor: (index: number) => bigint;
}

function figuresOf(series: Series, benefitsFactor: bigint | null, meta: Pick<RoiFigures, 'horizonMonths' | 'startMonth' | 'startDate' | 'discountRatePct' | 'riskAdjustmentPct'> & { unadjusted: Exact }) {
  const benefits = benefitsFactor === null ? series.benefits : series.benefits.map((b) => scaleBy(b, benefitsFactor));
  const pvCostsScaled = discountedSum(series.costs, series.factor);
  const pvBenefitsScaled = discountedSum(benefits, series.factor);
  const pvCosts = fromDiscounted(pvCostsScaled);
  const pvBenefits = fromDiscounted(pvBenefitsScaled);
  const net = benefits.map((b, k) => b - series.costs[k]!);
  const hasCosts = series.costs.some((c) => c !== 0n);
  const npvScaled = pvBenefitsScaled - pvCostsScaled;
  return {
    ...meta,
    costs: series.costs,
    benefits,
    totalCosts: series.costs.reduce((a, b) => a + b, 0n),
    totalBenefits: benefits.reduce((a, b) => a + b, 0n),
    totalBenefitsUnadjusted: meta.unadjusted,
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    roiPct: returnOn(pvBenefits, pvCosts),
    paybackMonth: hasCosts ? offsetBy(paybackIndex(net), meta.startMonth) : null,
    discountedPaybackMonth: hasCosts && discountedSign(npvScaled) >= 0n ? offsetBy(paybackIndex(net.map((x, k) => x * series.factor(k)), discountedSign), meta.startMonth) : null,
    hasCosts,
  };
}

function offsetBy(index: number | null, start: number): number | null {
  return index === null ? null : index + start;
}

function withSensitivity(series: Series, figures: RoiFigures, steps: readonly number[]): RoiFigures & { sensitivity: Sensitivity[] } {
  const sensitivity = steps.map((pct) => {
    const lower = figuresOf({ ...series, benefits: figures.benefits }, remainingAfter(pct), { ...figures, unadjusted: figures.totalBenefitsUnadjusted });
    return { benefitsLowerPct: pct, npv: lower.npv, roiPct: lower.roiPct, paybackMonth: lower.paybackMonth, discountedPaybackMonth: lower.discountedPaybackMonth };
  });
  return { ...figures, sensitivity };
}

interface Laid {
  initiative: Strategy['initiatives'][number];
  horizon: number;
  rate: number;
  risk: number;
  costs: Exact[];
  raw: Exact[];
}

function layOutInitiative(initiative: Strategy['initiatives'][number]): Laid {
  const roi = initiative.roi!;
  const h = roi.horizonMonths;
  return {
    initiative,
    horizon: h,
    rate: roi.discountRatePct ?? 0,
    risk: roi.riskAdjustmentPct ?? 0,
    costs: sumLines((roi.costs ?? []).map((f) => layOut(f, h, DEFAULT_TIMING.costs)), h + 1),
    raw: sumLines((roi.benefits ?? []).map((f) => layOut(f, h, DEFAULT_TIMING.benefits)), h + 1),
  };
}

function ownFigures(laid: Laid, steps: readonly number[]): InitiativeRoi & { sensitivity: Sensitivity[] } {
  const series: Series = { costs: laid.costs, benefits: laid.raw, factor: (k) => discountFactor(laid.rate, k) };
  const figures = figuresOf(series, remainingAfter(laid.risk), {
    horizonMonths: laid.horizon,
    startMonth: 0,
    startDate: laid.initiative.starts ?? null,
    discountRatePct: laid.rate,
    riskAdjustmentPct: laid.risk,
    unadjusted: laid.raw.reduce((a, b) => a + b, 0n),
  });
  return { initiative: laid.initiative.id, name: laid.initiative.name, ...withSensitivity({ ...series, benefits: figures.benefits }, figures, steps) };
}

export function initiativeRoi(initiative: Strategy['initiatives'][number]): InitiativeRoi | null {
  if (!initiative.roi) return null;
  return ownFigures(layOutInitiative(initiative), []);
}

export const DEFAULT_SENSITIVITY = [25, 50] as const;

/** The date the strategy's total is valued at: `roi.valuationDate`, else the earliest start of the initiatives given. */
export function valuationDate(strategy: Strategy, initiatives: readonly Strategy['initiatives'][number][]): string | null {
  if (strategy.roi?.valuationDate) return strategy.roi.valuationDate;
  let earliest: string | null = null;
  for (const i of initiatives) if (i.starts && (earliest === null || i.starts < earliest)) earliest = i.starts;
  return earliest;
}

/**
 * Every initiative with an roi block, and the strategy as a whole on one calendar: each initiative's flows
 * placed by its start date (one without a start date starts at the valuation date), each discounted at its
 * own rate to the valuation date, added month by month.
 */
export function strategyRoi(strategy: Strategy, options: { sensitivity?: readonly number[]; initiative?: string } = {}): StrategyRoi {
  const steps = options.sensitivity ?? DEFAULT_SENSITIVITY;
  // A retired initiative leaves the portfolio's figures, unless it is asked for by name.
  const chosen = strategy.initiatives.filter((i) => i.roi && (options.initiative ? i.id === options.initiative : i.stage !== 'retired'));
  const laid = chosen.map(layOutInitiative);
  const initiatives = laid.map((l) => ownFigures(l, steps));
  const valuedAt = valuationDate(strategy, chosen);
  if (initiatives.length === 0) return { currency: strategy.metadata.currency, valuationDate: valuedAt, initiatives, total: null };

  const offsets = laid.map((l) => (valuedAt && l.initiative.starts ? monthsBetween(valuedAt, l.initiative.starts) : 0));
  // Loops, not Math.min(...list): 130,000 initiatives as arguments overflow the stack.
  let lo = 0;
  let hi = 0;
  laid.forEach((l, n) => {
    lo = Math.min(lo, offsets[n]!);
    hi = Math.max(hi, offsets[n]! + l.horizon);
  });
  const length = hi - lo + 1;
  const costs = new Array<Exact>(length).fill(0n);
  const benefits = new Array<Exact>(length).fill(0n);
  // Discounted amounts per calendar month, each at its own initiative's rate: the total has no single rate.
  const pvCostsAt = new Array<bigint>(length).fill(0n);
  const pvBenefitsAt = new Array<bigint>(length).fill(0n);
  laid.forEach((l, n) => {
    const own = initiatives[n]!;
    for (let k = 0; k <= l.horizon; k++) {
      const month = offsets[n]! + k;
      const at = month - lo;
      const factor = discountFactor(l.rate, month);
      costs[at] = costs[at]! + own.costs[k]!;
      benefits[at] = benefits[at]! + own.benefits[k]!;
      pvCostsAt[at] = pvCostsAt[at]! + own.costs[k]! * factor;
      pvBenefitsAt[at] = pvBenefitsAt[at]! + own.benefits[k]! * factor;
    }
  });

  const totalFor = (scale: bigint | null) => {
    const b = scale === null ? benefits : benefits.map((x) => scaleBy(x, scale));
    const pvB = scale === null ? pvBenefitsAt : pvBenefitsAt.map((x) => scaleBy(x, scale));
    const pvCostsScaled = pvCostsAt.reduce((a, x) => a + x, 0n);
    const pvBenefitsScaled = pvB.reduce((a, x) => a + x, 0n);
    const pvCosts = fromDiscounted(pvCostsScaled);
    const pvBenefits = fromDiscounted(pvBenefitsScaled);
    const hasCosts = costs.some((c) => c !== 0n);
    return {
      benefits: b,
      pvCosts,
      pvBenefits,
      npv: pvBenefits - pvCosts,
      roiPct: returnOn(pvBenefits, pvCosts),
      paybackMonth: hasCosts ? offsetBy(paybackIndex(b.map((x, k) => x - costs[k]!)), lo) : null,
      discountedPaybackMonth: hasCosts && discountedSign(pvBenefitsScaled - pvCostsScaled) >= 0n ? offsetBy(paybackIndex(pvB.map((x, k) => x - pvCostsAt[k]!), discountedSign), lo) : null,
      hasCosts,
    };
  };
  const base = totalFor(null);
  const total: RoiFigures & { sensitivity: Sensitivity[] } = {
    horizonMonths: hi - lo,
    startMonth: lo,
    startDate: valuedAt,
    discountRatePct: null,
    riskAdjustmentPct: null,
    costs,
    totalCosts: initiatives.reduce((s, i) => s + i.totalCosts, 0n),
    totalBenefits: initiatives.reduce((s, i) => s + i.totalBenefits, 0n),
    totalBenefitsUnadjusted: initiatives.reduce((s, i) => s + i.totalBenefitsUnadjusted, 0n),
    ...base,
    sensitivity: steps.map((pct) => {
      const lower = totalFor(remainingAfter(pct));
      return { benefitsLowerPct: pct, npv: lower.npv, roiPct: lower.roiPct, paybackMonth: lower.paybackMonth, discountedPaybackMonth: lower.discountedPaybackMonth };
    }),
  };
  return { currency: strategy.metadata.currency, valuationDate: valuedAt, initiatives, total };
}
