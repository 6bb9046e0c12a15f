import { Argument, Command, Option } from 'commander';

export { CommanderError } from 'commander';
import { FORMATS, type FormatName } from '../output/formatters/names.js';
import type { CommandResult } from './result.js';
import type { Severity } from '../model/diagnostic.js';
import { useColour } from './colour.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';
import { docsPath } from '../package-root.js';

const EXAMPLES = `
Examples:
  $ socialplan init                                     draft a strategy by answering a questionnaire
  $ socialplan check strategy.yaml                      check a strategy against the stakeholder checklists
  $ socialplan check strategy.yaml --stakeholder privacy only what Privacy will ask
  $ socialplan check strategy.yaml --format sarif -o socialplan.sarif
                                                        results for GitHub code scanning
  $ socialplan explain privacy/lawful-basis             why a rule exists, its citation and its fix
  $ socialplan roi strategy.yaml                        NPV, ROI and payback, and if benefits come in lower
  $ socialplan render strategy.yaml --out briefings/    Markdown briefings for the board and each stakeholder
  $ socialplan bump minor strategy.yaml -m "..."        raise the version and record what changed
  $ socialplan diff strategy.yaml --git main            what changed, and whose sign-off it touches
  $ socialplan signoff privacy strategy.yaml --by NAME  record a stakeholder's approval of what they read
  $ socialplan schema --out strategy.schema.json        the JSON Schema editors read

Exit codes: 0 clean, 1 findings at or above --fail-severity, 2 unreadable or invalid input, or a wrong command line.
Docs: docs/commands.md and docs/rules.md, installed with socialplan in ${docsPath('')}`;

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * The command line, and nothing else: each command's module is imported only when it runs, so
 * `--version` and `--help` pay for commander alone. Actions hand their result to `onResult`.
 */
