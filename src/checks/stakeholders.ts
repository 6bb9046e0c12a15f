/** The checklists socialplan ships, in the order briefings and listings show them. */
export const CORE_STAKEHOLDERS = ['privacy', 'compliance', 'legal', 'records', 'communications'] as const;
export const OPTIONAL_STAKEHOLDERS = ['security', 'hr'] as const;
/** Cross-cutting checks of the strategy as a whole (traceability, measurement, leadership, experiments), and conflicts between checklists. */
export const STRATEGY_CHECKLISTS = ['strategy', 'conflicts'] as const;

const LABELS: Record<string, string> = {
  privacy: 'Privacy',
  compliance: 'Compliance',
  legal: 'Legal',
  records: 'Records',
  communications: 'Communications',
  security: 'Security',
  hr: 'HR',
  strategy: 'Strategy',
  conflicts: 'Conflicts',
};

export function stakeholderLabel(id: string): string {
  return LABELS[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
}
