import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { describeWriteError, errnoCode } from '../fs/errno.js';

/** What the CLI may touch of the process; tests pass their own. */
export interface CliIo {
  stdin: { isTTY?: boolean };
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

let tty: typeof import('node:tty') | undefined;

/** Whether a file descriptor is a terminal; node:tty (which loads node:net) only when someone asks. */
function isTerminal(fd: number): boolean {
  return (tty ??= createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** The streams output fell back to, which may still hold some of it when the command ends. */
const streams = new Set<NodeJS.WriteStream>();

/**
 * stdout or stderr, written straight to its file descriptor. Node's process.stdout is a stream
 * built on first use, and building one for a pipe loads node:net, which costs more than most
 * commands' own work; a write to a pipe, a file or a terminal is synchronous on Linux and macOS
 * anyway. A descriptor that would block (a non-blocking pipe shared with the parent) hands the
 * rest to Node's own stream, which waits for it; a reader that went away (`socialplan schema |
 * head`) only ends the output, not the command. Output that cannot be written (a full disk behind
 * `> report.sarif`) is the command's failure, said on stderr; stderr's own is not. Windows keeps
 * Node's streams.
 */
function descriptor(fd: 1 | 2, stream: () => NodeJS.WriteStream): CliIo['stdout'] {
  if (process.platform === 'win32') return stream();
  let fallback: NodeJS.WriteStream | undefined;
  let gone = false;
  return {
    write(chunk: string) {
      if (gone) return false;
      if (fallback) return fallback.write(chunk);
      let bytes = Buffer.from(chunk, 'utf8');
      try {
        while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
        return true;
      } catch (error) {
        if (errnoCode(error) !== 'EAGAIN') {
          gone = true;
          if (fd === 2 || errnoCode(error) === 'EPIPE') return false;
          throw new InputError(`cannot write to stdout: ${describeWriteError(error)}`);
        }
        fallback = stream();
        fallback.on('error', () => (gone = true));
        streams.add(fallback);
        return fallback.write(bytes);
      }
    },
    get isTTY() {
      return isTerminal(fd);
    },
  };
}

export function processIo(): CliIo {
  return {
    stdin: {
      get isTTY() {
        return isTerminal(0);
      },
    },
    stdout: descriptor(1, () => process.stdout),
    stderr: descriptor(2, () => process.stderr),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** The output streams that still hold output the command wrote: the process may end once they are empty. */
export function unflushed(): NodeJS.WriteStream[] {
  return [...streams].filter((stream) => stream.writableLength > 0 && !stream.destroyed);
}
