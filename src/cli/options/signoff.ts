import { Option, type Command } from 'commander';
import { collect, type CommandContext } from './context.js';

export function signoffCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('signoff')
    .description("record a stakeholder's decision, with a digest of exactly what their checklist reads")
    .argument('<stakeholder>', 'privacy, compliance, legal, records, communications, security, hr, or your own')
    .argument('<file>', 'the strategy file')
    .requiredOption('--by <name>', 'who signs: the stakeholder owner named in the strategy')
    .addOption(new Option('--decision <decision>', 'the decision').choices(['approved', 'approved-with-conditions', 'rejected']).default('approved'))
    .option('--note <text>', 'conditions or reasons')
    .option('--date <date>', 'the date of the decision, YYYY-MM-DD (default: today)')
    .option('--checklist <file>', "add an organisation's own checklist (repeatable)", collect)
    .option('--config <file>', 'socialplan.config.yaml to use')
    .addHelpText('after', '\nExample:\n  $ socialplan signoff privacy strategy.yaml --by "Sinéad Gallagher" --decision approved-with-conditions --note "DPIA before the beta"')
    .action(async (stakeholder: string, file: string, opts: { by: string; decision: string; note?: string; date?: string; checklist?: string[]; config?: string }) => {
      const { signoff } = await import('../commands/signoff.js');
      onResult(
        await signoff({
          stakeholder,
          file,
          by: opts.by,
          decision: opts.decision,
          ...(opts.note !== undefined ? { note: opts.note } : {}),
          ...(opts.date !== undefined ? { date: opts.date } : {}),
          ...(opts.checklist ? { checklists: opts.checklist } : {}),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });
}
