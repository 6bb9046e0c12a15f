import type { Rule } from '../checks/engine/rule.js';
import { stakeholderLabel } from '../checks/engine/stakeholders.js';
import type { Finding } from '../model/diagnostic.js';
import type { Strategy } from '../model/schema/strategy.js';
import { visible } from '../text/visible.js';

/** One thing the interview left open, for the stakeholder who owns it. */
export interface OpenItem {
  ruleId: string;
  severity: 'error' | 'warning';
  title: string;
}

/**
 * What the questionnaire leaves open, by stakeholder: every rule that fired on the strategy just
 * written (`findings`, from the checklists' `rules`), once each (a rule firing for two initiatives is
 * one item), in the order the checklists hold them.
 */
export function openItems(findings: readonly Finding[], rules: readonly Rule[]): Map<string, OpenItem[]> {
  const byStakeholder = new Map<string, OpenItem[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const rule = rules.find((r) => r.id === f.ruleId);
    const list = byStakeholder.get(f.stakeholder ?? '') ?? [];
    const existing = list.find((i) => i.ruleId === f.ruleId);
    if (existing) {
      if (f.severity === 'error') existing.severity = 'error';
      continue;
    }
    list.push({ ruleId: f.ruleId, severity: f.severity, title: rule?.title ?? f.message });
    byStakeholder.set(f.stakeholder ?? '', list);
  }
  return byStakeholder;
}

/**
 * What the CIO reads when the questionnaire ends: what is complete, every item still open with the
 * stakeholder who owns it (by name, as the stakeholders section gave it), and what to run next.
 * Nothing is cut: an open item the summary does not name is one the CIO would meet first in CI.
 * A checklist's text, the owners' names and the file name are made visible().
 */
export function summary(strategy: Strategy, findings: readonly Finding[], rules: readonly Rule[], file: string): string {
  const open = openItems(findings, rules);
  const stakeholders = [...new Set(rules.map((r) => r.stakeholder))];
  const complete = stakeholders.filter((s) => !open.has(s)).map((s) => visible(stakeholderLabel(s)));
  const shown = visible(file);
  const owners = (strategy.stakeholders ?? {}) as Record<string, { owner?: string } | undefined>;
  let out = `\nWrote ${shown}: ${strategy.initiatives.length} initiative${strategy.initiatives.length === 1 ? '' : 's'}, version ${strategy.metadata.version}, status ${strategy.metadata.status}.\n`;
  if (complete.length) out += `Complete for: ${complete.join(', ')}.\n`;
  if (open.size) {
    const count = [...open.values()].reduce((n, items) => n + items.length, 0);
    out += `\nLeft open, ${count} item${count === 1 ? '' : 's'}, each with its owner:\n`;
    for (const [stakeholder, items] of open) {
      const owner = owners[stakeholder]?.owner ?? (stakeholder === 'strategy' || stakeholder === 'conflicts' ? strategy.metadata.owner.name : undefined);
      out += `  ${visible(stakeholderLabel(stakeholder))}${owner ? `, ${visible(owner)}` : ''} (${items.length}):\n`;
      for (const item of items) out += `    - ${item.severity === 'error' ? '[blocks approval] ' : ''}${visible(item.title)} [${visible(item.ruleId)}]\n`;
    }
  }
  out += `\nNext:\n  socialplan check ${shown}\n      every finding, with the line to change and the fix\n  socialplan explain RULE\n      why a rule exists and what it cites\n  socialplan add initiative ${shown}\n      another initiative, keeping your edits and comments\n`;
  return out;
}
