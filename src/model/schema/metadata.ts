import * as z from 'zod';
import { entity, IsoDate, Person, SemVer, Slug, Text } from './common.js';
import { REGULATORY_TAGS, STATUSES } from '../vocabulary.js';

export { REGULATORY_TAGS, STATUSES };

export const RegulatoryTag = z
  .enum(REGULATORY_TAGS)
  .describe(
    'Switches regulated checklist items on: FIN broker-dealer, RIA investment adviser, BANK, HC healthcare, PHARMA, ' +
      'PUBCO listed company, GOV a government body (a US state or local government; elsewhere a public authority such as a UK council), FED US federal agency, KIDS an under-13 audience.',
  );

/** EU and EEA as blocs, an ISO 3166-1 country (US, GB; UK is accepted for GB) or an ISO 3166-2 subdivision (US-CA). */
export const Jurisdiction = z
  .string()
  .regex(/^(EU|EEA|[A-Z]{2}(-[A-Z0-9]{1,3})?)$/, 'EU, EEA, a country code such as US, or a subdivision such as US-CA')
  .describe('EU, EEA, an ISO 3166-1 country code (US, GB; UK means the same as GB) or an ISO 3166-2 subdivision (US-CA).');


export const HistoryEntry = entity({
  version: SemVer.describe('The strategy version this entry records.'),
  date: IsoDate.describe('When this version was made (YYYY-MM-DD).'),
  author: Text.describe('Who made the change.'),
  summary: Text.describe('What changed, in a sentence a stakeholder can read.'),
});

export const Metadata = entity({
  name: Slug.describe('A short machine name for the strategy, such as northwind-social-2027.'),
  title: Text.describe('The title the board sees.'),
  organization: Text.describe('The organisation this strategy belongs to.'),
  industries: z.array(Text).optional().describe('Industries in plain words (financial-services, manufacturing).'),
  regulatoryTags: z
    .array(RegulatoryTag)
    .optional()
    .describe('Regulatory regimes that apply; each switches on checklist items.'),
  jurisdictions: z
    .array(Jurisdiction)
    .optional()
    .describe('Where the organisation and its audiences are; each switches on the items of its own law: EU/EEA and UK data protection, US federal and state law.'),
  owner: Person.describe('Who owns the strategy, usually the CIO.'),
  version: SemVer.describe("The strategy's own semantic version (1.4.0), raised with every change stakeholders should know of."),
  status: z
    .enum(STATUSES)
    .describe('draft while being written, in-review while stakeholders read it, approved once signed off, retired.'),
  reviewBy: IsoDate.optional().describe('The date by which the strategy is reviewed again (YYYY-MM-DD).'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD or EUR')
    .optional()
    .describe('ISO 4217 code for every amount in the strategy (USD, EUR); set once.'),
  history: z
    .array(HistoryEntry)
    .optional()
    .describe('Versions of the strategy, newest first.'),
});
