import { describe, expect, it } from 'vitest';
import { centsText, discountFactor, divRound, exact, remainingAfter, returnOn, SCALE } from '../../src/measure/exact.js';

/** The exact money arithmetic under the ROI model, against values worked to 80 digits with Python's decimal module. */
describe('exact money', () => {
  it.each([
    [8, 12, 925925925925925925925925925926n], // 10^30 / 1.08
    [8, 1, 993607101988294042515405958546n], // 10^30 / 1.08^(1/12)
    [12, -10, 1099043846213416981145286244663n], // ten months before the valuation date: compounded forward
    [7.5, 600, 26889132266173434134674229751n], // fifty years of months, built one month at a time
    [100, 600, 888178419700125n], // 10^30 / 2^50
    [0.01, 7, 999941671284324591948131675283n],
    [0, 600, 10n ** 30n],
  ])('discounts month %#: at %d%% a year, month %d, by round(10^30 / (1 + r)^(k/12))', (rate, month, expected) => {
    expect(discountFactor(rate, month)).toBe(expected);
  });

  it('takes amounts to the cent exactly, whatever their size', () => {
    expect(exact(1234.56)).toBe(123456n * 10n ** 18n);
    expect(exact(9999999999999.99)).toBe(999999999999999n * 10n ** 18n);
    expect(exact(0.01)).toBe(SCALE / 100n);
    expect(centsText(exact(1000000000000.01) + exact(0.02))).toBe('1000000000000.03');
  });

  it('rounds half away from zero, negative as positive', () => {
    expect([divRound(5n, 2n), divRound(-5n, 2n), divRound(4n, 3n), divRound(-4n, 3n)]).toEqual([3n, -3n, 1n, -1n]);
    expect(centsText(exact(0.005) * 1n)).toBe('0.01');
    expect(centsText(-exact(0.005))).toBe('-0.01');
    expect(centsText(0n)).toBe('0.00');
  });

  it('leaves (100 - p)% of an amount, for any percentage the schema accepts', () => {
    expect(remainingAfter(0)).toBe(10n ** 18n);
    expect(remainingAfter(100)).toBe(0n);
    expect(remainingAfter(12.5)).toBe(875n * 10n ** 15n);
    expect(remainingAfter(5e-324)).toBe(10n ** 18n); // far below the 18th digit
  });

  it('gives no return on nothing, and a return on any cost, however small', () => {
    expect(returnOn(exact(1), 0n)).toBeNull();
    expect(returnOn(exact(150), exact(100))).toBe(50);
    // A present value of costs below half a cent (0.01 discounted over ten years at 100%) is still a cost.
    expect(returnOn(exact(1), exact(0.004))).toBe(24900);
  });

  it('rounds the return once, on the exact fraction, to the decimal shown', () => {
    // (11,235,000,000,000.00 - 10,000,000,000,000.01) / 10,000,000,000,000.01 = 12.35% less 1.1e-13: 12.3, not 12.4.
    expect(returnOn(exact(11235000000000), exact(10000000000000.01))).toBe(12.3);
    expect(returnOn(exact(8765000000000.02), exact(10000000000000.01))).toBe(-12.3);
    // Half a tenth rounds away from zero, both ways.
    expect(returnOn(exact(112.35), exact(100))).toBe(12.4);
    expect(returnOn(exact(87.65), exact(100))).toBe(-12.4);
    // A return in the hundreds of trillions of percent keeps its decimal.
    expect(returnOn(exact(1335928364250.449), exact(1))).toBe(133592836424944.9);
  });
});
