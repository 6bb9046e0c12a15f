import * as z from 'zod';
import { Count, entity, Id, IsoDate, Text, withEvidence } from './common.js';
import { Jurisdiction } from './metadata.js';
import { TransferMechanism } from './personal-data.js';

export const HostedCommunity = withEvidence({
  noticeAndAction: z.boolean().optional().describe('Anyone can report illegal content, and reports are acted on (DSA art. 16; Online Safety Act s. 20).'),
  statementsOfReasons: z.boolean().optional().describe('People whose content is removed or restricted are told why (DSA art. 17).'),
  complaints: z.boolean().optional().describe('A complaints procedure for moderation decisions (DSA art. 20; Online Safety Act s. 21).'),
  riskAssessedOn: IsoDate.optional().describe('When the illegal content risk assessment was last done (Online Safety Act s. 9).'),
});

export const Platform = withEvidence({
  id: Id.describe('A short id that initiatives refer to, such as linkedin.'),
  name: Text.describe('The platform, or the organisation’s presence on it (LinkedIn Company Page).'),
  vendor: Text.optional().describe('Who provides it.'),
  hosting: z
    .enum(['saas', 'self-hosted', 'third-party'])
    .optional()
    .describe('saas (licensed service), self-hosted, or third-party (a public network the organisation does not contract).'),
  dataResidency: z.array(Jurisdiction).optional().describe('Where the vendor stores the data.'),
  transferMechanism: TransferMechanism.optional().describe('How storage outside the EEA is made lawful.'),
  sso: z.boolean().optional().describe('Single sign-on with the organisation’s identity provider.'),
  mfa: z.boolean().optional().describe('MFA is enforced on every organisational account.'),
  linkedEmailMfa: z.boolean().optional().describe('MFA is also on the e-mail addresses linked to the accounts.'),
  credentials: z
    .enum(['vault', 'platform-roles', 'shared-password'])
    .optional()
    .describe('Where credentials live: a vault, the platform’s role system, or a shared password.'),
  admins: Count.optional().describe('How many people hold admin rights.'),
  personalAdmins: z.boolean().optional().describe('Whether any admin uses a personal account.'),
  accountOwner: Text.optional().describe('Who owns the account for the organisation.'),
  authorisedPosters: z.array(Text).optional().describe('Roles or people allowed to post.'),
  approvalWorkflow: Text.optional().describe('How posts are approved before they go out.'),
  companyOwned: z.boolean().optional().describe('The account is company-owned through business features.'),
  handleSecured: z.boolean().optional().describe('The organisation’s handle is registered on this platform.'),
  termsReviewed: IsoDate.optional().describe('When Legal last reviewed the platform terms.'),
  retention: z
    .enum(['configured', 'keep-forever', 'auto-delete', 'not-configurable'])
    .optional()
    .describe('How the platform’s own retention is set.'),
  retentionConfigurable: z.boolean().optional().describe('Whether retention can be configured at all.'),
  export: z.boolean().optional().describe('Content can be exported in bulk.'),
  eDiscovery: z.boolean().optional().describe('Content can be searched and exported for litigation.'),
  legalHold: z.boolean().optional().describe('Deletion can be suspended for a legal hold, DMs included.'),
  archiverConnector: z.boolean().optional().describe('An archiver connector captures its content.'),
  hostedCommunity: HostedCommunity.optional().describe(
    'When the organisation hosts what the public posts here (its own forum or community): the duties of a hosting service or online platform (EU DSA) and of a user-to-user service (UK Online Safety Act).',
  ),
});

export const Criterion = entity({
  id: Id.describe('A short id that candidates’ scores refer to.'),
  weight: z.number().positive().max(1e6).describe('Relative weight, more than 0 and at most 1,000,000; weights need not add up to 100.'),
  description: Text.optional().describe('What the criterion covers.'),
});

export const Candidate = entity({
  platform: Id.describe('The id of a platform in `platforms`.'),
  scores: z
    .record(Id, z.number().min(0).max(5))
    .describe('A score from 0 to 5 for each criterion id.'),
  decision: z.enum(['selected', 'rejected', 'shortlisted', 'pending']).optional().describe('What was decided.'),
  reason: Text.optional().describe('Why, in a sentence.'),
});

export const PlatformEvaluation = entity({
  criteria: z.array(Criterion).min(1).describe('What platforms are judged on, with weights.'),
  candidates: z.array(Candidate).min(1).describe('The platforms considered and their scores.'),
});

export const Tool = entity({
  name: Text.describe('The tool.'),
  kind: z.enum(['scheduler', 'listening', 'archiver', 'analytics', 'advocacy', 'other']).describe('What it does.'),
  vetted: z.boolean().optional().describe('Security has vetted the vendor.'),
  oauthScopes: z
    .enum(['least-privilege', 'broad', 'unknown'])
    .optional()
    .describe('The access it holds on the platforms.'),
  platforms: z.array(Id).optional().describe('Ids of the platforms it connects to.'),
});
