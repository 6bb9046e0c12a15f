import { resolve } from 'node:path';
import { describeDiagnostics } from '../../checks/ruleset/prepare.js';
import { EXIT, InputError } from '../../errors.js';
import { updateFile } from '../../fs/update-file.js';
import { parseStrategy } from '../../model/parse.js';
import { decodeText, parseSource, readBytes } from '../../model/yaml/source.js';
import { MIGRATIONS, MigrationError, migrateText, type Migration } from '../../versions/migrations.js';
import type { CommandResult } from '../result.js';
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
  const shown = visible(options.file);
  const plan = async () => {
    const read = readBytes(path);
    const decoded = 'diagnostic' in read ? read : decodeText(options.file, read.bytes);
    if ('diagnostic' in decoded) throw new InputError(`${shown}: ${decoded.diagnostic.message}`);
    const { text } = decoded;
    // Read by the same rules as every other command first, so a file they refuse is refused here alike, located.
    const parsed = parseSource(options.file, text);
    if (!parsed.source) throw new InputError(describeDiagnostics(parsed.diagnostics));
    let result;
    try {
      result = migrateText(text, options.migrations ?? MIGRATIONS);
    } catch (error) {
      if (error instanceof MigrationError) throw new InputError(`${shown}: ${visible(error.message)}`);
      throw error;
    }
    if (result.applied.length === 0) return { text: undefined, result };
    const check = parseStrategy(options.file, result.text);
    if (!check.loaded) throw new InputError(`${shown}: migrated to ${result.to}, but the result is not a valid strategy; nothing was written:\n${describeDiagnostics(check.diagnostics)}`);
    return { text: result.text, result };
  };
  // Read, migrated and written under the strategy's lock, as every command that rewrites it.
  const result = options.dryRun ? (await plan()).result : await updateFile(path, { command: 'migrate', shown: options.file, followLink: true }, plan);
  if (result.applied.length === 0) return { stdout: `${shown} is already ${result.to}; nothing to do.\n`, exitCode: EXIT.ok };
  if (options.dryRun) return { stdout: result.text, exitCode: EXIT.ok };
  const steps = result.applied.map((m) => `  ${m.from} -> ${m.to}: ${m.summary}`).join('\n');
  return { stdout: `${shown}: ${result.from} -> ${result.to}\n${steps}\n`, exitCode: EXIT.ok };
}
