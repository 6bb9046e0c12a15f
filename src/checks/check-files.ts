import { byPosition, type Diagnostic } from '../model/diagnostic.js';
import { loadStrategy, type LoadedStrategy } from '../model/load.js';
import { runRules } from './engine.js';
import type { FileReport } from './report.js';
import type { RuleSet } from './rule-set.js';
import { applyWaivers } from './waivers.js';

export interface CheckOptions {
  ruleSet: RuleSet;
  /** YYYY-MM-DD: every date is judged as of this day. */
  asOf: string;
}

/** The checklists and the waivers on a well-formed strategy: every finding placed in its file. */
export function checkStrategy(loaded: LoadedStrategy, options: CheckOptions): Diagnostic[] {
  const ran = new Set(options.ruleSet.rules.map((r) => r.id));
  const findings = runRules(loaded.data, options.ruleSet.rules, { asOf: options.asOf });
  return applyWaivers(loaded.data, findings, { known: options.ruleSet.known, ran, asOf: options.asOf }).map(loaded.place);
}

/**
 * Check each file: well-formedness first (YAML, schema, references); then, on a well-formed
 * strategy, the checklists and the waivers. One diagnostic shape throughout.
 */
export async function checkFiles(files: readonly string[], options: CheckOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const result = await loadStrategy(file);
    const text = result.text !== undefined ? { text: result.text } : {};
    if (!result.loaded) {
      reports.push({ file, ...text, valid: false, diagnostics: result.diagnostics });
      continue;
    }
    const diagnostics = [...result.diagnostics, ...checkStrategy(result.loaded, options)].sort(byPosition);
    reports.push({ file, ...text, valid: true, diagnostics });
  }
  return reports;
}
