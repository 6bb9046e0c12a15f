import type { Command } from 'commander';
import type { CommandContext } from './context.js';

export function migrateCommand(program: Command, { io, onResult }: CommandContext): void {
  program
    .command('migrate')
    .description("move a strategy written for an older file format to this socialplan's format, keeping comments")
    .argument('<file>', 'the strategy file')
    .option('--dry-run', 'print the migrated file instead of writing it')
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      const { migrate } = await import('../commands/migrate.js');
      onResult(await migrate({ file, dryRun: opts.dryRun === true, cwd: io.cwd }));
    });
}
