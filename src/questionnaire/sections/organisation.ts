import * as z from 'zod';
import { REGULATORY_TAGS } from '../../model/schema/metadata.js';
import { Jurisdiction } from '../../model/schema/metadata.js';
import { Slug, Text } from '../../model/schema/common.js';
import type { Section } from '../types.js';
import { slugify } from '../slug.js';

const TAG_NAMES: Record<(typeof REGULATORY_TAGS)[number], string> = {
  FIN: 'FIN: broker-dealer (FINRA)',
  RIA: 'RIA: registered investment adviser (SEC)',
  BANK: 'BANK: bank (FFIEC)',
  HC: 'HC: healthcare provider or plan (HIPAA)',
  PHARMA: 'PHARMA: prescription drugs or devices (FDA)',
  PUBCO: 'PUBCO: listed company (Regulation FD)',
  GOV: 'GOV: US state or local government (ADA Title II)',
  FED: 'FED: US federal agency (NARA)',
  KIDS: 'KIDS: children under 13 may be reached (COPPA)',
};

export const organisation: Section = {
  id: 'organisation',
  title: 'Your organisation',
  intro: 'First, the organisation and the rules it lives under: they decide which questions follow and what each stakeholder will check.',
  questions: [
    {
      id: 'organization',
      kind: 'input',
      message: 'What is the organisation called?',
      help: 'It heads every briefing the board and the stakeholders read.',
      default: 'Example Corporation',
      schema: Text,
    },
    {
      id: 'title',
      kind: 'input',
      message: 'What is the strategy called?',
      help: 'The title the board sees.',
      default: ({ current }) => `${current.organization as string} Social Strategy ${new Date().getUTCFullYear() + 1}`,
      schema: Text,
    },
    {
      id: 'name',
      kind: 'input',
      message: 'A short machine name for it',
      help: 'Used in file names and links; lower case and dashes.',
      default: ({ current }) => slugify(current.title as string),
      schema: Slug,
    },
    {
      id: 'ownerName',
      kind: 'input',
      message: 'Who owns the strategy?',
      help: 'Usually the CIO, who orchestrates Privacy, Compliance, Legal, Records and Communications.',
      default: 'Chief Information Officer',
      schema: Text,
    },
    {
      id: 'ownerRole',
      kind: 'input',
      message: 'Their role',
      help: 'As the stakeholders know it.',
      default: 'CIO',
      schema: Text,
    },
    {
      id: 'ownerEmail',
      kind: 'input',
      message: 'Their work e-mail (optional)',
      help: 'So stakeholders know whom to answer.',
      schema: z.email().optional(),
    },
    {
      id: 'regulatoryTags',
      kind: 'checkbox',
      message: 'Which regulatory regimes apply?',
      help: 'Each one adds questions here and items to the Compliance, Privacy, Legal and Records checklists.',
      choices: REGULATORY_TAGS.map((tag) => ({ value: tag, name: TAG_NAMES[tag] })),
      default: [],
      schema: z.array(z.enum(REGULATORY_TAGS)),
    },
    {
      id: 'jurisdictions',
      kind: 'checkbox',
      message: 'Where are the organisation and its audiences?',
      help: 'Privacy reads this: the EU brings GDPR consent and transfer questions, California brings CPRA opt-outs.',
      choices: [
        { value: 'US', name: 'United States' },
        { value: 'US-CA', name: 'California' },
        { value: 'EU', name: 'European Union' },
        { value: 'GB', name: 'United Kingdom' },
        { value: 'CA', name: 'Canada' },
        { value: 'AU', name: 'Australia' },
      ],
      default: ['US'],
      openChoices: true,
      schema: z.array(Jurisdiction).min(1, 'choose at least one'),
    },
    {
      id: 'currency',
      kind: 'select',
      message: 'Which currency are the costs and benefits in?',
      help: 'Set once for the whole strategy; the ROI figures use it.',
      choices: ['USD', 'EUR', 'GBP', 'CAD', 'AUD'].map((c) => ({ value: c, name: c })),
      default: ({ current }) => {
        const j = (current.jurisdictions as string[] | undefined) ?? [];
        if (j.includes('US') || j.includes('US-CA')) return 'USD';
        if (j.includes('EU')) return 'EUR';
        if (j.includes('GB')) return 'GBP';
        return 'USD';
      },
      openChoices: true,
      schema: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
    },
    {
      id: 'businessProblem',
      kind: 'input',
      message: 'What business problem does the social strategy answer? (optional)',
      help: 'The board briefing opens with it, in business language.',
      schema: Text.optional(),
    },
    {
      id: 'successAt12Months',
      kind: 'input',
      message: 'What does success look like in twelve months? (optional)',
      help: 'One sentence the executive summary can quote.',
      schema: Text.optional(),
    },
  ],
};
