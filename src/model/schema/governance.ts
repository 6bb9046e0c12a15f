import * as z from 'zod';
import { Count, entity, Id, IsoDate, Reference, Text, withEvidence } from './common.js';

export const Policy = entity({
  id: Id.describe('A short id.'),
  title: Text.describe('The policy’s title.'),
  url: z.string().min(1).optional().describe('Where employees read it.'),
  lastReviewed: IsoDate.optional().describe('When it was last reviewed.'),
  nlraReviewed: IsoDate.optional().describe('When it was reviewed against NLRA section 7 (Stericycle, 2023).'),
});

export const Crisis = entity({
  playbook: Reference.optional().describe('The crisis and escalation playbook.'),
  severityLevels: z.number().int().min(1).max(10).optional().describe('How many severity levels it defines.'),
  contacts: z.array(Text).optional().describe('Who is called, in order.'),
  responseMinutes: z.number().positive().max(525600).optional().describe('Target time to a first response, in minutes (at most a year, 525,600).'),
  lastTested: IsoDate.optional().describe('When it was last tested in an exercise.'),
  accountTakeover: z.boolean().optional().describe('Account takeover is one of its scenarios.'),
});

export const Workforce = entity({
  disciplineChecksConcertedActivity: z
    .boolean()
    .optional()
    .describe('Discipline for posts is first checked for protected concerted activity.'),
  noPasswordRequests: z
    .boolean()
    .optional()
    .describe('Employees and applicants are never asked for personal-account passwords.'),
  candidateScreening: z
    .enum(['none', 'by-non-decision-maker', 'by-hiring-manager'])
    .optional()
    .describe('Whether and by whom candidates’ social profiles are screened.'),
  trainingFunded: z.boolean().optional().describe('Training and community-manager roles are funded.'),
  communityManagers: Count.optional().describe('How many community managers.'),
});

export const CustomerInformationIncidents = withEvidence({
  programme: Reference.optional().describe('The incident response programme for unauthorised access to customer information (Regulation S-P, 17 CFR 248.30(a)(3)).'),
  noticeDays: z.number().int().min(0).max(365).optional().describe('Days, at most, from becoming aware of the incident to notifying affected customers (Regulation S-P: 30).'),
});

export const Governance = withEvidence({
  model: z
    .enum(['centralised', 'hub-and-spoke', 'decentralised'])
    .optional()
    .describe('Who runs social: one central team, a hub with spokes in the business, or each unit alone.'),
  roles: entity({
    it: Text.optional().describe('IT’s role, typically builder and controller.'),
    socialTeam: Text.optional().describe('The social team’s role, typically enabler and orchestrator.'),
    businessLeaders: Text.optional().describe('What business leaders own, and the control they give up.'),
  })
    .optional()
    .describe('Who does what.'),
  policies: z.array(Policy).optional().describe('Policies that govern social use.'),
  crisis: Crisis.optional().describe('The crisis and escalation plan.'),
  approvedChannels: z.array(Id).optional().describe('Ids of the platforms approved for business use.'),
  personalMessaging: z
    .enum(['banned', 'captured', 'allowed'])
    .optional()
    .describe('Personal messaging apps for business: banned, captured, or allowed (a finding in regulated firms).'),
  fakeEngagementBanned: z
    .boolean()
    .optional()
    .describe('Buying followers, likes or reviews is prohibited (16 CFR 465.4, 465.8).'),
  impersonationProcess: Reference.optional().describe('How impersonation and trademark takedowns are handled.'),
  impersonationMonitoring: Reference.optional().describe('How accounts impersonating the organisation or its executives are looked for (a monitoring service, a scheduled search).'),
  accountTransfer: Reference.optional().describe('How accounts, handles and admin rights pass to the organisation when the person who runs them leaves.'),
  dataProtectionOfficer: Text.optional().describe('The designated data protection officer (GDPR and UK GDPR art. 37).'),
  customerInformationIncidents: CustomerInformationIncidents.optional().describe('Regulation S-P (2024): responding to unauthorised access to customer information and telling customers.'),
  disclosureControlsCoverSocial: z
    .boolean()
    .optional()
    .describe('The disclosure controls and procedures (SOX 302, Rule 13a-15) cover executives’ social media posts.'),
  openMeetings: Reference.optional().describe('The guidance to members of public bodies on discussing the body’s business on social media (state open-meeting laws).'),
  accessReview: entity({
    cadence: z.enum(['monthly', 'quarterly', 'half-yearly', 'yearly']).optional().describe('How often access is recertified.'),
    offboarding: z.boolean().optional().describe('Leaving employees and agencies lose access.'),
  })
    .optional()
    .describe('Recertification of who can act for the organisation.'),
  riskProgramme: Reference.optional().describe('The documented social media risk-management programme (FFIEC).'),
  workforce: Workforce.optional().describe('Employment matters HR and Legal check.'),
  experimentation: entity({
    practice: Text.optional().describe('How experiments are run and shared.'),
    recognition: Text.optional().describe('How innovation is celebrated.'),
  })
    .optional()
    .describe('The environment for experimentation and learning.'),
});

export const ExecutiveVoice = entity({
  person: Text.describe('The executive, often the CIO.'),
  channels: z.array(Id).min(1).describe('Ids of the platforms the executive posts on.'),
  cadence: Text.optional().describe('How often, in words (weekly note, monthly AMA).'),
  hoursPerWeek: z.number().nonnegative().max(168).describe('Hours a week the executive spends.'),
  practices: z.array(Text).optional().describe('What the executive does there.'),
  ghostwritten: z.boolean().optional().describe('Some posts are written by others.'),
  ghostwritingApproved: z
    .boolean()
    .optional()
    .describe('Ghost-written posts follow the same approval as other posts.'),
});

export const Leadership = entity({
  executiveVoice: ExecutiveVoice.optional().describe('The executive’s own, selective presence.'),
});
