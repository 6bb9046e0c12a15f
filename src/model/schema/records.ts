import * as z from 'zod';
import { IsoDate, Reference, Text, withEvidence } from './common.js';

export const CapturedItem = z.enum(['posts', 'comments', 'direct-messages', 'edits', 'deletions', 'attachments']);

export const Records = withEvidence({
  series: Text.optional().describe('The record series in the retention schedule (RS-COMM-04).'),
  schedule: Reference.optional().describe(
    'The retention schedule the series comes from (the organisation’s own, a General Records Schedule, the NHS Records Management Code of Practice).',
  ),
  retentionYears: z.number().nonnegative().max(100).optional().describe('Retention period from the schedule, in years.'),
  accessibleYears: z
    .number()
    .nonnegative()
    .max(100)
    .optional()
    .describe('Years the records stay easily accessible (SEC 17a-4 and Advisers Act 204-2 ask for the first 2).'),
  captureMethod: z
    .enum(['vendor-api', 'platform-export', 'journaling', 'screenshots', 'none'])
    .optional()
    .describe('How content is captured into the archive.'),
  captures: z.array(CapturedItem).optional().describe('What the capture includes.'),
  archiver: Text.optional().describe('The archiving product or service; set up on each network before the network is used for business.'),
  captureTestedOn: IsoDate.optional().describe('When capture was last tested end to end.'),
  wormStorage: z.boolean().optional().describe('Non-rewriteable, non-erasable (WORM) storage or the audit-trail alternative (SEC 17a-4(f)(2)).'),
  legalHold: z.boolean().optional().describe('Whether a legal hold suspends disposition of these records.'),
  erasureReconciled: z
    .boolean()
    .optional()
    .describe('Whether privacy erasure requests are reconciled with retention and legal hold.'),
  dispositionAuthority: Reference.optional().describe('The disposition authority for federal records (NARA).'),
});
