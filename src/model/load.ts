import { loadDocument, parseDocumentText, type DocumentKind, type DocumentResult, type LoadedDocument } from './document.js';
import { checkReferences } from './references.js';
import { KIND, Strategy } from './schema/strategy.js';

export type LoadedStrategy = LoadedDocument<Strategy>;
export type LoadResult = DocumentResult<Strategy>;

export const STRATEGY: DocumentKind<Strategy> = {
  kind: KIND,
  noun: 'a strategy',
  schema: Strategy,
  crossChecks: checkReferences,
};

/** Text of a strategy -> a validated, located strategy, or the diagnostics that say why not. */
export function parseStrategy(file: string, text: string): LoadResult {
  return parseDocumentText(file, text, STRATEGY);
}

export async function loadStrategy(file: string): Promise<LoadResult> {
  return loadDocument(file, STRATEGY);
}
