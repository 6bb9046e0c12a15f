import { expect, it } from 'vitest';
import { parseStrategy } from '../../src/model/parse.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runRules } from '../../src/checks/engine/run-rules.js';
import { BUILT_IN_CHECKLISTS, builtInRule, type BuiltInRuleId } from '../../src/checks/ruleset/checklists/index.js';
import type { ChecklistRuleId } from '../../src/model/rules.js';

export { builtInRule };

export const AS_OF = '2026-11-25';

/**
 * Located findings of one rule on a strategy given as YAML text. The text must be a well-formed
 * strategy: a test that meant to break a rule but broke the schema fails loudly here instead.
 */
export function findings(text: string, ruleId: BuiltInRuleId | ChecklistRuleId, asOf = AS_OF): Diagnostic[] {
  const result = parseStrategy('case.yaml', text);
  if (!result.loaded) throw new Error(`not a well-formed strategy:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  const { data, place } = result.loaded;
  return runRules(data, [builtInRule(ruleId)], { asOf }).map(place);
}

export interface RuleCase {
  /** A typo is a compile error. */
  rule: BuiltInRuleId;
  name: string;
  text: string;
  /** The line of the finding, or null when the rule must not fire. */
  line: number | null;
  /** The day dates are judged as of, when not AS_OF. */
  asOf?: string;
  /** The column of the finding, when the case pins it. */
  column?: number;
  /** What the message must say, when the case pins it. */
  message?: RegExp;
}

/**
 * The table test every checklist shares, in the ESLint manner: each case names a rule, a strategy
 * and the line its one finding points at (or null for none), its position and message pinned in a
 * snapshot; and every rule of the checklist has at least one passing and one failing case.
 */
export function tableTest(stakeholder: string, cases: readonly RuleCase[]): void {
  it.each(cases)('$rule $name', ({ rule, text, line, asOf, column, message }) => {
    const found = findings(text, rule, asOf);
    if (line === null) {
      expect(found).toEqual([]);
    } else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ ruleId: rule, line, stakeholder });
      expect(found[0]!.message).not.toMatch(/\(no /);
      if (column !== undefined) expect(found[0]!.column).toBe(column);
      if (message) expect(found[0]!.message).toMatch(message);
      // Every failing case pins where the finding points and what it says, in the checklist's
      // snapshot file (__snapshots__/), so a changed column or wording shows in review.
      const { line: at, column: col, endLine, endColumn, message: said } = found[0]!;
      expect({ at: `${at}:${col}-${endLine ?? at}:${endColumn ?? col}`, message: said }).toMatchSnapshot();
    }
  });

  it(`has a passing and a failing case for every ${stakeholder} rule`, () => {
    const rules = BUILT_IN_CHECKLISTS.find((c) => c.stakeholder === stakeholder)?.rules ?? [];
    const untested = rules
      .map((r) => r.id)
      .filter((id) => !cases.some((c) => c.rule === id && c.line === null) || !cases.some((c) => c.rule === id && c.line !== null));
    expect(untested).toEqual([]);
  });
}
