import { defineFunction, FAIL } from './types.js';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export const truthy = defineFunction({
  name: 'truthy',
  description: 'The field is present and not false, zero, empty text or an empty list.',
  check: (target) => (isEmpty(target) || target === false || target === 0 ? FAIL : undefined),
});

export const falsy = defineFunction({
  name: 'falsy',
  description: 'The field is absent, false, zero, empty text or an empty list.',
  check: (target) => (isEmpty(target) || target === false || target === 0 ? undefined : FAIL),
});

export const defined = defineFunction({
  name: 'defined',
  description: 'The field is present (any value, false included).',
  check: (target) => (target === undefined || target === null ? FAIL : undefined),
});

export const absent = defineFunction({
  name: 'undefined',
  description: 'The field is absent.',
  check: (target) => (target === undefined || target === null ? undefined : FAIL),
});
