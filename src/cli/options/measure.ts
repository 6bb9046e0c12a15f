import { Option, type Command } from 'commander';
import type { CommandContext } from './context.js';

export function measureCommand(program: Command, { onResult }: CommandContext): void {
  program
    .command('measure')
    .description('score each KPI against observed values: progress, trend, on-track / at-risk / off-track, stale')
    .argument('<file>', 'the strategy file')
    .requiredOption('--actuals <file>', 'observed values: CSV (initiative,kpi,date,value) or YAML (kind: Actuals)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('--as-of <date>', 'score as of this day, YYYY-MM-DD (default: today)')
    .addHelpText('after', '\nExample:\n  $ socialplan measure examples/portfolio.yaml --actuals examples/actuals/portfolio.csv --as-of 2026-11-25')
    .action(async (file: string, opts: { actuals: string; format: 'table' | 'json' | 'markdown'; asOf?: string }) => {
      const { measure } = await import('../commands/measure.js');
      onResult(await measure({ file, actuals: opts.actuals, format: opts.format, ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}) }));
    });
}
