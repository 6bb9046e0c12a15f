import { chmodSync, chownSync, closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, Interrupted } from '../errors.js';
import { leavesBoundary } from './boundary.js';
import { entryAt } from './entry.js';
import { describeWriteError } from './errno.js';
import { visible } from '../text/visible.js';

let writes = 0;

/** Temporary files written and not yet renamed into place or removed: what a signal must clean up. */
const pending = new Set<string>();
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
  for (const file of [...pending]) removeTemporary(file);
}

/** Remove one temporary file, whether or not it was ever created. */
function removeTemporary(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Never created, gone already, or the folder went read-only: nothing more to do.
  }
  pending.delete(file);
}

/** For a signal that ends the run: put nothing more in place, and remove every temporary file. */
export function stopWriting(): void {
  stopping = true;
  removeTemporaries();
}

/**
 * Let a signal that arrived while files were being written be heard before any is put in place. The
 * files are written synchronously (a round trip to the thread pool per call costs more than the write
 * itself), so a signal waits for them; two turns of the event loop pass through its poll phase, where
 * Node hears signals, whatever phase this runs in. The signal's handler then removes the temporary
 * files and ends the run, and nothing is renamed.
 */
function signalsHeard(): Promise<void> {
  return new Promise((resume) => setImmediate(() => setImmediate(resume)));
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
  discard(): void;
}

function cannotWrite(shown: string, error: unknown): InputError {
  return new InputError(`${visible(shown)}: cannot be written: ${describeWriteError(error)}`);
}

/**
 * Write `content` to a temporary file beside `target`. A file being replaced keeps its mode, and its
 * owner when run as root; the temporary file is removed if anything fails.
 */
function prepare(target: string, content: string | Uint8Array, shown: string, durable: boolean): Replacement {
  // The file's own link is replaced (or was followed on purpose); the folders on the way must not lead out.
  const outside = leavesBoundary(target, { parentOnly: true });
  if (outside) throw new InputError(`${visible(shown)}: cannot be written: it ${outside}`);
  const temporary = temporaryFor(target);
  let fd: number | undefined;
  // Registered before it exists, so that whatever happens next removes it.
  pending.add(temporary);
  try {
    const existing = entryAt(target);
    // A folder where the file goes would fail its rename, perhaps after other files were renamed: refused first.
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const keep = existing?.isFile() ? existing : undefined;
    // 'wx': never opens a file that is already there.
    fd = openSync(temporary, 'wx', keep ? keep.mode & 0o7777 : 0o666);
    writeFileSync(fd, content, 'utf8');
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (keep) {
      // open()'s mode passes through the umask; the file being replaced keeps its own.
      chmodSync(temporary, keep.mode & 0o7777);
      // Best effort, as write-file-atomic does: some file systems refuse even root.
      if (process.getuid?.() === 0) {
        try {
          chownSync(temporary, keep.uid, keep.gid);
        } catch {
          // Kept as the run's own.
        }
      }
    }
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closed already.
      }
    }
    removeTemporary(temporary);
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
        removeTemporary(temporary);
        throw cannotWrite(shown, error);
      } finally {
        pending.delete(temporary);
      }
    },
    discard() {
      removeTemporary(temporary);
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
  const replacement = prepare(target, content, options.shown ?? file, options.durable ?? true);
  await signalsHeard();
  return replacement;
}

/**
 * Write a whole file or nothing: a temporary file in the same folder, then a rename, so an
 * interrupted run never leaves a half-written strategy, schema or report behind.
 */
export async function writeAtomic(file: string, content: string, options: WriteOptions = {}): Promise<void> {
  (await prepareReplacement(file, content, options)).commit();
}

/**
 * Several files in one folder, all or none. Every file is written to its temporary name first; a
 * signal heard then removes them all, and only then are they renamed into place, one after another
 * with nothing in between, so a full disk, a failure or an interrupt leaves the folder as it was.
 * A symbolic link among the targets is replaced itself, never written through: nothing lands
 * outside the folder.
 */
export async function writeAllAtomic(
  dir: string,
  files: readonly { file: string; content: string | Uint8Array }[],
  options: WriteOptions & { shownDir?: string } = {},
): Promise<void> {
  const shownDir = options.shownDir ?? dir;
  const ready: Replacement[] = [];
  try {
    for (const f of files) ready.push(prepare(join(dir, f.file), f.content, join(shownDir, f.file), options.durable ?? true));
  } catch (error) {
    for (const replacement of ready) replacement.discard();
    throw error;
  }
  await signalsHeard();
  ready.forEach((replacement, i) => {
    try {
      replacement.commit();
    } catch (error) {
      // Renames in one folder fail only when something changed it meanwhile; the rest are not put in place.
      for (const rest of ready.slice(i + 1)) rest.discard();
      throw error;
    }
  });
}
