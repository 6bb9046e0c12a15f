import * as z from 'zod';
import { loadDocument, type DocumentKind, type DocumentResult } from '../../model/document.js';
import { entity } from '../../model/schema/common.js';

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

export function loadConfig(file: string): Promise<DocumentResult<Config>> {
  return loadDocument(file, CONFIG);
}
