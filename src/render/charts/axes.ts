import { formatLocale, precisionFixed } from 'd3-format';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type { Measure } from './scene.js';

/**
 * Axes laid out with d3-scale: a scale from data to a length along the axis (0 at its start), and the ticks
 * whose labels fit side by side at the size they are drawn, the densest set that does. Dates are UTC
 * throughout (scaleUtc, utcFormat), so a chart never depends on the machine's time zone.
 */

/** A tick: where along the axis, and its label. */
export interface Tick {
  at: number;
  label: string;
}

export interface Axis<T> {
  /** Along the axis, from 0 to its length. */
  position: (value: T) => number;
  ticks: Tick[];
}

/** Numbers as the tables show money: grouped by three with commas, an ASCII minus. */
const NUMBERS = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '-' });

/** Space between two labels side by side, and between two labels one above the other (as a share of their size). */
const GAP = 8;
const LINE = 1.6;

/** The tick counts asked of d3, densest first. */
const COUNTS = [10, 8, 6, 5, 4, 3, 2];

/** Whether labels centred on their ticks along a horizontal axis keep GAP apart. */
function fitsAcross(ticks: readonly Tick[], size: number, measure: Measure): boolean {
  for (let k = 1; k < ticks.length; k++) {
    const a = ticks[k - 1]!;
    const b = ticks[k]!;
    if (Math.abs(b.at - a.at) < (measure(a.label, size) + measure(b.label, size)) / 2 + GAP) return false;
  }
  return true;
}

/** Whether labels one above the other keep a line apart. */
function fitsDown(ticks: readonly Tick[], size: number): boolean {
  for (let k = 1; k < ticks.length; k++) if (Math.abs(ticks[k]!.at - ticks[k - 1]!.at) < size * LINE) return false;
  return true;
}

/**
 * The first set of ticks whose labels fit, densest first; when none does, the sparsest thinned to every
 * second, third ... tick until it does (at worst its first tick alone).
 */
export function fittingTicks(candidates: readonly Tick[][], size: number, measure: Measure, vertical = false): Tick[] {
  const fits = (ticks: readonly Tick[]) => (vertical ? fitsDown(ticks, size) : fitsAcross(ticks, size, measure));
  for (const ticks of candidates) if (fits(ticks)) return ticks;
  const last = candidates[candidates.length - 1] ?? [];
  for (let every = 2; every < last.length; every++) {
    const thinned = last.filter((_, k) => k % every === 0);
    if (fits(thinned)) return thinned;
  }
  return last.slice(0, 1);
}

/** The data's extent with zero in it; [0, 1] when every value is zero (nothing to divide by). */
export function extentWithZero(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}

export interface ValueAxisOptions {
  /** Along the axis; a vertical axis runs upward, from `length` at the smallest value to 0 at the largest. */
  length: number;
  /** Drawn at this size. */
  size: number;
  vertical?: boolean;
  /** Whole numbers only (counts). */
  integer?: boolean;
  /** A fixed domain, not made nice. */
  fixed?: readonly [number, number];
}

/**
 * A linear axis: the domain made nice for the tick count that fits, so that both its ends are ticks, and
 * labels with thousands separators and as many decimals as the tick step needs.
 */
export function valueAxis(values: readonly number[], measure: Measure, options: ValueAxisOptions): Axis<number> & { domain: [number, number] } {
  const raw = options.fixed ? ([options.fixed[0], options.fixed[1]] as [number, number]) : extentWithZero(values);
  const range = options.vertical ? [options.length, 0] : [0, options.length];
  const scaleFor = (count: number) => {
    const scale = scaleLinear().domain(raw).range(range);
    return options.fixed ? scale : scale.nice(count);
  };
  const ticksOf = (count: number): Tick[] => {
    const scale = scaleFor(count);
    const values = scale.ticks(count).filter((v) => !options.integer || Number.isInteger(v));
    const step = values.length > 1 ? values[1]! - values[0]! : 1;
    const format = NUMBERS.format(options.integer ? ',d' : `,.${precisionFixed(step)}f`);
    return values.map((v) => ({ at: scale(v), label: format(v) }));
  };
  // Up a plot's height, six lines of grid at most.
  const all = COUNTS.filter((count) => !options.vertical || count <= 6).map((count) => ({ count, ticks: ticksOf(count) }));
  // A fixed domain is labelled at both its ends where some tick count allows.
  const ends = (ticks: readonly Tick[]) => ticks.length > 1 && ticks[0]!.at === range[0] && ticks[ticks.length - 1]!.at === range[1];
  const candidates = options.fixed && all.some((c) => ends(c.ticks)) ? all.filter((c) => ends(c.ticks)) : all;
  const chosen = fittingTicks(
    candidates.map((c) => c.ticks),
    options.size,
    measure,
    options.vertical,
  );
  const count = candidates.find((c) => c.ticks === chosen)?.count ?? COUNTS[COUNTS.length - 1]!;
  const scale = scaleFor(count);
  const [d0, d1] = scale.domain() as [number, number];
  return { position: (v) => scale(v), ticks: chosen, domain: [d0, d1] };
}

/** A calendar date written YYYY-MM-DD, as midnight UTC that day. */
export function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const MONTH = utcFormat('%b %Y');
const DAY = utcFormat('%-d %b %Y');

/** "Jan 2027" where every tick is the first of a month, "15 Jan 2027" where some are not. */
function dateLabels(dates: readonly Date[]): string[] {
  const monthly = dates.every((d) => d.getUTCDate() === 1 && d.getUTCHours() === 0 && d.getUTCMinutes() === 0);
  return dates.map((d) => (monthly ? MONTH(d) : DAY(d)));
}

/** A time axis over [from, to] (a month wide at least), made nice, with monthly, quarterly or yearly ticks that fit. */
export function timeAxis(from: Date, to: Date, length: number, size: number, measure: Measure): Axis<Date> & { domain: [Date, Date] } {
  const end = to.getTime() > from.getTime() ? to : new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, from.getUTCDate()));
  const scale = scaleUtc().domain([from, end]).range([0, length]).nice();
  const candidates = COUNTS.map((count) => {
    const dates = scale.ticks(count);
    const labels = dateLabels(dates);
    return dates.map((d, k) => ({ at: scale(d), label: labels[k]! }));
  });
  const [d0, d1] = scale.domain() as [Date, Date];
  return { position: (d) => scale(d), ticks: fittingTicks(candidates, size, measure), domain: [d0, d1] };
}

/**
 * Ticks at every `step`-th of `count` evenly kept points (months), the smallest step from 1, 2, 3, 6, 12 ...
 * whose labels fit: a monthly series labelled at its own months, never between them.
 */
export function everyNth(count: number, at: (k: number) => number, label: (k: number) => string, size: number, measure: Measure): Tick[] {
  const steps = [1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600];
  const candidates = steps.filter((s) => s === 1 || s < count).map((s) => {
    const ticks: Tick[] = [];
    for (let k = 0; k < count; k += s) ticks.push({ at: at(k), label: label(k) });
    return ticks;
  });
  return fittingTicks(candidates, size, measure);
}
