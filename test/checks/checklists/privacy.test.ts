import { describe, expect, it } from 'vitest';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per privacy rule, in the ESLint manner: a strategy that passes, then each case breaks
 * (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: privacy-base
  title: Privacy base
  organization: Example plc
  regulatoryTags: [HC, KIDS]
  jurisdictions: [US, US-CA, EU]
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
    platforms: [facebook]
    audience:
      description: Customers
      under13: no
    personalData:
      categories: [names, messages]
      lawfulBasis: legitimate-interests
      collection: [direct-messages]
      noticeUrl: https://example.com/privacy
      ropaId: ROPA-1
      monitoring: false
      tracking: { pixels: true, customAudiences: true, consent: prior-consent, jointControllerArrangement: Meta controller addendum }
      retention: [{ category: messages, years: 2 }]
      phiSafeguards: Reply script moves health questions to the secure portal.
platforms:
  - { id: facebook, name: Facebook page, dataResidency: [US, IE], transferMechanism: eu-us-dpf }
`;


const personalData = lineOf(BASE, 'personalData:');
const care = lineOf(BASE, '- id: care');

const cases: RuleCase[] = [
  { rule: 'privacy/lawful-basis', name: 'passes with a lawful basis', text: BASE, line: null },
  { rule: 'privacy/lawful-basis', name: 'fails without one, at personalData', text: edit(BASE, '      lawfulBasis: legitimate-interests\n', ''), line: personalData },
  { rule: 'privacy/lawful-basis', name: 'passes when every purpose has a basis', text: edit(BASE, '      lawfulBasis: legitimate-interests\n', '      purposes: [{ purpose: Answer questions, lawfulBasis: contract }]\n'), line: null },
  { rule: 'privacy/lawful-basis', name: 'fails when a purpose lacks one', text: edit(BASE, '      lawfulBasis: legitimate-interests\n', '      purposes: [{ purpose: Answer questions }]\n'), line: personalData },
  { rule: 'privacy/lawful-basis', name: 'passes when no personal data is processed', text: edit(BASE, '      lawfulBasis: legitimate-interests\n', '      processed: false\n'), line: null },
  { rule: 'privacy/lawful-basis', name: 'fails with no personalData block at all, at the initiative', text: BASE.replace(/ {4}personalData:\n(?: {6}.*\n)+/, ''), line: care },
  { rule: 'privacy/notice-at-collection', name: 'passes with a notice', text: BASE, line: null },
  { rule: 'privacy/notice-at-collection', name: 'fails without one', text: edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), line: personalData },
  { rule: 'privacy/notice-at-collection', name: 'does not apply outside the EU and California', text: edit(edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), '[US, US-CA, EU]', '[US]'), line: null },
  { rule: 'privacy/joint-controller', name: 'passes with an arrangement', text: BASE, line: null },
  { rule: 'privacy/joint-controller', name: 'fails with pixels and no arrangement', text: edit(BASE, ', jointControllerArrangement: Meta controller addendum', ''), line: lineOf(BASE, 'tracking:') },
  { rule: 'privacy/ad-consent-eu', name: 'passes with prior consent', text: BASE, line: null },
  { rule: 'privacy/ad-consent-eu', name: 'fails with an opt-out only', text: edit(BASE, 'consent: prior-consent', 'consent: opt-out-with-gpc'), line: lineOf(BASE, 'tracking:') },
  { rule: 'privacy/ad-consent-eu', name: 'does not apply to an audience outside the EU', text: edit(edit(BASE, 'consent: prior-consent', 'consent: opt-out-with-gpc'), '      under13: no\n', '      under13: no\n      jurisdictions: [US]\n'), line: null },
  { rule: 'privacy/ad-opt-out-ca', name: 'passes with an opt-out honouring GPC', text: edit(BASE, 'consent: prior-consent', 'consent: opt-out-with-gpc'), line: null },
  { rule: 'privacy/ad-opt-out-ca', name: 'fails with no mechanism', text: edit(BASE, 'consent: prior-consent', 'consent: none'), line: lineOf(BASE, 'tracking:') },
  { rule: 'privacy/dpia', name: 'does not apply without monitoring', text: BASE, line: null },
  { rule: 'privacy/dpia', name: 'fails for listening without a DPIA', text: edit(BASE, 'monitoring: false', 'monitoring: true'), line: personalData },
  { rule: 'privacy/dpia', name: 'passes with a recorded screening', text: edit(BASE, 'monitoring: false', 'monitoring: true\n      dpia: { required: false, status: screened-out, reference: SCR-7 }'), line: null },
  { rule: 'privacy/record-of-processing', name: 'passes with an entry', text: BASE, line: null },
  { rule: 'privacy/record-of-processing', name: 'fails without one', text: edit(BASE, '      ropaId: ROPA-1\n', ''), line: personalData },
  { rule: 'privacy/transfer-mechanism', name: 'passes with a mechanism', text: BASE, line: null },
  { rule: 'privacy/transfer-mechanism', name: 'fails for US storage without one', text: edit(BASE, ', transferMechanism: eu-us-dpf', ''), line: lineOf(BASE, '- { id: facebook') },
  { rule: 'privacy/transfer-mechanism', name: 'does not apply to storage inside the EEA', text: edit(edit(BASE, ', transferMechanism: eu-us-dpf', ''), '[US, IE]', '[IE, DE]'), line: null },
  { rule: 'privacy/retention-per-category', name: 'passes with retention', text: BASE, line: null },
  { rule: 'privacy/retention-per-category', name: 'fails without', text: edit(BASE, '      retention: [{ category: messages, years: 2 }]\n', ''), line: personalData },
  { rule: 'privacy/coppa-plan', name: 'does not apply when children are not reached', text: BASE, line: null },
  { rule: 'privacy/coppa-plan', name: 'fails for a possible under-13 audience', text: edit(BASE, 'under13: no', 'under13: possible'), line: personalData },
  { rule: 'privacy/coppa-plan', name: 'passes with a plan', text: edit(edit(BASE, 'under13: no', 'under13: possible'), '      ropaId: ROPA-1\n', '      ropaId: ROPA-1\n      coppaPlan: COPPA-2027\n'), line: null },
  { rule: 'privacy/children-audience', name: 'passes when the audience says', text: BASE, line: null },
  { rule: 'privacy/children-audience', name: 'fails under KIDS when it does not', text: edit(BASE, '      under13: no\n', ''), line: lineOf(BASE, 'audience:') },
  { rule: 'privacy/no-phi', name: 'passes with safeguards', text: BASE, line: null },
  { rule: 'privacy/no-phi', name: 'fails in healthcare without', text: BASE.replace(/ {6}phiSafeguards: .*\n/, ''), line: personalData },
  { rule: 'privacy/no-phi', name: 'does not apply outside healthcare', text: edit(BASE.replace(/ {6}phiSafeguards: .*\n/, ''), '[HC, KIDS]', '[KIDS]'), line: null },
  { rule: 'privacy/testimonial-authorisation', name: 'fails for testimonials without authorisation', text: edit(BASE, '    platforms: [facebook]\n', '    platforms: [facebook]\n    endorsements: { testimonials: true }\n'), line: lineOf(BASE, '    platforms: [facebook]') + 1 },
  { rule: 'privacy/testimonial-authorisation', name: 'passes with them', text: edit(BASE, '    platforms: [facebook]\n', '    platforms: [facebook]\n    endorsements: { testimonials: true, writtenAuthorisations: true }\n'), line: null },
];

describe('privacy checklist', () => {
  tableTest('privacy', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, '      ropaId: ROPA-1\n', ''), 'privacy/record-of-processing');
    expect(finding).toMatchObject({
      message: 'Initiative Customer care has no record-of-processing entry.',
      initiative: 'care',
      severity: 'warning',
      reference: 'GDPR art. 30',
    });
  });
});
