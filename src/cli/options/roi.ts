import { Option, type Command } from 'commander';
import type { CommandContext } from './context.js';

export function roiCommand(program: Command, { onResult }: CommandContext): void {
  program
    .command('roi')
    .description('compute NPV, ROI and payback per initiative and in total, with a sensitivity view')
    .argument('<file>', 'the strategy file')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('-i, --initiative <id>', 'only this initiative')
    .option('--sensitivity <steps>', 'benefits lower by these percentages, comma-separated (default: 25,50)')
    .addHelpText('after', '\nExamples:\n  $ socialplan roi examples/portfolio.yaml\n  $ socialplan roi strategy.yaml --format json --sensitivity 10,20,30')
    .action(async (file: string, opts: { format: 'table' | 'json' | 'markdown'; initiative?: string; sensitivity?: string }) => {
      const { roi, parseSensitivity } = await import('../commands/roi.js');
      onResult(
        await roi({
          file,
          format: opts.format,
          ...(opts.initiative !== undefined ? { initiative: opts.initiative } : {}),
          ...(opts.sensitivity !== undefined ? { sensitivity: parseSensitivity(opts.sensitivity) } : {}),
        }),
      );
    });
}
