import type * as z from 'zod';
import type { ChecklistRuleId } from '../../model/rules.js';
import type { Checklist, ChecklistSchema, RuleSchema } from './rule.js';

// Types only from rule.ts: the built-in checklists load with every check, and the schema (zod) must not.
/** A checklist as written in TypeScript (the built-in ones, a test's), its rules' ids as plain text. */
export type AuthoredChecklist<Id extends string> = Omit<z.input<typeof ChecklistSchema>, 'rules'> & {
  rules: (Omit<z.input<typeof RuleSchema>, 'id'> & { id: Id })[];
};

/**
 * A checklist written in TypeScript, its rule ids made checklist rule ids as the schema makes an
 * organisation's: each id stays a literal type, so `BuiltInRuleId` is the union of the built-in ones.
 */
export function checklist<Id extends string>(authored: AuthoredChecklist<Id>): BuiltChecklist<Id> {
  return authored as unknown as BuiltChecklist<Id>;
}

/** A checklist whose rules' ids are known to the compiler. */
export type BuiltChecklist<Id extends string> = Omit<Checklist, 'rules'> & {
  rules: (Omit<Checklist['rules'][number], 'id'> & { id: Id & ChecklistRuleId })[];
};
