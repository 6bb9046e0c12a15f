import type { Finding } from '../../model/diagnostic.js';
import { closest } from '../../model/suggest.js';
import { BUILT_IN_CHECKLISTS } from './checklists/index.js';
import { whereRuleWent } from './checklists/merged.js';
import { ruleConcerns } from '../engine/concerns.js';
import type { Checklist, Rule } from '../engine/rule.js';
import { OPTIONAL_STAKEHOLDERS } from '../engine/stakeholders.js';
import { visible } from '../../text/visible.js';

export interface RuleSetOptions {
  /** The organisation's own checklists. */
  custom?: readonly Checklist[];
  /** Optional checklists switched on (security, hr). */
  enable?: readonly string[];
  /** Only these stakeholders' rules (`--stakeholder`); naming an optional one switches it on. */
  only?: readonly string[];
  /** Severity changes and `off`, by rule id. */
  overrides?: Readonly<Record<string, Rule['severity'] | 'off'>>;
}

export interface RuleSet {
  /** The rules that run, severities adjusted. */
  rules: Rule[];
  /** Every rule that exists, whether or not it runs, with its checklist's stakeholder. */
  all: Rule[];
  /** Their ids: waivers and the config may name any of them. */
  known: string[];
  /** Every stakeholder that has a checklist. */
  stakeholders: string[];
}

/**
 * The strategy's own checks and the conflicts between checklists have rules but no one who signs for
 * them: their findings reach the board, not a brief or a sign-off of their own.
 */
export function isSigningStakeholder(stakeholder: string): boolean {
  return stakeholder !== 'strategy' && stakeholder !== 'conflicts';
}

function withStakeholder(checklist: Checklist): Rule[] {
  return checklist.rules.map((rule) => ({ ...rule, stakeholder: rule.stakeholder ?? checklist.stakeholder }));
}

/** Problems with the choice of rules, in the user's words; the CLI turns them into usage errors. */
export class RuleSetError extends Error {}

export function buildRuleSet(options: RuleSetOptions = {}): RuleSet {
  const custom = (options.custom ?? []).flatMap(withStakeholder);
  const all = [...BUILT_IN_CHECKLISTS.flatMap(withStakeholder), ...custom];
  // An organisation's own checklist runs because it was named; only the built-in optional ones wait to be enabled.
  const alwaysOn = new Set(custom.map((r) => r.id));
  const known = all.map((r) => r.id);
  const clash = known.find((id, i) => known.indexOf(id) !== i);
  if (clash) throw new RuleSetError(`rule "${clash}" is declared by more than one checklist; rule ids must be unique`);
  const stakeholders = [...new Set(all.map((r) => r.stakeholder))];

  for (const name of [...(options.only ?? []), ...(options.enable ?? [])]) {
    if (!stakeholders.includes(name)) {
      const suggestion = closest(name, stakeholders);
      throw new RuleSetError(`no checklist for stakeholder "${visible(name)}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (known: ${stakeholders.join(', ')})`);
    }
  }
  const optional = new Set<string>(OPTIONAL_STAKEHOLDERS);
  const enabled = new Set([...(options.enable ?? []), ...(options.only ?? [])]);
  const only = options.only?.length ? new Set(options.only) : undefined;

  const rules: Rule[] = [];
  for (const rule of all) {
    if (optional.has(rule.stakeholder) && !enabled.has(rule.stakeholder) && !alwaysOn.has(rule.id)) continue;
    if (only && ![...only].some((s) => ruleConcerns(rule, s))) continue;
    const override = options.overrides?.[rule.id];
    if (override === 'off') continue;
    rules.push(override ? { ...rule, severity: override } : rule);
  }
  return { rules, all, known, stakeholders };
}

/** Config entries naming rules that do not exist, as findings located in the config file. */
export function unknownOverrides(overrides: Readonly<Record<string, unknown>>, known: readonly string[]): Finding[] {
  return Object.keys(overrides)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const suggestion = closest(id, known);
      return {
        ruleId: 'reference/unknown-id',
        severity: 'error' as const,
        path: ['rules', id],
        at: 'key' as const,
        message: `no rule "${id}"${whereRuleWent(id, suggestion)}`,
        fix: 'Name a rule listed by `socialplan checklists`.',
      };
    });
}
