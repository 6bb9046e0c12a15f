import { writeAtomic } from '../../fs/write-atomic.js';
import { strategyJsonSchema } from '../../model/json-schema.js';
import { EXIT } from '../../errors.js';
import type { CommandResult } from '../result.js';

export interface SchemaOptions {
  out?: string;
}

export async function schema(options: SchemaOptions): Promise<CommandResult> {
  const text = `${JSON.stringify(strategyJsonSchema(), null, 2)}\n`;
  if (options.out === undefined) return { stdout: text, exitCode: EXIT.ok };
  await writeAtomic(options.out, text);
  return { stdout: '', exitCode: EXIT.ok };
}
