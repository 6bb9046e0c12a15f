import type { Asker } from './types.js';

/**
 * The asker for `--yes` and `--answers`: every question not already answered takes its default,
 * and repeated sections stop at what was given (or their minimum).
 */
export const defaultsAsker: Asker = {
  section: () => undefined,
  ask: async (_question, _context, fallback) => fallback,
  another: async () => false,
};
