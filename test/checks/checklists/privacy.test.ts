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
      lia: LIA-2026-03
      specialCategoryCondition: 9(2)(h) provision of health or social care
      collection: [direct-messages]
      noticeUrl: https://example.com/privacy
      ropaId: ROPA-1
      monitoring: false
      tracking: { pixels: true, customAudiences: true, customAudienceBasis: consent, consent: prior-consent, jointControllerArrangement: Meta controller addendum, phiExcluded: true }
      retention: [{ category: messages, years: 2 }]
      phiSafeguards: Reply script moves health questions to the secure portal.
platforms:
  - { id: facebook, name: Facebook page, dataResidency: [US, IE], transferMechanism: eu-us-dpf }
governance:
  dataProtectionOfficer: Pia Brandt
`;


const personalData = lineOf(BASE, 'personalData:');
const care = lineOf(BASE, '- id: care');
const tracking = lineOf(BASE, 'tracking:');
const facebook = lineOf(BASE, '- { id: facebook');
/** BASE for an organisation in these jurisdictions only (GB, UK, DE, US ...). */
const inJurisdiction = (text: string, codes: string) => edit(text, '  jurisdictions: [US, US-CA, EU]\n', `  jurisdictions: [${codes}]\n`);
/** BASE with these regulatory tags instead of HC and KIDS. */
const tagged = (text: string, tags: string) => edit(text, '  regulatoryTags: [HC, KIDS]\n', `  regulatoryTags: [${tags}]\n`);
/** The initiative's audience narrowed to these jurisdictions. */
const audienceIn = (text: string, codes: string) => edit(text, '      under13: no\n', `      under13: no\n      jurisdictions: [${codes}]\n`);

const NO_BASIS = edit(BASE, '      lawfulBasis: legitimate-interests\n', '');
const NO_PHI = BASE.replace(/ {6}phiSafeguards: .*\n/, '');
const NO_LIA = edit(BASE, '      lia: LIA-2026-03\n', '');
const NO_CONDITION = edit(BASE, '      specialCategoryCondition: 9(2)(h) provision of health or social care\n', '');
const NO_AUDIENCE_BASIS = edit(BASE, ' customAudienceBasis: consent,', '');
const NO_GOVERNANCE = BASE.replace(/^governance:\n(?: {2}.*\n)+/m, '');
const NO_DPO = edit(BASE, '  dataProtectionOfficer: Pia Brandt\n', '  model: centralised\n');
/** Directed to children under 13, with a COPPA plan that meets the 2025 amendments. */
const FOR_CHILDREN = edit(
  edit(BASE, 'under13: no', 'under13: directed'),
  '      ropaId: ROPA-1\n',
  '      ropaId: ROPA-1\n      coppaPlan: COPPA-2027\n      coppa: { thirdPartyDisclosure: separate-consent, retentionPolicy: COPPA-RET-1, securityProgramme: COPPA-SEC-1 }\n',
);
const COPPA_PLAN_ONLY = edit(FOR_CHILDREN, '      coppa: { thirdPartyDisclosure: separate-consent, retentionPolicy: COPPA-RET-1, securityProgramme: COPPA-SEC-1 }\n', '');
const coppa = lineOf(FOR_CHILDREN, 'coppa: {');
/** Targeted advertising in Colorado, which requires opt-out preference signals to be honoured, with none. */
const NO_SIGNALS = edit(BASE, 'consent: prior-consent', 'consent: none');
const IN_COLORADO = inJurisdiction(NO_SIGNALS, 'US-CO');

const NO_BASIS_MESSAGE = /^Initiative Customer care processes personal data without naming a lawful basis for it\.$/;
const NO_AUDIENCE_BASIS_MESSAGE = /uploads customer lists to build audiences without naming the lawful basis/;
const NO_LIA_MESSAGE = /relies on legitimate interests without a recorded legitimate interests assessment/;
const NO_CONDITION_MESSAGE = /without naming the art\. 9\(2\) condition for the health data in them/;
const NO_DPO_MESSAGE = /^Strategy Privacy base names no data protection officer\.$/;
const COPPA_MESSAGE = /is directed to children under 13, or knows it collects from them, without a COPPA plan/;
const COPPA_2025_MESSAGE = /subject to the COPPA Rule without what its 2025 amendments ask/;
const OPT_OUT_SIGNALS_MESSAGE = /in a state that requires honouring opt-out preference signals, without honouring them/;

const cases: RuleCase[] = [
  { rule: 'privacy/lawful-basis', name: 'passes with a lawful basis', text: BASE, line: null },
  { rule: 'privacy/lawful-basis', name: 'fails without one, at personalData', text: NO_BASIS, line: personalData, message: NO_BASIS_MESSAGE },
  { rule: 'privacy/lawful-basis', name: 'passes when every purpose has a basis', text: edit(BASE, '      lawfulBasis: legitimate-interests\n', '      purposes: [{ purpose: Answer questions, lawfulBasis: contract }]\n'), line: null },
  { rule: 'privacy/lawful-basis', name: 'fails when a purpose lacks one', text: edit(BASE, '      lawfulBasis: legitimate-interests\n', '      purposes: [{ purpose: Answer questions }]\n'), line: personalData },
  { rule: 'privacy/lawful-basis', name: 'passes when no personal data is processed', text: edit(BASE, '      lawfulBasis: legitimate-interests\n', '      processed: false\n'), line: null },
  { rule: 'privacy/lawful-basis', name: 'fails with no personalData block at all, at the initiative', text: BASE.replace(/ {4}personalData:\n(?: {6}.*\n)+/, ''), line: care },
  { rule: 'privacy/lawful-basis', name: 'does not apply to a US-only strategy', text: inJurisdiction(NO_BASIS, 'US'), line: null },
  { rule: 'privacy/lawful-basis', name: 'fails in GB', text: inJurisdiction(NO_BASIS, 'GB'), line: personalData, message: NO_BASIS_MESSAGE },
  { rule: 'privacy/lawful-basis', name: 'fails in UK, the same jurisdiction as GB', text: inJurisdiction(NO_BASIS, 'UK'), line: personalData, message: NO_BASIS_MESSAGE },
  { rule: 'privacy/lawful-basis', name: 'fails in an EU member state (DE)', text: inJurisdiction(NO_BASIS, 'DE'), line: personalData, message: NO_BASIS_MESSAGE },
  { rule: 'privacy/lawful-basis', name: 'fails in an EEA-only country (NO)', text: inJurisdiction(NO_BASIS, 'NO'), line: personalData },
  { rule: 'privacy/lawful-basis', name: 'does not apply to an audience narrowed to the US', text: audienceIn(NO_BASIS, 'US'), line: null },
  { rule: 'privacy/public-authority-basis', name: 'passes for a public body on public task', text: tagged(inJurisdiction(edit(BASE, 'lawfulBasis: legitimate-interests', 'lawfulBasis: public-task'), 'GB'), 'GOV'), line: null },
  { rule: 'privacy/public-authority-basis', name: 'fails for a UK public body on legitimate interests', text: tagged(inJurisdiction(BASE, 'GB'), 'GOV, HC'), line: lineOf(BASE, 'lawfulBasis: legitimate-interests'), message: /relies on legitimate interests, which a public authority cannot use/ },
  { rule: 'privacy/public-authority-basis', name: 'fails for a purpose on legitimate interests, at purposes', text: tagged(inJurisdiction(edit(BASE, '      lawfulBasis: legitimate-interests\n', '      purposes: [{ purpose: Answer questions, lawfulBasis: public-task }, { purpose: Run a contest, lawfulBasis: legitimate-interests }]\n'), 'DE'), 'GOV'), line: lineOf(BASE, 'lawfulBasis: legitimate-interests') },
  { rule: 'privacy/public-authority-basis', name: 'does not apply to a business', text: inJurisdiction(BASE, 'GB'), line: null },
  { rule: 'privacy/public-authority-basis', name: 'does not apply to a US government', text: tagged(inJurisdiction(BASE, 'US'), 'GOV'), line: null },
  { rule: 'privacy/public-authority-basis', name: 'does not apply when no personal data is processed', text: tagged(inJurisdiction(edit(BASE, '      lawfulBasis: legitimate-interests\n', '      processed: false\n'), 'GB'), 'GOV'), line: null },

  { rule: 'privacy/notice-at-collection', name: 'passes with a notice', text: BASE, line: null },
  { rule: 'privacy/notice-at-collection', name: 'fails without one', text: edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), line: personalData },
  { rule: 'privacy/notice-at-collection', name: 'does not apply outside the EU, the UK and California', text: inJurisdiction(edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), 'US'), line: null },
  { rule: 'privacy/notice-at-collection', name: 'fails in the UK without one', text: inJurisdiction(edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), 'UK'), line: personalData },
  { rule: 'privacy/notice-at-collection', name: 'fails in California only without one', text: inJurisdiction(edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), 'US-CA'), line: personalData },
  { rule: 'privacy/notice-at-collection', name: 'does not apply to a California public body (the CCPA binds businesses)', text: tagged(inJurisdiction(edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), 'US-CA'), 'GOV'), line: null },
  { rule: 'privacy/notice-at-collection', name: 'applies to a public body where the GDPR reaches it as well', text: tagged(inJurisdiction(edit(BASE, '      noticeUrl: https://example.com/privacy\n', ''), 'US-CA, GB'), 'GOV'), line: personalData },

  { rule: 'privacy/joint-controller', name: 'passes with an arrangement', text: BASE, line: null },
  { rule: 'privacy/joint-controller', name: 'fails with pixels and no arrangement', text: edit(BASE, ', jointControllerArrangement: Meta controller addendum', ''), line: tracking },
  { rule: 'privacy/joint-controller', name: 'fails in GB with page insights only and no arrangement', text: inJurisdiction(edit(BASE, 'tracking: { pixels: true,', 'tracking: { pixels: false, pageInsights: true,').replace(', jointControllerArrangement: Meta controller addendum', ''), 'GB'), line: tracking },
  { rule: 'privacy/joint-controller', name: 'does not apply to a US-only strategy', text: inJurisdiction(edit(BASE, ', jointControllerArrangement: Meta controller addendum', ''), 'US'), line: null },

  { rule: 'privacy/ad-consent-eu', name: 'passes with prior consent', text: BASE, line: null },
  { rule: 'privacy/ad-consent-eu', name: 'fails with an opt-out only', text: edit(BASE, 'consent: prior-consent', 'consent: opt-out-with-gpc'), line: tracking },
  { rule: 'privacy/ad-consent-eu', name: 'does not apply to an audience outside the EU', text: audienceIn(edit(BASE, 'consent: prior-consent', 'consent: opt-out-with-gpc'), 'US'), line: null },
  { rule: 'privacy/ad-consent-eu', name: 'fails in the UK for retargeting without pixels', text: inJurisdiction(edit(BASE, 'tracking: { pixels: true,', 'tracking: { retargeting: true,').replace('consent: prior-consent', 'consent: none'), 'UK'), line: tracking },
  { rule: 'privacy/ad-consent-eu', name: 'does not apply to uploaded customer lists alone (privacy/custom-audience-basis does)', text: edit(BASE, 'tracking: { pixels: true,', 'tracking: { pixels: false,').replace('consent: prior-consent', 'consent: none'), line: null },

  { rule: 'privacy/ad-opt-out-ca', name: 'passes with an opt-out honouring GPC', text: edit(BASE, 'consent: prior-consent', 'consent: opt-out-with-gpc'), line: null },
  { rule: 'privacy/ad-opt-out-ca', name: 'fails with no mechanism', text: edit(BASE, 'consent: prior-consent', 'consent: none'), line: tracking },
  { rule: 'privacy/ad-opt-out-ca', name: 'does not apply outside California', text: inJurisdiction(edit(BASE, 'consent: prior-consent', 'consent: none'), 'US-TX, EU'), line: null },
  { rule: 'privacy/ad-opt-out-ca', name: 'does not apply to a government (GOV)', text: tagged(edit(BASE, 'consent: prior-consent', 'consent: none'), 'GOV'), line: null },
  { rule: 'privacy/ad-opt-out-ca', name: 'does not apply to a federal agency (FED)', text: tagged(edit(BASE, 'consent: prior-consent', 'consent: none'), 'FED'), line: null },

  { rule: 'privacy/dpia', name: 'does not apply without monitoring', text: BASE, line: null },
  { rule: 'privacy/dpia', name: 'fails for listening without a DPIA', text: edit(BASE, 'monitoring: false', 'monitoring: true'), line: personalData },
  { rule: 'privacy/dpia', name: 'passes with a recorded screening', text: edit(BASE, 'monitoring: false', 'monitoring: true\n      dpia: { required: false, status: screened-out, reference: SCR-7 }'), line: null },
  { rule: 'privacy/dpia', name: 'passes with a screening recorded as not required, with its record', text: edit(BASE, 'monitoring: false', 'monitoring: true\n      dpia: { required: false, reference: SCR-7, date: 2026-03-01 }'), line: null },
  { rule: 'privacy/dpia', name: 'fails with "not required" and no record of the screening', text: edit(BASE, 'monitoring: false', 'monitoring: true\n      dpia: { required: false }'), line: lineOf(BASE, 'monitoring: false') + 1 },
  { rule: 'privacy/dpia', name: 'does not apply to a US-only strategy', text: inJurisdiction(edit(BASE, 'monitoring: false', 'monitoring: true'), 'US'), line: null },

  { rule: 'privacy/record-of-processing', name: 'passes with an entry', text: BASE, line: null },
  { rule: 'privacy/record-of-processing', name: 'fails without one', text: edit(BASE, '      ropaId: ROPA-1\n', ''), line: personalData },
  { rule: 'privacy/record-of-processing', name: 'does not apply to a US-only strategy', text: inJurisdiction(edit(BASE, '      ropaId: ROPA-1\n', ''), 'US'), line: null },

  { rule: 'privacy/transfer-mechanism', name: 'passes with a mechanism', text: BASE, line: null },
  { rule: 'privacy/transfer-mechanism', name: 'fails for US storage without one', text: edit(BASE, ', transferMechanism: eu-us-dpf', ''), line: facebook },
  { rule: 'privacy/transfer-mechanism', name: 'does not apply to storage inside the EEA', text: edit(edit(BASE, ', transferMechanism: eu-us-dpf', ''), '[US, IE]', '[IE, DE]'), line: null },
  { rule: 'privacy/transfer-mechanism', name: 'fails in the UK for US storage without one', text: inJurisdiction(edit(BASE, ', transferMechanism: eu-us-dpf', ''), 'UK'), line: facebook },
  { rule: 'privacy/transfer-mechanism', name: 'does not apply to a US-only strategy', text: inJurisdiction(edit(BASE, ', transferMechanism: eu-us-dpf', ''), 'US'), line: null },

  { rule: 'privacy/retention-per-category', name: 'passes with retention', text: BASE, line: null },
  { rule: 'privacy/retention-per-category', name: 'fails without', text: edit(BASE, '      retention: [{ category: messages, years: 2 }]\n', ''), line: personalData },
  { rule: 'privacy/retention-per-category', name: 'does not apply to a US-only strategy', text: inJurisdiction(edit(BASE, '      retention: [{ category: messages, years: 2 }]\n', ''), 'US'), line: null },

  { rule: 'privacy/coppa-plan', name: 'does not apply when children are not reached', text: BASE, line: null },
  { rule: 'privacy/coppa-plan', name: 'does not apply to a merely possible under-13 audience', text: edit(BASE, 'under13: no', 'under13: possible'), line: null },
  { rule: 'privacy/coppa-plan', name: 'fails when it knows it collects from children', text: edit(BASE, 'under13: no', 'under13: known'), line: personalData, message: COPPA_MESSAGE },
  { rule: 'privacy/coppa-plan', name: 'fails when directed to children', text: edit(BASE, 'under13: no', 'under13: directed'), line: personalData, message: COPPA_MESSAGE },
  { rule: 'privacy/coppa-plan', name: 'passes with a plan', text: COPPA_PLAN_ONLY, line: null },
  { rule: 'privacy/coppa-plan', name: 'does not apply outside the US', text: inJurisdiction(edit(BASE, 'under13: no', 'under13: directed'), 'GB'), line: null },

  { rule: 'privacy/children-audience', name: 'passes when the audience says', text: BASE, line: null },
  { rule: 'privacy/children-audience', name: 'fails under KIDS when it does not', text: edit(BASE, '      under13: no\n', ''), line: lineOf(BASE, 'audience:') },
  { rule: 'privacy/children-audience', name: 'does not apply outside the US', text: inJurisdiction(edit(BASE, '      under13: no\n', ''), 'GB'), line: null },
  { rule: 'privacy/children-audience', name: 'does not apply without KIDS', text: tagged(edit(BASE, '      under13: no\n', ''), 'HC'), line: null },

  { rule: 'privacy/no-phi', name: 'passes with safeguards', text: BASE, line: null },
  { rule: 'privacy/no-phi', name: 'fails in healthcare without', text: NO_PHI, line: personalData },
  { rule: 'privacy/no-phi', name: 'does not apply outside healthcare', text: tagged(NO_PHI, 'KIDS'), line: null },
  { rule: 'privacy/tracking-phi', name: 'passes with pixels kept away from health information', text: BASE, line: null },
  { rule: 'privacy/tracking-phi', name: 'fails for a hospital’s pixels without, at tracking', text: edit(BASE, ', phiExcluded: true', ''), line: tracking, message: /runs advertising pixels or retargeting without keeping them away from protected health information/ },
  { rule: 'privacy/tracking-phi', name: 'fails for retargeting alone', text: edit(BASE, 'pixels: true, customAudiences: true, customAudienceBasis: consent, consent: prior-consent, jointControllerArrangement: Meta controller addendum, phiExcluded: true', 'retargeting: true'), line: tracking },
  { rule: 'privacy/tracking-phi', name: 'does not apply without pixels or retargeting', text: edit(BASE, 'pixels: true, customAudiences: true, customAudienceBasis: consent, consent: prior-consent, jointControllerArrangement: Meta controller addendum, phiExcluded: true', 'customAudiences: true, customAudienceBasis: consent'), line: null },
  { rule: 'privacy/tracking-phi', name: 'does not apply outside healthcare', text: tagged(edit(BASE, ', phiExcluded: true', ''), 'KIDS'), line: null },
  { rule: 'privacy/tracking-phi', name: 'does not apply to a UK health body (HIPAA is US law)', text: inJurisdiction(edit(BASE, ', phiExcluded: true', ''), 'GB'), line: null },
  { rule: 'privacy/federal-third-party-pia', name: 'fails for a federal agency without an adapted PIA, at personalData', text: tagged(BASE, 'FED'), line: personalData, message: /without an adapted privacy impact assessment/ },
  { rule: 'privacy/federal-third-party-pia', name: 'passes with one', text: tagged(edit(BASE, '      ropaId: ROPA-1\n', '      ropaId: ROPA-1\n      pia: PIA-TPWA-2026-04\n'), 'FED'), line: null },
  { rule: 'privacy/federal-third-party-pia', name: 'passes when the agency sees no personal information', text: tagged(edit(BASE, '      lawfulBasis: legitimate-interests\n', '      processed: false\n'), 'FED'), line: null },
  { rule: 'privacy/federal-third-party-pia', name: 'does not apply to a state or local government (GOV)', text: tagged(BASE, 'GOV'), line: null },
  { rule: 'privacy/federal-third-party-pia', name: 'does not apply to internal initiatives', text: tagged(edit(BASE, 'scope: external', 'scope: internal'), 'FED'), line: null },
  { rule: 'privacy/no-phi', name: 'does not apply to healthcare in GB', text: inJurisdiction(NO_PHI, 'GB'), line: null },

  { rule: 'privacy/testimonial-authorisation', name: 'fails for testimonials without authorisation', text: edit(BASE, '    platforms: [facebook]\n', '    platforms: [facebook]\n    endorsements: { testimonials: true }\n'), line: lineOf(BASE, '    platforms: [facebook]') + 1 },
  { rule: 'privacy/testimonial-authorisation', name: 'passes with them', text: edit(BASE, '    platforms: [facebook]\n', '    platforms: [facebook]\n    endorsements: { testimonials: true, writtenAuthorisations: true }\n'), line: null },
  { rule: 'privacy/testimonial-authorisation', name: 'does not apply outside the US', text: inJurisdiction(edit(BASE, '    platforms: [facebook]\n', '    platforms: [facebook]\n    endorsements: { testimonials: true }\n'), 'GB'), line: null },

  { rule: 'privacy/custom-audience-basis', name: 'passes with consent', text: BASE, line: null },
  { rule: 'privacy/custom-audience-basis', name: 'passes with legitimate interests', text: edit(BASE, 'customAudienceBasis: consent', 'customAudienceBasis: legitimate-interests'), line: null },
  { rule: 'privacy/custom-audience-basis', name: 'fails without a basis, at tracking', text: NO_AUDIENCE_BASIS, line: tracking, message: NO_AUDIENCE_BASIS_MESSAGE },
  { rule: 'privacy/custom-audience-basis', name: 'fails with a basis that cannot cover it (contract)', text: edit(BASE, 'customAudienceBasis: consent', 'customAudienceBasis: contract'), line: tracking, message: NO_AUDIENCE_BASIS_MESSAGE },
  { rule: 'privacy/custom-audience-basis', name: 'fails in GB', text: inJurisdiction(NO_AUDIENCE_BASIS, 'GB'), line: tracking, message: NO_AUDIENCE_BASIS_MESSAGE },
  { rule: 'privacy/custom-audience-basis', name: 'fails in UK, the same jurisdiction as GB', text: inJurisdiction(NO_AUDIENCE_BASIS, 'UK'), line: tracking, message: NO_AUDIENCE_BASIS_MESSAGE },
  { rule: 'privacy/custom-audience-basis', name: 'does not apply to a US-only strategy', text: inJurisdiction(NO_AUDIENCE_BASIS, 'US'), line: null },
  { rule: 'privacy/custom-audience-basis', name: 'does not apply to an audience narrowed to the US', text: audienceIn(NO_AUDIENCE_BASIS, 'US'), line: null },
  { rule: 'privacy/custom-audience-basis', name: 'does not apply without custom audiences', text: edit(NO_AUDIENCE_BASIS, 'customAudiences: true', 'customAudiences: false'), line: null },
  { rule: 'privacy/custom-audience-basis', name: 'does not apply to internal initiatives', text: edit(NO_AUDIENCE_BASIS, 'scope: external', 'scope: internal'), line: null },

  { rule: 'privacy/legitimate-interests-assessment', name: 'passes with an assessment', text: BASE, line: null },
  { rule: 'privacy/legitimate-interests-assessment', name: 'fails without one, at personalData', text: NO_LIA, line: personalData, message: NO_LIA_MESSAGE },
  { rule: 'privacy/legitimate-interests-assessment', name: 'fails when only a purpose rests on legitimate interests', text: edit(NO_LIA, '      lawfulBasis: legitimate-interests\n', '      purposes: [{ purpose: Answer questions, lawfulBasis: contract }, { purpose: Improve service, lawfulBasis: legitimate-interests }]\n'), line: personalData, message: NO_LIA_MESSAGE },
  { rule: 'privacy/legitimate-interests-assessment', name: 'fails when only the custom audiences rest on legitimate interests', text: edit(edit(NO_LIA, 'lawfulBasis: legitimate-interests', 'lawfulBasis: consent'), 'customAudienceBasis: consent', 'customAudienceBasis: legitimate-interests'), line: personalData, message: NO_LIA_MESSAGE },
  { rule: 'privacy/legitimate-interests-assessment', name: 'does not apply when nothing rests on legitimate interests', text: edit(NO_LIA, 'lawfulBasis: legitimate-interests', 'lawfulBasis: consent'), line: null },
  { rule: 'privacy/legitimate-interests-assessment', name: 'fails in UK', text: inJurisdiction(NO_LIA, 'UK'), line: personalData, message: NO_LIA_MESSAGE },
  { rule: 'privacy/legitimate-interests-assessment', name: 'fails in GB', text: inJurisdiction(NO_LIA, 'GB'), line: personalData, message: NO_LIA_MESSAGE },
  { rule: 'privacy/legitimate-interests-assessment', name: 'does not apply to a US-only strategy', text: inJurisdiction(NO_LIA, 'US'), line: null },
  { rule: 'privacy/legitimate-interests-assessment', name: 'does not apply to an audience narrowed to the US', text: audienceIn(NO_LIA, 'US'), line: null },

  { rule: 'privacy/special-category-condition', name: 'passes with an art. 9(2) condition', text: BASE, line: null },
  { rule: 'privacy/special-category-condition', name: 'fails without one for direct messages', text: NO_CONDITION, line: personalData, message: NO_CONDITION_MESSAGE },
  { rule: 'privacy/special-category-condition', name: 'fails without one for comments', text: edit(NO_CONDITION, 'collection: [direct-messages]', 'collection: [forms, comments]'), line: personalData, message: NO_CONDITION_MESSAGE },
  { rule: 'privacy/special-category-condition', name: 'fails in GB', text: inJurisdiction(NO_CONDITION, 'GB'), line: personalData, message: NO_CONDITION_MESSAGE },
  { rule: 'privacy/special-category-condition', name: 'fails in UK', text: inJurisdiction(NO_CONDITION, 'UK'), line: personalData, message: NO_CONDITION_MESSAGE },
  { rule: 'privacy/special-category-condition', name: 'does not apply to forms only', text: edit(NO_CONDITION, 'collection: [direct-messages]', 'collection: [forms]'), line: null },
  { rule: 'privacy/special-category-condition', name: 'does not apply outside healthcare', text: tagged(NO_CONDITION, 'KIDS'), line: null },
  { rule: 'privacy/special-category-condition', name: 'does not apply to healthcare in the US only', text: inJurisdiction(NO_CONDITION, 'US'), line: null },

  { rule: 'privacy/data-protection-officer', name: 'passes with a named DPO', text: BASE, line: null },
  { rule: 'privacy/data-protection-officer', name: 'fails without one, at governance', text: NO_DPO, line: lineOf(NO_DPO, 'governance:'), message: NO_DPO_MESSAGE },
  { rule: 'privacy/data-protection-officer', name: 'fails without governance, at the top', text: NO_GOVERNANCE, line: 1, message: NO_DPO_MESSAGE },
  { rule: 'privacy/data-protection-officer', name: 'fails for a public authority in UK', text: inJurisdiction(tagged(NO_DPO, 'GOV'), 'UK'), line: lineOf(NO_DPO, 'governance:'), message: NO_DPO_MESSAGE },
  { rule: 'privacy/data-protection-officer', name: 'fails for a public authority in GB', text: inJurisdiction(tagged(NO_DPO, 'GOV'), 'GB'), line: lineOf(NO_DPO, 'governance:'), message: NO_DPO_MESSAGE },
  { rule: 'privacy/data-protection-officer', name: 'does not apply without GOV, FED or HC', text: tagged(NO_DPO, 'KIDS'), line: null },
  { rule: 'privacy/data-protection-officer', name: 'does not apply without regulatory tags', text: NO_DPO.replace('  regulatoryTags: [HC, KIDS]\n', ''), line: null },
  { rule: 'privacy/data-protection-officer', name: 'does not apply to healthcare in the US only', text: inJurisdiction(NO_DPO, 'US'), line: null },

  { rule: 'privacy/coppa-2025-amendments', name: 'does not apply when children are not reached', text: BASE, line: null },
  { rule: 'privacy/coppa-2025-amendments', name: 'passes with separate consent and written policies', text: FOR_CHILDREN, line: null },
  { rule: 'privacy/coppa-2025-amendments', name: 'passes when nothing is disclosed to third parties', text: edit(FOR_CHILDREN, 'thirdPartyDisclosure: separate-consent', 'thirdPartyDisclosure: none'), line: null },
  { rule: 'privacy/coppa-2025-amendments', name: 'fails with a plan that predates them, at personalData', text: COPPA_PLAN_ONLY, line: personalData, message: COPPA_2025_MESSAGE },
  { rule: 'privacy/coppa-2025-amendments', name: 'fails without a written retention policy, at coppa', text: edit(FOR_CHILDREN, ' retentionPolicy: COPPA-RET-1,', ''), line: coppa, message: COPPA_2025_MESSAGE },
  { rule: 'privacy/coppa-2025-amendments', name: 'fails without a written security programme, at coppa', text: edit(FOR_CHILDREN, ', securityProgramme: COPPA-SEC-1', ''), line: coppa, message: COPPA_2025_MESSAGE },
  { rule: 'privacy/coppa-2025-amendments', name: 'fails when disclosure to third parties is not said, at coppa', text: edit(FOR_CHILDREN, ' thirdPartyDisclosure: separate-consent,', ''), line: coppa, message: COPPA_2025_MESSAGE },
  { rule: 'privacy/coppa-2025-amendments', name: 'fails when it knows it collects from children', text: edit(COPPA_PLAN_ONLY, 'under13: directed', 'under13: known'), line: personalData, message: COPPA_2025_MESSAGE },
  { rule: 'privacy/coppa-2025-amendments', name: 'does not apply to a merely possible under-13 audience', text: edit(COPPA_PLAN_ONLY, 'under13: directed', 'under13: possible'), line: null },
  { rule: 'privacy/coppa-2025-amendments', name: 'does not apply outside the US', text: inJurisdiction(COPPA_PLAN_ONLY, 'GB'), line: null },

  { rule: 'privacy/opt-out-signals', name: 'does not apply outside the states that require them', text: NO_SIGNALS, line: null },
  { rule: 'privacy/opt-out-signals', name: 'passes in Colorado with an opt-out honouring GPC', text: edit(IN_COLORADO, 'consent: none', 'consent: opt-out-with-gpc'), line: null },
  { rule: 'privacy/opt-out-signals', name: 'passes in Colorado with prior consent', text: inJurisdiction(BASE, 'US-CO'), line: null },
  { rule: 'privacy/opt-out-signals', name: 'fails in Colorado without, at tracking', text: IN_COLORADO, line: tracking, message: OPT_OUT_SIGNALS_MESSAGE },
  { rule: 'privacy/opt-out-signals', name: 'fails in Colorado when the mechanism is not said', text: edit(IN_COLORADO, ' consent: none,', ''), line: tracking, message: OPT_OUT_SIGNALS_MESSAGE },
  { rule: 'privacy/opt-out-signals', name: 'fails in New Jersey for pixels alone', text: inJurisdiction(edit(BASE, 'customAudiences: true, customAudienceBasis: consent, consent: prior-consent', 'customAudiences: false, consent: none'), 'US-NJ'), line: tracking, message: OPT_OUT_SIGNALS_MESSAGE },
  { rule: 'privacy/opt-out-signals', name: 'does not apply in Texas', text: inJurisdiction(NO_SIGNALS, 'US-TX'), line: null },
  { rule: 'privacy/opt-out-signals', name: 'does not apply to a county government in Colorado (GOV)', text: tagged(IN_COLORADO, 'GOV'), line: null },
  { rule: 'privacy/opt-out-signals', name: 'does not apply to an audience narrowed to Texas', text: audienceIn(inJurisdiction(NO_SIGNALS, 'US-CO, US-TX'), 'US-TX'), line: null },
  { rule: 'privacy/opt-out-signals', name: 'does not apply to internal initiatives', text: edit(IN_COLORADO, 'scope: external', 'scope: internal'), line: null },
  { rule: 'privacy/opt-out-signals', name: 'does not apply without advertising data', text: edit(IN_COLORADO, 'pixels: true, customAudiences: true', 'pixels: false, customAudiences: false'), line: null },
];

describe('privacy checklist', () => {
  tableTest('privacy', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, '      ropaId: ROPA-1\n', ''), 'privacy/record-of-processing');
    expect(finding).toMatchObject({
      message: 'Initiative Customer care has no record-of-processing entry.',
      initiative: 'care',
      severity: 'warning',
      reference: 'GDPR and UK GDPR art. 30',
    });
  });
});
