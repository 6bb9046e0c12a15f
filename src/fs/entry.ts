import { lstatSync, statSync, type Stats } from 'node:fs';

/**
 * What is at `file` now: a link as itself unless `follow`, and undefined when nothing is there or
 * it cannot be reached (a missing folder on the way, no permission). Synchronous: a command that
 * is about to write looks before it leaps, and a round trip to the thread pool costs more than the
 * look.
 */
export function entryAt(file: string, options: { follow?: boolean } = {}): Stats | undefined {
  try {
    return options.follow ? statSync(file) : lstatSync(file);
  } catch {
    return undefined;
  }
}
