import * as z from 'zod';
import { Count, IsoDate, KpiValue, Money, Percent, ResponseHours, Slug, Text } from '../../model/schema/common.js';
import { addMonths, today } from '../../model/dates.js';
import type { Context, Question, Section } from '../types.js';
import { slugify } from '../slug.js';
import { platformNames } from '../platform-names.js';
import { objectiveIds } from './alignment.js';

const internal = { answer: 'scope', equals: 'internal' } as const;
const external = { answer: 'scope', equals: 'external' } as const;
const yesNo = z.boolean();
const optionalText = Text.optional();
const amount = Money;

/** Ids taken by the other initiatives: those answered so far and, for `add initiative`, those already in the file. */
function otherInitiativeIds(context: Context): string[] {
  const all = context.answers.initiatives;
  // Only the entries before this one: a clash is reported on the second of the two.
  const answered = Array.isArray(all) ? (all as { id?: string }[]).slice(0, context.index - 1).map((i) => i.id ?? '') : [];
  const inFile = (context.answers.existing as { initiativeIds?: string[] } | undefined)?.initiativeIds ?? [];
  return [...answered, ...inFile].filter(Boolean);
}

const identity: Question[] = [
  {
    id: 'scope',
    kind: 'select',
    message: 'Is this initiative internal or external?',
    help: 'Internal: collaboration and awareness between teams. External: engagement with markets and customers. The questions, checks and KPIs differ.',
    choices: [
      { value: 'internal', name: 'Internal: employees working together' },
      { value: 'external', name: 'External: customers, markets, the public' },
    ],
    default: ({ index }) => (index === 1 ? 'internal' : 'external'),
    schema: z.enum(['internal', 'external']),
  },
  {
    id: 'name',
    kind: 'input',
    message: 'What is the initiative called?',
    help: 'The name people use for it; the board briefing lists it.',
    default: ({ current }) => (current.scope === 'internal' ? 'Employee knowledge network' : 'Customer care on social media'),
    schema: Text,
  },
  {
    id: 'id',
    kind: 'input',
    message: 'A short id for it',
    help: 'Waivers, sign-offs and briefings refer to the initiative by it.',
    default: ({ current }) => slugify(current.name as string),
    schema: Slug,
    refine: (value, context) => (otherInitiativeIds(context).includes(value as string) ? `another initiative already has the id "${String(value)}"` : undefined),
  },
  {
    id: 'stage',
    kind: 'select',
    message: 'What stage is it at?',
    help: 'Pilots need an experiment and an end date; live initiatives need complete KPIs and records capture.',
    choices: ['idea', 'pilot', 'rollout', 'run'].map((s) => ({ value: s, name: s })),
    default: 'pilot',
    schema: z.enum(['idea', 'pilot', 'rollout', 'run']),
  },
  {
    id: 'starts',
    kind: 'input',
    message: 'When does it start, or when did it? (YYYY-MM-DD)',
    help: 'The roadmap places it by this date, and its ROI counts month 0 from it: the portfolio total puts every initiative on one calendar.',
    default: ({ current }) => (current.stage === 'rollout' || current.stage === 'run' ? today() : addMonths(today(), 1)),
    schema: IsoDate.optional(),
  },
  {
    id: 'businessNeed',
    kind: 'input',
    message: 'What business need does it meet?',
    help: 'In business language: who is affected, what it costs today. The board reads this first.',
    default: ({ current }) =>
      current.scope === 'internal' ? 'People lose hours a week hunting for answers across e-mail threads.' : 'Customers ask questions publicly and wait days for an answer.',
    schema: Text,
  },
  {
    id: 'supports',
    kind: 'checkbox',
    message: 'Which IT objectives does it serve?',
    help: 'Every initiative traces to an IT objective and through it to a business goal; untraced work is the first thing a board cuts.',
    choices: (context) => {
      const all = context.answers.objectives;
      return (Array.isArray(all) ? (all as { id?: string; statement: string }[]) : []).map((o, i) => {
        const id = o.id ?? `IT${i + 1}`;
        return { value: id, name: `${id}: ${o.statement}` };
      });
    },
    default: objectiveIds,
    schema: z.array(z.string()).min(1, 'choose at least one objective'),
  },
  {
    id: 'platform',
    kind: 'input',
    message: 'Which platforms or accounts does it use? (separate several with commas)',
    help: 'Each one becomes a platform in the strategy; Legal, Records and Security will ask about its legal hold, retention and MFA.',
    default: ({ current }) => (current.scope === 'internal' ? 'Microsoft Viva Engage' : 'LinkedIn Company Page'),
    schema: Text,
  },
  {
    id: 'audience',
    kind: 'input',
    message: 'Who is it for?',
    help: 'The audience decides which rules apply (employees, clients, the public, children).',
    default: ({ current }) => (current.scope === 'internal' ? 'All office and frontline employees' : 'Existing customers and prospects'),
    schema: Text,
  },
  {
    id: 'audienceSize',
    kind: 'number',
    message: 'Roughly how many people?',
    help: 'Sizes the adoption targets and the ROI.',
    default: ({ current }) => (current.scope === 'internal' ? 2000 : 50000),
    schema: Count,
  },
];

