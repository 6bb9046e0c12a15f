import { resolveAsOf } from '../../checks/engine/as-of.js';
import { describeDiagnostics } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError } from '../../errors.js';
import { loadStrategy } from '../../model/load.js';
import { checkActuals, readActuals } from '../../measure/actuals.js';
import { scorecard } from '../../measure/scorecard.js';
import { scorecardJson, scorecardMarkdown, scorecardTable } from '../../render/view/scorecard-table.js';
import type { CommandResult } from '../result.js';

export interface MeasureOptions {
  file: string;
  actuals: string;
  format: 'table' | 'json' | 'markdown';
  asOf?: string;
}

/** `socialplan measure FILE --actuals FILE`: each KPI against its observed values; a bad row stops it, named. */
export async function measure(options: MeasureOptions): Promise<CommandResult> {
  const asOf = resolveAsOf(options.asOf);
  const loaded = await loadStrategy(options.file);
  if (!loaded.loaded) throw new InputError(describeDiagnostics(loaded.diagnostics));
  const strategy = loaded.loaded.data;
  const { actuals, problems } = await readActuals(options.actuals);
  const all = [...problems, ...checkActuals(options.actuals, actuals, strategy, asOf)].sort((a, b) => a.line - b.line);
  if (all.length) throw new InputError(describeDiagnostics(all));
  const scores = scorecard(strategy, actuals, asOf);
  const render = { table: scorecardTable, json: scorecardJson, markdown: scorecardMarkdown }[options.format];
  return { stdout: render(scores, asOf), exitCode: EXIT.ok };
}
