import { join, relative, resolve, sep } from 'node:path';
import { resolveAsOf } from '../../checks/engine/as-of.js';
import { describeDiagnostics, prepareRules } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError } from '../../errors.js';
import { loadStrategy } from '../../model/load.js';
import { briefingInputs } from '../../render/inputs.js';
import { approvalOf } from '../../render/view/common.js';
import { writeBriefings } from '../../render/output-folder.js';
import { renderBriefings } from '../../render/render.js';
import { loadTemplates } from '../../render/templates.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export interface RenderCommandOptions {
  file: string;
  out: string;
  only?: string[];
  templates?: string;
  asOf?: string;
  checklists?: string[];
  config?: string;
  force?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * `socialplan render FILE`: every briefing rendered in memory first, then written all or none
 * (src/render/output-folder.ts), so a broken template, a full disk or an interrupt leaves the output
 * folder as it was.
 */
export async function render(options: RenderCommandOptions): Promise<CommandResult> {
  const asOf = resolveAsOf(options.asOf);
  const { ruleSet, inputs: read } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    config: options.config,
    checklists: options.checklists,
  });
  const templates = await loadTemplates(options.templates);
  // Named relative to the working folder whichever way it was typed, so the briefings do not depend on it.
  const file = relative(options.cwd, resolve(options.cwd, options.file)).split(sep).join('/') || options.file;
  const loaded = await loadStrategy(file);
  if (!loaded.loaded) throw new InputError(describeDiagnostics(loaded.diagnostics));
  const inputs = briefingInputs(loaded.loaded, file, ruleSet, asOf);
  const files = renderBriefings(inputs, templates, options.only ? { only: options.only } : {});

  const shown = options.out.replace(/[\\/]+$/, '') || options.out;
  await writeBriefings(resolve(options.cwd, options.out), files, {
    shown,
    force: options.force === true,
    inputs: [{ file: resolve(options.cwd, file), shown: file, role: 'the strategy' }, ...read],
  });
  const lines = files.map((f) => `  ${visible(join(shown, f.file))}`);
  const status = inputs.strategy.metadata.status;
  const draft =
    status !== 'approved'
      ? ` (status ${status}: each briefing says so)`
      : approvalOf(inputs).approved
        ? ''
        : ' (status approved in the file, but not signed off by every core stakeholder: each briefing says so)';
  return { stdout: `Wrote ${files.length} briefing${files.length === 1 ? '' : 's'} for version ${inputs.strategy.metadata.version}${draft}, as of ${asOf}:\n${lines.join('\n')}\n`, exitCode: EXIT.ok };
}
