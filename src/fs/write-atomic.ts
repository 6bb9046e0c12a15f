import { chmod, chown, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

let writes = 0;

/** A temporary file beside `file`: hidden, and unique to this process and this write. */
function temporaryFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${++writes}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/**
 * Write a whole file or nothing: a temporary file in the same folder, then a rename, so an
 * interrupted run never leaves a half-written strategy, schema or briefing behind.
 *
 * As write-file-atomic does, which this replaces (it loaded node:crypto and worker_threads, about
 * 20 ms of every render, to name its temporary file): a symbolic link is written through, not
 * replaced; a file being replaced keeps its mode, and its owner when run as root; and the temporary
 * file is removed when anything fails.
 */
export async function writeAtomic(file: string, content: string, options: { durable?: boolean } = {}): Promise<void> {
  const target = await realpath(file).catch(() => file);
  const temporary = temporaryFor(target);
  let handle: FileHandle | undefined;
  try {
    const existing = await stat(target).catch(() => undefined);
    // 'wx': never opens a file that is already there.
    handle = await open(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    await handle.writeFile(content, 'utf8');
    // durable (the default): flushed to disk before the rename, so even a power cut leaves the old
    // file or the new one. Files that are regenerated from the strategy (briefings) can skip it.
    if (options.durable ?? true) await handle.sync();
    await handle.close();
    handle = undefined;
    if (existing) {
      // open()'s mode passes through the umask; the file being replaced keeps its own.
      await chmod(temporary, existing.mode & 0o7777);
      // Best effort, as write-file-atomic: some file systems refuse even root.
      if (process.getuid?.() === 0) await chown(temporary, existing.uid, existing.gid).catch(() => undefined);
    }
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot be written (${code ?? (error as Error).message})`);
  }
}
