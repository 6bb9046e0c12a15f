/**
 * Rules folded into another, so a config entry or a waiver naming the old id is told where it went
 * rather than only that it is unknown. records/legal-hold reported the gap legal/legal-hold reports;
 * that rule now names both owners.
 */
const MERGED_INTO: Readonly<Record<string, string>> = { 'records/legal-hold': 'legal/legal-hold' };

/** "; it was merged into "legal/legal-hold"", or what closest() suggests, or nothing. */
export function whereRuleWent(id: string, suggestion: string | undefined): string {
  const merged = Object.hasOwn(MERGED_INTO, id) ? MERGED_INTO[id] : undefined;
  if (merged) return `; it was merged into "${merged}"`;
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}