const internalQuestions: Question[] = [
  {
    id: 'silos',
    kind: 'input',
    message: 'Which teams or sites should it connect? (comma-separated, optional)',
    help: 'Internal initiatives exist to break silos; the roadmap names them.',
    when: internal,
    schema: optionalText,
  },
  {
    id: 'champions',
    kind: 'number',
    message: 'How many volunteer champions will help people start?',
    help: 'Adoption rests on champions more than on licences.',
    when: internal,
    default: ({ current }) => Math.max(5, Math.round(((current.audienceSize as number) || 0) / 60)),
    schema: Count,
  },
  {
    id: 'employeeAnalytics',
    kind: 'confirm',
    message: 'Will it analyse individual employees’ activity?',
    help: 'Privacy needs a DPIA for it, and HR must tell employees (GDPR art. 35; works councils).',
    when: internal,
    default: false,
    schema: yesNo,
  },
  {
    id: 'employeesInformed',
    kind: 'confirm',
    message: 'Have employees been told about those analytics?',
    help: 'HR checks this in the EU and California.',
    when: { all: [internal, { answer: 'employeeAnalytics', equals: true }] },
    default: true,
    schema: yesNo,
  },
  {
    id: 'celebration',
    kind: 'input',
    message: 'How will you celebrate what people try? (optional)',
    help: 'An environment for experimentation needs recognition, not only permission.',
    when: internal,
    schema: optionalText,
  },
];

