import { Command, Option } from 'commander';
import { FORMATS, type FormatName } from '../checks/formatters/index.js';
import type { CommandResult } from './commands/check.js';
import { useColour } from './colour.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

const EXAMPLES = `
Examples:
  $ socialplan check strategy.yaml                 check a strategy; exit 0 when it is valid
  $ socialplan check examples/*.yaml --format json  results for other tools
  $ socialplan schema --out strategy.schema.json   the JSON Schema editors read

Exit codes: 0 valid, 2 a file is unreadable, not YAML or not a valid strategy, or the command line is wrong.
Docs: docs/commands.md and docs/rules.md in the socialplan repository.`;

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
      outputError: (s, write) => write(s.replace(/^error: /, 'socialplan: ')),
    })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  const colourFlag = (): boolean | undefined =>
    program.getOptionValueSource('color') === 'cli' ? (program.opts().color as boolean) : undefined;

  program
    .command('check')
    .description('check that strategy files are well-formed: YAML, schema and references')
    .argument('<file...>', 'strategy files')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('text'))
    .addHelpText('after', '\nExample:\n  $ socialplan check examples/manufacturer-collaboration.yaml')
    .action(async (files: string[], opts: { format: FormatName }) => {
      const { check } = await import('./commands/check.js');
      onResult(await check({ files, format: opts.format, colour: useColour(io, colourFlag()) }));
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

  return program;
}
