import { isRealDate, today } from '../../model/dates.js';
import { UsageError } from '../../errors.js';
import { visible } from '../../text/visible.js';

/** The day dates are judged as of: the one given (validated), or today in UTC. */
export function resolveAsOf(given: string | undefined, now: Date = new Date()): string {
  return resolveDate(given, '--as-of', now);
}

/** A date option (--date), validated; today in UTC when absent. */
export function resolveDate(given: string | undefined, option: string, now: Date = new Date()): string {
  if (given === undefined) return today(now);
  if (!isRealDate(given)) throw new UsageError(`${option} must be a real date written YYYY-MM-DD, not "${visible(given)}"`);
  return given;
}
