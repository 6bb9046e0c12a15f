import type { CliIo } from '../io.js';
import type { CommandResult } from '../result.js';

/** What a command's declaration gets from the program: colour() is read when the action runs, after --color is parsed. */
export interface CommandContext {
  io: CliIo;
  onResult: (result: CommandResult) => void;
  colour: () => boolean;
}

export function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
