import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, rmdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { leavesBoundary } from '../fs/boundary.js';
import { entryAt } from '../fs/entry.js';
import { describeWriteError, errnoCode } from '../fs/errno.js';
import { refuseInputAsOutput, type CommandInput } from '../fs/inputs.js';
import { writeAllAtomic } from '../fs/write-atomic.js';
import { visible } from '../text/visible.js';
import { GENERATED } from './render.js';

/** A file render writes: a briefing's text, or the bytes of the PDF board pack. */
export interface OutputFile {
  file: string;
  content: string | Uint8Array;
}

export interface OutputFolderOptions {
  /** The folder as the user typed it, for messages and the list of files written. */
  shown: string;
  /** --force: replace files (and links) that socialplan did not write. */
  force: boolean;
  /** The files this render read: none of them may be replaced by a briefing. */
  inputs: readonly CommandInput[];
}

/** What the PDF board pack says of itself (its Creator): a PDF must start with its header, so the mark is inside. */
export const PDF_MARK = '(socialplan render)';
const PDF_LIMIT = 64 * 1024 * 1024;

/**
 * Whether a regular file is one render wrote: a briefing starts with the generated line; the PDF board pack
 * is a PDF (of a board pack's size) whose document information names socialplan render as its creator.
 * A link is not followed.
 */
function writtenByRender(file: string, shown: string): boolean {
  try {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      if (file.endsWith('.pdf')) {
        const { size } = fstatSync(fd);
        if (size > PDF_LIMIT) return false;
        const bytes = Buffer.alloc(size);
        const text = bytes.subarray(0, readSync(fd, bytes, 0, size, 0)).toString('latin1');
        return text.startsWith('%PDF-') && text.includes(PDF_MARK);
      }
      const head = Buffer.alloc(Buffer.byteLength(GENERATED));
      return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8') === GENERATED;
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new InputError(`${visible(shown)}: cannot be read (${errnoCode(error) ?? (error as Error).message}); nothing was written`);
  }
}

/**
 * The briefings that would replace something render did not write, or that cannot be replaced at all.
 * A symbolic link counts as not written by render: without --force it is left alone, with --force the
 * link itself is replaced, and never the file it points to, which may be anywhere.
 */
function refusals(dir: string, files: readonly OutputFile[], options: OutputFolderOptions): string[] {
  const foreign: string[] = [];
  for (const f of files) {
    const target = join(dir, f.file);
    const shown = join(options.shown, f.file);
    const entry = entryAt(target);
    if (!entry) continue;
    refuseInputAsOutput(target, shown, options.inputs, { follow: false });
    if (entry.isSymbolicLink()) {
      if (!options.force) foreign.push(`${f.file} (a symbolic link)`);
    } else if (!entry.isFile()) {
      throw new InputError(`${visible(shown)}: exists and is not a file; nothing was written`);
    } else if (!options.force && !writtenByRender(target, shown)) {
      foreign.push(f.file);
    }
  }
  return foreign;
}

/** Create the folder and any missing parents; the topmost folder created, so a failed render can take them away again. */
function createFolder(dir: string, shown: string): string | undefined {
  try {
    return mkdirSync(dir, { recursive: true });
  } catch (error) {
    // A recursive mkdir reports ENOENT on a read-only file system; the parent's own mkdir tells the truth.
    let cause = error;
    if (errnoCode(error) === 'ENOENT') {
      try {
        mkdirSync(dir);
      } catch (plain) {
        cause = plain;
      }
    }
    throw new InputError(`${visible(shown)}: cannot create the folder: ${describeWriteError(cause)}`);
  }
}

/** Remove the folders this render created, deepest first, if they are still empty. */
function removeCreated(dir: string, created: string): void {
  for (let folder = dir; ; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === created || relative(created, folder).startsWith('..')) return;
  }
}

/**
 * Write the briefings into the output folder, all or none: nothing is replaced that render did not
 * write (unless --force) or that the render read, nothing is written through a link, and a failure
 * part-way (a full disk, a signal) leaves the folder byte for byte as it was, or absent if it was.
 */
export async function writeBriefings(dir: string, files: readonly OutputFile[], options: OutputFolderOptions): Promise<void> {
  // A folder committed as a link out of the repository (briefings -> ~/.ssh) is not where briefings go.
  const outside = leavesBoundary(join(dir, 'index.md'), { parentOnly: true });
  if (outside) throw new InputError(`${visible(options.shown)}: it ${outside}; nothing was written`);
  const info = entryAt(dir, { follow: true });
  if (info && !info.isDirectory()) throw new InputError(`${visible(options.shown)}: exists and is not a folder`);
  const foreign = refusals(dir, files, options);
  if (foreign.length) {
    throw new InputError(
      `${visible(options.shown)}: ${visible(foreign.join(', '))} ${foreign.length === 1 ? 'was' : 'were'} not written by socialplan render; nothing was written (--force replaces them)`,
    );
  }
  const created = info ? undefined : createFolder(dir, options.shown);
  try {
    // Not flushed to disk one by one: `render` makes them again.
    await writeAllAtomic(dir, files, { durable: false, shownDir: options.shown });
  } catch (error) {
    if (created) removeCreated(dir, created);
    throw error;
  }
}
