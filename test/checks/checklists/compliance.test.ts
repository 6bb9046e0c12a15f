import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS } from '../../../src/checks/ruleset/checklists/index.js';
import { columnOf, edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per compliance rule, in the ESLint manner: a strategy that passes, then each case breaks
 * (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: compliance-base
  title: Compliance base
  organization: Example Securities plc
  regulatoryTags: [FIN, RIA, BANK, PHARMA, PUBCO]
  jurisdictions: [US]
  owner: { name: Ada Lovelace, role: CIO }
  version: 1.0.0
  status: draft
stakeholders:
  compliance: { owner: Katherine Johnson, role: Chief Compliance Officer }
  records: { owner: Rosalind Franklin, role: Records Manager }
  hr: { owner: Mary Jackson, role: HR Director }
alignment:
  businessGoals: [{ id: BG1, statement: Serve clients. }]
  itObjectives: [{ id: IT1, statement: Be where clients are., supports: [BG1] }]
initiatives:
  - id: care
    name: Client care
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [linkedin]
    personalData:
      lawfulBasis: legitimate-interests
      collection: [direct-messages]
    records:
      captureMethod: vendor-api
      archiver: Global Relay Archive
      captures: [posts, comments, direct-messages, edits, deletions]
    supervision:
      preApproval: principal
      postReview: { method: Daily lexicon-driven sample by Compliance, samplePct: 10 }
      representativeAccounts: { principalApproval: true, annualAttestation: true }
      thirdPartyContent: not-shared
    endorsements:
      employeeAdvocacy: true
      influencers: true
      disclosureInPost: true
      testimonials: true
      testimonialDisclosures: true
      promoterAgreements: true
    content:
      materialInformation: true
      channelAnnouncedToInvestors: true
      benefitClaims: true
      riskInformation: true
    agencies:
      - { name: Fernhill Content Studio, noFakeEngagementWarranty: true }
platforms:
  - { id: linkedin, name: LinkedIn page }
governance:
  riskProgramme: ERM-SM-2026 approved by the Board Risk Committee
  fakeEngagementBanned: true
  customerInformationIncidents:
    programme: IRP-SP-2025 Customer information incident response programme
    noticeDays: 30
  disclosureControlsCoverSocial: true
leadership:
  executiveVoice: { person: Grace Hopper, channels: [linkedin], hoursPerWeek: 2 }
`;


const care = lineOf(BASE, '- id: care');
const records = lineOf(BASE, '    records:');
const supervision = lineOf(BASE, '    supervision:');
const endorsements = lineOf(BASE, '    endorsements:');
const content = lineOf(BASE, '    content:');
const governance = lineOf(BASE, 'governance:');
const incidents = lineOf(BASE, '  customerInformationIncidents:');
const internal = (text: string) => edit(text, 'scope: external', 'scope: internal');
const tags = (text: string, list: string) => edit(text, '[FIN, RIA, BANK, PHARMA, PUBCO]', list);
/** The strategy's jurisdictions instead of [US]. */
const where = (text: string, list: string) => edit(text, 'jurisdictions: [US]', `jurisdictions: ${list}`);
const withAgency = edit(BASE, '      - { name: Fernhill Content Studio, noFakeEngagementWarranty: true }\n', '      - { name: Fernhill Content Studio, noFakeEngagementWarranty: true }\n      - { name: Quickreach Media }\n');
const noArchiver = edit(BASE, '      archiver: Global Relay Archive\n', '');
const noPrincipal = edit(BASE, 'preApproval: principal', 'preApproval: communications');
const lateNotice = edit(BASE, 'noticeDays: 30', 'noticeDays: 45');
const noIncidentProgramme = edit(BASE, '    programme: IRP-SP-2025 Customer information incident response programme\n', '');
const noIncidentsBlock = BASE.replace(/ {2}customerInformationIncidents:\n(?: {4}.*\n)+/, '');
const uncontrolled = edit(BASE, 'disclosureControlsCoverSocial: true', 'disclosureControlsCoverSocial: false');
const noLeadership = (text: string) => text.replace(/leadership:\n(?: {2}.*\n)+/, '');

const cases: RuleCase[] = [
  { rule: 'compliance/capture-before-use', name: 'passes with a capture method and an archiver', text: BASE, line: null },
  { rule: 'compliance/capture-before-use', name: 'passes with a named archiver and no capture method', text: edit(BASE, '      captureMethod: vendor-api\n', ''), line: null },
  { rule: 'compliance/capture-before-use', name: 'fails with capture by screenshots', text: edit(BASE, 'captureMethod: vendor-api', 'captureMethod: screenshots'), line: lineOf(BASE, 'captureMethod:'), message: /screenshots/ },
  { rule: 'compliance/capture-before-use', name: 'fails with capture method none', text: edit(BASE, 'captureMethod: vendor-api', 'captureMethod: none'), line: lineOf(BASE, 'captureMethod:') },
  { rule: 'compliance/capture-before-use', name: 'fails without an archiver, at records', text: noArchiver, line: records, message: /without an archiver/ },
  { rule: 'compliance/capture-before-use', name: 'fails without an archiver even with a capture method stated', text: edit(noArchiver, 'captureMethod: vendor-api', 'captureMethod: journaling'), line: records },
  { rule: 'compliance/capture-before-use', name: 'fails with no records block, at the initiative', text: BASE.replace(/ {4}records:\n(?: {6}.*\n)+/, ''), line: care },
  { rule: 'compliance/capture-before-use', name: 'does not apply at idea stage', text: edit(noArchiver, 'stage: pilot', 'stage: idea'), line: null },
  { rule: 'compliance/capture-before-use', name: 'does not apply outside FIN and RIA', text: tags(noArchiver, '[BANK]'), line: null },
  { rule: 'compliance/capture-before-use', name: 'applies to RIA alone', text: tags(noArchiver, '[RIA]'), line: records },
  { rule: 'compliance/capture-before-use', name: 'does not apply to a FIN and RIA firm in GB only', text: where(noArchiver, '[GB]'), line: null },
  { rule: 'compliance/dm-capture', name: 'passes when DMs are captured', text: BASE, line: null },
  { rule: 'compliance/dm-capture', name: 'fails when DMs are used but not captured', text: edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments, edits, deletions]'), line: lineOf(BASE, 'captures:') },
  { rule: 'compliance/dm-capture', name: 'does not apply when no DMs are handled', text: edit(edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments]'), 'collection: [direct-messages]', 'collection: [comments]'), line: null },
  { rule: 'compliance/dm-capture', name: 'does not apply outside FIN and RIA', text: tags(edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts]'), '[PUBCO]'), line: null },
  { rule: 'compliance/principal-pre-approval', name: 'passes with a principal', text: BASE, line: null },
  { rule: 'compliance/principal-pre-approval', name: 'fails with Communications approving', text: noPrincipal, line: lineOf(BASE, 'preApproval:') },
  { rule: 'compliance/principal-pre-approval', name: 'fails with no pre-approval, at supervision', text: edit(BASE, '      preApproval: principal\n', ''), line: supervision },
  { rule: 'compliance/principal-pre-approval', name: 'applies in a US state (US covers US-NY)', text: where(noPrincipal, '[US-NY]'), line: lineOf(BASE, 'preApproval:') },
  { rule: 'compliance/principal-pre-approval', name: 'applies to a firm in GB and the US', text: where(noPrincipal, '[GB, US]'), line: lineOf(BASE, 'preApproval:') },
  { rule: 'compliance/principal-pre-approval', name: 'does not apply to a FIN firm whose jurisdictions are GB only', text: tags(where(noPrincipal, '[GB]'), '[FIN]'), line: null },
  { rule: 'compliance/principal-pre-approval', name: 'does not apply to internal initiatives', text: internal(edit(BASE, 'preApproval: principal', 'preApproval: none')), line: null },
  { rule: 'compliance/principal-pre-approval', name: 'does not apply outside FIN', text: tags(edit(BASE, 'preApproval: principal', 'preApproval: none'), '[RIA]'), line: null },
  { rule: 'compliance/post-review', name: 'passes with a post-review', text: BASE, line: null },
  { rule: 'compliance/post-review', name: 'fails without one, at supervision', text: BASE.replace(/ {6}postReview: .*\n/, ''), line: supervision },
  { rule: 'compliance/post-review', name: 'fails with no supervision block, at the initiative', text: BASE.replace(/ {4}supervision:\n(?: {6}.*\n)+/, ''), line: care },
  { rule: 'compliance/post-review', name: 'does not apply outside FIN', text: tags(BASE.replace(/ {6}postReview: .*\n/, ''), '[RIA, BANK]'), line: null },
  { rule: 'compliance/post-review', name: 'does not apply to a FIN firm in GB only', text: tags(where(BASE.replace(/ {6}postReview: .*\n/, ''), '[GB]'), '[FIN]'), line: null },
  { rule: 'compliance/representative-accounts', name: 'passes with approval and attestation', text: BASE, line: null },
  { rule: 'compliance/representative-accounts', name: 'passes with principal approval and no annual attestation', text: edit(BASE, 'representativeAccounts: { principalApproval: true, annualAttestation: true }', 'representativeAccounts: { principalApproval: true }'), line: null },
  { rule: 'compliance/representative-accounts', name: 'passes with principal approval and annual attestation false', text: edit(BASE, 'annualAttestation: true', 'annualAttestation: false'), line: null },
  { rule: 'compliance/representative-accounts', name: 'fails without principal approval', text: edit(BASE, '{ principalApproval: true, annualAttestation: true }', '{ principalApproval: false, annualAttestation: true }'), line: lineOf(BASE, 'representativeAccounts:'), message: /without a principal approving each site/ },
  { rule: 'compliance/representative-accounts', name: 'fails for employee advocacy with no account approval, at supervision', text: BASE.replace(/ {6}representativeAccounts: .*\n/, ''), line: supervision },
  { rule: 'compliance/representative-accounts', name: 'does not apply without representative accounts or advocacy', text: edit(BASE.replace(/ {6}representativeAccounts: .*\n/, ''), 'employeeAdvocacy: true', 'employeeAdvocacy: false'), line: null },
  { rule: 'compliance/representative-accounts', name: 'does not apply outside FIN', text: tags(BASE.replace(/ {6}representativeAccounts: .*\n/, ''), '[RIA]'), line: null },
  { rule: 'compliance/third-party-content', name: 'passes when not shared', text: BASE, line: null },
  { rule: 'compliance/third-party-content', name: 'passes when shared with review', text: edit(BASE, 'thirdPartyContent: not-shared', 'thirdPartyContent: shared-with-review'), line: null },
  { rule: 'compliance/third-party-content', name: 'fails when shared without review', text: edit(BASE, 'thirdPartyContent: not-shared', 'thirdPartyContent: shared'), line: lineOf(BASE, 'thirdPartyContent:') },
  { rule: 'compliance/third-party-content', name: 'fails when not stated, at supervision', text: edit(BASE, '      thirdPartyContent: not-shared\n', ''), line: supervision },
  { rule: 'compliance/third-party-content', name: 'does not apply to internal initiatives', text: internal(edit(BASE, 'thirdPartyContent: not-shared', 'thirdPartyContent: shared')), line: null },
  { rule: 'compliance/testimonial-disclosures', name: 'passes with disclosures', text: BASE, line: null },
  { rule: 'compliance/testimonial-disclosures', name: 'fails without them, at endorsements', text: edit(BASE, '      testimonialDisclosures: true\n', ''), line: endorsements },
  { rule: 'compliance/testimonial-disclosures', name: 'does not apply without testimonials', text: edit(edit(BASE, '      testimonialDisclosures: true\n', ''), 'testimonials: true', 'testimonials: false'), line: null },
  { rule: 'compliance/testimonial-disclosures', name: 'does not apply outside RIA', text: tags(edit(BASE, '      testimonialDisclosures: true\n', ''), '[FIN]'), line: null },
  { rule: 'compliance/promoter-agreements', name: 'passes with agreements', text: BASE, line: null },
  { rule: 'compliance/promoter-agreements', name: 'passes without agreements when every promoter is de minimis', text: edit(BASE, 'promoterAgreements: true', 'promotersDeMinimis: true'), line: null },
  { rule: 'compliance/promoter-agreements', name: 'passes with agreements false when every promoter is de minimis', text: edit(BASE, 'promoterAgreements: true', 'promoterAgreements: false\n      promotersDeMinimis: true'), line: null },
  { rule: 'compliance/promoter-agreements', name: 'fails for paid influencers without', text: edit(BASE, 'promoterAgreements: true', 'promoterAgreements: false'), line: lineOf(BASE, 'promoterAgreements:') },
  { rule: 'compliance/promoter-agreements', name: 'fails when promoters are not de minimis and have no agreements', text: edit(BASE, 'promoterAgreements: true', 'promoterAgreements: false\n      promotersDeMinimis: false'), line: lineOf(BASE, 'promoterAgreements:') },
  { rule: 'compliance/promoter-agreements', name: 'fails for rewarded posts without', text: edit(edit(BASE, '      promoterAgreements: true\n', ''), 'influencers: true', 'incentivised: true'), line: endorsements },
  { rule: 'compliance/promoter-agreements', name: 'passes for rewarded posts by the adviser’s own staff, affiliation disclosed (b)(4)(ii)', text: edit(edit(BASE, '      promoterAgreements: true\n', '      promotersAffiliated: true\n'), 'influencers: true', 'incentivised: true'), line: null },
  { rule: 'compliance/promoter-agreements', name: 'fails for paid influencers even when staff promoters are affiliated', text: edit(BASE, '      promoterAgreements: true\n', '      promotersAffiliated: true\n'), line: endorsements },
  { rule: 'compliance/promoter-agreements', name: 'does not apply without paid or rewarded promoters', text: edit(edit(BASE, '      promoterAgreements: true\n', ''), 'influencers: true', 'influencers: false'), line: null },
  { rule: 'compliance/promoter-agreements', name: 'does not apply outside RIA', text: tags(edit(BASE, '      promoterAgreements: true\n', ''), '[FIN]'), line: null },
  { rule: 'compliance/material-information-channel', name: 'passes on an announced channel', text: BASE, line: null },
  { rule: 'compliance/material-information-channel', name: 'fails on a channel not announced', text: edit(BASE, 'channelAnnouncedToInvestors: true', 'channelAnnouncedToInvestors: false'), line: lineOf(BASE, 'channelAnnouncedToInvestors:') },
  { rule: 'compliance/material-information-channel', name: 'fails when not stated, at content', text: edit(BASE, '      channelAnnouncedToInvestors: true\n', ''), line: content },
  { rule: 'compliance/material-information-channel', name: 'does not apply without material information', text: edit(edit(BASE, '      channelAnnouncedToInvestors: true\n', ''), 'materialInformation: true', 'materialInformation: false'), line: null },
  { rule: 'compliance/material-information-channel', name: 'does not apply outside PUBCO', text: tags(edit(BASE, '      channelAnnouncedToInvestors: true\n', ''), '[FIN]'), line: null },
  { rule: 'compliance/bank-risk-programme', name: 'passes with a programme', text: BASE, line: null },
  { rule: 'compliance/bank-risk-programme', name: 'fails without one, at governance', text: BASE.replace(/ {2}riskProgramme: .*\n/, ''), line: governance },
  { rule: 'compliance/bank-risk-programme', name: 'fails with no governance block, at the top of the file', text: BASE.replace(/governance:\n(?: {2}.*\n)+/, ''), line: 1 },
  { rule: 'compliance/bank-risk-programme', name: 'does not apply outside BANK', text: tags(BASE.replace(/ {2}riskProgramme: .*\n/, ''), '[FIN]'), line: null },
  { rule: 'compliance/benefit-risk-balance', name: 'passes with risk information', text: BASE, line: null },
  { rule: 'compliance/benefit-risk-balance', name: 'fails without, at content', text: edit(BASE, '      riskInformation: true\n', ''), line: content },
  { rule: 'compliance/benefit-risk-balance', name: 'does not apply without benefit claims', text: edit(edit(BASE, '      riskInformation: true\n', ''), 'benefitClaims: true', 'benefitClaims: false'), line: null },
  { rule: 'compliance/benefit-risk-balance', name: 'does not apply outside PHARMA', text: tags(edit(BASE, '      riskInformation: true\n', ''), '[FIN]'), line: null },
  { rule: 'compliance/material-connection-disclosure', name: 'passes with a disclosure in the post', text: BASE, line: null },
  { rule: 'compliance/material-connection-disclosure', name: 'fails without one', text: edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false'), line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'compliance/material-connection-disclosure', name: 'fails for rewarded posts alone, at endorsements', text: edit(edit(edit(BASE, '      disclosureInPost: true\n', ''), 'employeeAdvocacy: true', 'employeeAdvocacy: false'), 'influencers: true', 'incentivised: true'), line: endorsements },
  { rule: 'compliance/material-connection-disclosure', name: 'applies in GB too (UK and GB are one)', text: where(edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false'), '[GB]'), line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'compliance/material-connection-disclosure', name: 'applies in an EU member state alone (UCPD)', text: where(edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false'), '[DE]'), line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'compliance/material-connection-disclosure', name: 'does not apply where no law named covers it (CA)', text: where(edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false'), '[CA]'), line: null },
  { rule: 'compliance/material-connection-disclosure', name: 'does not apply to a US government (the FTC Act reaches traders)', text: tags(edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false'), '[GOV]'), line: null },
  { rule: 'compliance/material-connection-disclosure', name: 'applies to a UK public body (the CAP Code reaches every advertiser)', text: where(tags(edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false'), '[GOV]'), '[GB]'), line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'compliance/material-connection-disclosure', name: 'does not apply without advocacy, influencers or rewards', text: edit(edit(edit(BASE, '      disclosureInPost: true\n', ''), 'employeeAdvocacy: true', 'employeeAdvocacy: false'), 'influencers: true', 'influencers: false'), line: null },
  { rule: 'compliance/material-connection-disclosure', name: 'does not apply to internal initiatives', text: internal(edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false')), line: null },
  { rule: 'compliance/fake-engagement-banned', name: 'passes with a ban', text: BASE, line: null },
  { rule: 'compliance/fake-engagement-banned', name: 'fails when not banned', text: edit(BASE, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false'), line: lineOf(BASE, 'fakeEngagementBanned:') },
  { rule: 'compliance/fake-engagement-banned', name: 'fails when not stated, at governance', text: edit(BASE, '  fakeEngagementBanned: true\n', ''), line: governance },
  { rule: 'compliance/fake-engagement-banned', name: 'fails for an untagged US company', text: tags(edit(BASE, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false'), '[]'), line: lineOf(BASE, 'fakeEngagementBanned:') },
  { rule: 'compliance/fake-engagement-banned', name: 'does not apply to a government body (GOV)', text: tags(edit(BASE, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false'), '[GOV]'), line: null },
  { rule: 'compliance/fake-engagement-banned', name: 'does not apply to a federal agency (FED)', text: tags(edit(BASE, '  fakeEngagementBanned: true\n', ''), '[FED]'), line: null },
  { rule: 'compliance/fake-engagement-banned', name: 'does not apply when GOV is among other tags', text: tags(edit(BASE, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false'), '[PUBCO, GOV]'), line: null },
  { rule: 'compliance/fake-engagement-banned', name: 'applies to a trader in an EU member state (UCPD Annex I point 23c)', text: where(edit(BASE, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false'), '[FR]'), line: lineOf(BASE, 'fakeEngagementBanned:') },
  { rule: 'compliance/fake-engagement-banned', name: 'does not apply in Canada alone', text: where(edit(BASE, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false'), '[CA]'), line: null },
  { rule: 'compliance/fake-engagement-banned', name: 'does not apply to an internal-only strategy', text: internal(edit(BASE, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false')), line: null },
  { rule: 'compliance/agency-engagement-warranty', name: 'passes when every agency warrants', text: BASE, line: null },
  { rule: 'compliance/agency-engagement-warranty', name: 'fails at the agency that does not', text: withAgency, line: lineOf(withAgency, '- { name: Quickreach Media }') },
  { rule: 'compliance/agency-engagement-warranty', name: 'passes without agencies', text: BASE.replace(/ {4}agencies:\n(?: {6}.*\n)+/, ''), line: null },
  { rule: 'compliance/agency-engagement-warranty', name: 'does not apply to a government body (GOV)', text: tags(withAgency, '[GOV]'), line: null },
  { rule: 'compliance/agency-engagement-warranty', name: 'does not apply to internal initiatives', text: internal(withAgency), line: null },
  { rule: 'compliance/customer-information-incidents', name: 'passes with a programme and notice within 30 days', text: BASE, line: null },
  { rule: 'compliance/customer-information-incidents', name: 'passes with notice sooner than 30 days', text: edit(BASE, 'noticeDays: 30', 'noticeDays: 14'), line: null },
  { rule: 'compliance/customer-information-incidents', name: 'fails with notice after 30 days', text: lateNotice, line: lineOf(BASE, 'noticeDays: 30'), column: columnOf(lateNotice, '45'), message: /within 30 days/ },
  { rule: 'compliance/customer-information-incidents', name: 'fails without a programme, at customerInformationIncidents', text: noIncidentProgramme, line: incidents, message: /names no incident response programme for customer information/ },
  { rule: 'compliance/customer-information-incidents', name: 'fails with no customerInformationIncidents block, at governance', text: noIncidentsBlock, line: governance },
  { rule: 'compliance/customer-information-incidents', name: 'applies to RIA alone', text: tags(lateNotice, '[RIA]'), line: lineOf(BASE, 'noticeDays: 30') },
  { rule: 'compliance/customer-information-incidents', name: 'applies to an internal-only strategy', text: internal(noIncidentsBlock), line: governance },
  { rule: 'compliance/customer-information-incidents', name: 'does not apply outside FIN and RIA', text: tags(noIncidentsBlock, '[BANK, PHARMA, PUBCO]'), line: null },
  { rule: 'compliance/customer-information-incidents', name: 'does not apply to a FIN and RIA firm in GB only', text: where(noIncidentsBlock, '[GB]'), line: null },
  { rule: 'compliance/executive-posts-disclosure-controls', name: 'passes when disclosure controls cover social posts', text: BASE, line: null },
  { rule: 'compliance/executive-posts-disclosure-controls', name: 'fails when they do not', text: uncontrolled, line: lineOf(BASE, 'disclosureControlsCoverSocial:'), column: columnOf(uncontrolled, 'false'), message: /executive posting publicly without disclosure controls/ },
  { rule: 'compliance/executive-posts-disclosure-controls', name: 'fails when not stated, at governance', text: edit(BASE, '  disclosureControlsCoverSocial: true\n', ''), line: governance, message: /^Strategy Compliance base has an executive posting/ },
  { rule: 'compliance/executive-posts-disclosure-controls', name: 'does not apply without an executive voice', text: noLeadership(uncontrolled), line: null },
  { rule: 'compliance/executive-posts-disclosure-controls', name: 'does not apply outside PUBCO', text: tags(uncontrolled, '[FIN, RIA, BANK, PHARMA]'), line: null },
  { rule: 'compliance/executive-posts-disclosure-controls', name: 'does not apply to a listed company in GB only', text: where(uncontrolled, '[GB]'), line: null },
];

/**
 * One strategy that breaks every compliance rule at once: under [US] each rule finds it, and the rules
 * that are US law alone must all fall silent when the same firm's jurisdictions are [GB].
 */
const BROKEN = [
  (t: string) => edit(t, 'captureMethod: vendor-api', 'captureMethod: screenshots'),
  (t: string) => edit(t, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments, edits, deletions]'),
  (t: string) => edit(t, 'preApproval: principal', 'preApproval: communications'),
  (t: string) => t.replace(/ {6}postReview: .*\n/, ''),
  (t: string) => edit(t, '{ principalApproval: true, annualAttestation: true }', '{ principalApproval: false }'),
  (t: string) => edit(t, 'thirdPartyContent: not-shared', 'thirdPartyContent: shared'),
  (t: string) => edit(t, 'testimonialDisclosures: true', 'testimonialDisclosures: false'),
  (t: string) => edit(t, 'promoterAgreements: true', 'promoterAgreements: false'),
  (t: string) => edit(t, 'channelAnnouncedToInvestors: true', 'channelAnnouncedToInvestors: false'),
  (t: string) => t.replace(/ {2}riskProgramme: .*\n/, ''),
  (t: string) => edit(t, 'riskInformation: true', 'riskInformation: false'),
  (t: string) => edit(t, 'disclosureInPost: true', 'disclosureInPost: false'),
  (t: string) => edit(t, 'fakeEngagementBanned: true', 'fakeEngagementBanned: false'),
  (t: string) => edit(t, '      - { name: Fernhill Content Studio, noFakeEngagementWarranty: true }\n', '      - { name: Quickreach Media }\n'),
  (t: string) => edit(t, 'noticeDays: 30', 'noticeDays: 60'),
  (t: string) => edit(t, 'disclosureControlsCoverSocial: true', 'disclosureControlsCoverSocial: false'),
].reduce((text, breakOne) => breakOne(text), BASE);

const COMPLIANCE_RULES = BUILT_IN_CHECKLISTS.find((c) => c.stakeholder === 'compliance')!.rules;
const US_ONLY = COMPLIANCE_RULES.filter((r) => r.appliesTo?.jurisdictions?.length && r.appliesTo.jurisdictions.every((j) => j === 'US')).map((r) => r.id);

describe('compliance checklist', () => {
  tableTest('compliance', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, 'preApproval: principal', 'preApproval: communications'), 'compliance/principal-pre-approval');
    expect(finding).toMatchObject({
      message: 'Initiative Client care posts static content that is not pre-approved by a registered principal.',
      initiative: 'care',
      severity: 'error',
      reference: 'FINRA Rule 2210(b)(1); Regulatory Notices 10-06 and 11-39',
    });
  });

  it('names the strategy in findings about the whole strategy', () => {
    const [finding] = findings(BASE.replace(/ {2}riskProgramme: .*\n/, ''), 'compliance/bank-risk-programme');
    expect(finding).toMatchObject({
      message: 'Strategy Compliance base has no documented social media risk-management programme.',
      severity: 'warning',
      reference: 'FFIEC, Social Media: Consumer Compliance Risk Management Guidance, 78 FR 76297 (2013)',
    });
  });

  it('every rule finds the strategy that breaks them all', () => {
    expect(COMPLIANCE_RULES.filter((r) => findings(BROKEN, r.id).length !== 1).map((r) => r.id)).toEqual([]);
  });

  it('the US-only rules include the broker-dealer, adviser, listed-company, bank and pharma rules', () => {
    expect(US_ONLY).toEqual(expect.arrayContaining(['compliance/principal-pre-approval', 'compliance/capture-before-use', 'compliance/customer-information-incidents', 'compliance/executive-posts-disclosure-controls', 'compliance/bank-risk-programme', 'compliance/benefit-risk-balance']));
    expect(US_ONLY).not.toContain('compliance/material-connection-disclosure');
  });

  it.each(US_ONLY)('%s does not fire for the same firm with jurisdictions [GB] only', (rule) => {
    expect(findings(where(BROKEN, '[GB]'), rule)).toEqual([]);
    expect(findings(where(BROKEN, '[UK]'), rule)).toEqual([]);
  });

  it('executive-posts-disclosure-controls reports once for the strategy, not per initiative', () => {
    const two = edit(uncontrolled, 'platforms:\n  - { id: linkedin', '  - { id: desk, name: Research desk, scope: external, stage: run, supports: [IT1], platforms: [linkedin] }\nplatforms:\n  - { id: linkedin');
    expect(findings(two, 'compliance/executive-posts-disclosure-controls')).toHaveLength(1);
  });

});
