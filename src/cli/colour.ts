import type { CliIo } from './io.js';

/**
 * Whether to colour what goes to stdout, following clig.dev: an explicit --color/--no-color wins,
 * then NO_COLOR, then FORCE_COLOR, then TERM=dumb, then whether stdout is a terminal.
 */
export function useColour(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}
