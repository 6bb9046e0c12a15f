import type { Strategy } from '../model/schema/strategy.js';

type Roi = NonNullable<Strategy['initiatives'][number]['roi']>;
type Flow = NonNullable<Roi['costs']>[number];

const STEP: Record<Flow['recurrence'], number> = { once: 0, monthly: 1, quarterly: 3, yearly: 12 };

/**
 * One line of costs or benefits laid out over the horizon, month by month. Month 0 is the first
 * month of the model. `amount` falls in `startMonth` (default 0) and, for recurring items, every
 * 1, 3 or 12 months after, up to `endMonth` (default the last month of the horizon).
 */
export function layOut(flow: Flow, horizonMonths: number): number[] {
  const months = new Array<number>(horizonMonths).fill(0);
  const start = flow.startMonth ?? 0;
  const end = Math.min(flow.endMonth ?? horizonMonths - 1, horizonMonths - 1);
  const step = STEP[flow.recurrence];
  if (start > end) return months;
  if (step === 0) {
    months[start] = flow.amount;
    return months;
  }
  for (let month = start; month <= end; month += step) months[month] = flow.amount;
  return months;
}

export function sumMonths(lines: readonly number[][], horizonMonths: number): number[] {
  const total = new Array<number>(horizonMonths).fill(0);
  for (const line of lines) line.forEach((amount, month) => (total[month] = total[month]! + amount));
  return total;
}
