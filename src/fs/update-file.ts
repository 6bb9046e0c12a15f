import { lstat, readlink, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { describeWriteError, errnoCode } from './errno.js';
import { readRegularFile, UnreadableFileError } from './read-file.js';
import { prepareReplacement } from './write-atomic.js';
import { visible } from '../text/visible.js';

/** What a file held at one moment: its bytes, or where it linked to, or neither when there was no file. */
export interface Snapshot {
  bytes: Buffer | undefined;
  link?: string;
}

/**
 * What `file` holds now. With `followLink` false, a symbolic link is taken as itself (where it points),
 * as a command that replaces the link sees it, and the file it points to is never read.
 */
export async function snapshot(file: string, shown = file, options: { followLink?: boolean } = {}): Promise<Snapshot> {
  const entry = await lstat(file).catch(() => undefined);
  if (!entry) return { bytes: undefined };
  if (entry.isSymbolicLink() && !options.followLink) return { bytes: undefined, link: await readlink(file) };
  try {
    // A regular file only, and no larger than any file socialplan reads: a pipe or a device never blocks the run.
    return { bytes: readRegularFile(file) };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new InputError(`${visible(shown)}: ${error.reason}`);
    throw error;
  }
}

function same(a: Snapshot, b: Snapshot): boolean {
  if (a.link !== b.link) return false;
  return a.bytes === undefined || b.bytes === undefined ? a.bytes === b.bytes : a.bytes.equals(b.bytes);
}

export interface UpdateOptions {
  /** The command, for "strategy.yaml changed while bump ran; nothing written". */
  command: string;
  /** The file as the user typed it. */
  shown: string;
  /**
   * What the file held when the command first read it, for a command that reads before it takes the
   * lock (a questionnaire can run for minutes): a change made meanwhile is refused, not overwritten.
   */
  expected?: Snapshot;
  /**
   * A strategy edited in place (bump, signoff, add initiative, migrate) is a link's target when it is
   * reached through a link, and the lock is the target's; a file written anew (init) replaces a link.
   */
  followLink?: boolean;
}

/** proper-lockfile's lock: a folder FILE.lock, kept fresh while held, taken over once stale (its holder was killed). */
const LOCK = { realpath: false, stale: 15_000, update: 5_000, retries: 0 } as const;
/** How long to wait for another run to finish with the file: long enough for any command, short enough for CI. */
const WAIT_MS = 20_000;

const sleep = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/**
 * Take the file's lock, waiting while another run holds it. Only "held by another run" is worth
 * waiting for (proper-lockfile's own retries would retry a read-only folder for as long).
 */
async function takeLock(target: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  const { lock } = await import('proper-lockfile');
  const deadline = Date.now() + WAIT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 1.5, 250)) {
    try {
      return await lock(target, { ...LOCK, lockfilePath: `${target}.lock`, onCompromised });
    } catch (error) {
      if (errnoCode(error) !== 'ELOCKED' || Date.now() > deadline) throw error;
      await sleep(pause * (0.5 + Math.random()));
    }
  }
}

function changed(options: UpdateOptions): InputError {
  return new InputError(`${visible(options.shown)} changed while ${options.command} ran; nothing written (run ${options.command} again)`);
}

/**
 * Change a file that other runs may change at the same moment (two sign-offs, a bump and a sign-off),
 * losing neither change. Under a lock that every socialplan command which rewrites a strategy takes,
 * `produce` reads the file and returns its new text (undefined: nothing to change) and what the command reports; just before the rename the file is read once
 * more, and if anything else changed it meanwhile (an editor, a checkout), nothing is written and
 * the command fails. So two socialplan runs apply one after the other, and any other change is kept.
 */
export async function updateFile<R>(file: string, options: UpdateOptions, produce: () => Promise<{ text: string | undefined; result: R }>): Promise<R> {
  const target = options.followLink ? await realpath(file).catch(() => resolve(file)) : resolve(file);
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await takeLock(target, (error) => (lost = error));
  } catch (error) {
    if (errnoCode(error) === 'ELOCKED') {
      throw new InputError(`${visible(options.shown)} is being changed by another socialplan run (it holds ${visible(options.shown)}.lock); nothing written, try again when it ends`);
    }
    throw new InputError(`${visible(options.shown)}: cannot be written: ${describeWriteError(error)}`);
  }
  try {
    const before = await snapshot(target, options.shown, options);
    if (options.expected && !same(options.expected, before)) throw changed(options);
    const { text, result } = await produce();
    if (text === undefined) return result;
    const replacement = await prepareReplacement(target, text, { shown: options.shown });
    if (lost || !same(before, await snapshot(target, options.shown, options))) {
      replacement.discard();
      throw changed(options);
    }
    replacement.commit();
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}
