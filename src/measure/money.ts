import { wholeUnits, type Exact } from './exact.js';

/** Rounding happens here and only here, once, when a figure is shown. */
export function roundTo(value: number, decimals: number): number {
  // Past 2^53 a double has no fractions left to round, and scaling it could overflow to Infinity.
  if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 53) return value;
  if (Number.isInteger(value)) return value === 0 ? 0 : value;
  const factor = 10 ** decimals;
  // toPrecision first strips the binary noise (1.005 * 100 = 100.49999...); halves then round away from
  // zero, so -12.25 % and 12.25 % show as -12.3 % and 12.3 %. From 1e15 on a double holds at most one
  // decimal place, so there is no noise to strip and 15 significant digits would change the figure.
  const raw = Math.abs(value) * factor;
  const scaled = raw >= 1e15 ? raw : Number(raw.toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * The figures' one Intl.NumberFormat, made on first use. toLocaleString with options makes a new one on
 * every call (about 40 ms over a render's tables), and even one costs some 20 ms to make, ICU's number
 * data loaded, so whole numbers in the usual range (every figure in practice) do without it.
 */
let whole: Intl.NumberFormat | undefined;

/** `toLocaleString('en-US', { maximumFractionDigits: 0 })`, byte for byte, for a value that is not negative. */
function digitsOf(value: number): string {
  // A safe integer prints as plain digits, which en-US groups by three with commas; anything else
  // (past 2^53, NaN, Infinity) goes to ICU itself.
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  whole ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  return whole.format(value);
}

/** A sum of money in whole units, grouped by three: a number as it is, an exact amount (src/measure/exact.ts) rounded half away from zero. */
export function money(value: number | Exact, currency: string | undefined): string {
  if (typeof value === 'bigint') {
    const units = wholeUnits(value);
    const digits = (units < 0n ? -units : units).toString().replace(/\B(?=(\d{3})+$)/g, ',');
    return `${units < 0n ? '-' : ''}${currency ? `${currency} ` : ''}${digits}`;
  }
  const rounded = roundTo(value, 0);
  const digits = digitsOf(Math.abs(rounded));
  return `${rounded < 0 ? '-' : ''}${currency ? `${currency} ` : ''}${digits}`;
}

/** A percentage to one decimal: "12.3%"; past 1e15, where a double keeps no decimal, in whole digits grouped by three, never in exponent form. */
export function percent(value: number | null): string {
  if (value === null) return 'n/a';
  const rounded = roundTo(value, 1);
  if (Math.abs(rounded) < 1e15) return `${rounded.toFixed(1)}%`;
  return `${rounded < 0 ? '-' : ''}${digitsOf(Math.abs(rounded))}%`;
}

/** A payback month in words: "month 16", "not within 36 months", or "n/a" where there are no costs to pay back. */
export function month(value: number | null, horizon: number, hasCosts = true): string {
  if (!hasCosts) return 'n/a';
  return value === null ? `not within ${horizon} months` : `month ${value}`;
}
