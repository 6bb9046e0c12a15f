import { Decimal } from 'decimal.js';

/**
 * Money, exactly: an amount is a bigint counted in units of 10^-20 of the currency, so sums, differences
 * and the risk adjustment of any amount the schema accepts (at most two decimals, at most 1e13) are exact,
 * and a cumulative that comes to zero is zero. Present values multiply by discount factors held to 30
 * digits, then round once, half away from zero, to these units. Doubles appear only when a figure is drawn.
 */
export type Exact = bigint;

export const SCALE = 10n ** 20n;
const CENT = 10n ** 18n;
/** Discount factors are held as round(10^30 / (1 + r)^(k/12)). */
const FACTOR_SCALE = 10n ** 30n;

// 50 significant digits for the powers and the parsing; nothing else uses Decimal.
const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/** An exact amount from a number as YAML gave it (String() of a double is its shortest decimal form). */
export function exact(value: number): Exact {
  if (Number.isSafeInteger(value)) return BigInt(value) * SCALE;
  const text = String(value);
  const plain = /^(-?)(\d+)\.(\d{1,20})$/.exec(text);
  if (plain) return (plain[1] ? -1n : 1n) * BigInt(plain[2]! + plain[3]!.padEnd(20, '0'));
  return BigInt(new D(text).times(SCALE.toString()).toFixed(0));
}

/** a / b rounded half away from zero. */
export function divRound(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = (x + y / 2n) / y;
  return negative ? -q : q;
}

/** A percentage p (0..100) as the factor (100 - p) / 100, scaled by 10^18: what is left after taking p off. */
export function remainingAfter(pct: number): bigint {
  return BigInt(new D(100).minus(String(pct)).times('1e16').toFixed(0));
}

/** amount × factor, where factor comes from remainingAfter. */
export function scaleBy(amount: Exact, factor: bigint): Exact {
  return divRound(amount * factor, CENT);
}

const factorTables = new Map<string, Map<number, bigint>>();

/** round(10^30 / (1 + r/100)^(k/12)): the discount factor of month k at a yearly rate r, cached per rate. */
export function discountFactor(ratePct: number, month: number): bigint {
  if (ratePct === 0 || month === 0) return FACTOR_SCALE;
  const key = String(ratePct);
  let table = factorTables.get(key);
  if (!table) factorTables.set(key, (table = new Map()));
  let factor = table.get(month);
  if (factor === undefined) {
    const growth = new D(1).plus(new D(key).div(100)).pow(new D(month).div(12));
    factor = BigInt(new D(FACTOR_SCALE.toString()).div(growth).toFixed(0));
    table.set(month, factor);
  }
  return factor;
}

/** The sum of amount × factor over a series, still scaled by 10^30: its sign is exact. */
export function discountedSum(amounts: readonly Exact[], factorOf: (index: number) => bigint): bigint {
  let sum = 0n;
  for (let i = 0; i < amounts.length; i++) if (amounts[i] !== 0n) sum += amounts[i]! * factorOf(i);
  return sum;
}

/** A discounted sum brought back to exact units. */
export function fromDiscounted(sum: bigint): Exact {
  return divRound(sum, FACTOR_SCALE);
}

/** Rounded to cents, half away from zero, as a decimal string: "1234.50", "-0.07". */
export function centsText(value: Exact): string {
  const cents = divRound(value, CENT);
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Rounded to whole units, half away from zero. */
export function wholeUnits(value: Exact): bigint {
  return divRound(value, SCALE);
}

/** As a double, for charts and ratios, where a relative error of 1e-16 is nothing. */
export function toNumber(value: Exact): number {
  return Number(divRound(value, CENT)) / 100;
}

/** (a - b) / b × 100 as a double, or null when b is less than half a cent: a return on nothing is no number. */
export function returnOn(benefits: Exact, costs: Exact): number | null {
  if (divRound(costs, CENT) === 0n) return null;
  // Twelve extra digits before the division keep the ratio's precision whatever the size of b.
  const ratio = divRound((benefits - costs) * 10n ** 14n, costs);
  return Number(ratio) / 1e12;
}
