import * as z from 'zod';
import { Count, entity, Id, IsoDate, Percent, Person, Reference, ResponseHours, Slug, Text, withEvidence } from './common.js';
import { Experiment, Kpi, Roi } from './measurement.js';
import { Jurisdiction } from './metadata.js';
import { PersonalData } from './personal-data.js';
import { Records } from './records.js';
import { SCOPES, STAGES, VALUE_CHAIN } from '../vocabulary.js';

export { SCOPES, STAGES, VALUE_CHAIN };

export const Audience = entity({
  description: Text.describe('Who the initiative is for.'),
  size: Count.optional().describe('How many people, roughly.'),
  segments: z.array(Text).optional().describe('Audience segments (clients, prospects, job seekers).'),
  jurisdictions: z
    .array(Jurisdiction)
    .optional()
    .describe('Where this audience is, when narrower than the strategy’s jurisdictions; checks use these instead.'),
  under13: z
    .enum(['no', 'possible', 'known', 'directed'])
    .optional()
    .describe(
      'Whether children under 13 may be reached: no; possible; known (the organisation knows it collects personal information from children under 13); or directed (aimed at them, wholly or in part).',
    ),
});

export const Adoption = entity({
  licensed: Count.optional().describe('People with access.'),
  champions: Count.optional().describe('Volunteer champions who help others start.'),
  targetWeeklyActivePct: Percent.optional().describe('Share of licensed people active each week, targeted.'),
  silos: z.array(Text).optional().describe('The teams or sites the initiative should connect.'),
});

export const Supervision = withEvidence({
  preApproval: z
    .enum(['principal', 'compliance', 'communications', 'none'])
    .optional()
    .describe('Who approves static content before it is posted.'),
  postReview: entity({
    method: Text.describe('How interactive content is reviewed after posting.'),
    samplePct: Percent.optional().describe('Share of interactive content reviewed, in percent.'),
  })
    .optional()
    .describe('Review of interactive content after it is posted (FINRA 11-39).'),
  representativeAccounts: entity({
    principalApproval: z.boolean().describe('A principal approves each account before launch.'),
    annualAttestation: z.boolean().optional().describe('Representatives attest each year (a firm practice; FINRA 11-39 does not require it).'),
  })
    .optional()
    .describe('Business accounts of individual representatives (FINRA 11-39).'),
  thirdPartyContent: z
    .enum(['not-shared', 'shared-with-review', 'shared'])
    .optional()
    .describe('How third-party content is handled, so the firm neither adopts nor entangles with it.'),
});

export const Moderation = withEvidence({
  guidelinesUrl: z.string().min(1).optional().describe('The published community guidelines.'),
  spam: z
    .enum(['remove', 'remove-and-block', 'hide', 'none'])
    .optional()
    .describe('What happens to spam, such as follower-generator offers.'),
  sentimentNeutral: z
    .boolean()
    .optional()
    .describe('Moderation never removes honest negative comments or reviews for their sentiment.'),
  responseTimeHours: ResponseHours.optional().describe('Target time to respond, in hours (at most a year, 8,760).'),
  viewpointNeutral: z
    .boolean()
    .optional()
    .describe('Government accounts: comments are hidden or removed, and people blocked, only under published, viewpoint-neutral criteria.'),
  actionLog: z.boolean().optional().describe('Every hide, deletion and block is logged with the criterion applied, who acted and when.'),
  publicContentUnedited: z.boolean().optional().describe('What the public posted is hidden or removed under the guidelines, never edited.'),
});

export const Endorsements = withEvidence({
  employeeAdvocacy: z.boolean().optional().describe('Employees are asked to share company content.'),
  advocacyVoluntary: z.boolean().optional().describe('Taking part in advocacy is voluntary.'),
  advocacyKitDisclosures: z.boolean().optional().describe('The advocacy kit includes disclosure tags (#employee).'),
  influencers: z.boolean().optional().describe('Paid or gifted influencers are used.'),
  incentivised: z.boolean().optional().describe('Any post is rewarded, in money or in kind.'),
  disclosureInPost: z
    .boolean()
    .optional()
    .describe('Material connections are disclosed in the post itself (16 CFR 255).'),
  testimonials: z.boolean().optional().describe('Client or patient testimonials are published.'),
  testimonialDisclosures: z.boolean().optional().describe('Testimonials carry prominent disclosures in the post.'),
  writtenAuthorisations: z.boolean().optional().describe('Written authorisation is on file for each testimonial.'),
  promoterAgreements: z.boolean().optional().describe('Paid promoters have written agreements.'),
  promotersDeMinimis: z
    .boolean()
    .optional()
    .describe('Every promoter was paid $1,000 or less (or its value) in the last 12 months, so no written agreement is needed (SEC Marketing Rule).'),
  promotersAffiliated: z
    .boolean()
    .optional()
    .describe(
      'Every rewarded promoter is the adviser’s own partner, officer, director or employee (or of an affiliate), the affiliation shows in or is disclosed with each post, and their status is documented, so no written agreement is needed (SEC Marketing Rule 206(4)-1(b)(4)(ii)).',
    ),
});

