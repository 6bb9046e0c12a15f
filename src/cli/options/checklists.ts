import { Option, type Command } from 'commander';
import { collect, type CommandContext } from './context.js';

export function checklistsCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('checklists')
    .description('list the stakeholders, whether each checklist runs, and their rules')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --checklist <file>', 'include an organisation\'s own checklist (repeatable)', collect)
    .option('--config <file>', 'the config file')
    .option('--sources', 'list every rule\'s sources instead: citation, address and the date each was last verified')
    .action(async (opts: { format: 'text' | 'json'; checklist?: string[]; config?: string; sources?: boolean }) => {
      const { checklists } = await import('../commands/checklists.js');
      onResult(
        await checklists({
          format: opts.format,
          sources: opts.sources === true,
          ...(opts.checklist ? { checklists: opts.checklist } : {}),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });
}
