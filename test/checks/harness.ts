import { parseStrategy } from '../../src/model/load.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runRules } from '../../src/checks/engine.js';
import { BUILT_IN_CHECKLISTS } from '../../src/checks/checklists/index.js';
import type { Rule } from '../../src/checks/rule.js';

export const AS_OF = '2026-11-25';

/** Every built-in rule by id, with its checklist's stakeholder filled in. */
export function builtInRule(id: string): Rule {
  for (const checklist of BUILT_IN_CHECKLISTS) {
    const rule = checklist.rules.find((r) => r.id === id);
    if (rule) return { ...rule, stakeholder: rule.stakeholder ?? checklist.stakeholder };
  }
  throw new Error(`no built-in rule ${id}`);
}

/**
 * Located findings of one rule on a strategy given as YAML text. The text must be a well-formed
 * strategy: a test that meant to break a rule but broke the schema fails loudly here instead.
 */
export function findings(text: string, ruleId: string, asOf = AS_OF): Diagnostic[] {
  const result = parseStrategy('case.yaml', text);
  if (!result.loaded) throw new Error(`not a well-formed strategy:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  const { data, place } = result.loaded;
  return runRules(data, [builtInRule(ruleId)], { asOf }).map(place);
}
