/**
 * The errors a user can cause. Everything below the CLI throws these and never exits; the CLI prints
 * the message on one line and returns the exit code, and only the bin sets it.
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  input: 2,
  interrupted: 130,
} as const;

export class SocialplanError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.input,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A wrong option, a missing argument, an unknown format. */
export class UsageError extends SocialplanError {}

/** A file that cannot be read or written, or holds something other than what was asked for. */
export class InputError extends SocialplanError {}

/** A signal ended the run while it wrote; the signal handler says so, and nothing else is printed. */
export class Interrupted extends SocialplanError {
  constructor() {
    super('interrupted', EXIT.interrupted);
  }
}
