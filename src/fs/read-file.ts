import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import { leavesBoundary } from './boundary.js';
import { visible } from '../text/visible.js';

/**
 * How socialplan reads every file a user names or a file of theirs points to (a strategy, config,
 * checklist, answers, actuals, template): a regular file, whole, up to a size limit. A strategy may
 * arrive in a pull request and be read in CI, so a named pipe must not block the run, /dev/zero must
 * not fill the memory, and a file the size of a disk image must be refused before it is read.
 */

const MB = 1024 * 1024;

/**
 * 32 MB: the 20 MB strategies of `npm run bench` pass, and checking a strategy this large takes about
 * 5 s and 600 MiB (README, Performance), which a CI runner has.
 */
export const DEFAULT_MAX_FILE_MB = 32;

/** A JavaScript string holds at most 512 MiB (V8), so a larger file could not be decoded anyway. */
const MOST_MB = 500;

export const MAX_FILE_MB_VARIABLE = 'SOCIALPLAN_MAX_FILE_MB';

let limitMb = DEFAULT_MAX_FILE_MB;

/** A file that is not there, not a regular file, too large or unreadable; `reason` is the message without the file's name. */
export class UnreadableFileError extends InputError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${visible(file)}: ${reason}`);
  }
}

/** The limit SOCIALPLAN_MAX_FILE_MB sets, in MB (decimals allowed); the default when it is unset or empty. */
export function maxFileMbFrom(env: Record<string, string | undefined>): number {
  const raw = env[MAX_FILE_MB_VARIABLE];
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_FILE_MB;
  const mb = /^\s*(\d+\.?\d*|\.\d+)\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(mb > 0 && mb <= MOST_MB)) {
    throw new UsageError(`${MAX_FILE_MB_VARIABLE} must be a number of megabytes above 0 and at most ${MOST_MB}, such as 64; not ${JSON.stringify(raw)}`);
  }
  return mb;
}

/** Set once by the CLI, from SOCIALPLAN_MAX_FILE_MB, before any file is read. */
export function setMaxFileMb(mb: number): void {
  limitMb = mb;
}

function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a directory, not a file';
  if (info.isFIFO()) return 'is a named pipe, not a regular file';
  if (info.isCharacterDevice()) return 'is a character device, not a regular file';
  if (info.isBlockDevice()) return 'is a block device, not a regular file';
  if (info.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

function errnoReason(file: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'is a loop of symbolic links';
    case 'ENXIO': {
      // What open() says of a socket, or of a device with nothing behind it.
      let info: Stats | undefined;
      try {
        info = statSync(file);
      } catch {
        // Fall through to the code.
      }
      const reason = info && notRegular(info);
      if (reason) return reason;
    }
  }
  return `cannot be read (${error.code ?? error.message})`;
}

function tooLarge(): string {
  return `is larger than ${limitMb} MB, the limit on a file socialplan reads; set ${MAX_FILE_MB_VARIABLE} to raise it`;
}

/**
 * At most limit + 1 bytes: one more than the limit tells a file over it from one exactly at it. The
 * size fstat reports only sizes the first buffer, since /proc and similar files report 0.
 */
function readUpTo(fd: number, size: number): Buffer {
  const cap = Math.floor(limitMb * MB) + 1;
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(size + 1, 64 * 1024)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === cap) break;
      const bigger = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

/**
 * The bytes of a regular file, or an UnreadableFileError saying why not. O_NONBLOCK so that opening
 * a named pipe returns at once instead of waiting for a writer, O_NOCTTY so that a terminal is never
 * taken as the controlling one; then the open handle is what is checked and read, so the file cannot
 * be swapped between the two.
 */
export function readRegularFile(file: string): Buffer {
  const outside = leavesBoundary(file);
  if (outside) throw new UnreadableFileError(file, outside);
  let fd: number;
  try {
    // The flags are undefined on Windows, where neither applies.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw new UnreadableFileError(file, errnoReason(file, error as NodeJS.ErrnoException));
  }
  try {
    const info = fstatSync(fd);
    const refused = notRegular(info);
    if (refused) throw new UnreadableFileError(file, refused);
    const bytes = readUpTo(fd, info.size);
    if (bytes.length > limitMb * MB) throw new UnreadableFileError(file, tooLarge());
    return bytes;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(file, errnoReason(file, error as NodeJS.ErrnoException));
  } finally {
    closeSync(fd);
  }
}
