import { runRules } from '../checks/engine.js';
import type { RuleSet } from '../checks/rule-set.js';
import { stakeholderLabel } from '../checks/stakeholders.js';
import type { Strategy } from '../model/schema/strategy.js';
import { visible } from '../text/visible.js';

/**
 * What the CIO reads when the questionnaire ends: what is complete, what each stakeholder will
 * still ask for, and what to run next. A checklist's text and the file name are made visible().
 */
export function summary(strategy: Strategy, ruleSet: RuleSet, file: string, asOf: string): string {
  const findings = runRules(strategy, ruleSet.rules, { asOf });
  const byStakeholder = new Map<string, string[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const rule = ruleSet.rules.find((r) => r.id === f.ruleId);
    const list = byStakeholder.get(f.stakeholder ?? '') ?? [];
    const ask = rule?.title ?? f.message;
    if (!list.includes(ask)) list.push(ask);
    byStakeholder.set(f.stakeholder ?? '', list);
  }
  const stakeholders = [...new Set(ruleSet.rules.map((r) => r.stakeholder))];
  const complete = stakeholders.filter((s) => !byStakeholder.has(s)).map((s) => visible(stakeholderLabel(s)));
  const shown = visible(file);
  let out = `\nWrote ${shown}: ${strategy.initiatives.length} initiative${strategy.initiatives.length === 1 ? '' : 's'}, version ${strategy.metadata.version}, status ${strategy.metadata.status}.\n`;
  if (complete.length) out += `Complete for: ${complete.join(', ')}.\n`;
  if (byStakeholder.size) {
    out += '\nWhat each stakeholder will still ask for:\n';
    for (const [stakeholder, asks] of byStakeholder) {
      out += `  ${visible(stakeholderLabel(stakeholder))} (${asks.length}):\n`;
      for (const ask of asks.slice(0, 3)) out += `    - ${visible(ask)}\n`;
      if (asks.length > 3) out += `    - and ${asks.length - 3} more\n`;
    }
  }
  out += `\nNext:\n  socialplan check ${shown}\n      every finding, with the line to change and the fix\n  socialplan explain RULE\n      why a rule exists and what it cites\n  socialplan add initiative ${shown}\n      another initiative, keeping your edits and comments\n`;
  return out;
}
