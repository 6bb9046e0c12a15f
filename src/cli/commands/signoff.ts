import { isSigningStakeholder } from '../../checks/ruleset/rule-set.js';
import { resolve } from 'node:path';
import { resolveDate } from '../../checks/engine/as-of.js';
import { describeDiagnostics, prepareRules } from '../../checks/ruleset/prepare.js';
import { stakeholderLabel } from '../../checks/engine/stakeholders.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { updateFile } from '../../fs/update-file.js';
import { appendItems } from '../../model/edit.js';
import { loadStrategy } from '../../model/load.js';
import { parseStrategy } from '../../model/parse.js';
import { closest } from '../../model/suggest.js';
import { sameName } from '../../governance/signoffs.js';
import { digest, rulesFor, signedFields } from '../../governance/digest.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export const DECISIONS = ['approved', 'approved-with-conditions', 'rejected'] as const;

export interface SignoffOptions {
  stakeholder: string;
  file: string;
  by: string;
  decision: string;
  note?: string;
  date?: string;
  config?: string;
  checklists?: string[];
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * `socialplan signoff privacy FILE --by NAME`: record a decision with the version and a digest of
 * exactly what that stakeholder's checklist reads, so `check` can tell when it goes stale.
 */
export async function signoff(options: SignoffOptions): Promise<CommandResult> {
  if (!(DECISIONS as readonly string[]).includes(options.decision)) {
    throw new UsageError(`--decision is one of ${DECISIONS.join(', ')}, not "${visible(options.decision)}"`);
  }
  if (!options.by.trim()) throw new UsageError('--by needs the name of the person signing');
  const date = resolveDate(options.date, '--date');
  const { ruleSet } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    config: options.config,
    checklists: options.checklists,
  });
  const stakeholders = ruleSet.stakeholders.filter(isSigningStakeholder);
  if (!stakeholders.includes(options.stakeholder)) {
    const suggestion = closest(options.stakeholder, stakeholders);
    throw new UsageError(`no stakeholder "${visible(options.stakeholder)}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (stakeholders: ${stakeholders.join(', ')})`);
  }
  const rules = rulesFor(ruleSet.all, options.stakeholder);
  // Read, signed and written under the strategy's lock: two sign-offs at once are both kept, each
  // with the digest of the content it was appended to.
  const { strategy, entry } = await updateFile(resolve(options.cwd, options.file), { command: 'signoff', shown: options.file, followLink: true }, async () => {
    const loaded = await loadStrategy(options.file);
    if (!loaded.loaded || loaded.text === undefined) throw new InputError(describeDiagnostics(loaded.diagnostics));
    const strategy = loaded.loaded.data;
    const entry = {
      stakeholder: options.stakeholder,
      by: options.by.trim(),
      date,
      decision: options.decision,
      ...(options.note?.trim() ? { note: options.note.trim() } : {}),
      version: strategy.metadata.version,
      digest: digest(strategy, rules),
    };
    // Types the schema checks again below; a string that YAML would read as a number stays a string.
    const text = appendItems(loaded.text, 'signoffs', [entry]);
    const check = parseStrategy(options.file, text);
    if (!check.loaded) throw new InputError(`the sign-off would make ${visible(options.file)} invalid; nothing was written:\n${describeDiagnostics(check.diagnostics)}`);
    return { text, result: { strategy, entry } };
  });
  const label = stakeholderLabel(options.stakeholder);
  const shown = visible(options.file);
  const owner = (strategy.stakeholders as Record<string, { owner: string } | undefined> | undefined)?.[options.stakeholder]?.owner;
  const notOwner = owner && !sameName(owner, entry.by) ? `\nNote: the strategy names ${visible(owner)} as the ${label} owner; check reports a sign-off by anyone else.` : '';
  return {
    stdout: `${shown}: ${label} ${entry.decision} by ${visible(entry.by)} on ${date}, version ${entry.version}, covering the ${signedFields(rules).length} fields the ${label} checklist reads.${notOwner}\n`,
    exitCode: EXIT.ok,
  };
}
