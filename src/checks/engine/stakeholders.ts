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

/**
 * The built-in briefings, by the name `render --only` takes, with the stem of the file each is written to. A
 * stakeholder's brief is written to `<stakeholder>.md` and named by its id in `--only`, so no stakeholder may take
 * one of these words: its brief and a built-in briefing would overwrite each other.
 */
export const BUILT_IN_BRIEFINGS = {
  board: 'board-briefing',
  executive: 'executive-summary',
  roadmap: 'roadmap',
  platforms: 'platforms',
  index: 'index',
} as const;

/** Every name and file stem of a built-in briefing: ids no checklist may give a stakeholder. */
export const RESERVED_STAKEHOLDER_IDS: readonly string[] = [...new Set(Object.entries(BUILT_IN_BRIEFINGS).flat())];

/** Why a stakeholder id is refused, or undefined when it may be used. */
export function reservedStakeholderReason(id: string): string | undefined {
  if (!RESERVED_STAKEHOLDER_IDS.includes(id)) return undefined;
  const [name, stem] = Object.entries(BUILT_IN_BRIEFINGS).find(([n, s]) => n === id || s === id)!;
  return `"${id}" is taken by the built-in ${name} briefing (${stem}.md); a stakeholder's brief would overwrite it, so choose another id`;
}
