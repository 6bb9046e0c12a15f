import { describe, expect, it } from 'vitest';
import { exact } from '../../src/measure/exact.js';
import { money, month, percent, roundTo } from '../../src/measure/money.js';

/**
 * How figures are shown (src/measure/money.ts): rounded once, half away from zero, money in whole units grouped
 * by three, percentages to one decimal, payback months in words. Each expected text is worked out by hand.
 */

describe('roundTo: half away from zero, once', () => {
  it.each([
    [12.25, 1, 12.3],
    [-12.25, 1, -12.3],
    // 1.005 x 100 is 100.49999... in binary; the decimal 1.005 is a half, which rounds up.
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [2.4999, 0, 2],
    [1234.5678, 2, 1234.57],
    [0, 1, 0],
  ] as const)('%d to %d decimals is %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('never gives a negative zero', () => {
    // -0.04 to one decimal is -0.0: shown as 0, never "-0".
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundTo(-0.4, 0), 0)).toBe(true);
  });

  it('leaves alone what has no fraction to round: 2^53 and past it, Infinity and NaN', () => {
    // 2^53 = 9,007,199,254,740,992: scaling it through 15 significant digits would turn it into ...990.
    expect(roundTo(2 ** 53, 0)).toBe(9007199254740992);
    expect(roundTo(-(2 ** 53), 2)).toBe(-9007199254740992);
    expect(roundTo(1e300, 2)).toBe(1e300);
    expect(roundTo(Infinity, 1)).toBe(Infinity);
    expect(roundTo(-Infinity, 1)).toBe(-Infinity);
    expect(roundTo(NaN, 1)).toBeNaN();
  });

  it('rounds a 15-digit figure as usual', () => {
    // 123,456,789,012,345.6 to 0 decimals: .6 rounds up.
    expect(roundTo(123456789012345.6, 0)).toBe(123456789012346);
  });

  // toPrecision(15) would drop the 16th significant digit: 2^53 - 1 = 9,007,199,254,740,991 came back as ...990.
  it('leaves an integer just below 2^53 as it is', () => {
    expect(roundTo(2 ** 53 - 1, 0)).toBe(9007199254740991);
    expect(roundTo(2 ** 53 - 1, 2)).toBe(9007199254740991);
  });

  it('keeps every digit of a 16-digit figure and still rounds its half', () => {
    expect(roundTo(1234567890123456, 0)).toBe(1234567890123456);
    expect(roundTo(1234567890123456.5, 0)).toBe(1234567890123457);
    expect(roundTo(-1234567890123456.5, 0)).toBe(-1234567890123457);
  });
});

describe('money: whole units grouped by three', () => {
  it.each([
    [0, undefined, '0'],
    [999, undefined, '999'],
    [1000, undefined, '1,000'],
    [1234567.5, 'USD', 'USD 1,234,568'],
    [1234567.49, 'USD', 'USD 1,234,567'],
    [-1234.5, undefined, '-1,235'],
    [-1234.5, 'EUR', '-EUR 1,235'],
    [-0.4, 'EUR', 'EUR 0'],
    [0.5, '', '1'],
  ] as const)('the number %d in %s is "%s"', (value, currency, expected) => {
    expect(money(value, currency)).toBe(expected);
  });

  it.each([
    [1234567.49, 'USD', 'USD 1,234,567'],
    [1234567.5, 'USD', 'USD 1,234,568'],
    [-1234.5, undefined, '-1,235'],
    [-1234.49, 'GBP', '-GBP 1,234'],
    [-0.49, undefined, '0'],
    [10000000000000, 'USD', 'USD 10,000,000,000,000'],
    [100, undefined, '100'],
  ] as const)('the exact amount %d in %s is "%s"', (value, currency, expected) => {
    expect(money(exact(value), currency)).toBe(expected);
  });

  it('a number past 2^53 is grouped as en-US groups it', () => {
    expect(money(1e20, 'USD')).toBe('USD 100,000,000,000,000,000,000');
    expect(money(-1e20, undefined)).toBe('-100,000,000,000,000,000,000');
    expect(money(Infinity, undefined)).toBe('∞');
  });
});

describe('percent: one decimal, or n/a', () => {
  it.each([
    [null, 'n/a'],
    [0, '0.0%'],
    [12.25, '12.3%'],
    [-12.25, '-12.3%'],
    [33.3333333, '33.3%'],
    [-1.5151515, '-1.5%'],
    [133592836424944.9, '133592836424944.9%'],
    [1.787157677482014e33, '1,787,157,677,482,014,000,000,000,000,000,000%'],
    [-2e15, '-2,000,000,000,000,000%'],
    [-0.04, '0.0%'],
    [100, '100.0%'],
  ] as const)('%s is "%s"', (value, expected) => {
    expect(percent(value)).toBe(expected);
  });
});

describe('month: a payback month in words', () => {
  it('month k, "not within H months" when none, "n/a" without costs', () => {
    expect(month(16, 36)).toBe('month 16');
    expect(month(0, 12)).toBe('month 0');
    expect(month(null, 36)).toBe('not within 36 months');
    expect(month(null, 36, true)).toBe('not within 36 months');
    expect(month(null, 36, false)).toBe('n/a');
    expect(month(5, 36, false)).toBe('n/a');
  });
});
