/**
 * The one shape for everything a user can get wrong: a file that cannot be read, YAML that does
 * not parse, a strategy that breaks the schema, a reference to nothing, and (from the checklists)
 * a strategy that is incomplete. Formatters read only this.
 */
import type { CodeRuleId, RuleId } from './rules.js';

export type Severity = 'error' | 'warning' | 'info';

export type PathSegment = string | number;

export interface Location {
  /** 1-based; 0 when the problem is the file as a whole (it cannot be read). */
  line: number;
  /** 1-based, in characters. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Diagnostic extends Location {
  /** Stable id such as `schema/unknown-key` or `privacy/lawful-basis`; documented in docs/rules. */
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** Where in the strategy, as `initiatives[0].personalData`; empty for the file as a whole. */
  path: string;
  /** The file as the user named it. */
  file: string;
  /** Why it matters (checklist rules). */
  rationale?: string;
  /** The law, guidance or standard behind it. */
  reference?: string;
  /** What to change. */
  fix?: string;
  /** The stakeholder whose checklist raised it. */
  stakeholder?: string;
  /** The id of the initiative it concerns, when it concerns one (waivers match on it). */
  initiative?: string;
  /** Present when a current waiver accepts the finding: reported, but it does not fail the check. */
  waived?: { reason: string; approvedBy: string; expires: string };
}

/** A diagnostic before it is placed in a file: what the checks produce. */
export type Finding = Omit<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'path'> & {
  path: readonly PathSegment[];
  /** Point at the key rather than its value (an unknown key, a duplicate id). */
  at?: 'key' | 'value';
};

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || severityOrder[a.severity] - severityOrder[b.severity];
}

/** An error about a file as a whole or a place in it, before there is any data to point into. */
export function fileDiagnostic(file: string, ruleId: CodeRuleId, message: string, at: Location = { line: 1, column: 1 }): Diagnostic {
  return { ruleId, severity: 'error', message, path: '', file, ...at };
}
