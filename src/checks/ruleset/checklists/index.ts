import type * as z from 'zod';
import type { ChecklistRuleId } from '../../../model/rules.js';
import type { Checklist, Rule } from '../../engine/rule.js';
import { communications } from './communications.js';
import { compliance } from './compliance.js';
import { conflicts } from './conflicts.js';
import { hr } from './hr.js';
import { legal } from './legal.js';
import { privacy } from './privacy.js';
import { records } from './records.js';
import { security } from './security.js';
import { strategy } from './strategy.js';

const BUILT_IN = [privacy, compliance, legal, records, communications, security, hr, strategy, conflicts] as const;

/** The checklists socialplan ships. security and hr run only when enabled. */
export const BUILT_IN_CHECKLISTS: readonly Checklist[] = BUILT_IN;

type BuiltInRule = (typeof BUILT_IN)[number]['rules'][number];

/** The id of a built-in rule, such as `privacy/lawful-basis`, as text: a typo is a compile error. */
export type BuiltInRuleId = AsText<BuiltInRule['id']>;

/** `privacy/lawful-basis`, the text behind a checklist rule id's brand. */
type AsText<Id> = Id extends infer Text & z.$brand<'ChecklistRuleId'> ? Text : never;

/** A built-in rule by its id: a literal one the compiler knows, or one read from a rule. */
export function builtInRule(id: BuiltInRuleId | ChecklistRuleId): Rule {
  for (const list of BUILT_IN_CHECKLISTS) {
    const rule = list.rules.find((r) => r.id === id);
    if (rule) return { ...rule, stakeholder: rule.stakeholder ?? list.stakeholder };
  }
  throw new Error(`no built-in rule ${id}`);
}
