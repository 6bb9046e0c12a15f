import { dirname, resolve } from 'node:path';
import type { Diagnostic, Finding } from '../../model/diagnostic.js';
import { report } from '../../model/rules.js';
import { InputError, UsageError } from '../../errors.js';
import type { CommandInput } from '../../fs/inputs.js';
import { gitRoot, isInside, realPath } from '../../fs/inside.js';
import { visible } from '../../text/visible.js';
import type { Config } from './config.js';
import { findConfig } from './config-file.js';
import type { Checklist } from '../engine/rule.js';
import { buildRuleSet, RuleSetError, unknownOverrides, type RuleSet } from './rule-set.js';

export interface PrepareOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** --config */
  config?: string;
  /** --checklist, in the order given */
  checklists?: readonly string[];
  /** --stakeholder */
  only?: readonly string[];
}

export interface Prepared {
  ruleSet: RuleSet;
  config?: Config;
  configFile?: string;
  /** Every file read to build the rules (the config, then each checklist), so no output replaces one. */
  inputs: CommandInput[];
}

/**
 * Located problems in a config or checklist file, one per line, as the user's editor reads them:
 * what the file holds is made visible(), so it can neither start a line nor act in the terminal.
 */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.line ? `${visible(d.file)}:${d.line}:${d.column}` : visible(d.file)}: ${visible(d.message)} [${visible(d.ruleId)}]`)
    .join('\n');
}

async function checklistFrom(file: string): Promise<Checklist> {
  // The checklist schema (every rule function's value) is built only when there is a checklist file to read.
  const { loadChecklist } = await import('./custom-checklist.js');
  const result = await loadChecklist(file);
  if (!result.loaded) throw new InputError(describeDiagnostics(result.diagnostics));
  return result.loaded.data;
}

/**
 * The checklists a config names, relative to it. A config arrives with the repository, so they must
 * lie in it (in the config's own folder when it is in none), links followed: otherwise a pull request
 * could have socialplan read, and quote in its errors, any file on the CI runner.
 */
function configChecklists(configFile: string, config: Config, place: (finding: Finding) => Diagnostic): string[] {
  const folder = dirname(resolve(configFile));
  const repository = gitRoot(folder);
  const root = realPath(repository ?? folder);
  const files = (config.checklists ?? []).map((file) => resolve(folder, file));
  const outside = files.flatMap((file, i) =>
    isInside(realPath(file), root)
      ? []
      : [
          place({
            ...report('config/checklist-outside', {
              file: JSON.stringify(config.checklists![i]),
              root: repository ? `the repository (${repository})` : `the config's folder (${folder})`,
            }),
            severity: 'error',
            path: ['checklists', i],
          }),
        ],
  );
  if (outside.length) throw new InputError(describeDiagnostics(outside));
  return files;
}

/**
 * Everything `check`, `checklists` and `explain` need before they look at a strategy: the config,
 * the organisation's checklists and the rules that will run. A malformed config or checklist is a
 * located error (exit 2), never a silently smaller rule set.
 */
export async function prepareRules(options: PrepareOptions): Promise<Prepared> {
  const configFile = findConfig(options.cwd, options.config, options.env);
  let config: Config | undefined;
  let placeInConfig: ((finding: Finding) => Diagnostic) | undefined;
  if (configFile) {
    const { loadConfig } = await import('./config.js');
    const result = await loadConfig(configFile);
    if (!result.loaded) throw new InputError(describeDiagnostics(result.diagnostics));
    config = result.loaded.data;
    placeInConfig = result.loaded.place;
  }
  const files = [...(config && placeInConfig ? configChecklists(configFile!, config, placeInConfig) : []), ...(options.checklists ?? [])];
  const custom: Checklist[] = [];
  for (const file of files) custom.push(await checklistFrom(file));

  let ruleSet: RuleSet;
  try {
    ruleSet = buildRuleSet({
      custom,
      ...(config?.enable ? { enable: config.enable } : {}),
      ...(options.only ? { only: options.only } : {}),
      ...(config?.rules ? { overrides: config.rules } : {}),
    });
  } catch (error) {
    if (error instanceof RuleSetError) throw new (options.only ? UsageError : InputError)(error.message);
    throw error;
  }
  if (config?.rules && placeInConfig) {
    const unknown = unknownOverrides(config.rules, ruleSet.known).map(placeInConfig);
    if (unknown.length) throw new InputError(describeDiagnostics(unknown));
  }
  const inputs: CommandInput[] = [...(configFile ? [{ file: configFile, role: 'the config' }] : []), ...files.map((file) => ({ file, role: 'a checklist' }))];
  return { ruleSet, ...(config ? { config } : {}), ...(configFile ? { configFile } : {}), inputs };
}
