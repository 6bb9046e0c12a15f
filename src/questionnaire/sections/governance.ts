import * as z from 'zod';
import { platformNames } from '../platform-names.js';
import { IsoDate, Text } from '../../model/schema/common.js';
import type { Context, Question, Section } from '../types.js';

export const governance: Section = {
  id: 'governance',
  title: 'Governance, records and security',
  intro: 'How social is run: who does what, the policies, the crisis plan, and the controls Security and Records will ask about.',
  questions: [
    {
      id: 'model',
      kind: 'select',
      message: 'How is social run?',
      help: 'Business leaders give up some control; IT builds and controls, the social team enables and orchestrates.',
      choices: [
        { value: 'hub-and-spoke', name: 'Hub and spoke: a central team with champions in the business' },
        { value: 'centralised', name: 'Centralised: one team runs everything' },
        { value: 'decentralised', name: 'Decentralised: each unit on its own' },
      ],
      default: 'hub-and-spoke',
      schema: z.enum(['centralised', 'hub-and-spoke', 'decentralised']),
    },
    {
      id: 'policyUrl',
      kind: 'input',
      message: 'Where is the employee social media policy? (optional)',
      help: 'Legal reviews it against NLRA section 7 in the US.',
      schema: Text.optional(),
    },
    {
      id: 'nlraReviewed',
      kind: 'input',
      message: 'When was it last reviewed against NLRA section 7? (YYYY-MM-DD, optional)',
      help: 'Legal checks the review date (NLRB Stericycle, 2023).',
      when: { jurisdiction: ['US'] },
      schema: IsoDate.optional(),
    },
    {
      id: 'crisisPlaybook',
      kind: 'input',
      message: 'Where is the crisis and escalation playbook? (optional)',
      help: 'Communications asks for severity levels, contacts and a response time, tested in the last 12 months.',
      schema: Text.optional(),
    },
    {
      id: 'crisisLastTested',
      kind: 'input',
      message: 'When was it last tested? (YYYY-MM-DD, optional)',
      help: 'An untested plan fails when it is needed.',
      schema: IsoDate.optional(),
    },
    {
      id: 'personalMessaging',
      kind: 'select',
      message: 'Personal messaging apps (WhatsApp, iMessage) for business are...',
      help: 'Records and Compliance: off-channel communications cost US firms billions in SEC fines.',
      choices: [
        { value: 'banned', name: 'Banned' },
        { value: 'captured', name: 'Allowed and captured by an archiver' },
        { value: 'allowed', name: 'Allowed and not captured' },
      ],
      default: 'banned',
      schema: z.enum(['banned', 'captured', 'allowed']),
    },
    {
      id: 'fakeEngagementBanned',
      kind: 'confirm',
      message: 'Does your social media policy prohibit buying followers, likes or reviews?',
      help: 'Compliance blocks approval otherwise in the US (16 CFR 465.4 and 465.8). An agency’s contract warranty is a separate question, recorded with the agency in the strategy.',
      default: true,
      schema: z.boolean(),
    },
    {
      id: 'mfa',
      kind: 'confirm',
      message: 'Is MFA on for every organisational account and the e-mail linked to it?',
      help: 'Security: account takeover is the most common social media incident (CISA).',
      default: true,
      schema: z.boolean(),
    },
    {
      id: 'vault',
      kind: 'confirm',
      message: 'Are the credentials in a vault or the platform’s role system, not shared passwords?',
      help: 'Security checks it for external accounts.',
      default: true,
      schema: z.boolean(),
    },
    {
      id: 'recognition',
      kind: 'input',
      message: 'How is innovation recognised? (optional)',
      help: 'Celebrate what is tried, including what does not work.',
      default: 'A quarterly innovation showcase with a CIO award',
      schema: Text.optional(),
    },
  ] satisfies Question[],
};

const OWNERS: [string, string, string][] = [
  ['privacy', 'Privacy: who signs off? (often the Data Protection Officer)', 'Data Protection Officer'],
  ['compliance', 'Compliance: who signs off?', 'Chief Compliance Officer'],
  ['legal', 'Legal: who signs off? (often the General Counsel)', 'General Counsel'],
  ['records', 'Records retention: who signs off?', 'Records Manager'],
  ['communications', 'Corporate communications: who signs off?', 'VP Corporate Communications'],
];

export const stakeholders: Section = {
  id: 'stakeholders',
  title: 'Stakeholders',
  intro: 'The people who must sign off. Each gets a brief with what their checklist found.',
  questions: OWNERS.map(([id, message, role]) => ({
    id,
    kind: 'input' as const,
    message,
    help: `Named on the ${id} brief; the ${role.toLowerCase()} signs for ${id}.`,
    default: role,
    schema: Text,
  })),
};

export const leadership: Section = {
  id: 'leadership',
  title: 'Your own voice',
  intro: 'Last, you: the CIO eats their own cooking, selectively, not everywhere.',
  questions: [
    {
      id: 'channels',
      kind: 'checkbox',
      message: 'On which of the platforms will you post yourself?',
      help: 'Selective presence is credible; omnipresence is not.',
      choices: (context) => platformChoices(context),
      default: (context: Context) => platformChoices(context).slice(0, 1).map((c) => c.value),
      schema: z.array(z.string()),
    },
    {
      id: 'cadence',
      kind: 'input',
      message: 'How often, in words?',
      help: 'A weekly note, a monthly ask-me-anything.',
      default: 'A weekly note on IT priorities and a monthly ask-me-anything',
      schema: Text,
    },
    {
      id: 'hoursPerWeek',
      kind: 'number',
      message: 'How many hours a week will that take?',
      help: 'The strategy checks warn above 5: the CIO has a day job.',
      default: 2,
      schema: z.number().nonnegative().max(168),
    },
  ],
};

function platformChoices(context: Context): { value: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const i of (context.answers.initiatives as { platform?: string }[] | undefined) ?? []) {
    for (const name of platformNames(i.platform)) seen.set(name, name);
  }
  return [...seen.keys()].map((name) => ({ value: name, name }));
}
