import { describe, expect, it } from 'vitest';
import { legal } from '../../../src/checks/ruleset/checklists/legal.js';
import { columnOf, edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per legal rule, in the ESLint manner: a strategy that passes, then each case breaks
 * (or switches on) one thing and names the line the finding must point at.
 *
 * BASE is a US government (GOV) strategy: the rules for government accounts apply to it, and the
 * NLRA and FTC consumer-review rules, which do not reach government, do not. BUSINESS is the same
 * strategy for a listed company, for the rules that apply only outside government.
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
stakeholders:
  legal: { owner: Grace Hopper, role: General Counsel }
  records: { owner: Rosalind Franklin, role: Records Manager }
  communications: { owner: Dorothy Vaughan, role: Director of Communications }
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
    moderation: { guidelinesUrl: https://example.gov/guidelines, spam: remove, sentimentNeutral: true, viewpointNeutral: true, actionLog: true, publicContentUnedited: true }
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
  impersonationMonitoring: Weekly search of each platform for the county's name, seal and officials
  accountTransfer: HR-12 Account handover on leaving
`;

const outreach = lineOf(BASE, '- id: outreach');
const facebook = lineOf(BASE, '- { id: facebook');
const engage = lineOf(BASE, '- { id: engage');
const moderation = lineOf(BASE, 'moderation:');
const contests = lineOf(BASE, 'contests:');
const accessibility = lineOf(BASE, 'accessibility:');
const governance = lineOf(BASE, 'governance:');
/** A list is located at its first item. */
const policies = lineOf(BASE, '  policies:');

/** The strategy with other regulatory tags (the same number of lines). */
const tagged = (text: string, tags: string) => edit(text, 'regulatoryTags: [GOV]', `regulatoryTags: [${tags}]`);
/** The strategy with no regulatory tags at all (one line fewer, after the tags). */
const untagged = (text: string) => edit(text, '  regulatoryTags: [GOV]\n', '');
/** The strategy in other jurisdictions (the same number of lines). */
const inJurisdictions = (text: string, jurisdictions: string) => edit(text, 'jurisdictions: [US]', `jurisdictions: [${jurisdictions}]`);
/** Lines added to the outreach initiative, after its platforms (so every line from moderation on moves down). */
const onOutreach = (text: string, lines: string) => edit(text, '    platforms: [facebook]\n', `    platforms: [facebook]\n${lines}`);
/** An initiative added after the others. */
const withInitiative = (text: string, lines: string) => edit(text, 'platforms:\n  - { id: facebook', `${lines}platforms:\n  - { id: facebook`);

/** A listed company, not a government body: the NLRA and the FTC review rule reach it. */
const BUSINESS = tagged(BASE, 'PUBCO');
/** A US federal agency. */
const FED = tagged(BASE, 'FED');
/** A US healthcare provider. */
const HC = tagged(BASE, 'HC');
/** A UK council (UK public bodies are tagged GOV too). */
const UK_GOV = inJurisdictions(BASE, 'GB');

/** BASE with the governance block removed. */
const noGovernance = BASE.replace(/^governance:\n(?: {2}.*\n)+/m, '');
/** BASE with the external initiative retired, so only the internal one is live. */
const internalOnly = edit(BASE, '    stage: pilot\n', '    stage: retired\n');
/** BASE with a platform that was only evaluated, with no hold or export of its own. */
const unused = edit(BASE, 'governance:\n', '  - { id: beekeeper, name: Beekeeper, hosting: saas }\ngovernance:\n');
/** BASE whose public network has no archiver connector of its own. */
const noConnector = edit(BASE, ', archiverConnector: true }', ' }');
/** ...with the archiver and its capture method named on the initiative that uses it. */
const archivedBy = (method: string) => onOutreach(noConnector, `    records: { archiver: Smarsh, captureMethod: ${method} }\n`);
const archived = archivedBy('vendor-api');
const archivedFacebook = lineOf(archived, '- { id: facebook');
/** A second external initiative on the same network, which names no archiver. */
const notices = (stage: string) =>
  withInitiative(archived, `  - id: notices\n    name: Public notices\n    scope: external\n    stage: ${stage}\n    supports: [IT1]\n    platforms: [facebook]\n`);
/** The owners legal/legal-hold names, from the stakeholders block. */
const holdOwners = /owners: Legal \(Grace Hopper\) and Records \(Rosalind Franklin\)/;

/** BASE with a community the organisation hosts (its own forum) that outreach uses. */
const FORUM = edit(
  edit(BASE, '    platforms: [facebook]\n', '    platforms: [facebook, forum]\n'),
  'governance:\n',
  '  - { id: forum, name: Resident forum, hosting: self-hosted, hostedCommunity: { noticeAndAction: true, statementsOfReasons: true, complaints: true, riskAssessedOn: 2026-05-01 } }\ngovernance:\n',
);
const forum = lineOf(FORUM, '- { id: forum');
const EU_FORUM = inJurisdictions(FORUM, 'EU');
/** A UK business that hosts a forum: a public body's own service is exempt (Online Safety Act Sch. 1 para. 9). */
const UK_FORUM = untagged(inJurisdictions(FORUM, 'GB'));
const ukForum = lineOf(UK_FORUM, '- { id: forum');

/** BASE where outreach sells through the channel. */
const SHOP = inJurisdictions(onOutreach(BASE, '    content: { commerce: true }\n'), 'DE');
const shopAccessibility = lineOf(SHOP, 'accessibility:');

/** BASE for a state or local government in Florida, with and without open-meeting guidance. */
const FLORIDA = inJurisdictions(BASE, 'US-FL');
const floridaGuided = edit(FLORIDA, '  impersonationProcess:', '  openMeetings: CLK-03 Sunshine Law guidance for commissioners\n  impersonationProcess:');

/** A UK company that has none of the US safeguards: no hold, no contest rules, no NLRA review. */
const UK_BUSINESS = inJurisdictions(
  edit(edit(tagged(noGovernance, 'PUBCO'), ' officialRules: https://example.gov/rules,', ''), 'legalHold: true, eDiscovery: true', 'legalHold: false'),
  'GB',
).replace(', archiverConnector: true }', ' }');

const cases: RuleCase[] = [
  { rule: 'legal/nlra-policy-review', name: 'passes for a business with a recent NLRA review', text: BUSINESS, line: null },
  { rule: 'legal/nlra-policy-review', name: 'fails when the review is over 24 months old, at the policy list', text: edit(BUSINESS, 'nlraReviewed: 2025-03-10', 'nlraReviewed: 2024-11-24'), line: policies, message: /reviewed against NLRA section 7 in the last 24 months/ },
  { rule: 'legal/nlra-policy-review', name: 'passes on the day the review turns 24 months old', text: edit(BUSINESS, 'nlraReviewed: 2025-03-10', 'nlraReviewed: 2024-11-25'), line: null },
  { rule: 'legal/nlra-policy-review', name: 'fails when no policy records a review', text: edit(BUSINESS, 'nlraReviewed: 2025-03-10', 'lastReviewed: 2025-03-10'), line: policies },
  { rule: 'legal/nlra-policy-review', name: 'fails with no policies at all, at governance', text: edit(BUSINESS, /^ {2}policies:\n(?: {4}.*\n)+/m.exec(BUSINESS)![0], ''), line: governance },
  { rule: 'legal/nlra-policy-review', name: 'fails with no governance at all, at the top', text: tagged(noGovernance, 'PUBCO'), line: 1 },
  { rule: 'legal/nlra-policy-review', name: 'fails for a strategy with no regulatory tags', text: untagged(noGovernance), line: 1 },
  { rule: 'legal/nlra-policy-review', name: 'does not apply outside the US', text: inJurisdictions(tagged(noGovernance, 'PUBCO'), 'GB, EU'), line: null },
  { rule: 'legal/nlra-policy-review', name: 'applies to a US state alone', text: inJurisdictions(tagged(noGovernance, 'PUBCO'), 'US-CA'), line: 1 },
  { rule: 'legal/nlra-policy-review', name: 'does not apply to a government body (GOV), which the NLRA does not reach', text: noGovernance, line: null },
  { rule: 'legal/nlra-policy-review', name: 'does not apply to a federal agency (FED)', text: tagged(noGovernance, 'FED'), line: null },
  { rule: 'legal/nlra-policy-review', name: 'does not apply when GOV is one tag among others (a public hospital)', text: tagged(noGovernance, 'HC, GOV'), line: null },

  { rule: 'legal/legal-hold', name: 'passes with a hold feature or an archiver', text: BASE, line: null },
  { rule: 'legal/legal-hold', name: 'fails for a public network without an archiver, at the platform, naming both owners', text: noConnector, line: facebook, message: holdOwners },
  { rule: 'legal/legal-hold', name: 'passes for a public network whose own hold feature covers it', text: edit(BASE, ', archiverConnector: true }', ', legalHold: true, export: true }'), line: null },
  { rule: 'legal/legal-hold', name: 'fails for the internal network when the hold is switched off', text: edit(BASE, 'legalHold: true, eDiscovery', 'legalHold: false, eDiscovery'), line: engage, message: /^Platform Staff network can neither suspend deletion for a legal hold nor have its content held by an archiver \(owners: Legal \(Grace Hopper\) and Records \(Rosalind Franklin\)\)\.$/ },
  { rule: 'legal/legal-hold', name: 'does not apply to a platform no initiative uses (a candidate or a reserved handle)', text: unused, line: null },
  { rule: 'legal/legal-hold', name: 'fails for the same platform once an initiative uses it', text: edit(unused, 'platforms: [engage]', 'platforms: [engage, beekeeper]'), line: lineOf(unused, '- { id: beekeeper'), message: holdOwners },
  { rule: 'legal/legal-hold', name: 'passes when the initiative using the platform names an archiver capturing by vendor API', text: archived, line: null },
  { rule: 'legal/legal-hold', name: 'passes with an archiver capturing by journaling', text: archivedBy('journaling'), line: null },
  { rule: 'legal/legal-hold', name: 'passes with an archiver capturing by platform export', text: archivedBy('platform-export'), line: null },
  { rule: 'legal/legal-hold', name: 'fails when the archiver captures by screenshots', text: archivedBy('screenshots'), line: archivedFacebook, message: holdOwners },
  { rule: 'legal/legal-hold', name: 'passes when the archiver is named without a capture method', text: onOutreach(noConnector, '    records: { archiver: Smarsh }\n'), line: null },
  { rule: 'legal/legal-hold', name: 'fails when a capture method names no archiver', text: onOutreach(noConnector, '    records: { captureMethod: vendor-api }\n'), line: archivedFacebook },
  { rule: 'legal/legal-hold', name: 'fails when another live initiative on the platform names no archiver', text: notices('run'), line: lineOf(notices('run'), '- { id: facebook'), message: holdOwners },
  { rule: 'legal/legal-hold', name: 'passes when the initiative naming no archiver is retired', text: notices('retired'), line: null },
  { rule: 'legal/legal-hold', name: 'does not apply outside the US (GB)', text: inJurisdictions(noConnector, 'GB'), line: null },
  { rule: 'legal/legal-hold', name: 'does not apply outside the US (EU)', text: inJurisdictions(noConnector, 'EU'), line: null },
  { rule: 'legal/legal-hold', name: 'applies to a US state', text: inJurisdictions(noConnector, 'US-NY'), line: facebook },

  { rule: 'legal/hold-export', name: 'passes with eDiscovery or an archiver', text: BASE, line: null },
  { rule: 'legal/hold-export', name: 'fails for the internal network without eDiscovery or export', text: edit(BASE, ', eDiscovery: true }', ' }'), line: engage, message: /^Platform Staff network cannot export its content for litigation/ },
  { rule: 'legal/hold-export', name: 'passes with bulk export alone', text: edit(BASE, ', eDiscovery: true }', ', export: true }'), line: null },
  { rule: 'legal/hold-export', name: 'fails for a public network without an archiver', text: edit(BASE, ', archiverConnector: true }', ', legalHold: true }'), line: facebook },
  { rule: 'legal/hold-export', name: 'does not apply to a platform no initiative uses', text: unused, line: null },
  { rule: 'legal/hold-export', name: 'passes when the initiative using the platform names an archiver and its capture method', text: archived, line: null },
  { rule: 'legal/hold-export', name: 'fails when the archiver captures by screenshots', text: archivedBy('screenshots'), line: archivedFacebook },
  { rule: 'legal/hold-export', name: 'fails when another live initiative on the platform names no archiver', text: notices('pilot'), line: lineOf(notices('pilot'), '- { id: facebook') },
  { rule: 'legal/hold-export', name: 'does not apply outside the US', text: inJurisdictions(noConnector, 'GB'), line: null },

  { rule: 'legal/company-owned-accounts', name: 'passes for a company-owned account', text: BASE, line: null },
  { rule: 'legal/company-owned-accounts', name: 'fails when the account is not company-owned', text: edit(BASE, 'companyOwned: true', 'companyOwned: false'), line: facebook },
  { rule: 'legal/company-owned-accounts', name: 'does not apply to a platform only internal initiatives use', text: internalOnly.replace('companyOwned: true, ', ''), line: null },

  { rule: 'legal/terms-reviewed', name: 'passes with a terms review', text: BASE, line: null },
  { rule: 'legal/terms-reviewed', name: 'fails without one', text: edit(BASE, 'termsReviewed: 2026-06-01, ', ''), line: facebook },
  { rule: 'legal/terms-reviewed', name: 'does not apply to the internal network', text: internalOnly.replace('termsReviewed: 2026-06-01, ', ''), line: null },

  { rule: 'legal/sentiment-neutral-moderation', name: 'passes for a business with sentiment-neutral moderation', text: BUSINESS, line: null },
  { rule: 'legal/sentiment-neutral-moderation', name: 'fails when negative comments may be removed', text: edit(BUSINESS, 'sentimentNeutral: true', 'sentimentNeutral: false'), line: moderation, message: /keeping honest negative reviews and comments/ },
  { rule: 'legal/sentiment-neutral-moderation', name: 'fails with no moderation block, at the initiative', text: edit(BUSINESS, /^ {4}moderation: .*\n/m.exec(BUSINESS)![0], ''), line: outreach },
  { rule: 'legal/sentiment-neutral-moderation', name: 'does not apply to internal initiatives', text: edit(BUSINESS, '    scope: external\n', '    scope: internal\n').replace(', sentimentNeutral: true', ''), line: null },
  { rule: 'legal/sentiment-neutral-moderation', name: 'does not apply to a government body (GOV)', text: edit(BASE, 'sentimentNeutral: true', 'sentimentNeutral: false'), line: null },
  { rule: 'legal/sentiment-neutral-moderation', name: 'does not apply to a federal agency (FED)', text: edit(FED, 'sentimentNeutral: true', 'sentimentNeutral: false'), line: null },
  { rule: 'legal/sentiment-neutral-moderation', name: 'does not apply outside the US', text: inJurisdictions(edit(BUSINESS, 'sentimentNeutral: true', 'sentimentNeutral: false'), 'GB'), line: null },

  { rule: 'legal/contest-rules', name: 'passes with official rules', text: BASE, line: null },
  { rule: 'legal/contest-rules', name: 'fails without them', text: edit(BASE, ' officialRules: https://example.gov/rules,', ''), line: contests },
  { rule: 'legal/contest-rules', name: 'does not apply when no contest is run', text: edit(BASE, '{ used: true, officialRules: https://example.gov/rules,', '{ used: false,'), line: null },
  { rule: 'legal/contest-rules', name: 'does not apply to internal initiatives', text: edit(BASE, '    scope: external\n', '    scope: internal\n').replace(' officialRules: https://example.gov/rules,', ''), line: null },

  { rule: 'legal/contest-incentive-disclosed', name: 'passes when entry posts disclose the incentive', text: BASE, line: null },
  { rule: 'legal/contest-incentive-disclosed', name: 'does not apply to a US government (the FTC’s guides reach traders)', text: edit(BASE, 'incentiveDisclosed: true', 'incentiveDisclosed: false'), line: null },
  { rule: 'legal/contest-incentive-disclosed', name: 'fails when they do not', text: untagged(edit(BASE, 'incentiveDisclosed: true', 'incentiveDisclosed: false')), line: contests - 1 },
  { rule: 'legal/contest-incentive-disclosed', name: 'fails when it is not said, at contests', text: untagged(edit(BASE, ', incentiveDisclosed: true', '')), line: contests - 1 },
  { rule: 'legal/contest-incentive-disclosed', name: 'does not apply when no contest is run', text: edit(BASE, 'used: true', 'used: false').replace(', incentiveDisclosed: true', ''), line: null },
  { rule: 'legal/contest-incentive-disclosed', name: 'applies in the UK as well', text: inJurisdictions(edit(BASE, ', incentiveDisclosed: true', ''), 'GB'), line: contests },

  { rule: 'legal/handle-secured', name: 'passes with the handle secured', text: BASE, line: null },
  { rule: 'legal/handle-secured', name: 'fails without it', text: edit(BASE, ' handleSecured: true,', ''), line: facebook },
  { rule: 'legal/handle-secured', name: 'does not apply to the internal network', text: BASE, line: null },
  { rule: 'legal/handle-secured', name: 'does not apply once the external initiative is retired', text: internalOnly.replace(' handleSecured: true,', ''), line: null },

  { rule: 'legal/impersonation-process', name: 'passes with a process', text: BASE, line: null },
  { rule: 'legal/impersonation-process', name: 'fails without one, at governance', text: BASE.replace(/^ {2}impersonationProcess: .*\n/m, ''), line: governance },
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

  // Government accounts in the US: First Amendment limits on moderation.
  { rule: 'legal/government-moderation', name: 'passes with published, viewpoint-neutral criteria and an action log', text: BASE, line: null },
  { rule: 'legal/government-moderation', name: 'passes for a federal agency that meets them', text: FED, line: null },
  { rule: 'legal/government-moderation', name: 'fails when moderation is not viewpoint-neutral', text: edit(BASE, 'viewpointNeutral: true', 'viewpointNeutral: false'), line: moderation, message: /moderates a government account without published, viewpoint-neutral criteria/ },
  { rule: 'legal/government-moderation', name: 'fails without an action log', text: edit(BASE, ', actionLog: true', ''), line: moderation, message: /a log of every hide, deletion and block/ },
  { rule: 'legal/government-moderation', name: 'fails without published criteria', text: edit(BASE, 'guidelinesUrl: https://example.gov/guidelines, ', ''), line: moderation },
  { rule: 'legal/government-moderation', name: 'a US-only GOV strategy draws it when moderation says nothing of viewpoints, at the initiative', text: edit(BASE, /^ {4}moderation: .*\n/m.exec(BASE)![0], ''), line: outreach, message: /^Initiative Resident outreach moderates a government account/ },
  { rule: 'legal/government-moderation', name: 'a federal agency draws it too', text: edit(FED, 'viewpointNeutral: true', 'viewpointNeutral: false'), line: moderation },
  { rule: 'legal/government-moderation', name: 'a state government draws it (US covers US-TX)', text: inJurisdictions(edit(BASE, 'viewpointNeutral: true', 'viewpointNeutral: false'), 'US-TX'), line: moderation },
  { rule: 'legal/government-moderation', name: 'does not apply to a business', text: edit(BUSINESS, ', viewpointNeutral: true, actionLog: true', ''), line: null },
  { rule: 'legal/government-moderation', name: 'does not apply to a UK public body', text: edit(UK_GOV, ', viewpointNeutral: true, actionLog: true', ''), line: null },
  { rule: 'legal/government-moderation', name: 'does not apply to internal initiatives', text: edit(edit(BASE, ', viewpointNeutral: true, actionLog: true', ''), '    scope: external\n', '    scope: internal\n'), line: null },
  { rule: 'legal/government-moderation', name: 'does not apply to an initiative whose audience is only in the UK', text: onOutreach(inJurisdictions(edit(BASE, ', viewpointNeutral: true, actionLog: true', ''), 'US, GB'), '    audience: { description: Residents abroad, jurisdictions: [GB] }\n'), line: null },

  { rule: 'legal/public-content-unedited', name: 'passes when public content is never edited', text: BASE, line: null },
  { rule: 'legal/public-content-unedited', name: 'fails when the commitment is withdrawn', text: edit(BASE, 'publicContentUnedited: true', 'publicContentUnedited: false'), line: moderation, message: /leaving what the public posted unedited/ },
  { rule: 'legal/public-content-unedited', name: 'a US-only GOV strategy draws it when moderation does not say, at the initiative', text: edit(BASE, /^ {4}moderation: .*\n/m.exec(BASE)![0], ''), line: outreach, message: /^Initiative Resident outreach does not commit/ },
  { rule: 'legal/public-content-unedited', name: 'a federal agency draws it too', text: edit(FED, ', publicContentUnedited: true', ''), line: moderation },
  { rule: 'legal/public-content-unedited', name: 'does not apply to a business', text: edit(BUSINESS, ', publicContentUnedited: true', ''), line: null },
  { rule: 'legal/public-content-unedited', name: 'does not apply to a UK public body', text: edit(UK_GOV, ', publicContentUnedited: true', ''), line: null },

  // Open-meeting laws are state law: a state or local government, never a plain US or a federal strategy.
  { rule: 'legal/open-meetings', name: 'passes for a Florida government with guidance for members', text: floridaGuided, line: null },
  { rule: 'legal/open-meetings', name: 'fails for a Florida government without it, at governance', text: FLORIDA, line: governance, message: /^Strategy Legal base gives members of public bodies no guidance on discussing the body’s business/ },
  { rule: 'legal/open-meetings', name: 'fails for a California government without it', text: inJurisdictions(BASE, 'US-CA'), line: governance },
  { rule: 'legal/open-meetings', name: 'fails with no governance at all, at the top', text: inJurisdictions(noGovernance, 'US-FL'), line: 1 },
  { rule: 'legal/open-meetings', name: 'fails when a state is listed beside the US', text: inJurisdictions(BASE, 'US, US-CA'), line: governance },
  { rule: 'legal/open-meetings', name: 'does not apply to a plain US jurisdiction', text: BASE, line: null },
  { rule: 'legal/open-meetings', name: 'does not apply to a federal agency in a state', text: tagged(inJurisdictions(BASE, 'US-DC'), 'FED'), line: null },
  { rule: 'legal/open-meetings', name: 'does not apply to a business in a state', text: tagged(inJurisdictions(BASE, 'US-CA'), 'PUBCO'), line: null },
  { rule: 'legal/open-meetings', name: 'does not apply to a UK public body', text: UK_GOV, line: null },
  { rule: 'legal/open-meetings', name: 'does not apply when every live initiative is internal', text: inJurisdictions(internalOnly, 'US-FL'), line: null },

  { rule: 'legal/section-508', name: 'passes for a federal agency with WCAG 2.1 AA', text: FED, line: null },
  { rule: 'legal/section-508', name: 'passes with WCAG 2.2 AA', text: edit(FED, 'standard: WCAG-2.1-AA', 'standard: WCAG-2.2-AA'), line: null },
  { rule: 'legal/section-508', name: 'fails with no standard', text: edit(FED, 'standard: WCAG-2.1-AA', 'standard: none'), line: accessibility, message: /does not commit its public-facing content to the Section 508 standards/ },
  { rule: 'legal/section-508', name: 'fails with no accessibility block, at the initiative', text: edit(FED, /^ {4}accessibility: .*\n/m.exec(FED)![0], ''), line: outreach },
  { rule: 'legal/section-508', name: 'does not apply to a state or local government (GOV)', text: edit(BASE, 'standard: WCAG-2.1-AA', 'standard: none'), line: null },
  { rule: 'legal/section-508', name: 'does not apply outside the US', text: inJurisdictions(edit(FED, 'standard: WCAG-2.1-AA', 'standard: none'), 'GB'), line: null },
  { rule: 'legal/section-508', name: 'does not apply to internal initiatives', text: edit(edit(FED, 'standard: WCAG-2.1-AA', 'standard: none'), '    scope: external\n', '    scope: internal\n'), line: null },

  { rule: 'legal/hhs-504-accessibility', name: 'passes for a US healthcare provider with WCAG 2.1 AA and a date', text: HC, line: null },
  { rule: 'legal/hhs-504-accessibility', name: 'fails without a compliance date', text: edit(HC, ', complianceDate: 2027-04-26', ''), line: accessibility, message: /WCAG 2\.1 AA by the HHS section 504 compliance date/ },
  { rule: 'legal/hhs-504-accessibility', name: 'fails with no standard', text: edit(HC, 'standard: WCAG-2.1-AA', 'standard: none'), line: accessibility },
  { rule: 'legal/hhs-504-accessibility', name: 'applies to a public hospital (HC and GOV)', text: tagged(edit(BASE, ', complianceDate: 2027-04-26', ''), 'HC, GOV'), line: accessibility },
  { rule: 'legal/hhs-504-accessibility', name: 'does not apply outside healthcare', text: edit(BASE, ', complianceDate: 2027-04-26', ''), line: null },
  { rule: 'legal/hhs-504-accessibility', name: 'does not apply outside the US', text: inJurisdictions(edit(HC, ', complianceDate: 2027-04-26', ''), 'GB'), line: null },

  { rule: 'legal/uk-accessible-posts', name: 'passes for a UK public body with alt text and captions', text: UK_GOV, line: null },
  { rule: 'legal/uk-accessible-posts', name: 'fails without alt text', text: edit(UK_GOV, 'altText: true', 'altText: false'), line: accessibility, message: /does not commit its posts to alt text and captions/ },
  { rule: 'legal/uk-accessible-posts', name: 'fails when captions are not said', text: edit(UK_GOV, ' captions: true,', ''), line: accessibility },
  { rule: 'legal/uk-accessible-posts', name: 'applies when the jurisdiction is written UK', text: inJurisdictions(edit(BASE, 'altText: true', 'altText: false'), 'UK'), line: accessibility },
  { rule: 'legal/uk-accessible-posts', name: 'applies to a Scottish body (GB-SCT)', text: inJurisdictions(edit(BASE, 'altText: true', 'altText: false'), 'GB-SCT'), line: accessibility },
  { rule: 'legal/uk-accessible-posts', name: 'applies to an NHS body (HC)', text: tagged(edit(UK_GOV, 'altText: true', 'altText: false'), 'HC'), line: accessibility },
  { rule: 'legal/uk-accessible-posts', name: 'does not apply to a US government', text: edit(BASE, 'altText: true', 'altText: false'), line: null },
  { rule: 'legal/uk-accessible-posts', name: 'does not apply to a UK business', text: tagged(edit(UK_GOV, 'altText: true', 'altText: false'), 'PUBCO'), line: null },
  { rule: 'legal/uk-accessible-posts', name: 'does not apply to an EU public body', text: inJurisdictions(edit(BASE, 'altText: true', 'altText: false'), 'EU'), line: null },

  { rule: 'legal/eaa-commerce', name: 'passes for a shop committed to WCAG 2.1 AA', text: SHOP, line: null },
  { rule: 'legal/eaa-commerce', name: 'fails for a shop with no standard', text: edit(SHOP, 'standard: WCAG-2.1-AA', 'standard: none'), line: shopAccessibility, message: /sells to consumers through the channel without committing it to an accessibility standard/ },
  { rule: 'legal/eaa-commerce', name: 'fails with no accessibility block, at the initiative', text: edit(SHOP, /^ {4}accessibility: .*\n/m.exec(SHOP)![0], ''), line: outreach },
  { rule: 'legal/eaa-commerce', name: 'applies to the EU as a bloc', text: inJurisdictions(edit(SHOP, 'standard: WCAG-2.1-AA', 'standard: none').replace('jurisdictions: [DE]', 'jurisdictions: [US]'), 'EU'), line: shopAccessibility },
  { rule: 'legal/eaa-commerce', name: 'applies in an EEA state outside the EU (NO)', text: inJurisdictions(edit(SHOP, 'standard: WCAG-2.1-AA', 'standard: none').replace('jurisdictions: [DE]', 'jurisdictions: [US]'), 'NO'), line: shopAccessibility },
  { rule: 'legal/eaa-commerce', name: 'does not apply when nothing is sold', text: edit(edit(SHOP, 'standard: WCAG-2.1-AA', 'standard: none'), 'commerce: true', 'commerce: false'), line: null },
  { rule: 'legal/eaa-commerce', name: 'does not apply to a shop in the US', text: edit(edit(SHOP, 'standard: WCAG-2.1-AA', 'standard: none'), 'jurisdictions: [DE]', 'jurisdictions: [US]'), line: null },
  { rule: 'legal/eaa-commerce', name: 'does not apply to a shop in the UK', text: edit(edit(SHOP, 'standard: WCAG-2.1-AA', 'standard: none'), 'jurisdictions: [DE]', 'jurisdictions: [GB]'), line: null },
  { rule: 'legal/eaa-commerce', name: 'does not apply to a shop whose audience is only in the US', text: onOutreach(edit(edit(SHOP, 'standard: WCAG-2.1-AA', 'standard: none'), 'jurisdictions: [DE]', 'jurisdictions: [US, DE]'), '    audience: { description: US customers, jurisdictions: [US] }\n'), line: null },

  { rule: 'legal/hosted-community-eu', name: 'passes for a hosted forum with notice and action and statements of reasons', text: EU_FORUM, line: null },
  { rule: 'legal/hosted-community-eu', name: 'fails without statements of reasons, at the flag', text: edit(EU_FORUM, 'statementsOfReasons: true', 'statementsOfReasons: false'), line: forum, column: columnOf(EU_FORUM, 'statementsOfReasons: true') + 'statementsOfReasons: '.length, message: /hosts what the public posts without a notice-and-action mechanism and statements of reasons/ },
  { rule: 'legal/hosted-community-eu', name: 'does not apply to a platform that declares no hosted community', text: edit(EU_FORUM, /, hostedCommunity: \{[^}]*\}/.exec(EU_FORUM)![0], ''), line: null },
  { rule: 'legal/hosted-community-eu', name: 'fails for a SaaS community', text: edit(edit(EU_FORUM, 'hosting: self-hosted', 'hosting: saas'), 'noticeAndAction: true', 'noticeAndAction: false'), line: forum },
  { rule: 'legal/hosted-community-eu', name: 'applies in an EEA state outside the EU (IS)', text: inJurisdictions(edit(FORUM, 'noticeAndAction: true', 'noticeAndAction: false'), 'IS'), line: forum },
  { rule: 'legal/hosted-community-eu', name: 'does not apply to a page on a third-party network', text: edit(edit(EU_FORUM, 'hosting: self-hosted', 'hosting: third-party'), 'noticeAndAction: true', 'noticeAndAction: false'), line: null },
  { rule: 'legal/hosted-community-eu', name: 'does not apply to a SaaS network only an internal initiative uses', text: inJurisdictions(BASE, 'EU'), line: null },
  { rule: 'legal/hosted-community-eu', name: 'does not apply in the US', text: edit(FORUM, 'noticeAndAction: true', 'noticeAndAction: false'), line: null },
  { rule: 'legal/hosted-community-eu', name: 'does not apply in the UK', text: edit(UK_FORUM, 'noticeAndAction: true', 'noticeAndAction: false'), line: null },

  { rule: 'legal/hosted-community-uk', name: 'passes for a hosted forum with a risk assessment, reporting and complaints', text: UK_FORUM, line: null },
  { rule: 'legal/hosted-community-uk', name: 'fails without a risk assessment, at the platform', text: edit(UK_FORUM, ', riskAssessedOn: 2026-05-01', ''), line: ukForum, message: /hosts what the public posts without an illegal content risk assessment, reporting and complaints/ },
  { rule: 'legal/hosted-community-uk', name: 'fails without complaints', text: edit(UK_FORUM, 'complaints: true', 'complaints: false'), line: ukForum },
  { rule: 'legal/hosted-community-uk', name: 'applies when the jurisdiction is written UK', text: untagged(inJurisdictions(edit(FORUM, 'complaints: true', 'complaints: false'), 'UK')), line: ukForum },
  { rule: 'legal/hosted-community-uk', name: 'does not apply to a UK public body’s own forum (GOV)', text: inJurisdictions(edit(FORUM, 'complaints: true', 'complaints: false'), 'GB'), line: null },
  { rule: 'legal/hosted-community-uk', name: 'applies to an NHS body that is not tagged GOV', text: tagged(inJurisdictions(edit(FORUM, 'complaints: true', 'complaints: false'), 'GB'), 'HC'), line: forum },
  { rule: 'legal/hosted-community-uk', name: 'does not apply to a page on a third-party network', text: edit(edit(UK_FORUM, 'hosting: self-hosted', 'hosting: third-party'), 'complaints: true', 'complaints: false'), line: null },
  { rule: 'legal/hosted-community-uk', name: 'does not apply to a SaaS network only an internal initiative uses', text: UK_GOV, line: null },
  { rule: 'legal/hosted-community-uk', name: 'does not apply in the EU', text: edit(EU_FORUM, ', riskAssessedOn: 2026-05-01', ''), line: null },
  { rule: 'legal/hosted-community-uk', name: 'does not apply in the US', text: edit(FORUM, ', riskAssessedOn: 2026-05-01', ''), line: null },

  { rule: 'legal/impersonation-monitoring', name: 'passes when impersonation is monitored', text: BASE, line: null },
  { rule: 'legal/impersonation-monitoring', name: 'fails without monitoring, at governance', text: BASE.replace(/^ {2}impersonationMonitoring: .*\n/m, ''), line: governance, message: /^Strategy Legal base does not say how accounts impersonating the organisation or its executives are found/ },
  { rule: 'legal/impersonation-monitoring', name: 'fails with no governance at all, at the top', text: noGovernance, line: 1 },
  { rule: 'legal/impersonation-monitoring', name: 'applies whatever the tags and jurisdictions', text: inJurisdictions(untagged(noGovernance), 'GB'), line: 1 },
  { rule: 'legal/impersonation-monitoring', name: 'does not apply when every live initiative is internal', text: internalOnly.replace(/^ {2}impersonationMonitoring: .*\n/m, ''), line: null },

  { rule: 'legal/account-transfer', name: 'passes with a handover on leaving', text: BASE, line: null },
  { rule: 'legal/account-transfer', name: 'fails without one, at governance', text: BASE.replace(/^ {2}accountTransfer: .*\n/m, ''), line: governance, message: /how accounts and handles pass to the organisation when the person who runs them leaves/ },
  { rule: 'legal/account-transfer', name: 'fails with no governance at all, at the top', text: noGovernance, line: 1 },
  { rule: 'legal/account-transfer', name: 'applies whatever the tags and jurisdictions', text: inJurisdictions(untagged(noGovernance), 'EU'), line: 1 },
  { rule: 'legal/account-transfer', name: 'does not apply when every live initiative is internal', text: internalOnly.replace(/^ {2}accountTransfer: .*\n/m, ''), line: null },

  // A UK company with none of the US safeguards draws none of the US findings.
  { rule: 'legal/legal-hold', name: 'a UK (GB) strategy with no hold or archiver draws no finding', text: UK_BUSINESS, line: null },
  { rule: 'legal/hold-export', name: 'a UK (GB) strategy with no export or archiver draws no finding', text: UK_BUSINESS, line: null },
  { rule: 'legal/contest-rules', name: 'a UK (GB) strategy with contests but no official rules draws no finding', text: UK_BUSINESS, line: null },
  { rule: 'legal/nlra-policy-review', name: 'a UK (GB) business with no NLRA review draws no finding', text: UK_BUSINESS, line: null },
];

describe('legal checklist', () => {
  tableTest('legal', cases);

  it('BASE draws no legal finding at all', () => {
    for (const rule of legal.rules) expect(findings(BASE, rule.id), rule.id).toEqual([]);
  });

  it('the UK company fixture breaks what the US rules would catch', () => {
    // So the null cases above prove the jurisdiction switches the rules off, not a passing fixture.
    const inUS = edit(UK_BUSINESS, 'jurisdictions: [GB]', 'jurisdictions: [US]');
    for (const id of ['legal/legal-hold', 'legal/hold-export', 'legal/contest-rules', 'legal/nlra-policy-review'] as const) {
      expect(findings(inUS, id), id).not.toEqual([]);
    }
  });

  it('an archiver declared on the initiative satisfies both hold rules for its platform', () => {
    for (const id of ['legal/legal-hold', 'legal/hold-export'] as const) {
      expect(findings(noConnector, id), id).toHaveLength(1);
      expect(findings(archived, id), id).toEqual([]);
    }
  });

  it('a US-only GOV strategy draws both government moderation findings', () => {
    const text = edit(BASE, /^ {4}moderation: .*\n/m.exec(BASE)![0], '');
    expect(findings(text, 'legal/government-moderation')).toHaveLength(1);
    expect(findings(text, 'legal/public-content-unedited')).toHaveLength(1);
    // The business rules for the same gap stay silent for government.
    expect(findings(text, 'legal/sentiment-neutral-moderation')).toEqual([]);
  });

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, ' handleSecured: true,', ''), 'legal/handle-secured');
    expect(finding).toMatchObject({
      message: 'Platform Facebook page does not have the organisation’s handle secured.',
      severity: 'warning',
      reference: 'CISA, Capacity Enhancement Guide: Social Media Account Protection',
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
