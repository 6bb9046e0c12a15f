import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../errors.js';

/**
 * Write a whole file or nothing: a temporary file in the same folder, then a rename, so an
 * interrupted run never leaves a half-written strategy, schema or briefing behind.
 */
export async function writeAtomic(file: string, content: string, options: { durable?: boolean } = {}): Promise<void> {
  try {
    // durable (the default): flushed to disk before the rename, so even a power cut leaves the old
    // file or the new one. Files that are regenerated from the strategy (briefings) can skip it.
    await writeFileAtomic(file, content, { encoding: 'utf8', fsync: options.durable ?? true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot be written (${code ?? (error as Error).message})`);
  }
}
