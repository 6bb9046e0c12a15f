import { Command } from 'commander';

export { CommanderError } from 'commander';
import type { CommandResult } from './result.js';
import { useColour } from './colour.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';
import { docsPath } from '../package-root.js';
import { initCommand } from './options/init.js';
import { addCommand } from './options/add.js';
import { checkCommand } from './options/check.js';
import { checklistsCommand } from './options/checklists.js';
import { explainCommand } from './options/explain.js';
import { roiCommand } from './options/roi.js';
import { renderCommand } from './options/render.js';
import { measureCommand } from './options/measure.js';
import { bumpCommand } from './options/bump.js';
import { diffCommand } from './options/diff.js';
import { signoffCommand } from './options/signoff.js';
import { migrateCommand } from './options/migrate.js';
import { schemaCommand } from './options/schema.js';
import { completionCommand } from './options/completion.js';
import type { CommandContext } from './options/context.js';

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
  const context: CommandContext = { io, onResult, colour: () => useColour(io, colourFlag()) };

  initCommand(program, context);
  addCommand(program, context);
  checkCommand(program, context);
  checklistsCommand(program, context);
  explainCommand(program, context);
  roiCommand(program, context);
  renderCommand(program, context);
  measureCommand(program, context);
  bumpCommand(program, context);
  diffCommand(program, context);
  signoffCommand(program, context);
  migrateCommand(program, context);
  schemaCommand(program, context);
  completionCommand(program, context);

  return program;
}
