import * as z from 'zod';
import { IsoDate, Text } from '../../model/schema/common.js';
import { Platform } from '../../model/schema/platform.js';
import { initiativePlatformNames, initiativesUsing } from '../platform-names.js';
import type { Answers, Context, Section } from '../types.js';

const yesNo = z.boolean();
const external = { usedBy: 'external' } as const;
const internal = { usedBy: 'internal' } as const;
const notArchived = { archived: false } as const;

/** Every platform the initiatives use, once each, in the order they were named. */
export function platformsNamed(answers: Answers): string[] {
  const all = answers.initiatives;
  return [...new Set((Array.isArray(all) ? (all as Record<string, unknown>[]) : []).flatMap((i) => initiativePlatformNames(i)))];
}

const usersOf = (context: Context) => initiativesUsing(context.answers, context.current.platform);

/**
 * The questions asked once per platform, whichever initiatives share it: who owns the account and
 * posts on it (Legal, Communications), and, where no archiver holds its content, whether a legal
 * hold and an export work on the platform itself (Legal, Records).
 */
export const platforms: Section = {
  id: 'platforms',
  title: 'Platform',
  intro: 'Now each platform once, whichever initiatives use it: who owns it, who posts, and how its content is held for Legal.',
  each: { key: 'platform', names: platformsNamed },
  questions: [
    {
      id: 'companyOwned',
      kind: 'confirm',
      message: 'Is the account the organisation’s own, through the platform’s business features (not someone’s personal account)?',
      help: 'Legal: an account opened in an employee’s own name can leave with them, followers and history included.',
      when: external,
      default: true,
      schema: yesNo,
    },
    {
      id: 'handleSecured',
      kind: 'confirm',
      message: 'Is the organisation’s handle registered on it?',
      help: 'Legal: an unclaimed handle is an impersonator’s opening.',
      when: external,
      default: true,
      schema: yesNo,
    },
    {
      id: 'termsReviewed',
      kind: 'input',
      message: 'When did Legal last review its terms? (YYYY-MM-DD, optional)',
      help: 'Legal: the platform’s terms decide who owns the content, what it may do with your data and how disputes go.',
      when: external,
      schema: IsoDate.optional(),
    },
    {
      id: 'accountOwner',
      kind: 'input',
      message: 'Who owns the account for the organisation?',
      help: 'Communications: a named owner answers for the account, its admins and its handover.',
      when: external,
      default: 'Head of social media',
      schema: Text.optional(),
    },
    {
      id: 'authorisedPosters',
      kind: 'input',
      message: 'Who may post on it? (roles or people, separated by commas)',
      help: 'Communications: only those named post for the organisation.',
      when: external,
      default: 'Social media team',
      schema: Text.optional(),
    },
    {
      id: 'approvalWorkflow',
      kind: 'input',
      message: 'How is a post approved before it goes out?',
      help: 'Communications, and for broker-dealers Compliance: who approves what, before it is posted.',
      when: external,
      default: 'Drafted by the social media team and approved by the account owner',
      schema: Text.optional(),
    },
    {
      id: 'retention',
      kind: 'select',
      message: 'How is the platform’s own retention set?',
      help: 'Records: content kept forever outlives its retention period; content deleted by the platform before its period is lost.',
      when: internal,
      choices: [
        { value: 'configured', name: 'Configured to the record series' },
        { value: 'keep-forever', name: 'Kept forever (the default of many platforms)' },
        { value: 'auto-delete', name: 'Deleted automatically after a time' },
        { value: 'not-configurable', name: 'It cannot be set' },
      ],
      default: 'configured',
      schema: Platform.shape.retention,
    },
    {
      id: 'legalHold',
      kind: 'confirm',
      message: 'Can a legal hold suspend deletion on the platform itself, direct messages included?',
      help: 'Legal and Records: no archiver holds this platform’s content for every initiative using it, so the hold must work on the platform (FRCP 37(e)).',
      when: notArchived,
      default: (context: Context) => usersOf(context).every((i) => i.legalHold === true),
      schema: yesNo,
    },
    {
      id: 'export',
      kind: 'confirm',
      message: 'Can its content be exported in bulk, or searched and exported for litigation?',
      help: 'Legal: held content is of use only if it can be produced.',
      when: notArchived,
      default: (context: Context) => usersOf(context).every((i) => i.scope === 'internal'),
      schema: yesNo,
    },
  ],
};
