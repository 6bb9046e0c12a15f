import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import { loadDocument, type DocumentKind, type DocumentResult } from '../model/document.js';
import { entity } from '../model/schema/common.js';

export const CONFIG_FILE = 'socialplan.config.yaml';

export const ConfigSchema = entity({
  apiVersion: z.literal('socialplan/v1').describe('The format version.'),
  kind: z.literal('Config').describe('Always Config.'),
  enable: z.array(z.string()).optional().describe('Optional checklists to run as well: security, hr.'),
  checklists: z.array(z.string().min(1)).optional().describe('The organisation’s own checklist files, relative to this file.'),
  rules: z
    .record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id such as privacy/dpia'), z.enum(['error', 'warning', 'info', 'off']))
    .optional()
    .describe('Change a rule’s severity, or turn it off.'),
  failSeverity: z.enum(['error', 'warning', 'info']).optional().describe('The lowest severity that fails the check (default error).'),
});

export type Config = z.infer<typeof ConfigSchema>;

export const CONFIG: DocumentKind<Config> = { kind: 'Config', noun: 'a socialplan config', schema: ConfigSchema };

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

export function loadConfig(file: string): Promise<DocumentResult<Config>> {
  return loadDocument(file, CONFIG);
}
