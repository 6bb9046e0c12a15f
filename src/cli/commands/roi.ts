import { describeDiagnostics } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { loadStrategy } from '../../model/load.js';
import { closest } from '../../model/suggest.js';
import { strategyRoi } from '../../measure/roi.js';
import { roiJson, roiMarkdown, roiTable } from '../../render/view/roi-table.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export interface RoiOptions {
  file: string;
  format: 'table' | 'json' | 'markdown';
  initiative?: string;
  sensitivity?: number[];
}

export function parseSensitivity(value: string): number[] {
  const steps = value.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (steps.length === 0 || steps.some((n) => !Number.isFinite(n) || n < 0 || n > 100)) {
    throw new UsageError(`--sensitivity takes percentages from 0 to 100, comma-separated (such as 10,25,50), not "${visible(value)}"`);
  }
  return steps;
}

/** `socialplan roi FILE`: NPV, ROI and payback per initiative and for the strategy, with a sensitivity view. */
export async function roi(options: RoiOptions): Promise<CommandResult> {
  const loaded = await loadStrategy(options.file);
  if (!loaded.loaded) throw new InputError(describeDiagnostics(loaded.diagnostics));
  const strategy = loaded.loaded.data;
  if (options.initiative !== undefined) {
    const ids = strategy.initiatives.map((i) => i.id);
    if (!ids.includes(options.initiative)) {
      const suggestion = closest(options.initiative, ids);
      throw new UsageError(`no initiative "${visible(options.initiative)}" in ${visible(options.file)}${suggestion ? `; did you mean "${suggestion}"?` : ` (initiatives: ${ids.join(', ')})`}`);
    }
    if (!strategy.initiatives.find((i) => i.id === options.initiative)?.roi) throw new UsageError(`initiative "${visible(options.initiative)}" has no roi block`);
  }
  const result = strategyRoi(strategy, {
    ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}),
    ...(options.initiative ? { initiative: options.initiative } : {}),
  });
  const render = { table: roiTable, json: roiJson, markdown: roiMarkdown }[options.format];
  return { stdout: render(result), exitCode: EXIT.ok };
}
