import { describe, expect, it } from 'vitest';
import { legal } from '../../../src/checks/checklists/legal.js';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per legal rule, in the ESLint manner: a strategy that passes, then each case breaks
 * (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: legal-base
  title: Legal base
  organization: Example County
  regulatoryTags: [GOV]
  jurisdictions: [US]
  owner: { name: Ada Lovelace, role: CIO }
  version: 1.0.0
  status: draft
alignment:
  businessGoals: [{ id: BG1, statement: Serve residents. }]
  itObjectives: [{ id: IT1, statement: Be where residents are., supports: [BG1] }]
initiatives:
  - id: outreach
    name: Resident outreach
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [facebook]
    moderation: { guidelinesUrl: https://example.gov/guidelines, spam: remove, sentimentNeutral: true }
    contests: { used: true, officialRules: https://example.gov/rules, incentiveDisclosed: true }
    accessibility: { standard: WCAG-2.1-AA, altText: true, captions: true, complianceDate: 2027-04-26 }
    agencies:
      - { name: Brightline, boundByPolicy: true, boundByDisclosureRules: true, boundByRecordsCapture: true }
  - id: staff
    name: Staff network
    scope: internal
    stage: run
    supports: [IT1]
    platforms: [engage]
platforms:
  - { id: facebook, name: Facebook page, hosting: third-party, companyOwned: true, termsReviewed: 2026-06-01, handleSecured: true, archiverConnector: true }
  - { id: engage, name: Staff network, hosting: saas, legalHold: true, eDiscovery: true }
governance:
  policies:
    - { id: conduct, title: Code of conduct, lastReviewed: 2026-01-10 }
    - { id: social, title: Employee social media policy, nlraReviewed: 2025-03-10 }
  impersonationProcess: BRAND-07 Impersonation and trademark takedown procedure
`;


const outreach = lineOf(BASE, '- id: outreach');
const facebook = lineOf(BASE, '- { id: facebook');
const engage = lineOf(BASE, '- { id: engage');
const contests = lineOf(BASE, 'contests:');
const accessibility = lineOf(BASE, 'accessibility:');
/** A list is located at its first item. */
const policies = lineOf(BASE, '  policies:');
/** BASE with the governance block removed. */
const noGovernance = BASE.replace(/^governance:\n(?: {2}.*\n)+/m, '');
/** BASE with the external initiative retired, so only the internal one is live. */
const internalOnly = edit(BASE, '    stage: pilot\n', '    stage: retired\n');
/** BASE with a platform that was only evaluated, with no hold or export of its own. */
const unused = edit(BASE, 'governance:\n', '  - { id: beekeeper, name: Beekeeper, hosting: saas }\ngovernance:\n');

const cases: RuleCase[] = [
  { rule: 'legal/nlra-policy-review', name: 'passes with a recent NLRA review', text: BASE, line: null },
  { rule: 'legal/nlra-policy-review', name: 'fails when the review is over 24 months old, at the policy list', text: edit(BASE, 'nlraReviewed: 2025-03-10', 'nlraReviewed: 2024-11-24'), line: policies },
  { rule: 'legal/nlra-policy-review', name: 'passes on the day the review turns 24 months old', text: edit(BASE, 'nlraReviewed: 2025-03-10', 'nlraReviewed: 2024-11-25'), line: null },
  { rule: 'legal/nlra-policy-review', name: 'fails when no policy records a review', text: edit(BASE, 'nlraReviewed: 2025-03-10', 'lastReviewed: 2025-03-10'), line: policies },
  { rule: 'legal/nlra-policy-review', name: 'fails with no policies at all, at governance', text: edit(BASE, /^ {2}policies:\n(?: {4}.*\n)+/m.exec(BASE)![0], ''), line: lineOf(BASE, 'governance:') },
  { rule: 'legal/nlra-policy-review', name: 'fails with no governance at all, at the top', text: noGovernance, line: 1 },
  { rule: 'legal/nlra-policy-review', name: 'does not apply outside the US', text: edit(noGovernance, 'jurisdictions: [US]', 'jurisdictions: [GB, EU]'), line: null },
  { rule: 'legal/nlra-policy-review', name: 'applies to a US state alone', text: edit(noGovernance, 'jurisdictions: [US]', 'jurisdictions: [US-CA]'), line: 1 },

  { rule: 'legal/legal-hold', name: 'passes with a hold feature or an archiver', text: BASE, line: null },
  { rule: 'legal/legal-hold', name: 'fails for a public network without an archiver, at the platform', text: edit(BASE, ', archiverConnector: true }', ' }'), line: facebook },
  { rule: 'legal/legal-hold', name: 'passes for a public network whose own hold feature covers it', text: edit(BASE, ', archiverConnector: true }', ', legalHold: true, export: true }'), line: null },
  { rule: 'legal/legal-hold', name: 'fails for the internal network when the hold is switched off', text: edit(BASE, 'legalHold: true, eDiscovery', 'legalHold: false, eDiscovery'), line: engage },

  { rule: 'legal/legal-hold', name: 'does not apply to a platform no initiative uses (a candidate or a reserved handle)', text: unused, line: null },
  { rule: 'legal/legal-hold', name: 'fails for the same platform once an initiative uses it', text: edit(unused, 'platforms: [engage]', 'platforms: [engage, beekeeper]'), line: lineOf(unused, '- { id: beekeeper') },

  { rule: 'legal/hold-export', name: 'passes with eDiscovery or an archiver', text: BASE, line: null },
  { rule: 'legal/hold-export', name: 'fails for the internal network without eDiscovery or export', text: edit(BASE, ', eDiscovery: true }', ' }'), line: engage },
  { rule: 'legal/hold-export', name: 'passes with bulk export alone', text: edit(BASE, ', eDiscovery: true }', ', export: true }'), line: null },
  { rule: 'legal/hold-export', name: 'fails for a public network without an archiver', text: edit(BASE, ', archiverConnector: true }', ', legalHold: true }'), line: facebook },
  { rule: 'legal/hold-export', name: 'does not apply to a platform no initiative uses', text: unused, line: null },

  { rule: 'legal/company-owned-accounts', name: 'passes for a company-owned account', text: BASE, line: null },
  { rule: 'legal/company-owned-accounts', name: 'fails when the account is not company-owned', text: edit(BASE, 'companyOwned: true', 'companyOwned: false'), line: facebook },
  { rule: 'legal/company-owned-accounts', name: 'does not apply to a platform only internal initiatives use', text: internalOnly.replace('companyOwned: true, ', ''), line: null },

  { rule: 'legal/terms-reviewed', name: 'passes with a terms review', text: BASE, line: null },
  { rule: 'legal/terms-reviewed', name: 'fails without one', text: edit(BASE, 'termsReviewed: 2026-06-01, ', ''), line: facebook },
  { rule: 'legal/terms-reviewed', name: 'does not apply to the internal network', text: internalOnly.replace('termsReviewed: 2026-06-01, ', ''), line: null },

  { rule: 'legal/sentiment-neutral-moderation', name: 'passes with sentiment-neutral moderation', text: BASE, line: null },
  { rule: 'legal/sentiment-neutral-moderation', name: 'fails when negative comments may be removed', text: edit(BASE, 'sentimentNeutral: true', 'sentimentNeutral: false'), line: lineOf(BASE, 'moderation:') },
  { rule: 'legal/sentiment-neutral-moderation', name: 'fails with no moderation block, at the initiative', text: edit(BASE, /^ {4}moderation: .*\n/m.exec(BASE)![0], ''), line: outreach },
  { rule: 'legal/sentiment-neutral-moderation', name: 'does not apply to internal initiatives', text: edit(BASE, '    scope: external\n', '    scope: internal\n').replace(', sentimentNeutral: true', ''), line: null },

  { rule: 'legal/contest-rules', name: 'passes with official rules', text: BASE, line: null },
  { rule: 'legal/contest-rules', name: 'fails without them', text: edit(BASE, ' officialRules: https://example.gov/rules,', ''), line: contests },
  { rule: 'legal/contest-rules', name: 'does not apply when no contest is run', text: edit(BASE, '{ used: true, officialRules: https://example.gov/rules,', '{ used: false,'), line: null },
  { rule: 'legal/contest-rules', name: 'does not apply to internal initiatives', text: edit(BASE, '    scope: external\n', '    scope: internal\n').replace(' officialRules: https://example.gov/rules,', ''), line: null },

  { rule: 'legal/contest-incentive-disclosed', name: 'passes when entry posts disclose the incentive', text: BASE, line: null },
  { rule: 'legal/contest-incentive-disclosed', name: 'fails when they do not', text: edit(BASE, 'incentiveDisclosed: true', 'incentiveDisclosed: false'), line: contests },
  { rule: 'legal/contest-incentive-disclosed', name: 'fails when it is not said, at contests', text: edit(BASE, ', incentiveDisclosed: true', ''), line: contests },
  { rule: 'legal/contest-incentive-disclosed', name: 'does not apply when no contest is run', text: edit(BASE, 'used: true', 'used: false').replace(', incentiveDisclosed: true', ''), line: null },

  { rule: 'legal/handle-secured', name: 'passes with the handle secured', text: BASE, line: null },
  { rule: 'legal/handle-secured', name: 'fails without it', text: edit(BASE, ' handleSecured: true,', ''), line: facebook },
  { rule: 'legal/handle-secured', name: 'does not apply to the internal network', text: BASE, line: null },
  { rule: 'legal/handle-secured', name: 'does not apply once the external initiative is retired', text: internalOnly.replace(' handleSecured: true,', ''), line: null },

  { rule: 'legal/impersonation-process', name: 'passes with a process', text: BASE, line: null },
  { rule: 'legal/impersonation-process', name: 'fails without one, at governance', text: BASE.replace(/^ {2}impersonationProcess: .*\n/m, ''), line: lineOf(BASE, 'governance:') },
  { rule: 'legal/impersonation-process', name: 'fails with no governance at all, at the top', text: noGovernance, line: 1 },
  { rule: 'legal/impersonation-process', name: 'does not apply when every live initiative is internal', text: internalOnly.replace(/^ {2}impersonationProcess: .*\n/m, ''), line: null },

  { rule: 'legal/agency-contract', name: 'passes when the contract binds the agency', text: BASE, line: null },
  { rule: 'legal/agency-contract', name: 'fails when records capture is not bound, at the field', text: edit(BASE, 'boundByRecordsCapture: true', 'boundByRecordsCapture: false'), line: lineOf(BASE, '- { name: Brightline') },
  { rule: 'legal/agency-contract', name: 'fails when the contract terms are not recorded, at the agency', text: edit(BASE, ', boundByPolicy: true, boundByDisclosureRules: true, boundByRecordsCapture: true }', ' }'), line: lineOf(BASE, '- { name: Brightline') },
  { rule: 'legal/agency-contract', name: 'does not apply to agencies on internal initiatives', text: edit(BASE, '    scope: external\n', '    scope: internal\n').replace(', boundByPolicy: true', ''), line: null },

  { rule: 'legal/wcag-by-compliance-date', name: 'passes with WCAG 2.1 AA and a date', text: BASE, line: null },
  { rule: 'legal/wcag-by-compliance-date', name: 'passes with WCAG 2.2 AA', text: edit(BASE, 'standard: WCAG-2.1-AA', 'standard: WCAG-2.2-AA'), line: null },
  { rule: 'legal/wcag-by-compliance-date', name: 'fails with no standard', text: edit(BASE, 'standard: WCAG-2.1-AA', 'standard: none'), line: accessibility },
  { rule: 'legal/wcag-by-compliance-date', name: 'fails without a compliance date', text: edit(BASE, ', complianceDate: 2027-04-26', ''), line: accessibility },
  { rule: 'legal/wcag-by-compliance-date', name: 'fails with no accessibility block, at the initiative', text: edit(BASE, /^ {4}accessibility: .*\n/m.exec(BASE)![0], ''), line: outreach },
  { rule: 'legal/wcag-by-compliance-date', name: 'does not apply outside government', text: edit(edit(BASE, 'standard: WCAG-2.1-AA', 'standard: none'), '  regulatoryTags: [GOV]\n', ''), line: null },
  { rule: 'legal/wcag-by-compliance-date', name: 'does not apply to internal initiatives', text: edit(edit(BASE, 'standard: WCAG-2.1-AA', 'standard: none'), '    scope: external\n', '    scope: internal\n'), line: null },
];

describe('legal checklist', () => {
  tableTest('legal', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, ' handleSecured: true,', ''), 'legal/handle-secured');
    expect(finding).toMatchObject({
      message: 'Platform Facebook page does not have the organisation’s handle secured.',
      severity: 'warning',
      reference: '15 U.S.C. 1125(a)',
    });
  });

  it('names the initiative an agency works for', () => {
    const [finding] = findings(edit(BASE, 'boundByPolicy: true', 'boundByPolicy: false'), 'legal/agency-contract');
    expect(finding).toMatchObject({
      message: 'Agency Brightline is not bound by its contract to the social media policy, the disclosure rules and records capture.',
      initiative: 'outreach',
    });
  });
});
