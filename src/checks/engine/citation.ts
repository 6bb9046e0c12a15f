import type { Source } from './rule.js';

/** "GDPR art. 26": a source as a reader cites it. */
export function citation(source: Source): string {
  return source.section ? `${source.title} ${source.section}` : source.title;
}

/** "GDPR art. 26 <https://eur-lex.europa.eu/...> (verified 2026-12-06)": a source as a reviewer checks it. */
export function sourceLine(source: Source): string {
  return `${citation(source)} <${source.url}> (verified ${source.verified})`;
}
