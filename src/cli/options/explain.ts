import type { Command } from 'commander';
import { collect, type CommandContext } from './context.js';

export function explainCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('explain')
    .description("print a rule's rationale, citation and fix")
    .argument('<rule>', 'a rule id such as privacy/lawful-basis')
    .option('-c, --checklist <file>', 'include an organisation\'s own checklist (repeatable)', collect)
    .option('--config <file>', 'the config file')
    .action(async (rule: string, opts: { checklist?: string[]; config?: string }) => {
      const { explain } = await import('../commands/explain.js');
      onResult(
        await explain({
          rule,
          ...(opts.checklist ? { checklists: opts.checklist } : {}),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });
}
