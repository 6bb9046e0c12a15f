import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { resolveAsOf } from '../../checks/as-of.js';
import { describeDiagnostics, prepareRules } from '../../checks/prepare.js';
import { EXIT, InputError } from '../../errors.js';
import { writeAtomic } from '../../fs/write-atomic.js';
import { loadStrategy } from '../../model/load.js';
import { briefingInputs } from '../../render/inputs.js';
import { GENERATED, renderBriefings } from '../../render/render.js';
import { loadTemplates } from '../../render/templates.js';
import type { CommandResult } from './check.js';
import { visible } from '../../text/visible.js';

export interface RenderCommandOptions {
  file: string;
  out: string;
  only?: string[];
  templates?: string;
  asOf?: string;
  checklists?: string[];
  config?: string;
  force?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Whether a file may be replaced: it does not exist, or an earlier render wrote it (any file, with --force). */
async function replaceable(file: string, shown: string, force: boolean): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (!info) return true;
  if (!info.isFile()) throw new InputError(`${visible(shown)}: exists and is not a file; nothing was written`);
  if (force) return true;
  try {
    return (await readFile(file, 'utf8')).startsWith(GENERATED);
  } catch (error) {
    throw new InputError(`${visible(shown)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was written`);
  }
}

/**
 * `socialplan render FILE`: every briefing rendered in memory first, then written atomically one by
 * one, so a broken template or strategy leaves the output folder as it was.
 */
export async function render(options: RenderCommandOptions): Promise<CommandResult> {
  const asOf = resolveAsOf(options.asOf);
  const { ruleSet } = await prepareRules({
    cwd: options.cwd,
    env: options.env,
    config: options.config,
    checklists: options.checklists,
  });
  const templates = await loadTemplates(options.templates);
  // Named relative to the working folder whichever way it was typed, so the briefings do not depend on it.
  const file = relative(options.cwd, resolve(options.cwd, options.file)).split(sep).join('/') || options.file;
  const loaded = await loadStrategy(file);
  if (!loaded.loaded) throw new InputError(describeDiagnostics(loaded.diagnostics));
  const inputs = briefingInputs(loaded.loaded, file, ruleSet, asOf);
  const files = renderBriefings(inputs, templates, options.only ? { only: options.only } : {});

  const dir = resolve(options.cwd, options.out);
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new InputError(`${visible(options.out)}: exists and is not a folder`);
  const shown = options.out.replace(/[\\/]+$/, '') || options.out;
  {
    const foreign: string[] = [];
    for (const f of files) if (!(await replaceable(join(dir, f.file), join(shown, f.file), options.force === true))) foreign.push(f.file);
    if (foreign.length) {
      throw new InputError(`${visible(options.out)}: ${visible(foreign.join(', '))} ${foreign.length === 1 ? 'was' : 'were'} not written by socialplan render; nothing was written (--force replaces them)`);
    }
  }
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${visible(options.out)}: cannot create the folder (${error.code ?? error.message})`);
  });
  // Each briefing whole or not at all, side by side; not flushed to disk one by one, since `render` makes them again.
  await Promise.all(files.map((f) => writeAtomic(join(dir, f.file), f.content, { durable: false })));
  const lines = files.map((f) => `  ${visible(join(shown, f.file))}`);
  const draft = inputs.strategy.metadata.status === 'approved' ? '' : ` (status ${inputs.strategy.metadata.status}: each briefing says so)`;
  return { stdout: `Wrote ${files.length} briefing${files.length === 1 ? '' : 's'} for version ${inputs.strategy.metadata.version}${draft}, as of ${asOf}:\n${lines.join('\n')}\n`, exitCode: EXIT.ok };
}