const externalQuestions: Question[] = [
  {
    id: 'collection',
    kind: 'checkbox',
    message: 'Where will it collect personal data directly from people?',
    help: 'Privacy asks for a notice at each point of collection (GDPR arts. 13-14; CPRA).',
    when: external,
    choices: [
      { value: 'direct-messages', name: 'Direct messages' },
      { value: 'forms', name: 'Forms' },
      { value: 'contests', name: 'Contests' },
      { value: 'comments', name: 'Comments' },
      { value: 'lead-ads', name: 'Lead ads' },
    ],
    default: ['direct-messages'],
    schema: z.array(z.enum(['forms', 'contests', 'direct-messages', 'surveys', 'comments', 'lead-ads'])),
  },
  {
    id: 'noticeUrl',
    kind: 'input',
    message: 'Where is the privacy notice people see when they give their data?',
    help: 'Privacy checks a notice is linked at collection in the EU and California.',
    when: { all: [external, { jurisdiction: ['EU', 'US-CA'] }] },
    schema: optionalText,
  },
  {
    id: 'pageInsights',
    kind: 'confirm',
    message: 'Will it use the platform’s page insights (statistics about the people who visit your page)?',
    help: 'In the EU and UK the page’s administrator is a joint controller with the platform for them (CJEU C-210/16 Wirtschaftsakademie).',
    when: external,
    default: false,
    schema: yesNo,
  },
  {
    id: 'pixels',
    kind: 'confirm',
    message: 'Will your own website carry the platform’s pixel or social plug-ins?',
    help: 'In the EU and UK the site is a joint controller for collecting and sending visitors’ data (CJEU C-40/17 Fashion ID), and the pixel’s cookies need consent (ePrivacy art. 5(3), PECR reg. 6).',
    when: external,
    default: false,
    schema: yesNo,
  },
  {
    id: 'jointControllerArrangement',
    kind: 'input',
    message: 'Which joint-controller arrangement with the platform covers that?',
    help: 'Privacy asks for it in the EU and UK: the platform’s controller addendum (such as Meta’s Page Insights Controller Addendum), by name or link.',
    when: { all: [external, { any: [{ answer: 'pageInsights', equals: true }, { answer: 'pixels', equals: true }] }] },
    schema: optionalText,
  },
  {
    id: 'customAudiences',
    kind: 'confirm',
    message: 'Will it retarget people or upload customer lists as audiences?',
    help: 'Needs prior consent in the EU and an opt-out honouring Global Privacy Control in California.',
    when: external,
    default: false,
    schema: yesNo,
  },
  {
    id: 'consent',
    kind: 'select',
    message: 'How do people agree to that targeting?',
    help: 'Privacy blocks retargeting without it.',
    when: { all: [external, { answer: 'customAudiences', equals: true }] },
    choices: [
      { value: 'prior-consent', name: 'Prior consent (needed in the EU)' },
      { value: 'opt-out-with-gpc', name: 'Opt-out honouring Global Privacy Control (California)' },
      { value: 'none', name: 'Not yet decided' },
    ],
    default: 'prior-consent',
    schema: z.enum(['prior-consent', 'opt-out-with-gpc', 'none']),
  },
  {
    id: 'under13',
    kind: 'select',
    message: 'Could children under 13 be in the audience?',
    help: 'If so, COPPA applies: verifiable parental consent and no behavioural ads (16 CFR 312).',
    when: external,
    choices: [
      { value: 'no', name: 'No' },
      { value: 'possible', name: 'Possibly' },
      { value: 'directed', name: 'Yes, content is aimed at them' },
    ],
    default: ({ answers }) => ((answers.organisation as { regulatoryTags?: string[] } | undefined)?.regulatoryTags?.includes('KIDS') ? 'possible' : 'no'),
    schema: z.enum(['no', 'possible', 'directed']),
  },
  {
    id: 'coppaPlan',
    kind: 'input',
    message: 'Where is the COPPA plan?',
    help: 'Privacy blocks approval without it when children may take part.',
    when: { all: [external, { answer: 'under13', notEquals: 'no' }] },
    schema: optionalText,
  },
  {
    id: 'endorsements',
    kind: 'checkbox',
    message: 'Will others post for you?',
    help: 'Compliance and HR check that each post discloses the connection (16 CFR 255) and that advocacy is voluntary.',
    when: external,
    choices: [
      { value: 'employeeAdvocacy', name: 'Employees share company content' },
      { value: 'influencers', name: 'Paid or gifted influencers' },
      { value: 'contests', name: 'Contests or giveaways' },
    ],
    default: [],
    schema: z.array(z.enum(['employeeAdvocacy', 'influencers', 'contests'])),
  },
  {
    id: 'disclosureInPost',
    kind: 'confirm',
    message: 'Will every such post disclose the connection in the post itself (#employee, #ad)?',
    help: 'The FTC expects the disclosure in the post, not in a bio.',
    when: { all: [external, { answer: 'endorsements', includesAny: ['employeeAdvocacy', 'influencers'] }] },
    default: true,
    schema: yesNo,
  },
  {
    id: 'officialRules',
    kind: 'input',
    message: 'Where are the contest’s official rules published?',
    help: 'Legal checks contests have official rules and disclose the incentive.',
    when: { all: [external, { answer: 'endorsements', includesAny: ['contests'] }] },
    schema: optionalText,
  },
  {
    id: 'guidelinesUrl',
    kind: 'input',
    message: 'Where are the community guidelines published? (optional)',
    help: 'Communications removes spam by published rules, never for sentiment (16 CFR 465.7).',
    when: external,
    schema: optionalText,
  },
  {
    id: 'responseTimeHours',
    kind: 'number',
    message: 'Target time to answer a comment or message, in hours',
    help: 'Communications and the KPIs use it.',
    when: external,
    default: 4,
    schema: ResponseHours,
  },
  {
    id: 'accessible',
    kind: 'confirm',
    message: 'Will images carry alt text and videos captions?',
    help: 'Communications checks it (WCAG 1.1.1, 1.2.2); for government it blocks approval.',
    default: true,
    schema: yesNo,
  },
];

const privacyQuestions: Question[] = [
  {
    id: 'lawfulBasis',
    kind: 'select',
    message: 'On what lawful basis does it process personal data?',
    help: 'Privacy blocks approval without one (GDPR art. 6).',
    choices: [
      { value: 'legitimate-interests', name: 'Legitimate interests' },
      { value: 'consent', name: 'Consent' },
      { value: 'contract', name: 'Contract' },
      { value: 'legal-obligation', name: 'Legal obligation' },
      { value: 'public-task', name: 'Public task' },
    ],
    default: ({ current }) => (current.customAudiences ? 'consent' : 'legitimate-interests'),
    schema: z.enum(['legitimate-interests', 'consent', 'contract', 'legal-obligation', 'public-task']),
  },
  {
    id: 'lia',
    kind: 'input',
    message: 'Where is the legitimate interests assessment (the balancing test) recorded?',
    help: 'Privacy asks for it in the EU and UK before legitimate interests can be relied on (GDPR and UK GDPR art. 6(1)(f)); a document reference or link.',
    when: { all: [{ answer: 'lawfulBasis', equals: 'legitimate-interests' }, { jurisdiction: ['EU', 'GB'] }] },
    schema: optionalText,
  },
  {
    id: 'ropaId',
    kind: 'input',
    message: 'Its record-of-processing entry (optional)',
    help: 'Privacy asks for one per initiative (GDPR art. 30).',
    schema: optionalText,
  },
];

