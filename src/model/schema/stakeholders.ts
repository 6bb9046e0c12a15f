import * as z from 'zod';
import { entity, IsoDate, Slug, Text } from './common.js';
import { STAKEHOLDERS, type StakeholderId } from '../vocabulary.js';

export { STAKEHOLDERS, type StakeholderId };

export const Stakeholder = entity({
  owner: Text.describe('The person who signs off for this stakeholder.'),
  role: Text.optional().describe('Their title (Data Protection Officer, General Counsel).'),
  email: z.email().optional().describe('Their work e-mail address.'),
});

const stakeholderRoles: Record<StakeholderId, string> = {
  privacy: 'Privacy: usually the Data Protection Officer.',
  compliance: 'Compliance: usually the Chief Compliance Officer.',
  legal: 'Legal: usually the General Counsel.',
  records: 'Records retention: usually the Records Manager.',
  communications: 'Corporate communications.',
  security: 'Security (optional checklist).',
  hr: 'Human resources (optional checklist).',
};

export const Stakeholders = entity(
  Object.fromEntries(STAKEHOLDERS.map((id) => [id, Stakeholder.optional().describe(stakeholderRoles[id])])) as Record<
    StakeholderId,
    z.ZodOptional<typeof Stakeholder>
  >,
);

export const Signoff = entity({
  stakeholder: z.enum(STAKEHOLDERS).describe('Which stakeholder signs.'),
  by: Text.describe('Who signed.'),
  date: IsoDate.describe('When.'),
  decision: z
    .enum(['approved', 'approved-with-conditions', 'rejected'])
    .describe('approved, approved-with-conditions or rejected.'),
  note: Text.optional().describe('Conditions or reasons.'),
  version: z.string().optional().describe('The strategy version that was signed.'),
  digest: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'sha256: followed by 64 hexadecimal digits')
    .optional()
    .describe('Digest of exactly what this stakeholder’s checklist reads, so a later change shows the sign-off is stale.'),
});

export const Waiver = entity({
  rule: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id such as records/capture-tested')
    .describe('The id of the rule whose finding is accepted.'),
  initiative: Slug.optional().describe('The initiative it applies to; all of them when absent.'),
  reason: Text.describe('Why the finding is accepted for now.'),
  approvedBy: Text.describe('Who accepted it.'),
  expires: IsoDate.describe('When the waiver stops applying.'),
});
