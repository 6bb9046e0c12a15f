/** The built-in checklists that run only when enabled. */
export const OPTIONAL_STAKEHOLDERS = ['security', 'hr'] as const;

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
