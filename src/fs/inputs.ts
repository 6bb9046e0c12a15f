import { UsageError } from '../errors.js';
import { entryAt } from './entry.js';
import { visible } from '../text/visible.js';

/** A file a command reads, and what it is to the user: "the strategy", "a checklist". */
export interface CommandInput {
  file: string;
  role: string;
  /** The file as the user typed it, when `file` is resolved. */
  shown?: string;
}

/**
 * Refuse an output that is one of the command's own inputs (`check s.yaml --output s.yaml` replaced
 * the strategy with its report): the same file by device and inode, so another spelling of the path
 * or a link to the input is caught too. `follow: false` for a writer that replaces a link rather
 * than writing through it, where only the output's own entry matters.
 */
export function refuseInputAsOutput(output: string, shown: string, inputs: readonly CommandInput[], options: { follow?: boolean } = {}): void {
  const written = entryAt(output, { follow: options.follow !== false });
  if (!written) return;
  for (const input of inputs) {
    const read = entryAt(input.file, { follow: true });
    if (read && read.dev === written.dev && read.ino === written.ino) {
      throw new UsageError(`${visible(shown)} is ${input.role} this command reads (${visible(input.shown ?? input.file)}); nothing was written: choose another output`);
    }
  }
}
