import { byPosition, type Diagnostic } from '../model/diagnostic.js';
import { loadStrategy, type LoadedStrategy } from '../model/load.js';
import { runRules, type CheckedItem } from './engine/run-rules.js';
import type { FileReport } from './report.js';
import type { RuleSet } from './ruleset/rule-set.js';
import { signoffFindings } from '../governance/signoffs.js';
import { rulesFor } from '../governance/digest.js';
import { applyWaivers } from '../governance/waivers.js';

export interface CheckFilesOptions {
  ruleSet: RuleSet;
  /** YYYY-MM-DD: every date is judged as of this day. */
  asOf: string;
  /** Where git runs to say what changed since a stale sign-off; without it, stale sign-offs are reported without the fields. */
  gitCwd?: string;
  /** Filled, when given, with the items each rule looked at (src/checks/engine/run-rules.ts). */
  coverage?: Map<string, CheckedItem[]>;
}

/** A stale sign-off's message, completed with the fields that changed since, where git history holds the signed content. */
async function withChangedFields(d: Diagnostic, loaded: LoadedStrategy, options: CheckFilesOptions): Promise<Diagnostic> {
  const index = /^signoffs\[(\d+)\]/.exec(d.path)?.[1];
  const signoff = index === undefined ? undefined : loaded.data.signoffs?.[Number(index)];
  if (d.ruleId !== 'signoff/stale' || !signoff?.digest || options.gitCwd === undefined) return d;
  // Only a stale sign-off pays for git and the diff machinery.
  const { changedSinceSigned } = await import('../governance/stale.js');
  const changed = await changedSinceSigned(loaded.file, options.gitCwd, loaded.data, rulesFor(options.ruleSet.all, signoff.stakeholder), signoff.digest);
  if (!changed?.length) return d;
  const shown = changed.length > 6 ? [...changed.slice(0, 6), `and ${changed.length - 6} more`] : changed;
  return { ...d, message: `${d.message}: ${shown.join(', ')}` };
}

/** The checklists and the waivers on a well-formed strategy: every finding placed in its file. */
export function checkStrategy(loaded: LoadedStrategy, options: CheckFilesOptions): Diagnostic[] {
  const ran = new Set(options.ruleSet.rules.map((r) => r.id));
  const findings = [...runRules(loaded.data, options.ruleSet.rules, { asOf: options.asOf, ...(options.coverage ? { coverage: options.coverage } : {}) }), ...signoffFindings(loaded.data, options.ruleSet.all)];
  return applyWaivers(loaded.data, findings, { known: options.ruleSet.known, ran, asOf: options.asOf }).map(loaded.place);
}

/**
 * Check each file: well-formedness first (YAML, schema, references); then, on a well-formed
 * strategy, the checklists and the waivers. One diagnostic shape throughout.
 */
export async function checkFiles(files: readonly string[], options: CheckFilesOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const result = await loadStrategy(file);
    const text = result.text !== undefined ? { text: result.text } : {};
    if (!result.loaded) {
      reports.push({ file, ...text, valid: false, diagnostics: result.diagnostics });
      continue;
    }
    const checked = await Promise.all(checkStrategy(result.loaded, options).map((d) => withChangedFields(d, result.loaded!, options)));
    const diagnostics = [...result.diagnostics, ...checked].sort(byPosition);
    reports.push({ file, ...text, valid: true, diagnostics });
  }
  return reports;
}
