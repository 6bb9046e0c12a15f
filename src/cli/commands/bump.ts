import { resolve } from 'node:path';
import { describeDiagnostics } from '../../checks/ruleset/prepare.js';
import { resolveDate } from '../../checks/engine/as-of.js';
import { EXIT, InputError, UsageError } from '../../errors.js';
import { updateFile } from '../../fs/update-file.js';
import { userName } from '../../git/git.js';
import { prependItem, replaceScalar } from '../../model/edit.js';
import { loadStrategy } from '../../model/load.js';
import { parseStrategy } from '../../model/parse.js';
import { bumpVersion, PARTS, type Part } from '../../versions/semver.js';
import type { CommandResult } from '../result.js';
import { visible } from '../../text/visible.js';

export interface BumpOptions {
  part: string;
  file: string;
  message: string;
  author?: string;
  date?: string;
  cwd: string;
}

/**
 * `socialplan bump minor FILE -m "..."`: raise metadata.version and put a history entry first. Two
 * splices into the text, so every comment and every other byte stays as the user wrote it.
 */
export async function bump(options: BumpOptions): Promise<CommandResult> {
  if (!(PARTS as readonly string[]).includes(options.part)) throw new UsageError(`bump takes major, minor or patch, not "${visible(options.part)}"`);
  if (!options.message.trim()) throw new UsageError('-m, --message needs a summary of what changed, for the history');
  const date = resolveDate(options.date, '--date');
  if (options.author !== undefined && !options.author.trim()) throw new UsageError('--author needs the name of who made the change');
  const author = options.author?.trim() ?? (await userName(options.cwd));
  if (!author) throw new UsageError('no author for the history entry: pass --author NAME, or set git config user.name');
  // Read, bumped and written under the strategy's lock: two bumps at once make two history entries.
  const { from, to, signed } = await updateFile(resolve(options.cwd, options.file), { command: 'bump', shown: options.file, followLink: true }, async () => {
    const loaded = await loadStrategy(options.file);
    if (!loaded.loaded || loaded.text === undefined) throw new InputError(describeDiagnostics(loaded.diagnostics));
    const from = loaded.loaded.data.metadata.version;
    const to = bumpVersion(from, options.part as Part);
    let text = replaceScalar(loaded.text, ['metadata', 'version'], to);
    text = prependItem(text, ['metadata', 'history'], { version: to, date, author, summary: options.message.trim() });
    const check = parseStrategy(options.file, text);
    if (!check.loaded) throw new InputError(`bumping would make ${visible(options.file)} invalid; nothing was written:\n${describeDiagnostics(check.diagnostics)}`);
    return { text, result: { from, to, signed: (check.loaded.data.signoffs ?? []).length } };
  });
  return {
    stdout: `${visible(options.file)}: version ${from} -> ${to}, history entry added (${date}, ${visible(author)}).\n${signed ? 'Sign-offs stay valid for whatever their checklists read that did not change; socialplan check reports the stale ones.\n' : ''}`,
    exitCode: EXIT.ok,
  };
}