const regulatedQuestions: Question[] = [
  {
    id: 'preApproval',
    kind: 'select',
    message: 'Who approves static content before it is posted?',
    help: 'FINRA 10-06 and 11-39: a registered principal pre-approves static content.',
    when: { all: [external, { tag: ['FIN'] }] },
    choices: [
      { value: 'principal', name: 'A registered principal' },
      { value: 'compliance', name: 'Compliance' },
      { value: 'communications', name: 'Communications' },
      { value: 'none', name: 'No one yet' },
    ],
    default: 'principal',
    schema: z.enum(['principal', 'compliance', 'communications', 'none']),
  },
  {
    id: 'postReviewPct',
    kind: 'number',
    message: 'What share of interactive posts does Compliance review afterwards, in percent?',
    help: 'Risk-based post-review of interactive content (FINRA 11-39).',
    when: { all: [external, { tag: ['FIN'] }] },
    default: 10,
    schema: Percent,
  },
  {
    id: 'materialInformation',
    kind: 'confirm',
    message: 'Could material information for investors be posted here?',
    help: 'Only on channels announced to investors (Regulation FD; the SEC’s 2013 report on Netflix).',
    when: { all: [external, { tag: ['PUBCO'] }] },
    default: false,
    schema: yesNo,
  },
  {
    id: 'phiSafeguards',
    kind: 'input',
    message: 'How are replies kept free of protected health information?',
    help: 'A reply confirming someone is a patient discloses PHI (HIPAA).',
    when: { all: [external, { tag: ['HC'] }] },
    default: 'Reply scripts move health questions to a secure channel; care staff are trained.',
    schema: optionalText,
  },
  {
    id: 'benefitClaims',
    kind: 'confirm',
    message: 'Will posts make product benefit claims?',
    help: 'The FDA expects risk information alongside benefit claims, within the platform’s limits.',
    when: { all: [external, { tag: ['PHARMA'] }] },
    default: false,
    schema: yesNo,
  },
];

const recordsQuestions: Question[] = [
  {
    id: 'recordSeries',
    kind: 'input',
    message: 'Which record series in the retention schedule covers its content? (optional)',
    help: 'Records assigns each channel a series and a period (ISO 15489).',
    schema: optionalText,
  },
  {
    id: 'retentionYears',
    kind: 'number',
    message: 'How many years is its content kept?',
    help: 'Broker-dealers keep communications at least 3 years and other records 6 (SEC 17a-4).',
    default: ({ answers }) => ((answers.organisation as { regulatoryTags?: string[] } | undefined)?.regulatoryTags?.some((t) => t === 'FIN' || t === 'RIA') ? 6 : 3),
    schema: z.number().nonnegative().max(100),
  },
  {
    id: 'captureMethod',
    kind: 'select',
    message: 'How is its content captured into the archive?',
    help: 'Records and Compliance need edits, deletions, comments and DMs captured; regulated firms may not use a channel until capture works.',
    choices: [
      { value: 'vendor-api', name: 'An archiver through the platform’s API' },
      { value: 'journaling', name: 'Journaling' },
      { value: 'platform-export', name: 'Periodic platform export' },
      { value: 'none', name: 'Not yet' },
    ],
    default: 'vendor-api',
    schema: z.enum(['vendor-api', 'platform-export', 'journaling', 'screenshots', 'none']),
  },
  {
    id: 'archiver',
    kind: 'input',
    message: 'Which archiver? (optional)',
    help: 'Compliance names the archiver before any business use in regulated firms.',
    when: { answer: 'captureMethod', notEquals: 'none' },
    schema: optionalText,
  },
  {
    id: 'legalHold',
    kind: 'confirm',
    message: 'Can a legal hold suspend deletion of its content, DMs included?',
    help: 'Legal blocks approval otherwise (FRCP 37(e)).',
    default: true,
    schema: yesNo,
  },
];

