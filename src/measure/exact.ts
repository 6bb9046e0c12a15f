/**
 * Money, exactly: an amount is a bigint counted in units of 10^-20 of the currency, so sums, differences
 * and the risk adjustment of any amount the schema accepts (at most two decimals, at most 1e13) are exact,
 * and a cumulative that comes to zero is zero. Present values multiply by discount factors held to 30
 * digits, then round once, half away from zero, to these units. Doubles appear only when a figure is drawn. All of
 * it is integer arithmetic on bigints: the one fractional power, (1 + r)^(1/12), is an integer root.
 */
export type Exact = bigint;

export const SCALE = 10n ** 20n;
const CENT = 10n ** 18n;
/** Discount factors are held as round(10^30 / (1 + r)^(k/12)). */
const FACTOR_SCALE = 10n ** 30n;

/** A decimal as a fraction: numerator / 10^places (places may be negative: 1e21 is 1 / 10^-21). */
interface Fraction {
  numerator: bigint;
  places: number;
}

/** The exact value of a number's shortest decimal form (String(value)): "1234.56", "5e-324", "1e+21". */
function fractionOf(value: number): Fraction {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`not a finite number: ${String(value)}`);
  const fraction = match[3] ?? '';
  const numerator = BigInt(`${match[1]}${match[2]}${fraction}`);
  return { numerator, places: fraction.length - Number(match[4] ?? 0) };
}

/** round(fraction × 10^digits), half away from zero. */
function scaled(f: Fraction, digits: number): bigint {
  const shift = digits - f.places;
  return shift >= 0 ? f.numerator * 10n ** BigInt(shift) : divRound(f.numerator, 10n ** BigInt(-shift));
}

/** floor(n^(1/k)) for n >= 0, by Newton's method from an over-estimate. */
function integerRoot(n: bigint, k: number): bigint {
  if (n < 2n) return n;
  const K = BigInt(k);
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / k));
  for (;;) {
    const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
    if (y >= x) return x;
    x = y;
  }
}

/** An exact amount from a number as YAML gave it (String() of a double is its shortest decimal form). */
export function exact(value: number): Exact {
  if (Number.isSafeInteger(value)) return BigInt(value) * SCALE;
  return scaled(fractionOf(value), 20);
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
  // (100 - p) / 100 × 10^18 = 10^18 - p × 10^16
  return 10n ** 18n - scaled(fractionOf(pct), 16);
}

/** amount × factor, where factor comes from remainingAfter. */
export function scaleBy(amount: Exact, factor: bigint): Exact {
  return divRound(amount * factor, CENT);
}

/** Factors are built at 10^40 and handed out at 10^30, so the rounding of each step stays ten digits below what is used. */
const WORK_SCALE = 10n ** 40n;
const WORK_TO_FACTOR = 10n ** 10n;

interface FactorTable {
  /** 10^40 / (1 + r)^(1/12) and 10^40 × (1 + r)^(1/12): one month further away, one month nearer. */
  down: bigint;
  up: bigint;
  /** round(10^40 / (1 + r)^(k/12)) for k = 0, 1, 2, ... and for k = 0, -1, -2, ... */
  future: bigint[];
  past: bigint[];
}

const factorTables = new Map<string, FactorTable>();

function tableFor(ratePct: number): FactorTable {
  const key = String(ratePct);
  let table = factorTables.get(key);
  if (!table) {
    // The one fractional power per rate: (1 + r/100)^(1/12) × 10^40 = (10^480 × (100 + r) / 100)^(1/12), as an
    // integer root, floored a unit at the 40th digit; every month after is a multiplication of integers.
    const rate = fractionOf(ratePct);
    const places = Math.max(rate.places, 0);
    const growth = 100n * 10n ** BigInt(places) + scaled(rate, places); // (100 + r) × 10^places
    const monthly = integerRoot((10n ** 480n * growth) / (100n * 10n ** BigInt(places)), 12);
    table = { down: divRound(WORK_SCALE * WORK_SCALE, monthly), up: monthly, future: [WORK_SCALE], past: [WORK_SCALE] };
    factorTables.set(key, table);
  }
  return table;
}

/**
 * round(10^30 / (1 + r/100)^(k/12)): the discount factor of month k at a yearly rate r (k < 0 for a month before
 * the valuation date). Built month by month from (1 + r)^(1/12), held to 40 digits, so that a 600-month horizon
 * costs one power and 600 integer multiplications rather than 600 powers.
 */
export function discountFactor(ratePct: number, month: number): bigint {
  if (ratePct === 0 || month === 0) return FACTOR_SCALE;
  const table = tableFor(ratePct);
  const [list, step] = month > 0 ? [table.future, table.down] : [table.past, table.up];
  const k = Math.abs(month);
  while (list.length <= k) list.push(divRound(list.at(-1)! * step, WORK_SCALE));
  return divRound(list[k]!, WORK_TO_FACTOR);
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

/**
 * (a - b) / b × 100, rounded once, half away from zero, to the one decimal every output shows; null when b
 * is zero: a return on nothing is no number. Rounded here, on the exact fraction, because a double cannot
 * hold 12.35 - 1e-13 apart from 12.35, and a second rounding would then show 12.4.
 */
export function returnOn(benefits: Exact, costs: Exact): number | null {
  if (costs === 0n) return null;
  return Number(divRound((benefits - costs) * 1000n, costs)) / 10;
}

/** A trillionth of a unit, in discounted units (amount × factor: 10^20 × 10^30 per unit). */
const DISCOUNTED_TOLERANCE = (SCALE * FACTOR_SCALE) / 10n ** 12n;

/**
 * The sign of a discounted amount (units × 10^30, from discountedSum or amount × discountFactor), with what
 * lies within a trillionth of a unit taken as zero. Discount factors are roots of (1 + r) held to 30 digits, so
 * a present value misses its exact value by some 10^-17 of a unit at most (10^-27 on 1,120 a year away at
 * 12%): a project that earns exactly its hurdle rate breaks even, while a shortfall of a thousandth of a cent
 * still counts as one.
 */
export function discountedSign(value: bigint): -1n | 0n | 1n {
  if (value >= DISCOUNTED_TOLERANCE) return 1n;
  if (value <= -DISCOUNTED_TOLERANCE) return -1n;
  return 0n;
}
