/**
 * Why a file could not be written, in words, with the system's code for whoever searches it:
 * "the file system is read-only (EROFS)" rather than a bare code, or a wrong one.
 */
const WORDS: Record<string, string> = {
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is larger than this file system or the process limit allows',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder is in the way',
  ENOTEMPTY: 'a folder is in the way',
  EEXIST: 'something else is in the way',
  EIO: 'input/output error on the device',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** "the file system is read-only (EROFS)"; the error's own message when it has no code. */
export function describeWriteError(error: unknown): string {
  const code = errnoCode(error);
  if (!code) return error instanceof Error ? error.message : String(error);
  const words = WORDS[code];
  return words ? `${words} (${code})` : code;
}
