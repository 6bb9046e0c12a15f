import * as z from 'zod';
import { Alignment } from './alignment.js';
import { entity, IsoDate, Slug, Text } from './common.js';
import { Governance, Leadership } from './governance.js';
import { Initiative } from './initiative.js';
import { RoiSettings } from './measurement.js';
import { Metadata } from './metadata.js';
import { Platform, PlatformEvaluation, Tool } from './platform.js';
import { Signoff, Stakeholders, Waiver } from './stakeholders.js';
import { API_VERSION, KIND } from '../vocabulary.js';

export { API_VERSION, KIND };

export const BoardDecision = entity({
  decision: Text.describe('What the board is asked to decide, in one sentence (Fund the Shift Connect pilot at Cork).'),
  initiative: Slug.optional().describe('The initiative it concerns, if one.'),
  by: IsoDate.optional().describe('When the decision is needed (YYYY-MM-DD).'),
});

export const Strategy = entity({
  apiVersion: z.literal(API_VERSION).describe(`The version of this file format; this socialplan reads ${API_VERSION}.`),
  kind: z.literal(KIND).describe('Always SocialStrategy.'),
  metadata: Metadata.describe('What the strategy is, whose it is, its version and history.'),
  alignment: Alignment.describe('Social strategy within IT strategy within business strategy.'),
  initiatives: z.array(Initiative).min(1).describe('The social initiatives, internal and external.'),
  platforms: z.array(Platform).optional().describe('The platforms and accounts the initiatives use.'),
  platformEvaluation: PlatformEvaluation.optional().describe('How candidate platforms were compared.'),
  tools: z.array(Tool).optional().describe('Schedulers, listening tools and archivers connected to the platforms.'),
  governance: Governance.optional().describe('Who runs social, under which policies.'),
  leadership: Leadership.optional().describe('The executive-voice plan.'),
  stakeholders: Stakeholders.optional().describe('The named owner who signs for each stakeholder.'),
  signoffs: z.array(Signoff).optional().describe('Recorded sign-offs by the stakeholders’ owners.'),
  waivers: z.array(Waiver).optional().describe('Findings accepted for a time, by someone accountable.'),
  roi: RoiSettings.optional().describe('How the ROI of the strategy as a whole is computed: its valuation date.'),
  boardDecisions: z
    .array(BoardDecision)
    .optional()
    .describe('The decisions this version asks of the board; the board briefing leads with them.'),
});

export type Strategy = z.infer<typeof Strategy>;
export type Initiative = Strategy['initiatives'][number];
