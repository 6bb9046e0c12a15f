import { renameSync, unlinkSync } from 'node:fs';
import { chmod, chown, lstat, open, realpath, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, Interrupted } from '../errors.js';
import { leavesBoundary } from './boundary.js';
import { describeWriteError } from './errno.js';
import { visible } from '../text/visible.js';

let writes = 0;

/** Temporary files written and not yet renamed into place or removed: what a signal must clean up. */
const pending = new Set<string>();
/** Temporary files being created: an open() the thread pool may finish just after a signal. */
const opening = new Set<Promise<unknown>>();
/** Set by a signal: nothing more is put in place. */
let stopping = false;

/** A temporary file beside `file`: hidden, and unique to this process and this write. */
function temporaryFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${++writes}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/**
 * Remove every temporary file this process has written and not yet renamed into place: the run
 * ends right after, and the folder must hold what it held before.
 */
export function removeTemporaries(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone, or the folder went read-only: nothing more to do.
    }
  }
  pending.clear();
}

/**
 * For a signal that ends the run: put nothing more in place, let the temporary files being created
 * appear (an open() already in the thread pool finishes even after its file was removed, so it is
 * waited for, briefly), then remove every temporary file.
 */
export async function stopWriting(waitMs = 100): Promise<void> {
  stopping = true;
  await Promise.race([Promise.allSettled([...opening]), new Promise((resume) => setTimeout(resume, waitMs))]);
  removeTemporaries();
}

export interface WriteOptions {
  /**
   * Flushed to disk before the rename (the default), so even a power cut leaves the old file or the
   * new one. Files regenerated from the strategy (briefings) can skip it.
   */
  durable?: boolean;
  /** How the file is named in an error: as the user typed it. */
  shown?: string;
  /**
   * Write through a symbolic link to the file it points to. Off by default: an output path that is a
   * link committed in a pull request (report.sarif -> ~/.bashrc) must not make a CI run write there,
   * so the link itself is replaced. On for a strategy edited in place, which is read through the same
   * link and must be a valid strategy before anything is written.
   */
  followLink?: boolean;
}

/** A new version of a file, written beside it and not yet in place. */
export interface Replacement {
  /** The file that will be replaced (a link's target when written through a link). */
  target: string;
  /** Put it in place: a rename, synchronous, so nothing else runs between several commits. */
  commit(): void;
  /** Remove the temporary file instead. */
  discard(): Promise<void>;
}

function cannotWrite(shown: string, error: unknown): InputError {
  return new InputError(`${visible(shown)}: cannot be written: ${describeWriteError(error)}`);
}

/**
 * Write `content` to a temporary file beside `target`. A file being replaced keeps its mode, and its
 * owner when run as root; the temporary file is removed if anything fails.
 */
async function prepare(target: string, content: string | Uint8Array, shown: string, durable: boolean): Promise<Replacement> {
  // The file's own link is replaced (or was followed on purpose); the folders on the way must not lead out.
  const outside = leavesBoundary(target, { parentOnly: true });
  if (outside) throw new InputError(`${visible(shown)}: cannot be written: it ${outside}`);
  const temporary = temporaryFor(target);
  let handle: FileHandle | undefined;
  // Registered before it exists, so a signal during open() still removes it.
  pending.add(temporary);
  try {
    const existing = await lstat(target).catch(() => undefined);
    const keep = existing?.isFile() ? existing : undefined;
    // 'wx': never opens a file that is already there.
    const opened = open(temporary, 'wx', keep ? keep.mode & 0o7777 : 0o666);
    opening.add(opened);
    try {
      handle = await opened;
    } finally {
      opening.delete(opened);
    }
    await handle.writeFile(content, 'utf8');
    if (durable) await handle.sync();
    await handle.close();
    handle = undefined;
    if (keep) {
      // open()'s mode passes through the umask; the file being replaced keeps its own.
      await chmod(temporary, keep.mode & 0o7777);
      // Best effort, as write-file-atomic does: some file systems refuse even root.
      if (process.getuid?.() === 0) await chown(temporary, keep.uid, keep.gid).catch(() => undefined);
    }
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    pending.delete(temporary);
    throw cannotWrite(shown, error);
  }
  return {
    target,
    commit() {
      try {
        if (stopping) throw new Interrupted();
        renameSync(temporary, target);
      } catch (error) {
        if (error instanceof Interrupted) throw error;
        try {
          unlinkSync(temporary);
        } catch {
          // Gone already.
        }
        throw cannotWrite(shown, error);
      } finally {
        pending.delete(temporary);
      }
    },
    async discard() {
      await unlink(temporary).catch(() => undefined);
      pending.delete(temporary);
    },
  };
}

/**
 * A new version of `file`, ready to be put in place: the caller may look at the file once more
 * before committing (src/fs/update-file.ts does, to refuse a change made meanwhile). A symbolic
 * link is replaced itself unless `followLink` says to write where it points.
 */
export async function prepareReplacement(file: string, content: string, options: WriteOptions = {}): Promise<Replacement> {
  const target = options.followLink ? await realpath(file).catch(() => file) : file;
  return prepare(target, content, options.shown ?? file, options.durable ?? true);
}

/**
 * Write a whole file or nothing: a temporary file in the same folder, then a rename, so an
 * interrupted run never leaves a half-written strategy, schema or report behind.
 */
export async function writeAtomic(file: string, content: string, options: WriteOptions = {}): Promise<void> {
  (await prepareReplacement(file, content, options)).commit();
}

/**
 * Several files in one folder, all or none. Every file is written to its temporary name first; only
 * when all are written are they renamed into place, one after another with nothing in between (a
 * signal waits for the last), so a full disk, a failure or an interrupt leaves the folder as it was.
 * A symbolic link among the targets is replaced itself, never written through: nothing lands
 * outside the folder.
 */
export async function writeAllAtomic(
  dir: string,
  files: readonly { file: string; content: string | Uint8Array }[],
  options: WriteOptions & { shownDir?: string } = {},
): Promise<void> {
  const shownDir = options.shownDir ?? dir;
  const written = await Promise.allSettled(
    files.map((f) => prepare(join(dir, f.file), f.content, join(shownDir, f.file), options.durable ?? true)),
  );
  const failed = written.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(written.map((r) => (r.status === 'fulfilled' ? r.value.discard() : undefined)));
    throw failed.reason;
  }
  const ready = written.map((r) => (r as PromiseFulfilledResult<Replacement>).value);
  // A folder where a file goes would fail its rename after others were renamed: refused before any is.
  for (const [i, replacement] of ready.entries()) {
    if ((await lstat(replacement.target).catch(() => undefined))?.isDirectory()) {
      await Promise.all(ready.map((r) => r.discard()));
      throw cannotWrite(join(shownDir, files[i]!.file), Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
    }
  }
  ready.forEach((replacement, i) => {
    try {
      replacement.commit();
    } catch (error) {
      // Renames in one folder fail only when something changed it meanwhile; the rest are not put in place.
      for (const rest of ready.slice(i + 1)) void rest.discard();
      throw error;
    }
  });
}

