import * as z from 'zod';
import { Count, IsoDate, KpiValue, Money, Percent, Recurrence, ResponseHours, Slug, Text } from '../../model/schema/common.js';
import { CashFlow } from '../../model/schema/measurement.js';
import { CapturedItem } from '../../model/schema/records.js';
import { covers } from '../../checks/engine/applicability.js';
import { addMonths, today } from '../../model/dates.js';
import type { Context, Question, Section } from '../types.js';
import { slugify } from '../slug.js';
import { initiativePlatformNames } from '../platform-names.js';
import { objectiveIds } from './alignment.js';

const internal = { answer: 'scope', equals: 'internal' } as const;
const external = { answer: 'scope', equals: 'external' } as const;
/** Where GDPR (or UK GDPR) applies, as the Privacy checklist's rules decide it. */
const gdpr = { jurisdiction: ['EEA', 'UK'] } as const;
const regulatedFirm = { tag: ['FIN', 'RIA'] } as const;
const government = { tag: ['GOV', 'FED'] } as const;
/** COPPA applies: the audience is aimed at children under 13, or the organisation knows it reaches them. */
const coppa = { any: [{ answer: 'under13', equals: 'directed' }, { answer: 'under13', equals: 'known' }] } as const;

function jurisdictionsSoFar(context: Context): string[] {
  return (context.answers.organisation as { jurisdictions?: string[] } | undefined)?.jurisdictions ?? [];
}

