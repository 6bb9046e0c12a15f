import * as z from 'zod';
import { entity, IsoDate, Reference, Text } from './common.js';

export const CapturedItem = z.enum(['posts', 'comments', 'direct-messages', 'edits', 'deletions', 'attachments']);

export const Records = entity({
  series: Text.optional().describe('The record series in the retention schedule (RS-COMM-04).'),
  retentionYears: z.number().nonnegative().max(100).optional().describe('Retention period from the schedule, in years.'),
  accessibleYears: z
    .number()
    .nonnegative()
    .max(100)
    .optional()
    .describe('Years the records stay easily accessible (SEC 17a-4 asks for the first 2).'),
  captureMethod: z
    .enum(['vendor-api', 'platform-export', 'journaling', 'screenshots', 'none'])
    .optional()
    .describe('How content is captured into the archive.'),
  captures: z.array(CapturedItem).optional().describe('What the capture includes.'),
  archiver: Text.optional().describe('The archiving product or service.'),
  captureTestedOn: IsoDate.optional().describe('When capture was last tested end to end.'),
  wormStorage: z.boolean().optional().describe('Write-once or audit-trail storage (SEC 17a-4(f)).'),
  legalHold: z.boolean().optional().describe('Whether a legal hold suspends disposition of these records.'),
  erasureReconciled: z
    .boolean()
    .optional()
    .describe('Whether privacy erasure requests are reconciled with retention and legal hold.'),
  dispositionAuthority: Reference.optional().describe('The disposition authority for federal records (NARA).'),
});
