import type { Command } from 'commander';
import type { CommandContext } from './context.js';

export function addCommand(program: Command, { io, onResult, colour }: CommandContext): void {
  const add = program.command('add').description('add to an existing strategy, keeping its comments and formatting');
  add
    .command('initiative')
    .description('ask the initiative questions and append one initiative to FILE')
    .argument('<file>', 'the strategy file')
    .option('-y, --yes', 'answer every question with its default')
    .option('-a, --answers <file>', 'take the answers from a YAML file (the first entry of its initiatives)')
    .option('--no-input', 'never prompt')
    .action(async (file: string, opts: { yes?: boolean; answers?: string; input: boolean }) => {
      const { addInitiative } = await import('../commands/add.js');
      onResult(
        await addInitiative({
          file,
          yes: opts.yes === true,
          ...(opts.answers !== undefined ? { answers: opts.answers } : {}),
          input: opts.input,
          colour: colour(),
          io,
        }),
      );
    });
}
