import { Option, type Command } from 'commander';
import { FORMATS, type FormatName } from '../../output/formatters/names.js';
import type { Severity } from '../../model/diagnostic.js';
import { collect, list, type CommandContext } from './context.js';

export function checkCommand(program: Command, { io, onResult, colour }: CommandContext): void {
  program
    .command('check')
    .description('check strategy files: well-formed, and complete for each stakeholder')
    .argument('<file...>', 'strategy files')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the results to a file (atomically) instead of stdout')
    .addOption(new Option('--fail-severity <level>', 'lowest severity that fails the check (default: error)').choices(['error', 'warning', 'info']))
    .option('--as-of <date>', 'judge every date as of this day, YYYY-MM-DD (default: today)')
    .option('-s, --stakeholder <names>', 'only these stakeholders\' checklists, comma-separated (security and hr are enabled by naming them)', list)
    .option('-c, --checklist <file>', 'an organisation\'s own checklist (repeatable)', collect)
    .option('--config <file>', 'the config file (default: SOCIALPLAN_CONFIG, or socialplan.config.yaml up to the git root)')
    .addHelpText('after', '\nExamples:\n  $ socialplan check examples/portfolio.yaml\n  $ socialplan check strategy.yaml --format github --as-of 2027-01-31')
    .action(async (files: string[], opts: { format: FormatName; output?: string; failSeverity?: Severity; asOf?: string; stakeholder?: string[]; checklist?: string[]; config?: string }) => {
      const { check } = await import('../commands/check.js');
      onResult(
        await check({
          files,
          format: opts.format,
          ...(opts.output !== undefined ? { output: opts.output } : {}),
          ...(opts.failSeverity ? { failSeverity: opts.failSeverity } : {}),
          ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
          ...(opts.stakeholder ? { stakeholders: opts.stakeholder } : {}),
          ...(opts.checklist ? { checklists: opts.checklist } : {}),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          colour: colour(),
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });
}
