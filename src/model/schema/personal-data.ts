import * as z from 'zod';
import { entity, IsoDate, Reference, Text, withEvidence } from './common.js';
import { Jurisdiction } from './metadata.js';

export const LawfulBasis = z
  .enum(['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'])
  .describe('A lawful basis under GDPR article 6(1).');

export const TransferMechanism = z
  .enum(['adequacy-decision', 'eu-us-dpf', 'standard-contractual-clauses', 'binding-corporate-rules', 'derogation'])
  .describe('How a transfer out of the EEA is made lawful (GDPR articles 45-49).');

export const Purpose = entity({
  purpose: Text.describe('Why the data is processed (answering questions, running a contest).'),
  lawfulBasis: LawfulBasis.optional(),
});

export const Transfer = entity({
  country: Jurisdiction.describe('Where the data goes.'),
  mechanism: TransferMechanism,
});

export const RetentionRule = entity({
  category: Text.describe('A data category from `categories`.'),
  years: z.number().positive().max(100).describe('How long it is kept, in years (0.5 for six months).'),
});

export const Dpia = entity({
  required: z.boolean().describe('Whether a data protection impact assessment is required (GDPR art. 35).'),
  status: z
    .enum(['not-started', 'in-progress', 'done', 'screened-out'])
    .optional()
    .describe('screened-out means a recorded screening found no DPIA is needed.'),
  reference: Reference.optional().describe('The DPIA or screening record.'),
  date: IsoDate.optional().describe('When it was completed.'),
});

export const Tracking = withEvidence({
  pixels: z.boolean().optional().describe('Platform pixels or tags on the organisation’s own sites.'),
  pageInsights: z.boolean().optional().describe('Platform page insights or analytics about visitors.'),
  customAudiences: z.boolean().optional().describe('Uploading customer lists to build audiences.'),
  customAudienceBasis: LawfulBasis.optional().describe(
    'The lawful basis for list-based targeting (uploaded customer lists): consent, or legitimate interests with an assessment in `personalData.lia`.',
  ),
  retargeting: z.boolean().optional().describe('Showing ads to people based on their earlier visits.'),
  consent: z
    .enum(['prior-consent', 'opt-out-with-gpc', 'none'])
    .optional()
    .describe(
      'For pixels, cookies and retargeting: prior-consent (EU/EEA and UK), opt-out-with-gpc (US states, honouring opt-out preference signals such as Global Privacy Control), or none.',
    ),
  jointControllerArrangement: Reference.optional().describe(
    'The GDPR art. 26 arrangement with the platform for insights and pixels.',
  ),
  phiExcluded: z
    .boolean()
    .optional()
    .describe(
      'HIPAA: no pixel or tag runs where it can collect protected health information (patient portals, appointment, symptom and condition pages), or a business associate agreement covers the vendor.',
    ),
});

export const EmployeeAnalytics = entity({
  used: z.boolean().describe('Whether individual employees’ activity is analysed.'),
  employeesInformed: z.boolean().optional().describe('Whether employees were told, and how.'),
});

export const Coppa = withEvidence({
  thirdPartyDisclosure: z
    .enum(['none', 'separate-consent'])
    .optional()
    .describe('Children’s personal information is not disclosed to third parties, or only with a separate verifiable parental consent (16 CFR 312.5(a)(2), 2025).'),
  retentionPolicy: Reference.optional().describe('The written data retention policy for children’s personal information (16 CFR 312.10, 2025).'),
  securityProgramme: Reference.optional().describe('The written information security programme for children’s personal information (16 CFR 312.8, 2025).'),
});

export const PersonalData = withEvidence({
  processed: z.boolean().optional().describe('false when the initiative processes no personal data at all.'),
  categories: z.array(Text).optional().describe('Kinds of personal data (names, messages, public-profile).'),
  lawfulBasis: LawfulBasis.optional().describe('The lawful basis for every purpose unless a purpose names its own.'),
  lia: Reference.optional().describe('The legitimate interests assessment (balancing test) when a basis is legitimate-interests.'),
  specialCategoryCondition: Text.optional().describe(
    'The GDPR art. 9(2) condition for special-category data (health, religion, ...) that people post in comments and messages, such as 9(2)(h).',
  ),
  purposes: z.array(Purpose).optional().describe('Purposes with their own lawful basis.'),
  collection: z
    .array(z.enum(['forms', 'contests', 'direct-messages', 'surveys', 'comments', 'lead-ads']))
    .optional()
    .describe('Where the initiative collects personal data directly from people.'),
  noticeUrl: z.string().min(1).optional().describe('The privacy notice linked where data is collected.'),
  ropaId: Reference.optional().describe('The record-of-processing entry (GDPR art. 30).'),
  dpia: Dpia.optional().describe('The data protection impact assessment or its screening (GDPR art. 35).'),
  monitoring: z
    .boolean()
    .optional()
    .describe('Systematic monitoring, such as social listening at scale.'),
  employeeAnalytics: EmployeeAnalytics.optional().describe('Analytics about individual employees (internal networks).'),
  tracking: Tracking.optional().describe('Pixels, page insights and ad audiences (external initiatives).'),
  transfers: z.array(Transfer).optional().describe('Transfers of this data outside the EEA.'),
  retention: z.array(RetentionRule).optional().describe('How long each data category is kept.'),
  coppaPlan: Reference.optional().describe('The COPPA plan (16 CFR 312) when the initiative is directed to children under 13 or knows it collects from them.'),
  coppa: Coppa.optional().describe('What the COPPA Rule as amended in 2025 asks of a plan (compliance date 2026-04-22).'),
  phiSafeguards: Reference.optional().describe(
    'How posts and replies are kept free of protected health information (HIPAA).',
  ),
  pia: Reference.optional().describe(
    'Federal agencies: the adapted privacy impact assessment for the third-party site or application (OMB M-10-23).',
  ),
});
