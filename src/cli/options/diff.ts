import { Option, type Command } from 'commander';
import { collect, type CommandContext } from './context.js';

export function diffCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('diff')
    .description('what changed between two versions, in the words of the strategy, and whose sign-off each change touches')
    .argument('<files...>', 'OLD NEW, or one FILE with --git REV')
    .option('--git <rev>', 'compare FILE with its text at a git revision (a commit, tag or branch)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--checklist <file>', "add an organisation's own checklist (repeatable)", collect)
    .option('--config <file>', 'socialplan.config.yaml to use')
    .addHelpText('after', '\nExamples:\n  $ socialplan diff strategy-2.2.yaml strategy.yaml\n  $ socialplan diff strategy.yaml --git v2.2.0 --format markdown > changes.md')
    .action(async (files: string[], opts: { git?: string; format: 'text' | 'json' | 'markdown'; checklist?: string[]; config?: string }) => {
      const { diff } = await import('../commands/diff.js');
      onResult(
        await diff({
          files,
          format: opts.format,
          ...(opts.git !== undefined ? { git: opts.git } : {}),
          ...(opts.checklist ? { checklists: opts.checklist } : {}),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });
}
