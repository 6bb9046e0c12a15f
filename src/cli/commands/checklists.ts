import { describeApplicability } from '../../checks/engine/applicability.js';
import { prepareRules } from '../../checks/ruleset/prepare.js';
import { sourceLine } from '../../checks/engine/citation.js';
import type { Rule } from '../../checks/engine/rule.js';
import { stakeholderLabel } from '../../checks/engine/stakeholders.js';
import { EXIT } from '../../errors.js';
import type { CommandResult } from '../result.js';
import { visible, visibleJson } from '../../text/visible.js';

export interface ChecklistsOptions {
  format: 'text' | 'json';
  /** List the sources of every rule rather than the rules. */
  sources?: boolean;
  checklists?: string[];
  config?: string;
  cwd: string;
  env: Record<string, string | undefined>;
}

function applies(rule: Rule): string {
  return rule.appliesTo ? describeApplicability(rule) : '';
}

/**
 * Every citation behind the rules, each with its address and the day it was last verified: what a
 * compliance officer reads before trusting the checklists, and re-reads when a date grows old.
 */
function sources(rules: readonly Rule[], format: 'text' | 'json'): string {
  const rows = rules.flatMap((rule): { rule: string; title: string; url: string | null; verified: string | null }[] =>
    rule.sources?.length
      ? rule.sources.map((s) => ({ rule: rule.id, ...s }))
      : [{ rule: rule.id, title: rule.reference ?? 'no source recorded', url: null, verified: null }],
  );
  if (format === 'json') return visibleJson({ sources: rows });
  let out = '';
  for (const rule of rules) {
    out += `${rule.id}\n`;
    if (!rule.sources?.length) out += `  ${rule.reference ? visible(rule.reference) : 'no source recorded'} (no address or verification date recorded)\n`;
    for (const source of rule.sources ?? []) out += `  ${visible(sourceLine(source))}\n`;
  }
  return out;
}

/** Every stakeholder, whether its checklist runs, and its rules: what an organisation can waive, tune or turn off. */
export async function checklists(options: ChecklistsOptions): Promise<CommandResult> {
  const { ruleSet } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    ...(options.config ? { config: options.config } : {}),
    ...(options.checklists ? { checklists: options.checklists } : {}),
  });
  if (options.sources) return { stdout: sources(ruleSet.all, options.format), exitCode: EXIT.ok };
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
