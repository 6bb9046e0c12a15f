import type { Command } from 'commander';
import type { CommandContext } from './context.js';

export function initCommand(program: Command, { io, onResult, colour }: CommandContext): void {
  program
    .command('init')
    .description('draft a strategy by answering a questionnaire (internal and external initiatives branch; regulation adds questions)')
    .option('-o, --out <file>', 'where to write the strategy', 'strategy.yaml')
    .option('-y, --yes', 'answer every question with its default, without prompting')
    .option('-a, --answers <file>', 'take the answers from a YAML file (docs/answers.md); unanswered questions take their defaults')
    .option('-f, --force', 'overwrite the output file if it exists')
    .option('--no-input', 'never prompt (as when stdin is not a terminal or CI is set)')
    .addHelpText('after', '\nExamples:\n  $ socialplan init\n  $ socialplan init --answers answers.yaml --out strategy.yaml\n  $ socialplan init --yes --out draft.yaml')
    .action(async (opts: { out: string; yes?: boolean; answers?: string; force?: boolean; input: boolean }) => {
      const { init } = await import('../commands/init.js');
      onResult(
        await init({
          out: opts.out,
          yes: opts.yes === true,
          ...(opts.answers !== undefined ? { answers: opts.answers } : {}),
          force: opts.force === true,
          input: opts.input,
          colour: colour(),
          io,
        }),
      );
    });
}
