import type * as z from 'zod';
import { defineFunction, FAIL } from './types.js';
import { matches, patternProblem } from './user-pattern.js';

const scalar = (zod: typeof z) => zod.union([zod.string(), zod.number(), zod.boolean()]);

export const equals = defineFunction({
  name: 'equals',
  description: 'The field equals `value`.',
  value: scalar,
  check: (target, value) => (target === value ? undefined : FAIL),
});

export const notEquals = defineFunction({
  name: 'notEquals',
  description: 'The field is absent or differs from `value`.',
  value: scalar,
  check: (target, value) => (target === value ? FAIL : undefined),
});

export const oneOf = defineFunction({
  name: 'oneOf',
  description: 'The field is one of the values listed in `value`.',
  value: (zod) => zod.array(scalar(zod)).min(1),
  check: (target, value) => (value.includes(target as string) ? undefined : FAIL),
});

export const noneOf = defineFunction({
  name: 'noneOf',
  description: 'The field is absent or none of the values listed in `value`.',
  value: (zod) => zod.array(scalar(zod)).min(1),
  check: (target, value) => (value.includes(target as string) ? FAIL : undefined),
});

export const includes = defineFunction({
  name: 'includes',
  description: 'The field is a list that contains `value`.',
  value: scalar,
  check: (target, value) => (Array.isArray(target) && target.includes(value) ? undefined : FAIL),
});

export const atLeast = defineFunction({
  name: 'atLeast',
  description: 'The field is a number no smaller than `value`.',
  value: (zod) => zod.number(),
  check: (target, value) => (typeof target === 'number' && target >= value ? undefined : FAIL),
});

export const atMost = defineFunction({
  name: 'atMost',
  description: 'The field is absent or a number no larger than `value`.',
  value: (zod) => zod.number(),
  check: (target, value) => (target === undefined || (typeof target === 'number' && target <= value) ? undefined : FAIL),
});

export const length = defineFunction({
  name: 'length',
  description: 'The field is a list or text whose length is within `value.min` and `value.max`.',
  value: (zod) => zod.strictObject({ min: zod.number().int().nonnegative().optional(), max: zod.number().int().nonnegative().optional() }),
  check: (target, { min = 0, max = Infinity }) => {
    const size = Array.isArray(target) || typeof target === 'string' ? target.length : 0;
    return size >= min && size <= max ? undefined : { data: { length: String(size) } };
  },
});

export const pattern = defineFunction({
  name: 'pattern',
  description: 'The field is text matching the regular expression `value` (RE2 syntax: no backreferences or lookaround).',
  value: (zod) =>
    zod.string().superRefine((source, ctx) => {
      const problem = patternProblem(source);
      if (problem) ctx.addIssue({ code: 'custom', message: `the pattern ${problem}`, input: source });
    }),
  check: (target, value) => (typeof target === 'string' && matches(value, target) ? undefined : FAIL),
});
