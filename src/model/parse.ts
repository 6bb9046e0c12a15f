import { parseDocumentText } from './document.js';
import { STRATEGY, type LoadResult } from './load.js';
import { Strategy } from './schema/strategy.js';

/**
 * Text of a strategy -> a validated, located strategy, or the diagnostics that say why not, at
 * once: for the commands that edit a strategy and the tests. It builds the zod schema on import;
 * `socialplan check` reads files with loadStrategy, which builds it only for a file that needs it.
 */
export function parseStrategy(file: string, text: string): LoadResult {
  return parseDocumentText(file, text, { ...STRATEGY, schema: Strategy });
}