export const Contests = withEvidence({
  used: z.boolean().describe('Whether contests or sweepstakes are run.'),
  officialRules: z.string().min(1).optional().describe('Where the official rules are published.'),
  incentiveDisclosed: z.boolean().optional().describe('Entry posts disclose the incentive.'),
});

export const Accessibility = withEvidence({
  standard: z.enum(['WCAG-2.1-AA', 'WCAG-2.2-AA', 'none']).optional().describe('The accessibility standard posts meet.'),
  altText: z.boolean().optional().describe('Images carry alt text.'),
  captions: z.boolean().optional().describe('Prerecorded video is captioned.'),
  complianceDate: IsoDate.optional().describe('The date by which the standard is met.'),
});

export const Content = withEvidence({
  ephemeral: z.boolean().optional().describe('Auto-deleting content such as stories.'),
  materialInformation: z
    .boolean()
    .optional()
    .describe('Material information for investors may be posted (Regulation FD).'),
  channelAnnouncedToInvestors: z
    .boolean()
    .optional()
    .describe('The channel was announced to investors as a disclosure channel.'),
  benefitClaims: z.boolean().optional().describe('Product benefit claims are made (FDA).'),
  riskInformation: z.boolean().optional().describe('Benefit claims carry risk information within the post.'),
  chatbot: z.boolean().optional().describe('An automated or AI assistant answers people on the channel.'),
  aiDisclosed: z.boolean().optional().describe('People are told, at the start, that they are talking to an AI system.'),
  generativeAI: z.boolean().optional().describe('Posts include AI-generated or AI-altered images, video, audio or text.'),
  aiLabelled: z.boolean().optional().describe('AI-generated or altered content is labelled as such (the platform’s AI label or a caption).'),
  commerce: z.boolean().optional().describe('People can buy products or services through the initiative (a shop, a checkout, a booking).'),
});

export const Agency = withEvidence({
  name: Text.describe('The agency.'),
  boundByPolicy: z.boolean().optional().describe('The contract binds the agency to the social media policy.'),
  boundByDisclosureRules: z.boolean().optional().describe('The contract binds it to disclosure rules.'),
  boundByRecordsCapture: z.boolean().optional().describe('The contract binds it to records capture.'),
  noFakeEngagementWarranty: z
    .boolean()
    .optional()
    .describe('It warrants never to buy followers, likes or reviews (16 CFR 465.8).'),
});

export const Risk = entity({
  risk: Text.describe('What could go wrong.'),
  likelihood: z.enum(['low', 'medium', 'high']).optional().describe('How likely it is.'),
  impact: z.enum(['low', 'medium', 'high']).optional().describe('How bad it would be.'),
  mitigation: Text.optional().describe('What reduces it.'),
  owner: Text.optional().describe('Who watches it.'),
});

export const Initiative = entity({
  id: Slug.describe('A short id, unique in the strategy, such as client-care.'),
  name: Text.describe('The name people use for it.'),
  scope: z.enum(SCOPES).describe('internal (collaboration between teams) or external (markets and customers).'),
  stage: z.enum(STAGES).describe('idea, pilot, rollout, run or retired.'),
  businessNeed: Text.optional().describe('The business need, in business language.'),
  supports: z.array(Id).min(1).describe('Ids of the IT objectives this initiative serves.'),
  valueChain: z.array(z.enum(VALUE_CHAIN)).optional().describe('Stages of the value chain it touches.'),
  sponsor: Person.optional().describe('The business sponsor.'),
  starts: IsoDate.optional().describe('When it starts.'),
  ends: IsoDate.optional().describe('When it ends, for a pilot.'),
  audience: Audience.optional().describe('Who it is for, how many, and whether children may be among them.'),
  platforms: z.array(Id).optional().describe('Ids of the platforms it uses.'),
  adoption: Adoption.optional().describe('How people are brought on board (internal initiatives).'),
  personalData: PersonalData.optional().describe('What personal data it processes and on what basis: Privacy reads this.'),
  records: Records.optional().describe('How its content is kept as records: Records and Compliance read this.'),
  supervision: Supervision.optional().describe('Approval and review of content in regulated firms: Compliance reads this.'),
  moderation: Moderation.optional().describe('How comments and spam are handled (external initiatives).'),
  endorsements: Endorsements.optional().describe('Employee advocacy, influencers and testimonials, and their disclosures.'),
  contests: Contests.optional().describe('Contests and sweepstakes, and their official rules.'),
  accessibility: Accessibility.optional().describe('Alt text, captions and the standard posts meet.'),
  content: Content.optional().describe('Kinds of content that switch on particular checks.'),
  agencies: z.array(Agency).optional().describe('Agencies that post or manage accounts for it.'),
  kpis: z.array(Kpi).optional().describe('How success is measured.'),
  roi: Roi.optional().describe('The cost and benefit model behind the initiative’s return on investment.'),
  experiments: z.array(Experiment).optional().describe('Time-boxed experiments with a hypothesis.'),
  risks: z.array(Risk).optional().describe('What could go wrong and what reduces it.'),
  championPractice: Reference.optional().describe('How champions are recruited and recognised.'),
});
