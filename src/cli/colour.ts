import { PLAIN, type Paint } from '../output/formatters/paint.js';
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

/**
 * Exactly the escape sequences paintFor's styles write (chalk at level 1: red, yellow, blue and green
 * and their reset, bold and dim and theirs): the only ones the CLI lets reach a terminal.
 */
export const OWN_COLOURS = /\x1b\[(?:1|2|22|31|32|33|34|39)m/;

/** chalk's styles when colouring, loaded only then; plain text otherwise. */
export async function paintFor(colour: boolean): Promise<Paint> {
  if (!colour) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, blue: c.blue, green: c.green, bold: c.bold, dim: c.dim };
}
