import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeDiagnostics } from '../../checks/prepare.js';
import { EXIT, InputError } from '../../errors.js';
import { writeAtomic } from '../../fs/write-atomic.js';
import { parseStrategy } from '../../model/parse.js';
import { MIGRATIONS, MigrationError, migrateText, type Migration } from '../../versions/migrations.js';
import type { CommandResult } from './check.js';
import { visible } from '../../text/visible.js';

export interface MigrateOptions {
  file: string;
  dryRun: boolean;
  cwd: string;
  /** The known migrations: the built-in ones unless a test passes its own. */
  migrations?: readonly Migration[];
}

/**
 * `socialplan migrate FILE`: move a strategy written for an older format to this socialplan's, step
 * by step, keeping comments. The result must be a valid strategy, or nothing is written.
 */
export async function migrate(options: MigrateOptions): Promise<CommandResult> {
  const path = resolve(options.cwd, options.file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${visible(options.file)}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}`);
  }
  let result;
  try {
    result = migrateText(text, options.migrations ?? MIGRATIONS);
  } catch (error) {
    if (error instanceof MigrationError) throw new InputError(`${visible(options.file)}: ${visible(error.message)}`);
    throw error;
  }
  if (result.applied.length === 0) return { stdout: `${visible(options.file)} is already ${visible(result.to)}; nothing to do.\n`, exitCode: EXIT.ok };
  const check = parseStrategy(options.file, result.text);
  if (!check.loaded) throw new InputError(`${visible(options.file)}: migrated to ${visible(result.to)}, but the result is not a valid strategy; nothing was written:\n${describeDiagnostics(check.diagnostics)}`);
  const steps = result.applied.map((m) => `  ${m.from} -> ${m.to}: ${m.summary}`).join('\n');
  if (options.dryRun) return { stdout: result.text, exitCode: EXIT.ok };
  await writeAtomic(path, result.text);
  return { stdout: `${visible(options.file)}: ${visible(result.from)} -> ${visible(result.to)}\n${steps}\n`, exitCode: EXIT.ok };
}
