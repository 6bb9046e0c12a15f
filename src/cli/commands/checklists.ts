import { prepareRules } from '../../checks/prepare.js';
import type { Rule } from '../../checks/rule.js';
import { stakeholderLabel } from '../../checks/stakeholders.js';
import { EXIT } from '../../errors.js';
import type { CommandResult } from './check.js';
import { visible, visibleJson } from '../../text/visible.js';

export interface ChecklistsOptions {
  format: 'text' | 'json';
  checklists?: string[];
  config?: string;
  cwd: string;
  env: Record<string, string | undefined>;
}

function applies(rule: Rule): string {
  const a = rule.appliesTo ?? {};
  const parts = [
    a.scope ? `${a.scope} initiatives` : '',
    a.stages ? `stages ${a.stages.join(', ')}` : '',
    a.tags ? `tags ${a.tags.join(', ')}` : '',
    a.jurisdictions ? `in ${a.jurisdictions.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

/** Every stakeholder, whether its checklist runs, and its rules: what an organisation can waive, tune or turn off. */
export async function checklists(options: ChecklistsOptions): Promise<CommandResult> {
  const { ruleSet } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    ...(options.config ? { config: options.config } : {}),
    ...(options.checklists ? { checklists: options.checklists } : {}),
  });
  const running = new Map(ruleSet.rules.map((r) => [r.id, r]));
  if (options.format === 'json') {
    const rules = ruleSet.all.map((r) => ({ ...r, severity: running.get(r.id)?.severity ?? r.severity, enabled: running.has(r.id) }));
    return { stdout: visibleJson({ stakeholders: ruleSet.stakeholders, rules }), exitCode: EXIT.ok };
  }
  let out = '';
  for (const stakeholder of ruleSet.stakeholders) {
    const rules = ruleSet.all.filter((r) => r.stakeholder === stakeholder);
    const on = rules.filter((r) => running.has(r.id)).length;
    const state = on === 0 ? 'off (enable it in socialplan.config.yaml or with --stakeholder)' : `${on} of ${rules.length} rules on`;
    out += `${stakeholderLabel(stakeholder)} (${stakeholder}): ${state}\n`;
    for (const rule of rules) {
      const severity = running.get(rule.id)?.severity ?? (running.size && on ? 'off' : rule.severity);
      const where = applies(rule);
      // Ids and the vocabulary of appliesTo are checked by the checklist schema; its own text is not.
      out += `  ${rule.id.padEnd(44)} ${severity.padEnd(8)} ${visible(rule.title ?? rule.message)}${where ? ` (${where})` : ''}\n`;
    }
    out += '\n';
  }
  return { stdout: out.trimEnd() + '\n', exitCode: EXIT.ok };
}
