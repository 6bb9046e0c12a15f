import type * as z from 'zod';
import type { PathSegment } from '../../../model/diagnostic.js';
import type { Strategy } from '../../../model/schema/strategy.js';

export interface FunctionContext {
  strategy: Strategy;
  /** The day every date is judged against (YYYY-MM-DD): `--as-of`, or today. */
  asOf: string;
}

/** Why a check failed: values for the message (`{{missing}}`) and, optionally, where below the field to point. */
export interface Failure {
  data?: Record<string, string>;
  path?: PathSegment[];
}

/**
 * A leaf of the rule vocabulary, in the manner of Spectral's core functions: one small file each,
 * with a schema for its `value` so a checklist that misuses it is a located error.
 */
export interface RuleFunction<V = unknown> {
  name: string;
  description: string;
  /**
   * Schema of `value`, built from the zod namespace it is handed; absent when the function takes
   * none. Only a checklist file needs it (src/checks/engine/rule.ts), so checking a strategy never builds it.
   */
  value?: (zod: typeof z) => z.ZodType<V>;
  check(target: unknown, value: V, context: FunctionContext): Failure | undefined;
}

export const FAIL: Failure = {};

export function defineFunction<V>(fn: RuleFunction<V>): RuleFunction<V> {
  return fn;
}
