import { describeApplicability } from '../checks/engine/applicability.js';
import { citation } from '../checks/engine/citation.js';
import { BUILT_IN_CHECKLISTS } from '../checks/ruleset/checklists/index.js';
import type { Condition, Rule } from '../checks/engine/rule.js';
import { OPTIONAL_STAKEHOLDERS, stakeholderLabel } from '../checks/engine/stakeholders.js';
import { INPUT_RULES, SIGNOFF_RULES, WAIVER_RULES, WELL_FORMEDNESS_RULES } from '../model/rules.js';

/**
 * The rule reference, generated from the rule data: docs/rules.md (the index) and a page per
 * built-in rule under docs/rules/. `npm run docs:write` writes them; a test fails when they drift.
 */

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function describeCondition(condition: Condition): string {
  if ('anyOf' in condition) return `any of: ${condition.anyOf.map(describeCondition).join('; or ')}`;
  if ('allOf' in condition) return `all of: ${condition.allOf.map(describeCondition).join('; and ')}`;
  const field = condition.field ? `\`${condition.field}\` ` : '';
  const value = condition.value === undefined ? '' : ` ${JSON.stringify(condition.value)}`;
  return `${field}${condition.function}${value}`;
}

function conditions(value: Condition | Condition[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(describeCondition);
}


/** The sources as a list a reviewer can follow: each linked, with what it says and when it was last read. */
function sourceList(rule: Rule): string[] {
  if (!rule.sources) return [];
  return [
    '## Sources',
    '',
    ...rule.sources.map((s) => `- [${cell(citation(s))}](${s.url}), verified ${s.verified}${s.note ? `: ${cell(s.note)}` : ''}`),
    '',
  ];
}

export function rulePage(rule: Rule): string {
  const lines = [
    `# ${rule.id}`,
    '',
    '<!-- Generated from the rule data in src/checks/ruleset/checklists by `npm run docs:write`. -->',
    '',
    rule.title ?? rule.message,
    '',
    `- Stakeholder: ${stakeholderLabel(rule.stakeholder)}${rule.between ? ` (a conflict between ${rule.between.map(stakeholderLabel).join(' and ')})` : ''}`,
    `- Severity: ${rule.severity}${rule.escalateFor ? ` (error when tagged ${rule.escalateFor.join(' or ')})` : ''}`,
    `- Applies to: ${describeApplicability(rule)}`,
    `- Looks at: \`${rule.given}\``,
    ...conditions(rule.when).map((c) => `- Only when: ${c}`),
    ...conditions(rule.then).map((c) => `- Requires: ${c}`),
    ...(rule.sharedWith ? [`- Shared with: ${rule.sharedWith.map(stakeholderLabel).join(', ')} (one finding, naming every owner)`] : []),
    ...(rule.yieldsTo ? [`- Yields to: ${rule.yieldsTo.map((id) => `[${id}](../${id}.md)`).join(', ')} (silent where that rule reports the same gap, at least as severely)`] : []),
    '',
    '## Why',
    '',
    rule.rationale ?? 'No rationale recorded.',
    '',
    '## Reference',
    '',
    rule.reference ?? 'None recorded.',
    '',
    ...sourceList(rule),
    '## Fix',
    '',
    rule.fix ?? 'Follow the message.',
    '',
    '## Message',
    '',
    '```text',
    rule.message,
    '```',
    '',
  ];
  return lines.join('\n');
}

/** Every generated file: path relative to docs/ -> content. */
export function ruleDocs(): Map<string, string> {
  const files = new Map<string, string>();
  const index = [
    '# Rules',
    '',
    '<!-- Generated from the rule data by `npm run docs:write`; edit the rules, not this page. -->',
    '',
    'Every finding `socialplan check` reports names one of these rules. `socialplan explain RULE` prints the same',
    'rationale, reference and fix in the terminal.',
    '',
  ];
  for (const checklist of BUILT_IN_CHECKLISTS) {
    if (checklist.rules.length === 0) continue;
    const optional = (OPTIONAL_STAKEHOLDERS as readonly string[]).includes(checklist.stakeholder);
    index.push(`## ${checklist.title ?? stakeholderLabel(checklist.stakeholder)}`, '');
    if (optional) index.push(`Off unless enabled: \`enable: [${checklist.stakeholder}]\` in socialplan.config.yaml, or \`--stakeholder ${checklist.stakeholder}\`.`, '');
    index.push('| rule | severity | what it asks |', '| --- | --- | --- |');
    for (const rule of checklist.rules) {
      const full: Rule = { ...rule, stakeholder: rule.stakeholder ?? checklist.stakeholder };
      files.set(`rules/${rule.id}.md`, rulePage(full));
      index.push(`| [\`${rule.id}\`](rules/${rule.id}.md) | ${rule.severity} | ${cell(rule.title ?? rule.message)} |`);
    }
    index.push('');
  }
  index.push(
    '## Waivers',
    '',
    'A waiver accepts a finding for a time. These findings are about the waivers themselves.',
    '',
    '| rule | what it means | fix |',
    '| --- | --- | --- |',
    ...WAIVER_RULES.map((r) => `| \`${r.id}\` | ${cell(r.summary)} | ${cell(r.fix)} |`),
    '',
    '## Sign-offs',
    '',
    'A sign-off carries a digest of exactly what the stakeholder’s checklist reads (`socialplan signoff`). These findings',
    'compare each stakeholder’s latest sign-off with the strategy as it is now.',
    '',
    '| rule | what it means | fix |',
    '| --- | --- | --- |',
    ...SIGNOFF_RULES.map((r) => `| \`${r.id}\` | ${cell(r.summary)} | ${cell(r.fix)} |`),
    '',
    '## Well-formedness',
    '',
    '`socialplan check` reports these before any checklist runs. Each is an error: the file is not a valid',
    'strategy and `check` exits with 2.',
    '',
    '| rule | what it means | fix |',
    '| --- | --- | --- |',
    ...WELL_FORMEDNESS_RULES.map((r) => `| \`${r.id}\` | ${cell(r.summary)} | ${cell(r.fix)} |`),
    '',
    '## Other input files',
    '',
    'The config file and the actuals file `socialplan measure` reads; each is an error and the command exits with 2.',
    '',
    '| rule | what it means | fix |',
    '| --- | --- | --- |',
    ...INPUT_RULES.map((r) => `| \`${r.id}\` | ${cell(r.summary)} | ${cell(r.fix)} |`),
    '',
  );
  files.set('rules.md', index.join('\n'));
  return files;
}
