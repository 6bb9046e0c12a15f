import { atLeast, atMost, equals, includes, length, noneOf, notEquals, oneOf, pattern } from './comparison.js';
import { notPast, withinMonths } from './dates.js';
import { absent, defined, falsy, truthy } from './presence.js';
import { hasFields, isReferenced } from './structure.js';
import type { RuleFunction } from './types.js';

/** The vocabulary checklists are written in; `some`, `every`, `none`, `anyOf` and `allOf` combine them. */
export const FUNCTIONS: Record<string, RuleFunction<any>> = Object.fromEntries(
  [truthy, falsy, defined, absent, equals, notEquals, oneOf, noneOf, includes, atLeast, atMost, length, pattern, withinMonths, notPast, hasFields, isReferenced].map(
    (fn) => [fn.name, fn as RuleFunction<any>],
  ),
);

export const QUANTIFIERS = ['some', 'every', 'none', 'usedBySome', 'usedByNone'] as const;
