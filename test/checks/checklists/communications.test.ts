import { describe, expect, it } from 'vitest';
import { communications } from '../../../src/checks/ruleset/checklists/communications.js';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per communications rule, in the ESLint manner: a strategy that passes, then each case
 * breaks (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: communications-base
  title: Communications base
  organization: Example plc
  jurisdictions: [US]
  owner: { name: Ada Lovelace, role: CIO }
  version: 1.0.0
  status: draft
alignment:
  businessGoals: [{ id: BG1, statement: Serve customers. }]
  itObjectives: [{ id: IT1, statement: Be where customers are., supports: [BG1] }]
initiatives:
  - id: care
    name: Customer care
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [linkedin]
    moderation: { guidelinesUrl: https://example.com/community, spam: remove-and-block, sentimentNeutral: true }
    endorsements: { employeeAdvocacy: true, advocacyKitDisclosures: true }
    accessibility: { altText: true, captions: true }
    content: { chatbot: true, aiDisclosed: true, generativeAI: true, aiLabelled: true }
  - id: staff
    name: Staff network
    scope: internal
    stage: run
    supports: [IT1]
    platforms: [engage]
    accessibility: { altText: true, captions: true }
platforms:
  - { id: linkedin, name: LinkedIn page, accountOwner: Head of Social, authorisedPosters: [Social team], approvalWorkflow: Two-person review in the scheduler }
  - { id: engage, name: Staff network }
governance:
  model: hub-and-spoke
  crisis:
    severityLevels: 3
    contacts: [Social duty manager, Head of Communications, General Counsel]
    responseMinutes: 30
    lastTested: 2026-03-02
leadership:
  executiveVoice:
    person: Ada Lovelace
    channels: [linkedin]
    cadence: A weekly note
    hoursPerWeek: 2
    ghostwritten: true
    ghostwritingApproved: true
`;


const care = lineOf(BASE, '- id: care');
const staff = lineOf(BASE, '- id: staff');
const linkedin = lineOf(BASE, '- { id: linkedin');
const crisis = lineOf(BASE, '  crisis:');
const executiveVoice = lineOf(BASE, '  executiveVoice:');
const moderation = lineOf(BASE, 'moderation:');
const careAccessibility = lineOf(BASE, 'accessibility:');
/** The external initiative (the first to say) without alt text. */
const altTextOff = edit(BASE, '{ altText: true, captions', '{ altText: false, captions');
/** BASE with the external initiative retired, so only the internal one is live. */
const internalOnly = edit(BASE, '    stage: pilot\n', '    stage: retired\n');
const noCrisis = BASE.replace(/^ {2}crisis:\n(?: {4}.*\n)+/m, '');
const noGovernance = BASE.replace(/^governance:\n(?: {2}.*\n)+/m, '');
const noLeadership = BASE.replace(/^leadership:\n(?: {2}.*\n)+/m, '');
/** BASE with its jurisdictions (US) replaced by these, such as "DE" or "US, DE". */
const inJurisdiction = (codes: string) => edit(BASE, '  jurisdictions: [US]\n', `  jurisdictions: [${codes}]\n`);
const content = lineOf(BASE, '    content:');
const IN_DE = inJurisdiction('DE');
const IN_EU = inJurisdiction('EU');
const AI_UNTOLD = /^Initiative Customer care answers people with a chatbot that does not tell them it is an AI\.$/;
const AI_UNLABELLED = /^Initiative Customer care posts AI-generated or altered content without labelling it\.$/;
const ADVOCACY_UNTAGGED = /^Initiative Customer care asks employees to share company content without disclosure tags in the advocacy kit\.$/;

const cases: RuleCase[] = [
  { rule: 'communications/account-ownership', name: 'passes with owner, posters and workflow', text: BASE, line: null },
  { rule: 'communications/account-ownership', name: 'fails without an approval workflow, at the platform', text: edit(BASE, ', approvalWorkflow: Two-person review in the scheduler', ''), line: linkedin },
  { rule: 'communications/account-ownership', name: 'does not apply to a platform only internal initiatives use', text: BASE, line: null },
  { rule: 'communications/account-ownership', name: 'does not apply once the external initiative is retired', text: internalOnly.replace(', accountOwner: Head of Social', ''), line: null },

  { rule: 'communications/crisis-plan', name: 'passes with a complete plan', text: BASE, line: null },
  { rule: 'communications/crisis-plan', name: 'fails without a response time, at the plan', text: edit(BASE, '    responseMinutes: 30\n', ''), line: crisis },
  { rule: 'communications/crisis-plan', name: 'fails without a plan, at governance', text: noCrisis, line: lineOf(noCrisis, 'governance:') },
  { rule: 'communications/crisis-plan', name: 'fails without governance, at the top', text: noGovernance, line: 1 },
  { rule: 'communications/crisis-plan', name: 'does not apply when every live initiative is internal', text: internalOnly.replace(/^governance:\n(?: {2}.*\n)+/m, ''), line: null },

  { rule: 'communications/crisis-plan-tested', name: 'passes when tested in the last 12 months', text: BASE, line: null },
  { rule: 'communications/crisis-plan-tested', name: 'fails when the last test is over 12 months old', text: edit(BASE, 'lastTested: 2026-03-02', 'lastTested: 2025-11-24'), line: lineOf(BASE, 'lastTested:') },
  { rule: 'communications/crisis-plan-tested', name: 'passes on the day the test turns 12 months old', text: edit(BASE, 'lastTested: 2026-03-02', 'lastTested: 2025-11-25'), line: null },
  // 12 whole months and 25 days: a later day of the month does not make it younger.
  { rule: 'communications/crisis-plan-tested', name: 'fails when the last test was on a later day of the month a year and more ago', text: edit(BASE, 'lastTested: 2026-03-02', 'lastTested: 2025-10-31'), line: lineOf(BASE, 'lastTested:') },
  { rule: 'communications/crisis-plan-tested', name: 'fails when no test is recorded, at the plan', text: edit(BASE, '    lastTested: 2026-03-02\n', ''), line: crisis },
  { rule: 'communications/crisis-plan-tested', name: 'fails without governance, at the top', text: noGovernance, line: 1 },
  { rule: 'communications/crisis-plan-tested', name: 'does not apply when every live initiative is internal', text: edit(internalOnly, 'lastTested: 2026-03-02', 'lastTested: 2024-01-01'), line: null },

  { rule: 'communications/alt-text-captions', name: 'passes with alt text and captions', text: BASE, line: null },
  { rule: 'communications/alt-text-captions', name: 'fails without captions, at accessibility', text: edit(BASE, '{ altText: true, captions: true }', '{ altText: true }'), line: careAccessibility },
  { rule: 'communications/alt-text-captions', name: 'fails for internal initiatives too, at the initiative', text: edit(BASE, '    platforms: [engage]\n    accessibility: { altText: true, captions: true }\n', '    platforms: [engage]\n'), line: staff },
  { rule: 'communications/alt-text-captions', name: 'fails when alt text is switched off', text: altTextOff, line: careAccessibility },

  { rule: 'communications/community-guidelines', name: 'passes with published guidelines that remove spam', text: BASE, line: null },
  { rule: 'communications/community-guidelines', name: 'passes when spam is hidden', text: edit(BASE, 'spam: remove-and-block', 'spam: hide'), line: null },
  { rule: 'communications/community-guidelines', name: 'fails when spam is left up', text: edit(BASE, 'spam: remove-and-block', 'spam: none'), line: moderation },
  { rule: 'communications/community-guidelines', name: 'fails when spam handling is not said', text: edit(BASE, ' spam: remove-and-block,', ''), line: moderation },
  { rule: 'communications/community-guidelines', name: 'fails without published guidelines', text: edit(BASE, ' guidelinesUrl: https://example.com/community,', ''), line: moderation },
  { rule: 'communications/community-guidelines', name: 'fails with no moderation block, at the initiative', text: BASE.replace(/^ {4}moderation: .*\n/m, ''), line: care },
  { rule: 'communications/community-guidelines', name: 'does not apply to internal initiatives', text: edit(BASE, '    scope: external\n', '    scope: internal\n').replace(/^ {4}moderation: .*\n/m, ''), line: null },

  { rule: 'communications/executive-voice', name: 'passes with channels and cadence', text: BASE, line: null },
  { rule: 'communications/executive-voice', name: 'fails without a cadence, at the plan', text: edit(BASE, '    cadence: A weekly note\n', ''), line: executiveVoice },
  { rule: 'communications/executive-voice', name: 'fails without an executive-voice plan, at the top', text: noLeadership, line: 1 },
  { rule: 'communications/executive-voice', name: 'does not apply when every live initiative is internal', text: internalOnly.replace('    cadence: A weekly note\n', ''), line: null },

  { rule: 'communications/ghostwriting-approval', name: 'passes when ghost-written posts are approved', text: BASE, line: null },
  { rule: 'communications/ghostwriting-approval', name: 'fails when they are not', text: edit(BASE, 'ghostwritingApproved: true', 'ghostwritingApproved: false'), line: lineOf(BASE, 'ghostwritingApproved:') },
  { rule: 'communications/ghostwriting-approval', name: 'fails when it is not said, at the plan', text: edit(BASE, '    ghostwritingApproved: true\n', ''), line: executiveVoice },
  { rule: 'communications/ghostwriting-approval', name: 'does not apply when the executive writes their own posts', text: edit(edit(BASE, 'ghostwritten: true', 'ghostwritten: false'), '    ghostwritingApproved: true\n', ''), line: null },
  { rule: 'communications/ghostwriting-approval', name: 'does not apply without an executive-voice plan', text: noLeadership, line: null },
  { rule: 'communications/ghostwriting-approval', name: 'does not apply when every live initiative is internal', text: internalOnly.replace('    ghostwritingApproved: true\n', ''), line: null },

  { rule: 'communications/advocacy-disclosures', name: 'passes with disclosure tags in the kit', text: BASE, line: null },
  { rule: 'communications/advocacy-disclosures', name: 'fails without them', text: edit(BASE, ', advocacyKitDisclosures: true', ''), line: lineOf(BASE, 'endorsements:') },
  { rule: 'communications/advocacy-disclosures', name: 'does not apply without employee advocacy', text: edit(BASE, '{ employeeAdvocacy: true, advocacyKitDisclosures: true }', '{ employeeAdvocacy: false }'), line: null },
  { rule: 'communications/advocacy-disclosures', name: 'does not apply to internal initiatives', text: edit(BASE, '    scope: external\n', '    scope: internal\n').replace(', advocacyKitDisclosures: true', ''), line: null },
  { rule: 'communications/advocacy-disclosures', name: 'passes in GB with disclosure tags in the kit', text: inJurisdiction('GB'), line: null },
  { rule: 'communications/advocacy-disclosures', name: 'fails in GB (the rule says UK) without them', text: edit(inJurisdiction('GB'), ', advocacyKitDisclosures: true', ''), line: lineOf(BASE, 'endorsements:'), message: ADVOCACY_UNTAGGED },
  { rule: 'communications/advocacy-disclosures', name: 'fails in a UK subdivision without them', text: edit(inJurisdiction('GB-SCT'), ', advocacyKitDisclosures: true', ''), line: lineOf(BASE, 'endorsements:'), message: ADVOCACY_UNTAGGED },
  { rule: 'communications/advocacy-disclosures', name: 'does not apply to a strategy only in DE', text: edit(IN_DE, ', advocacyKitDisclosures: true', ''), line: null },

  { rule: 'communications/ai-disclosure-eu', name: 'passes in DE with the chatbot disclosed and AI content labelled', text: IN_DE, line: null },
  { rule: 'communications/ai-disclosure-eu', name: 'passes in DE with neither a chatbot nor generative AI', text: edit(IN_DE, '    content: { chatbot: true, aiDisclosed: true, generativeAI: true, aiLabelled: true }\n', ''), line: null },
  { rule: 'communications/ai-disclosure-eu', name: 'passes in DE with a disclosed chatbot and no generative AI', text: edit(IN_DE, ', generativeAI: true, aiLabelled: true', ''), line: null },
  { rule: 'communications/ai-disclosure-eu', name: 'fails in DE with an undisclosed chatbot', text: edit(IN_DE, 'aiDisclosed: true', 'aiDisclosed: false'), line: content, message: AI_UNTOLD },
  { rule: 'communications/ai-disclosure-eu', name: 'fails in DE when the chatbot’s disclosure is not said', text: edit(IN_DE, ' aiDisclosed: true,', ''), line: content, message: AI_UNTOLD },
  { rule: 'communications/ai-disclosure-eu', name: 'fails in EU with an undisclosed chatbot', text: edit(IN_EU, 'aiDisclosed: true', 'aiDisclosed: false'), line: content, message: AI_UNTOLD },
  { rule: 'communications/ai-disclosure-eu', name: 'fails in an EEA-only country (NO) with an undisclosed chatbot', text: edit(inJurisdiction('NO'), 'aiDisclosed: true', 'aiDisclosed: false'), line: content, message: AI_UNTOLD },
  { rule: 'communications/ai-disclosure-eu', name: 'leaves unlabelled generative AI to communications/ai-content-labelled', text: edit(IN_DE, 'aiLabelled: true', 'aiLabelled: false'), line: null },
  { rule: 'communications/ai-disclosure-eu', name: 'fails once for a strategy in US and DE', text: edit(inJurisdiction('US, DE'), 'aiDisclosed: true', 'aiDisclosed: false'), line: content, message: AI_UNTOLD },
  { rule: 'communications/ai-disclosure-eu', name: 'does not apply to a US-only strategy', text: edit(BASE, 'aiDisclosed: true, generativeAI: true, aiLabelled: true', 'aiDisclosed: false, generativeAI: true, aiLabelled: false'), line: null },
  { rule: 'communications/ai-disclosure-eu', name: 'does not apply to a GB-only strategy', text: edit(inJurisdiction('GB'), 'aiDisclosed: true, generativeAI: true, aiLabelled: true', 'aiDisclosed: false, generativeAI: true, aiLabelled: false'), line: null },
  { rule: 'communications/ai-disclosure-eu', name: 'does not apply to internal initiatives', text: edit(edit(IN_DE, '    scope: external\n', '    scope: internal\n'), 'aiDisclosed: true', 'aiDisclosed: false'), line: null },
  { rule: 'communications/ai-disclosure-eu', name: 'does not apply to an initiative whose audience is only in the US', text: edit(edit(inJurisdiction('US, DE'), 'aiDisclosed: true', 'aiDisclosed: false'), '    content:', '    audience: { description: US customers, jurisdictions: [US] }\n    content:'), line: null },

  { rule: 'communications/ai-content-labelled', name: 'passes when AI content is labelled', text: BASE, line: null },
  { rule: 'communications/ai-content-labelled', name: 'passes without generative AI, even with an undisclosed chatbot', text: edit(BASE, 'aiDisclosed: true, generativeAI: true, aiLabelled: true', 'aiDisclosed: false'), line: null },
  { rule: 'communications/ai-content-labelled', name: 'fails when AI content is unlabelled', text: edit(BASE, 'aiLabelled: true', 'aiLabelled: false'), line: content, message: AI_UNLABELLED },
  { rule: 'communications/ai-content-labelled', name: 'fails when labelling is not said', text: edit(BASE, ', aiLabelled: true', ''), line: content, message: AI_UNLABELLED },
  { rule: 'communications/ai-content-labelled', name: 'fails outside the EU too (no jurisdiction)', text: edit(inJurisdiction('GB'), 'aiLabelled: true', 'aiLabelled: false'), line: content, message: AI_UNLABELLED },
  { rule: 'communications/ai-content-labelled', name: 'does not apply to internal initiatives', text: edit(edit(BASE, '    scope: external\n', '    scope: internal\n'), 'aiLabelled: true', 'aiLabelled: false'), line: null },
  { rule: 'communications/ai-content-labelled', name: 'does not apply once the external initiative is retired', text: edit(edit(BASE, '    stage: pilot\n', '    stage: retired\n'), 'aiLabelled: true', 'aiLabelled: false'), line: null },
];

describe('communications checklist', () => {
  tableTest('communications', cases);

  it('names the missing fields', () => {
    const text = edit(BASE, ', authorisedPosters: [Social team], approvalWorkflow: Two-person review in the scheduler', '');
    const [finding] = findings(text, 'communications/account-ownership');
    expect(finding).toMatchObject({
      message: 'Platform LinkedIn page does not set authorisedPosters, approvalWorkflow: each account needs a named owner, authorised posters and an approval workflow.',
      severity: 'warning',
      reference: 'NIST SP 800-53 Rev. 5 PL-4(1) (rules of behaviour for social media and external sites)',
    });
    expect(findings(noGovernance, 'communications/crisis-plan')[0]!.message).toBe(
      'The strategy has no crisis and escalation plan setting severityLevels, contacts, responseMinutes.',
    );
  });

  it('is blocking for government', () => {
    const text = edit(altTextOff, '  jurisdictions: [US]\n', '  regulatoryTags: [GOV]\n  jurisdictions: [US]\n');
    const [finding] = findings(text, 'communications/alt-text-captions');
    expect(finding).toMatchObject({ severity: 'error', initiative: 'care', reference: 'WCAG 2.2 success criteria 1.1.1 and 1.2.2' });
    expect(findings(altTextOff, 'communications/alt-text-captions')[0]!.severity).toBe('warning');
  });

  it('names the executive whose posts are ghost-written', () => {
    const [finding] = findings(edit(BASE, 'ghostwritingApproved: true', 'ghostwritingApproved: false'), 'communications/ghostwriting-approval');
    expect(finding!.message).toBe('Posts ghost-written for Ada Lovelace do not follow the same approval as other posts.');
  });
});
