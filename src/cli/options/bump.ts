import { Argument, type Command } from 'commander';
import type { CommandContext } from './context.js';

export function bumpCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('bump')
    .description("raise the strategy's version (major, minor or patch) and add a history entry, keeping every comment")
    // Offered by shell completion; bump itself says what is wrong with another word.
    .addArgument(Object.assign(new Argument('<part>', 'major, minor or patch'), { argChoices: ['major', 'minor', 'patch'] }))
    .argument('<file>', 'the strategy file')
    .requiredOption('-m, --message <summary>', 'what changed, in a sentence a stakeholder can read')
    .option('--author <name>', 'who made the change (default: git config user.name)')
    .option('--date <date>', 'the date of the entry, YYYY-MM-DD (default: today)')
    .addHelpText('after', '\nExample:\n  $ socialplan bump minor strategy.yaml -m "Careers pilot added; KPI targets for care raised."')
    .action(async (part: string, file: string, opts: { message: string; author?: string; date?: string }) => {
      const { bump } = await import('../commands/bump.js');
      onResult(await bump({ part, file, message: opts.message, ...(opts.author !== undefined ? { author: opts.author } : {}), ...(opts.date !== undefined ? { date: opts.date } : {}), cwd: io.cwd }));
    });
}
