import { loadDocument, type DocumentKind, type DocumentResult, type LoadedDocument } from './document.js';
import { checkAmounts } from './amounts.js';
import { checkReferences } from './references.js';
import { acceptsStrategy } from '../../generated/accepts-strategy.js';
import type { Strategy } from './schema/strategy.js';
import { KIND } from './vocabulary.js';

export type LoadedStrategy = LoadedDocument<Strategy>;
export type LoadResult = DocumentResult<Strategy>;

/**
 * A strategy file: the zod schema in src/model/schema says what is valid and words what is not.
 * It is imported only when a file needs its words: a strategy that acceptsStrategy (generated from
 * that schema, test/model/accepts.test.ts) passes is valid without building it.
 */
export const STRATEGY: DocumentKind<Strategy> = {
  kind: KIND,
  noun: 'a strategy',
  schema: async () => (await import('./schema/strategy.js')).Strategy,
  accepts: acceptsStrategy,
  crossChecks: (strategy) => [...checkReferences(strategy), ...checkAmounts(strategy)],
};

export async function loadStrategy(file: string): Promise<LoadResult> {
  return loadDocument(file, STRATEGY);
}
