import { Option, type Command } from 'commander';
import { collect, list, type CommandContext } from './context.js';

export function renderCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('render')
    .description('write the briefings (board, executive summary, one per stakeholder, roadmap, platforms, index) as Markdown, HTML or a PDF board pack')
    .argument('<file>', 'the strategy file')
    .option('-o, --out <dir>', 'the folder to write the briefings to (created if missing)', 'briefings')
    .option('--only <names>', 'only these briefings, comma-separated: board, executive, privacy, compliance, legal, records, communications, roadmap, platforms, index ...', list)
    .option('--templates <dir>', 'your own templates: files named as in templates/ (and templates/partials/) replace the built-in ones')
    .option('--as-of <date>', 'judge every date as of this day, YYYY-MM-DD (default: today)')
    .option('--checklist <file>', "add an organisation's own checklist (repeatable)", collect)
    .option('--config <file>', 'socialplan.config.yaml to use (default: found from the current folder up to the git root)')
    .addOption(new Option('--format <name>', 'markdown briefings, self-contained HTML pages, or a PDF board pack').choices(['markdown', 'html', 'pdf']).default('markdown'))
    .option('--single', 'with --format html: one board pack with a table of contents instead of a page per briefing')
    .addOption(new Option('--paper <size>', 'with --format pdf: the paper size (default: a4)').choices(['a4', 'letter']))
    .option('--actuals <file>', 'with --format html or pdf: observed KPI values (as measure reads them) for the KPI progress chart')
    .option('-f, --force', 'replace files in the output folder that socialplan did not write')
    .addHelpText('after', '\nExamples:\n  $ socialplan render examples/portfolio.yaml --out briefings/\n  $ socialplan render strategy.yaml --only board,executive --as-of 2027-01-31\n  $ socialplan render strategy.yaml --templates my-templates/\n  $ socialplan render strategy.yaml --format html --single --out board/\n  $ socialplan render strategy.yaml --format pdf --actuals actuals.csv --out board/')
    .action(async (file: string, opts: { out: string; only?: string[]; templates?: string; asOf?: string; checklist?: string[]; config?: string; force?: boolean; format: 'markdown' | 'html' | 'pdf'; single?: boolean; paper?: 'a4' | 'letter'; actuals?: string }) => {
      const { render } = await import('../commands/render.js');
      onResult(
        await render({
          file,
          out: opts.out,
          format: opts.format,
          ...(opts.single ? { single: true } : {}),
          ...(opts.paper !== undefined ? { paper: opts.paper } : {}),
          ...(opts.actuals !== undefined ? { actuals: opts.actuals } : {}),
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