const measurementQuestions: Question[] = [
  {
    id: 'kpiMetric',
    kind: 'input',
    message: 'Which business outcome will show it works?',
    help: 'An outcome, not usage: initiatives measured only by activity become a distraction (Gartner, 2013).',
    default: ({ current }) => (current.scope === 'internal' ? 'Median hours to answer a question' : 'Median first response time'),
    schema: Text,
  },
  {
    id: 'kpiUnit',
    kind: 'input',
    message: 'In what unit?',
    help: 'hours, percent, count, a currency...',
    default: 'hours',
    schema: Text,
  },
  {
    id: 'kpiBaseline',
    kind: 'number',
    message: 'Its value today (the baseline)',
    help: 'Without a baseline no one can say whether it improved.',
    default: ({ current }) => (current.scope === 'internal' ? 26 : 48),
    schema: KpiValue,
  },
  {
    id: 'kpiTarget',
    kind: 'number',
    message: 'The target',
    help: 'What the initiative commits to.',
    default: ({ current }) => (current.scope === 'internal' ? 8 : 4),
    schema: KpiValue,
  },
  {
    id: 'kpiCadence',
    kind: 'select',
    message: 'How often is it measured?',
    help: 'A KPI with no data for longer than its cadence is reported as stale.',
    choices: ['weekly', 'monthly', 'quarterly'].map((c) => ({ value: c, name: c })),
    default: 'monthly',
    schema: z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']),
  },
  {
    id: 'kpiSource',
    kind: 'input',
    message: 'Where does the figure come from?',
    help: 'The system or report a sceptic can check.',
    default: ({ current }) => `${platformNames(current.platform).join(' and ') || 'Platform'} analytics`,
    schema: Text,
  },
  {
    id: 'qualitative',
    kind: 'input',
    message: 'And how will you judge it qualitatively?',
    help: 'A pulse survey, a story log, a maturity assessment: numbers alone miss why.',
    default: 'Quarterly pulse survey and a log of stories worth retelling',
    schema: Text,
  },
  {
    id: 'yearlyCost',
    kind: 'number',
    message: 'Its yearly running cost (licences, people)',
    help: 'The ROI model starts here; every figure should have a basis someone can check.',
    default: 100000,
    schema: amount,
  },
  {
    id: 'setupCost',
    kind: 'number',
    message: 'Its one-off set-up cost',
    help: 'Counted in the first month.',
    default: 25000,
    schema: amount,
  },
  {
    id: 'yearlyBenefit',
    kind: 'number',
    message: 'Its expected yearly benefit',
    help: 'For internal initiatives: active users x hours saved a week x loaded hourly rate x weeks x realisation %.',
    default: 200000,
    schema: amount,
  },
  {
    id: 'benefitBasis',
    kind: 'input',
    message: 'How was the benefit worked out?',
    help: 'The board will ask; write the arithmetic.',
    default: 'To be worked out with Finance',
    schema: Text,
  },
  {
    id: 'hypothesis',
    kind: 'input',
    message: 'What does the pilot expect to learn?',
    help: 'A pilot without a hypothesis, success criteria and an end date is just a launch.',
    when: { answer: 'stage', equals: 'pilot' },
    default: ({ current }) => `${current.name as string} moves ${current.kpiMetric as string} toward its target.`,
    schema: Text,
  },
  {
    id: 'successCriteria',
    kind: 'input',
    message: 'What result counts as success?',
    help: 'Decided before the pilot starts.',
    when: { answer: 'stage', equals: 'pilot' },
    default: ({ current }) => `${current.kpiMetric as string} at or better than ${String(current.kpiTarget)} ${current.kpiUnit as string}`,
    schema: Text,
  },
  {
    id: 'ends',
    kind: 'input',
    message: 'When does the pilot end and get judged? (YYYY-MM-DD)',
    help: 'Then it is rolled out or retired, and the innovation celebrated either way.',
    when: { answer: 'stage', equals: 'pilot' },
    default: ({ current }) => addMonths(typeof current.starts === 'string' ? current.starts : today(), 6),
    schema: IsoDate,
    refine: (value, { current }) => (typeof value === 'string' && typeof current.starts === 'string' && value < current.starts ? `The pilot cannot end before it starts (${current.starts}).` : undefined),
  },
];

export const initiatives: Section = {
  id: 'initiatives',
  title: 'Initiatives',
  intro: 'Now each initiative, one at a time. Internal and external initiatives differ in their objectives, adoption and management, so the questions differ too.',
  repeat: { another: 'Add another initiative?', min: 1, max: 12 },
  questions: [...identity, ...internalQuestions, ...externalQuestions, ...privacyQuestions, ...regulatedQuestions, ...recordsQuestions, ...measurementQuestions],
};
