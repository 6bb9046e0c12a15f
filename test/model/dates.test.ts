import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/model/dates.js';
import { IsoDate } from '../../src/model/schema/common.js';

describe('isRealDate', () => {
  it('accepts exactly the days the schema accepts (leap years, month lengths, year 0000)', () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const candidate = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(fc.constantFrom('1900', '2000', '2024', '2026', '2100', '0000', '9999'), fc.constantFrom('01', '02', '04', '12', '13', '00'), fc.constantFrom('28', '29', '30', '31', '00', '32')).map((p) => p.join('-')),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        expect(isRealDate(text)).toBe(IsoDate.safeParse(text).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the corners', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2026-04-31')).toBe(false);
    expect(isRealDate('2026-4-30')).toBe(false);
    expect(isRealDate(' 2026-04-30')).toBe(false);
  });
});
