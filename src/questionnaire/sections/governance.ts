import * as z from 'zod';
import { initiativePlatformNames } from '../platform-names.js';
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
      id: 'crisisContacts',
      kind: 'input',
      message: 'Who is called when a crisis starts, in order? (separate with commas; the first owns the plan)',
      help: 'Communications: the first name owns the plan and keeps it current; the others are called in turn.',
      default: 'Head of Corporate Communications, CIO, General Counsel',
      schema: Text.optional(),
    },
    {
      id: 'crisisSeverityLevels',
      kind: 'number',
      message: 'How many severity levels does it define?',
      help: 'Communications: levels decide who is woken up, and how fast.',
      default: 3,
      schema: z.number().int().min(1).max(10).optional(),
    },
    {
      id: 'crisisResponseMinutes',
      kind: 'number',
      message: 'Target time to a first public response, in minutes',
      help: 'Communications: silence is read as an answer.',
      default: 60,
      schema: z.number().positive().max(525600).optional(),
    },
    {
      id: 'crisisLastTested',
      kind: 'input',
      message: 'When was it last tested? (YYYY-MM-DD, optional)',
      help: 'An untested plan fails when it is needed; Communications asks for an exercise in the last 12 months.',
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
      id: 'impersonationMonitoring',
      kind: 'input',
      message: 'How are accounts impersonating the organisation or its executives found?',
      help: 'Legal: a brand-protection service, or a scheduled search of each platform for the names, marks and executives.',
      when: { initiativeScope: 'external' },
      default: 'A monthly search of each platform for our names, marks and executives',
      schema: Text.optional(),
    },
    {
      id: 'impersonationProcess',
      kind: 'input',
      message: 'Where is the procedure for taking impersonating accounts and trademark misuse down? (optional)',
      help: 'Legal: each platform has its own report form and evidence it asks for.',
      when: { initiativeScope: 'external' },
      schema: Text.optional(),
    },
    {
      id: 'accountTransfer',
      kind: 'input',
      message: 'How do accounts and handles pass to the organisation when the person who runs them leaves? (optional)',
      help: 'Legal: who holds admin rights and how credentials are handed over, written into employment and agency agreements.',
      when: { initiativeScope: 'external' },
      schema: Text.optional(),
    },
    {
      id: 'openMeetings',
      kind: 'input',
      message: 'Where is the guidance for members of your public bodies on discussing their business on social media? (optional)',
      help: 'Legal: under state open meetings laws, a majority of a body replying to one another’s posts about its business can be a meeting held out of public view.',
      when: { tag: ['GOV'] },
      schema: Text.optional(),
    },
    {
      id: 'disclosureControlsCoverSocial',
      kind: 'confirm',
      message: 'Do the disclosure controls cover executives’ social media posts?',
      help: 'Compliance: a post that may be material is reviewed before it goes out (Regulation FD; SEC Rule 13a-15).',
      when: { tag: ['PUBCO'] },
      default: true,
      schema: z.boolean(),
    },
    {
      id: 'incidentProgramme',
      kind: 'input',
      message: 'Where is the incident response programme for customer information?',
      help: 'Compliance: Regulation S-P (17 CFR 248.30, as amended in 2024) asks for one, including notice to affected customers within 30 days; a social media account breach can expose customer information.',
      when: { tag: ['FIN', 'RIA'] },
      schema: Text.optional(),
    },
    {
      id: 'incidentNoticeDays',
      kind: 'number',
      message: 'Within how many days are affected customers told?',
      help: 'Regulation S-P: as soon as practicable, and no later than 30 days after becoming aware.',
      when: { all: [{ tag: ['FIN', 'RIA'] }, { answer: 'incidentProgramme', notEquals: undefined }] },
      default: 30,
      schema: z.number().int().min(0).max(365),
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
      message: 'Where will you post as yourself?',
      help: 'Selective presence is credible; omnipresence is not. Choosing none leaves your own voice as an open item for Communications.',
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

/** The network a presence is on: "LinkedIn Company Page" is on LinkedIn. */
function networkOf(name: string): string {
  return name.replace(/\s+(company page|business page|page|account|channel|profile)$/i, '').trim() || name;
}

/**
 * Where the CIO can post as themselves: on an internal network, as themselves; on an external
 * network, from their own profile, which is not the organisation's page the initiative runs.
 */
function platformChoices(context: Context): { value: string; name: string }[] {
  const choices = new Map<string, string>();
  for (const i of (context.answers.initiatives as Record<string, unknown>[] | undefined) ?? []) {
    for (const name of initiativePlatformNames(i)) {
      if (choices.has(name)) continue;
      const network = networkOf(name);
      choices.set(name, i.scope === 'internal' ? `${name}, posting as yourself` : network === name ? `Your own profile on ${name}` : `Your own ${network} profile (not the ${name} itself)`);
    }
  }
  return [...choices].map(([value, name]) => ({ value, name }));
}
