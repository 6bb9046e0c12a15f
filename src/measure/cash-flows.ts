import type { Strategy } from '../model/schema/strategy.js';
import { exact, type Exact } from './exact.js';

type Roi = NonNullable<Strategy['initiatives'][number]['roi']>;
export type Flow = NonNullable<Roi['costs']>[number];
export type Timing = 'advance' | 'arrears';

const STEP: Record<Flow['recurrence'], number> = { once: 0, monthly: 1, quarterly: 3, yearly: 12 };

/** Costs are paid in advance, at the start of each period; benefits are realised in arrears, at its end. */
export const DEFAULT_TIMING: Record<'costs' | 'benefits', Timing> = { costs: 'advance', benefits: 'arrears' };

/**
 * One line of costs or benefits on the month boundaries 0..H of a horizon of H months (Forrester TEI's
 * conventions, monthly). A one-off item falls on its start month. A recurring item covers periods of 1, 3
 * or 12 months, the first beginning at `startMonth` (default 0), the last beginning at or before `endMonth`
 * (default H - 1); paid in advance it falls where each period begins, realised in arrears where each ends,
 * and only what falls within the horizon counts: a yearly benefit from month 0 falls at 12, 24, 36.
 */
export function layOut(flow: Flow, horizonMonths: number, timing: Timing): Exact[] {
  const boundaries = new Array<Exact>(horizonMonths + 1).fill(0n);
  const amount = exact(flow.amount);
  const start = flow.startMonth ?? 0;
  const step = STEP[flow.recurrence];
  if (step === 0) {
    if (start <= horizonMonths) boundaries[start] = amount;
    return boundaries;
  }
  const last = Math.min(flow.endMonth ?? horizonMonths - 1, horizonMonths - 1);
  const shift = (flow.timing ?? timing) === 'arrears' ? step : 0;
  for (let begins = start; begins <= last; begins += step) {
    const falls = begins + shift;
    if (falls <= horizonMonths) boundaries[falls] = boundaries[falls]! + amount;
  }
  return boundaries;
}

/** Lines added boundary by boundary. */
export function sumLines(lines: readonly Exact[][], length: number): Exact[] {
  const total = new Array<Exact>(length).fill(0n);
  for (const line of lines) line.forEach((amount, month) => (total[month] = total[month]! + amount));
  return total;
}
