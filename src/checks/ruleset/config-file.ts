import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { gitRoot, isInside, realPath } from '../../fs/inside.js';
import { visible } from '../../text/visible.js';

export const CONFIG_FILE = 'socialplan.config.yaml';

/**
 * Which config applies: --config, then SOCIALPLAN_CONFIG, then socialplan.config.yaml in the working
 * folder or a parent up to the git root; outside a repository, in the working folder only, so a
 * config in a shared folder above (/tmp, a home folder) never applies unasked. Undefined when there is none.
 */
export function findConfig(cwd: string, explicit: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (explicit) return explicit;
  if (env.SOCIALPLAN_CONFIG) return env.SOCIALPLAN_CONFIG;
  const start = resolve(cwd);
  const repository = gitRoot(start);
  const top = repository ?? start;
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate) && !statSync(candidate).isDirectory()) {
      // A config found, not named, is the repository's own: a link out of it could make socialplan quote another file.
      if (!isInside(realPath(candidate), realPath(top))) {
        throw new InputError(`${visible(candidate)}: leads outside ${repository ? 'the repository' : 'the working folder'}; a config found by searching must be a file inside it (--config can name any file)`);
      }
      return candidate;
    }
    if (dir === top) return undefined;
  }
}
