/**
 * A strategy's values as a reader sees them in a briefing: yes and no for booleans, lists joined,
 * a mapping as "key: value" pairs. Plain text: the templates escape it.
 */

export function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const nested = value.some((v) => v !== null && typeof v === 'object');
    return value.map(shown).join(nested ? ' · ' : ', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${v !== null && typeof v === 'object' && !Array.isArray(v) ? `(${shown(v)})` : shown(v)}`)
      .join('; ');
  }
  return String(value);
}

const STAGE_WORDS: Record<string, string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  rollout: 'Rollout',
  run: 'Run',
  retired: 'Retired',
};

export function stageWord(stage: string): string {
  return STAGE_WORDS[stage] ?? stage;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "2026-03-02 to 2027-06-30", "from 2026-03-02", or "not scheduled". */
export function span(starts: string | undefined, ends: string | undefined): string {
  if (starts && ends) return `${starts} to ${ends}`;
  if (starts) return `from ${starts}`;
  if (ends) return `until ${ends}`;
  return 'not scheduled';
}

/**
 * "Name (Role)"; the role once, even when the name already carries it ("Dana Whitfield (CIO)" with role CIO)
 * or is the role itself ("General Counsel" with role General Counsel, as a draft names a post before a person).
 */
export function person(p: { name: string; role?: string | undefined } | undefined): string {
  if (!p) return '';
  const name = p.name.trim().toLowerCase();
  const role = p.role?.trim().toLowerCase();
  if (!role || name === role || name.includes(`(${role})`)) return p.name;
  return `${p.name} (${p.role})`;
}
