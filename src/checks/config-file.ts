import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'socialplan.config.yaml';

/**
 * Which config applies: --config, then SOCIALPLAN_CONFIG, then socialplan.config.yaml in the working
 * folder or a parent, stopping at the git root. Undefined when there is none.
 */
export function findConfig(cwd: string, explicit: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (explicit) return explicit;
  if (env.SOCIALPLAN_CONFIG) return env.SOCIALPLAN_CONFIG;
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
