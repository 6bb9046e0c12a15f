import { existsSync } from 'node:fs';
import { describeApplicability } from '../../checks/engine/applicability.js';
import { prepareRules } from '../../checks/ruleset/prepare.js';
import { sourceLine } from '../../checks/engine/citation.js';
import { stakeholderLabel } from '../../checks/engine/stakeholders.js';
import { UsageError, EXIT } from '../../errors.js';
import { CODE_RULES } from '../../model/rules.js';
import { closest } from '../../model/suggest.js';
import { docsPath } from '../../package-root.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export interface ExplainOptions {
  rule: string;
  checklists?: string[];
  config?: string;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A rule's why, citation and fix, for the person who just met its finding. */
export async function explain(options: ExplainOptions): Promise<CommandResult> {
  const { ruleSet } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    ...(options.config ? { config: options.config } : {}),
    ...(options.checklists ? { checklists: options.checklists } : {}),
  });
  const rule = ruleSet.all.find((r) => r.id === options.rule);
  if (rule) {
    const lines = [
      `${rule.id} (${stakeholderLabel(rule.stakeholder)}, ${rule.severity}${rule.escalateFor ? `; error under ${rule.escalateFor.join(', ')}` : ''})`,
      '',
      rule.title ?? rule.message,
      '',
      ...(rule.rationale ? [`Why: ${rule.rationale}`] : []),
      ...(rule.reference ? [`Reference: ${rule.reference}`] : []),
      ...(rule.sources ?? []).map((s) => `Source: ${sourceLine(s)}${s.note ? `: ${s.note}` : ''}`),
      ...(rule.fix ? [`Fix: ${rule.fix}`] : []),
      `Applies to: ${describeApplicability(rule)}`,
      `Looks at: ${rule.given}`,
      // An organisation's own rule has no page in socialplan's docs.
      ...(existsSync(docsPath(`rules/${rule.id}.md`)) ? [`Docs: ${docsPath(`rules/${rule.id}.md`)}`] : []),
    ];
    // Each entry is one line; a checklist's own text (title, rationale, fix) is made visible() whole.
    return { stdout: `${lines.map(visible).join('\n')}\n`, exitCode: EXIT.ok };
  }
  const meta = CODE_RULES.find((r) => r.id === options.rule);
  if (meta) return { stdout: `${meta.id}\n\n${meta.summary}\n\nFix: ${meta.fix}\nDocs: ${docsPath('rules.md')}\n`, exitCode: EXIT.ok };
  const ids = [...ruleSet.known, ...CODE_RULES.map((r) => r.id)];
  const suggestion = closest(options.rule, ids);
  throw new UsageError(`no rule "${visible(options.rule)}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (socialplan checklists lists them all)`);
}
