import type { Command } from 'commander';
import { collect, list, type CommandContext } from './context.js';

export function renderCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('render')
    .description('write Markdown briefings: board, executive summary, one per stakeholder, roadmap, platforms, index')
    .argument('<file>', 'the strategy file')
    .option('-o, --out <dir>', 'the folder to write the briefings to (created if missing)', 'briefings')
    .option('--only <names>', 'only these briefings, comma-separated: board, executive, privacy, compliance, legal, records, communications, roadmap, platforms, index ...', list)
    .option('--templates <dir>', 'your own templates: files named as in templates/ (and templates/partials/) replace the built-in ones')
    .option('--as-of <date>', 'judge every date as of this day, YYYY-MM-DD (default: today)')
    .option('--checklist <file>', "add an organisation's own checklist (repeatable)", collect)
    .option('--config <file>', 'socialplan.config.yaml to use (default: found from the current folder up to the git root)')
    .option('-f, --force', 'replace files in the output folder that socialplan did not write')
    .addHelpText('after', '\nExamples:\n  $ socialplan render examples/portfolio.yaml --out briefings/\n  $ socialplan render strategy.yaml --only board,executive --as-of 2027-01-31\n  $ socialplan render strategy.yaml --templates my-templates/')
    .action(async (file: string, opts: { out: string; only?: string[]; templates?: string; asOf?: string; checklist?: string[]; config?: string; force?: boolean }) => {
      const { render } = await import('../commands/render.js');
      onResult(
        await render({
          file,
          out: opts.out,
          ...(opts.only ? { only: opts.only } : {}),
          ...(opts.templates !== undefined ? { templates: opts.templates } : {}),
          ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
          ...(opts.checklist ? { checklists: opts.checklist } : {}),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          ...(opts.force ? { force: true } : {}),
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });
}
