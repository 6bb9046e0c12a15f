import { monthsBetween } from '../../../model/dates.js';
import { defineFunction, FAIL } from './types.js';


export const withinMonths = defineFunction({
  name: 'withinMonths',
  description: 'The field is a date no more than `value` months before the as-of date (and not after it).',
  value: (zod) => zod.number().int().positive(),
  check: (target, value, { asOf }) => {
    if (typeof target !== 'string') return FAIL;
    if (target > asOf) return { data: { age: 'in the future' } };
    // Whole months, a month counted once its day is reached: exactly `value` of them is within only on the
    // same day of the month; on a later day of the month the date is `value` months and some days old.
    const months = monthsBetween(target, asOf);
    return months < value || (months === value && target.slice(8) === asOf.slice(8)) ? undefined : { data: { age: `${months} months old` } };
  },
});

export const notPast = defineFunction({
  name: 'notPast',
  description: 'The field is a date on or after the as-of date.',
  check: (target, _value, { asOf }) => (typeof target === 'string' && target >= asOf ? undefined : FAIL),
});