/** The platforms named before this initiative: by the initiatives answered so far and, for `add initiative`, in the file. */
function platformsNamedBefore(context: Context): string[] {
  const all = context.answers.initiatives;
  const earlier = Array.isArray(all) ? (all as Record<string, unknown>[]).slice(0, context.index - 1).flatMap((i) => initiativePlatformNames(i)) : [];
  const inFile = (context.answers.existing as { platforms?: string[] } | undefined)?.platforms ?? [];
  return [...new Set([...inFile, ...earlier])];
}
const yesNo = z.boolean();
const optionalText = Text.optional();

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
    id: 'knownPlatforms',
    kind: 'checkbox',
    message: 'Which of the platforms already named does it use?',
    help: 'An initiative may use several; those it shares with another initiative are asked about once.',
    choices: (context) => platformsNamedBefore(context).map((name) => ({ value: name, name })),
    default: [],
    schema: z.array(z.string()),
  },
  {
    id: 'platform',
    kind: 'input',
    message: 'Which other platforms or accounts does it use? (separate several with commas)',
    help: 'Each one becomes a platform in the strategy; Legal, Records and Security will ask about its legal hold, retention and MFA.',
    default: ({ current }) =>
      Array.isArray(current.knownPlatforms) && current.knownPlatforms.length > 0 ? undefined : current.scope === 'internal' ? 'Microsoft Viva Engage' : 'LinkedIn Company Page',
    schema: Text.optional(),
    refine: (value, { current }) => (initiativePlatformNames({ knownPlatforms: current.knownPlatforms, platform: value }).length === 0 ? 'name at least one platform' : undefined),
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
    help: 'Privacy checks a notice is linked at collection in the EU, the UK and California.',
    when: { all: [external, { jurisdiction: ['EEA', 'UK', 'US-CA'] }] },
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
    id: 'retargeting',
    kind: 'confirm',
    message: 'Will it show ads to people because they visited your site or page (retargeting)?',
    help: 'Retargeting rests on the pixel’s cookies: prior consent in the EU and UK (ePrivacy art. 5(3), PECR reg. 6), an opt-out honouring Global Privacy Control in California.',
    when: external,
    default: false,
    schema: yesNo,
  },
  {
    id: 'customAudiences',
    kind: 'confirm',
    message: 'Will it upload customer lists to the platform to build audiences?',
    help: 'In the EU and UK an uploaded list needs a lawful basis of its own, consent or legitimate interests depending on the targeting (EDPB Guidelines 8/2020); California lets people opt out of that sharing.',
    when: external,
    default: false,
    schema: yesNo,
  },
  {
    id: 'consent',
    kind: 'select',
    message: 'How do people agree to that tracking and targeting?',
    help: 'Privacy blocks pixels, retargeting and audience uploads without it.',
    when: { all: [external, { any: [{ answer: 'pixels', equals: true }, { answer: 'retargeting', equals: true }, { answer: 'customAudiences', equals: true }] }] },
    choices: [
      { value: 'prior-consent', name: 'Prior consent, before any tracking (EU and UK)' },
      { value: 'opt-out-with-gpc', name: 'Opt-out honouring Global Privacy Control (US states)' },
      { value: 'none', name: 'Not yet decided' },
    ],
    default: (context) => (jurisdictionsSoFar(context).some((j) => ['EEA', 'UK'].some((r) => covers(r, j))) ? 'prior-consent' : 'opt-out-with-gpc'),
    schema: z.enum(['prior-consent', 'opt-out-with-gpc', 'none']),
  },
  {
    id: 'phiExcluded',
    kind: 'confirm',
    message: 'Are the pixels and retargeting kept off pages where they could collect health information (patient portals, appointment and symptom pages)?',
    help: 'A pixel there discloses protected health information to the platform, which needs a business associate agreement or the patient’s authorisation (HIPAA; HHS OCR tracking guidance, as limited by AHA v. Becerra).',
    when: { all: [external, { tag: ['HC'] }, { any: [{ answer: 'pixels', equals: true }, { answer: 'retargeting', equals: true }] }] },
    default: false,
    schema: yesNo,
  },
  {
    id: 'customAudienceBasis',
    kind: 'select',
    message: 'On what lawful basis are customer lists uploaded?',
    help: 'Privacy asks for it in the EU and UK: consent, or legitimate interests with a balancing test, depending on how the platform matches the list (EDPB Guidelines 8/2020).',
    when: { all: [external, { answer: 'customAudiences', equals: true }, gdpr] },
    choices: [
      { value: 'consent', name: 'Consent' },
      { value: 'legitimate-interests', name: 'Legitimate interests, with a balancing test' },
    ],
    default: 'consent',
    schema: z.enum(['consent', 'legitimate-interests']),
  },
  {
    id: 'under13',
    kind: 'select',
    message: 'Could children under 13 be in the audience?',
    help: 'COPPA applies to a service directed to children under 13, or one that knows it collects their personal information: verifiable parental consent comes first (16 CFR 312.2, 312.5).',
    when: external,
    choices: [
      { value: 'no', name: 'No' },
      { value: 'possible', name: 'Possibly, though it is not aimed at them' },
      { value: 'known', name: 'Yes, we know some are under 13' },
      { value: 'directed', name: 'Yes, content is aimed at them' },
    ],
    default: ({ answers }) => ((answers.organisation as { regulatoryTags?: string[] } | undefined)?.regulatoryTags?.includes('KIDS') ? 'possible' : 'no'),
    schema: z.enum(['no', 'possible', 'known', 'directed']),
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
    id: 'coppaThirdParties',
    kind: 'select',
    message: 'Is children’s personal information disclosed to third parties (ad networks included)?',
    help: 'Privacy: since the 2025 COPPA amendments, disclosure to third parties needs a separate verifiable parental consent (16 CFR 312.5(a)(2); compliance from 2026-04-22).',
    when: { all: [external, coppa] },
    choices: [
      { value: 'none', name: 'No' },
      { value: 'separate-consent', name: 'Only with a separate parental consent' },
    ],
    default: 'none',
    schema: z.enum(['none', 'separate-consent']),
  },
  {
    id: 'coppaRetentionPolicy',
    kind: 'input',
    message: 'Where is the written retention policy for children’s personal information?',
    help: 'Privacy: the 2025 amendments ask for one, kept no longer than the purpose needs (16 CFR 312.10).',
    when: { all: [external, coppa] },
    schema: optionalText,
  },
  {
    id: 'coppaSecurityProgramme',
    kind: 'input',
    message: 'Where is the written security programme for children’s personal information?',
    help: 'Privacy: the 2025 amendments ask for a written information security programme (16 CFR 312.8).',
    when: { all: [external, coppa] },
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
    id: 'advocacyKitDisclosures',
    kind: 'confirm',
    message: 'Does every template in the advocacy kit carry a disclosure tag (#employee, "I work at ...")?',
    help: 'Communications checks that employees who share company content can disclose the connection without thinking about it (16 CFR 255.5; CAP Code 2.1).',
    when: { all: [external, { answer: 'endorsements', includesAny: ['employeeAdvocacy'] }] },
    default: true,
    schema: yesNo,
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
    id: 'viewpointNeutral',
    kind: 'confirm',
    message: 'Are comments hidden or removed only by those published rules, never for the view they express?',
    help: 'Legal: comments on a government page are speech the First Amendment protects, and removing them for their viewpoint invites a claim (Knight First Amendment Institute v. Trump, 2d Cir. 2019, vacated as moot; Lindke v. Freed, 2024, on when an official’s account is the government’s).',
    when: { all: [external, government] },
    default: true,
    schema: yesNo,
  },
  {
    id: 'actionLog',
    kind: 'confirm',
    message: 'Is every hide, deletion and block logged, with the rule applied, who acted and when?',
    help: 'Legal: the log shows each action followed the published rules; Records keeps it as a public record.',
    when: { all: [external, government] },
    default: true,
    schema: yesNo,
  },
  {
    id: 'publicContentUnedited',
    kind: 'confirm',
    message: 'Is what the public posts only ever hidden or removed, never edited?',
    help: 'Legal: editing someone’s comment changes a public record and puts words in their mouth.',
    when: { all: [external, government] },
    default: true,
    schema: yesNo,
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
  {
    id: 'accessibilityStandard',
    kind: 'select',
    message: 'Which accessibility standard will its posts meet?',
    help: 'Legal: the ADA Title II rule (28 CFR 35.200) requires WCAG 2.1 AA of state and local governments’ web content, social media posts included; Section 508 holds federal agencies to WCAG 2.0 AA (36 CFR 1194, E205.2), which 2.1 AA meets.',
    when: { all: [external, government] },
    choices: [
      { value: 'WCAG-2.1-AA', name: 'WCAG 2.1 AA (what the rule requires)' },
      { value: 'WCAG-2.2-AA', name: 'WCAG 2.2 AA (which meets 2.1 AA too)' },
      { value: 'none', name: 'None yet' },
    ],
    default: 'WCAG-2.1-AA',
    schema: z.enum(['WCAG-2.1-AA', 'WCAG-2.2-AA', 'none']),
  },
  {
    id: 'accessibilityDate',
    kind: 'input',
    message: 'By when? (YYYY-MM-DD)',
    help: 'The rule’s dates (91 FR 20902): 2027-04-26 for a population of 50,000 or more, 2028-04-26 for smaller entities and special districts.',
    when: { all: [external, { tag: ['GOV'] }, { answer: 'accessibilityStandard', notEquals: 'none' }] },
    default: '2027-04-26',
    schema: IsoDate,
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
    when: { all: [{ any: [{ answer: 'lawfulBasis', equals: 'legitimate-interests' }, { answer: 'customAudienceBasis', equals: 'legitimate-interests' }] }, gdpr] },
    schema: optionalText,
  },
  {
    id: 'specialCategoryCondition',
    kind: 'input',
    message: 'Which condition of GDPR article 9(2) covers the health data people share in comments and messages?',
    help: 'Privacy: a comment or message to a health provider often reveals health data, a special category that needs an art. 9(2) condition besides the lawful basis (GDPR and UK GDPR art. 9), such as explicit consent or the provision of care.',
    when: { all: [external, { tag: ['HC'] }, gdpr] },
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
    id: 'representativeApproval',
    kind: 'confirm',
    message: 'Does a registered principal approve each representative’s own business account before it is used?',
    help: 'FINRA 11-39: a principal approves each site before a representative uses it for business; employee advocacy makes representatives post.',
    when: { all: [external, { tag: ['FIN'] }, { answer: 'endorsements', includesAny: ['employeeAdvocacy'] }] },
    default: true,
    schema: yesNo,
  },
  {
    id: 'thirdPartyContent',
    kind: 'select',
    message: 'Will it share or like content written by others?',
    help: 'FINRA 11-39: a firm that shares, likes or links to third-party content may adopt it, or become entangled with it, and answer for it.',
    when: { all: [external, { tag: ['FIN'] }] },
    choices: [
      { value: 'not-shared', name: 'No, only our own content' },
      { value: 'shared-with-review', name: 'Yes, after a principal reviews it' },
      { value: 'shared', name: 'Yes, without review' },
    ],
    default: 'not-shared',
    schema: z.enum(['not-shared', 'shared-with-review', 'shared']),
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
    id: 'pia',
    kind: 'input',
    message: 'Which adapted privacy impact assessment covers this third-party site?',
    help: 'An agency that can see the people who engage with it on a third-party site assesses that use first (OMB M-10-23); one assessment may cover sites used alike.',
    when: { all: [external, { tag: ['FED'] }] },
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
    help: 'Broker-dealers keep business communications 3 years (SEC 17a-4(b)(4)) and advisers 5 (Advisers Act rule 204-2(e)); the record series may ask for longer.',
    // What the help says: 5 for an adviser (204-2), 3 otherwise (a broker-dealer's 17a-4(b)(4) minimum).
    default: ({ answers }) => ((answers.organisation as { regulatoryTags?: string[] } | undefined)?.regulatoryTags?.includes('RIA') ? 5 : 3),
    schema: z.number().nonnegative().max(100),
  },
  {
    id: 'accessibleYears',
    kind: 'number',
    message: 'For how many of those years does it stay easily accessible?',
    help: 'Records: SEC 17a-4(b)(4) and rule 204-2(e) ask for the first 2 years within easy reach.',
    when: regulatedFirm,
    default: 2,
    schema: z.number().nonnegative().max(100),
  },
  {
    id: 'wormStorage',
    kind: 'confirm',
    message: 'Is the archive on WORM storage, or an audit-trail system that meets SEC 17a-4(f)?',
    help: 'Records and Compliance: records a broker-dealer keeps must be non-rewriteable and non-erasable, or kept with a complete audit trail (17a-4(f)(2)).',
    when: regulatedFirm,
    default: true,
    schema: yesNo,
  },
  {
    id: 'dispositionAuthority',
    kind: 'input',
    message: 'Which disposition authority covers its records? (a General Records Schedule item or your agency’s own schedule)',
    help: 'Records: federal records, social media content included, are destroyed only under a NARA-approved disposition authority (NARA Bulletin 2014-02).',
    when: { tag: ['FED'] },
    schema: optionalText,
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
    help: 'Compliance names the archiver before any business use in regulated firms; an archiver that captures by connector also holds content for Legal and exports it.',
    when: { answer: 'captureMethod', notEquals: 'none' },
    schema: optionalText,
  },
  {
    id: 'captures',
    kind: 'checkbox',
    message: 'What does the capture include?',
    help: 'Records and Compliance: posts alone are not the record; edits, deletions, comments and the direct messages used for business are (SEC 17a-4(b)(4), FINRA 11-39, public records laws).',
    when: { answer: 'captureMethod', notEquals: 'none' },
    choices: [
      { value: 'posts', name: 'Posts' },
      { value: 'edits', name: 'Edits' },
      { value: 'deletions', name: 'Deletions' },
      { value: 'comments', name: 'Comments' },
      { value: 'direct-messages', name: 'Direct messages' },
      { value: 'attachments', name: 'Attachments' },
    ],
    default: ['posts', 'edits', 'deletions', 'comments', 'direct-messages'],
    schema: z.array(CapturedItem),
  },
  {
    id: 'captureTestedOn',
    kind: 'input',
    message: 'When was capture last tested end to end? (YYYY-MM-DD, optional)',
    help: 'Records: post, edit, delete and send a DM, then find each in the archive; until then capture is a promise.',
    when: { answer: 'captureMethod', notEquals: 'none' },
    schema: IsoDate.optional(),
  },
  {
    id: 'legalHold',
    kind: 'confirm',
    message: 'Can a legal hold suspend deletion of its content, DMs included?',
    help: 'Legal blocks approval otherwise (FRCP 37(e)).',
    default: true,
    schema: yesNo,
  },
  {
    id: 'erasureReconciled',
    kind: 'confirm',
    message: 'When someone asks for their data to be erased while it is under a legal hold, is it agreed what happens?',
    help: 'Privacy and Legal both own it: erasure is suspended and the person told why (GDPR art. 17(3)(e)), and the data deleted when the hold lifts.',
    when: { all: [{ answer: 'legalHold', equals: true }, gdpr] },
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
    default: ({ current }) => `${initiativePlatformNames(current).join(' and ') || 'Platform'} analytics`,
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
    id: 'costs',
    kind: 'list',
    message: 'Its costs, item by item',
    help: 'Licences, people, agency fees, the archiver, set-up: each with how often it is paid and from which month. Recurring costs are counted at the start of each period (docs/roi.md).',
    item: {
      questions: cashFlowQuestions('cost', 'Licences and people'),
      another: 'Add another cost?',
      max: 20,
    },
    default: [
      { item: 'Licences and people', amount: 100000, recurrence: 'yearly', startMonth: 0 },
      { item: 'Set-up', amount: 25000, recurrence: 'once', startMonth: 0 },
    ],
    schema: z.array(cashFlow(false)).max(20),
  },
  {
    id: 'benefits',
    kind: 'list',
    message: 'Its expected benefits, item by item',
    help: 'Each with how often it accrues and from which month; a recurring benefit is counted at the end of each period it accrues over (docs/roi.md). Every figure needs a basis someone can check.',
    moreHelp: [
      { when: internal, text: 'Hours saved: active users x hours saved a week x loaded hourly rate x weeks a year x a realisation % (people spend only part of the time saved on valued work).' },
      { when: external, text: 'Customers kept, calls deflected or leads won: the number x the value of each, from Finance’s own figures.' },
    ],
    item: {
      questions: [
        ...cashFlowQuestions('benefit', 'Expected benefit'),
        {
          id: 'basis',
          kind: 'input',
          message: 'How was it worked out?',
          help: 'The board will ask; write the arithmetic.',
          default: 'To be worked out with Finance',
          schema: Text,
        },
      ],
      another: 'Add another benefit?',
      max: 20,
    },
    default: [{ item: 'Expected benefit', amount: 200000, recurrence: 'yearly', startMonth: 0, basis: 'To be worked out with Finance' }],
    schema: z.array(cashFlow(true)).max(20),
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

/** The questions each cost or benefit answers: what, how much, how often and from when. */
function cashFlowQuestions(noun: string, example: string): Question[] {
  return [
    { id: 'item', kind: 'input', message: `What is the ${noun} for?`, help: 'A name the board understands.', default: example, schema: Text },
    { id: 'amount', kind: 'number', message: 'How much, each time?', help: 'In the strategy’s currency, to the cent.', default: 100000, schema: Money },
    {
      id: 'recurrence',
      kind: 'select',
      message: 'How often?',
      help: 'Once, or every month, quarter or year.',
      choices: [
        { value: 'once', name: 'Once' },
        { value: 'monthly', name: 'Monthly' },
        { value: 'quarterly', name: 'Quarterly' },
        { value: 'yearly', name: 'Yearly' },
      ],
      default: 'yearly',
      schema: Recurrence,
    },
    {
      id: 'startMonth',
      kind: 'number',
      message: 'From which month of the initiative? (0 = its start)',
      help: 'A one-off falls in that month; a recurring item’s first period begins then.',
      default: 0,
      schema: z.number().int().min(0).max(600),
    },
  ];
}

/** A cost or benefit as the interview takes it: the strategy schema's own fields, those the interview asks. */
function cashFlow(withBasis: boolean) {
  const { item, amount, recurrence, startMonth, basis } = CashFlow.shape;
  return z.strictObject({ item, amount, recurrence, startMonth, ...(withBasis ? { basis } : {}) });
}

export const initiatives: Section = {
  id: 'initiatives',
  title: 'Initiatives',
  intro: 'Now each initiative, one at a time. Internal and external initiatives differ in their objectives, adoption and management, so the questions differ too.',
  repeat: { another: 'Add another initiative?', min: 1, max: 12 },
  questions: [...identity, ...internalQuestions, ...externalQuestions, ...privacyQuestions, ...regulatedQuestions, ...recordsQuestions, ...measurementQuestions],
};
