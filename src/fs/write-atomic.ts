import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../errors.js';

/**
 * Write a whole file or nothing: a temporary file in the same folder, then a rename, so an
 * interrupted run never leaves a half-written strategy, schema or briefing behind.
 */
export async function writeAtomic(file: string, content: string): Promise<void> {
  try {
    await writeFileAtomic(file, content, { encoding: 'utf8' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot be written (${code ?? (error as Error).message})`);
  }
}
