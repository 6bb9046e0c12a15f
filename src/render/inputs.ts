import { checkStrategy } from '../checks/check-files.js';
import type { CheckedItem } from '../checks/engine/run-rules.js';
import { ruleConcerns } from '../checks/engine/concerns.js';
import type { Rule } from '../checks/engine/rule.js';
import { isSigningStakeholder, type RuleSet } from '../checks/ruleset/rule-set.js';
import { byPosition, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedStrategy } from '../model/load.js';
import type { RuleId } from '../model/rules.js';
import { STAKEHOLDERS } from '../model/vocabulary.js';
import type { Strategy } from '../model/schema/strategy.js';
import { strategyRoi, type StrategyRoi } from '../measure/roi.js';

/** Everything the briefings are made from: the strategy, its checklist results and its ROI, as of one day. */
export interface BriefingInputs {
  strategy: Strategy;
  /** The strategy file as the user named it. */
  file: string;
  asOf: string;
  /** The rules that ran. */
  rules: Rule[];
  /** Every rule, enabled or not: what a sign-off's digest covers. */
  allRules: Rule[];
  /** Checklist and waiver findings, placed in the file, waived ones marked. */
  diagnostics: Diagnostic[];
  roi: StrategyRoi;
  /** Whose brief is written: the core five, then enabled optional and own checklists. */
  stakeholders: string[];
  /** The items each rule looked at, by rule id: none means it does not apply to this strategy. */
  coverage: Map<string, CheckedItem[]>;
}

export function briefingInputs(loaded: LoadedStrategy, file: string, ruleSet: RuleSet, asOf: string): BriefingInputs {
  const strategy = loaded.data;
  const coverage = new Map<string, CheckedItem[]>();
  const diagnostics = checkStrategy(loaded, { ruleSet, asOf, coverage }).sort(byPosition);
  const running = new Set(ruleSet.rules.map((r) => r.stakeholder));
  const known: readonly string[] = STAKEHOLDERS;
  const core = STAKEHOLDERS.filter((s) => running.has(s) || ['privacy', 'compliance', 'legal', 'records', 'communications'].includes(s));
  const own = [...running].filter((s) => !known.includes(s) && isSigningStakeholder(s)).sort();
  return { strategy, file, asOf, rules: ruleSet.rules, allRules: ruleSet.all, diagnostics, roi: strategyRoi(strategy), stakeholders: [...core, ...own], coverage };
}

/** A stakeholder's rules: their checklist's, and the conflicts they are a side of. */
export function rulesOf(inputs: BriefingInputs, stakeholder: string): Rule[] {
  return inputs.rules.filter((r) => ruleConcerns(r, stakeholder));
}

/** The findings of a stakeholder's rules, and about their sign-off, open and waived. */
export function findingsOf(inputs: BriefingInputs, stakeholder: string): Diagnostic[] {
  const ids = new Set<RuleId>(rulesOf(inputs, stakeholder).map((r) => r.id));
  return inputs.diagnostics.filter((d) => ids.has(d.ruleId) || (d.ruleId.startsWith('signoff/') && d.stakeholder === stakeholder));
}