export function buildProgram(io: CliIo, onResult: (result: CommandResult) => void): Command {
  const program = new Command('socialplan')
    .description('Enterprise social media strategy as code: check it in CI, brief every stakeholder.')
    .version(packageVersion(), '-v, --version', 'print the version')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's message is one line, and at most a "(Did you mean ...?)" line: any other line
      // break came from an argument it quotes, and must not start a line of its own.
      outputError: (s, write) => write(s.replace(/^error: /, 'socialplan: ').replace(/\n(?!\(Did you mean |$)/g, '\\n')),
    })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  const colourFlag = (): boolean | undefined =>
    program.getOptionValueSource('color') === 'cli' ? (program.opts().color as boolean) : undefined;

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
      const { init } = await import('./commands/init.js');
      onResult(
        await init({
          out: opts.out,
          yes: opts.yes === true,
          ...(opts.answers !== undefined ? { answers: opts.answers } : {}),
          force: opts.force === true,
          input: opts.input,
          colour: useColour(io, colourFlag()),
          io,
        }),
      );
    });

  const add = program.command('add').description('add to an existing strategy, keeping its comments and formatting');
  add
    .command('initiative')
    .description('ask the initiative questions and append one initiative to FILE')
    .argument('<file>', 'the strategy file')
    .option('-y, --yes', 'answer every question with its default')
    .option('-a, --answers <file>', 'take the answers from a YAML file (the first entry of its initiatives)')
    .option('--no-input', 'never prompt')
    .action(async (file: string, opts: { yes?: boolean; answers?: string; input: boolean }) => {
      const { addInitiative } = await import('./commands/add.js');
      onResult(
        await addInitiative({
          file,
          yes: opts.yes === true,
          ...(opts.answers !== undefined ? { answers: opts.answers } : {}),
          input: opts.input,
          colour: useColour(io, colourFlag()),
          io,
        }),
      );
    });

  program
    .command('check')
    .description('check strategy files: well-formed, and complete for each stakeholder')
    .argument('<file...>', 'strategy files')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the results to a file (atomically) instead of stdout')
    .addOption(new Option('--fail-severity <level>', 'lowest severity that fails the check (default: error)').choices(['error', 'warning', 'info']))
    .option('--as-of <date>', 'judge every date as of this day, YYYY-MM-DD (default: today)')
    .option('-s, --stakeholder <names>', 'only these stakeholders\' checklists, comma-separated (security and hr are enabled by naming them)', list)
    .option('-c, --checklist <file>', 'an organisation\'s own checklist (repeatable)', collect)
    .option('--config <file>', 'the config file (default: SOCIALPLAN_CONFIG, or socialplan.config.yaml up to the git root)')
    .addHelpText('after', '\nExamples:\n  $ socialplan check examples/portfolio.yaml\n  $ socialplan check strategy.yaml --format github --as-of 2027-01-31')
    .action(async (files: string[], opts: { format: FormatName; output?: string; failSeverity?: Severity; asOf?: string; stakeholder?: string[]; checklist?: string[]; config?: string }) => {
      const { check } = await import('./commands/check.js');
      onResult(
        await check({
          files,
          format: opts.format,
          ...(opts.output !== undefined ? { output: opts.output } : {}),
          ...(opts.failSeverity ? { failSeverity: opts.failSeverity } : {}),
          ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
          ...(opts.stakeholder ? { stakeholders: opts.stakeholder } : {}),
          ...(opts.checklist ? { checklists: opts.checklist } : {}),
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          colour: useColour(io, colourFlag()),
          cwd: io.cwd,
          env: io.env,
        }),
      );
    });

  program
    .command('checklists')
    .description('list the stakeholders, whether each checklist runs, and their rules')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --checklist <file>', 'include an organisation\'s own checklist (repeatable)', collect)
    .option('--config <file>', 'the config file')
    .option('--sources', 'list every rule\'s sources instead: citation, address and the date each was last verified')
    .action(async (opts: { format: 'text' | 'json'; checklist?: string[]; config?: string; sources?: boolean }) => {
      const { checklists } = await import('./commands/checklists.js');
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

  program
    .command('explain')
    .description("print a rule's rationale, citation and fix")
    .argument('<rule>', 'a rule id such as privacy/lawful-basis')
    .option('-c, --checklist <file>', 'include an organisation\'s own checklist (repeatable)', collect)
    .option('--config <file>', 'the config file')
    .action(async (rule: string, opts: { checklist?: string[]; config?: string }) => {
      const { explain } = await import('./commands/explain.js');
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

  program
    .command('roi')
    .description('compute NPV, ROI and payback per initiative and in total, with a sensitivity view')
    .argument('<file>', 'the strategy file')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('-i, --initiative <id>', 'only this initiative')
    .option('--sensitivity <steps>', 'benefits lower by these percentages, comma-separated (default: 25,50)')
    .addHelpText('after', '\nExamples:\n  $ socialplan roi examples/portfolio.yaml\n  $ socialplan roi strategy.yaml --format json --sensitivity 10,20,30')
    .action(async (file: string, opts: { format: 'table' | 'json' | 'markdown'; initiative?: string; sensitivity?: string }) => {
      const { roi, parseSensitivity } = await import('./commands/roi.js');
      onResult(
        await roi({
          file,
          format: opts.format,
          ...(opts.initiative !== undefined ? { initiative: opts.initiative } : {}),
          ...(opts.sensitivity !== undefined ? { sensitivity: parseSensitivity(opts.sensitivity) } : {}),
        }),
      );
    });

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
      const { render } = await import('./commands/render.js');
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

  program
    .command('measure')
    .description('score each KPI against observed values: progress, trend, on-track / at-risk / off-track, stale')
    .argument('<file>', 'the strategy file')
    .requiredOption('--actuals <file>', 'observed values: CSV (initiative,kpi,date,value) or YAML (kind: Actuals)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('--as-of <date>', 'score as of this day, YYYY-MM-DD (default: today)')
    .addHelpText('after', '\nExample:\n  $ socialplan measure examples/portfolio.yaml --actuals examples/actuals/portfolio.csv --as-of 2026-11-25')
    .action(async (file: string, opts: { actuals: string; format: 'table' | 'json' | 'markdown'; asOf?: string }) => {
      const { measure } = await import('./commands/measure.js');
      onResult(await measure({ file, actuals: opts.actuals, format: opts.format, ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}) }));
    });

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
      const { bump } = await import('./commands/bump.js');
      onResult(await bump({ part, file, message: opts.message, ...(opts.author !== undefined ? { author: opts.author } : {}), ...(opts.date !== undefined ? { date: opts.date } : {}), cwd: io.cwd }));
    });

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
      const { diff } = await import('./commands/diff.js');
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
      const { signoff } = await import('./commands/signoff.js');
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

  program
    .command('migrate')
    .description("move a strategy written for an older file format to this socialplan's format, keeping comments")
    .argument('<file>', 'the strategy file')
    .option('--dry-run', 'print the migrated file instead of writing it')
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      const { migrate } = await import('./commands/migrate.js');
      onResult(await migrate({ file, dryRun: opts.dryRun === true, cwd: io.cwd }));
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft-07) of the strategy format, for editors and other tools')
    .option('-o, --out <file>', 'write it to a file (atomically) instead of printing it')
    .addHelpText('after', '\nIn a strategy file:\n  # yaml-language-server: $schema=./strategy.schema.json')
    .action(async (opts: { out?: string }) => {
      const { schema } = await import('./commands/schema.js');
      onResult(await schema(opts));
    });

  program
    .command('completion')
    .description('print shell completion for bash, zsh or fish, made from the commands and options themselves')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', '\nExamples:\n  $ source <(socialplan completion bash)      # in ~/.bashrc\n  $ source <(socialplan completion zsh)       # in ~/.zshrc\n  $ socialplan completion fish > ~/.config/fish/completions/socialplan.fish')
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('./completion.js');
      onResult({ stdout: completionScript(program, shell), exitCode: 0 });
    });

  return program;
}
