import type { Command } from 'commander';
import type { CommandContext } from './context.js';

export function schemaCommand(program: Command, { onResult }: CommandContext): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft-07) of the strategy format, for editors and other tools')
    .option('-o, --out <file>', 'write it to a file (atomically) instead of printing it')
    .addHelpText('after', '\nIn a strategy file:\n  # yaml-language-server: $schema=./strategy.schema.json')
    .action(async (opts: { out?: string }) => {
      const { schema } = await import('../commands/schema.js');
      onResult(await schema(opts));
    });
}
