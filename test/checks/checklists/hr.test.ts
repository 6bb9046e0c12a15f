import { describe, expect, it } from 'vitest';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per HR rule, in the ESLint manner: a strategy that passes, then each case breaks
 * (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: hr-base
  title: HR base
  organization: Example plc
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
    platforms: [linkedin]
    personalData:
      lawfulBasis: legitimate-interests
    endorsements:
      employeeAdvocacy: true
      advocacyVoluntary: true
      incentivised: true
      disclosureInPost: true
  - id: hub
    name: Engineering hub
    scope: internal
    stage: run
    supports: [IT1]
    platforms: [teams]
    personalData:
      lawfulBasis: legitimate-interests
      employeeAnalytics: { used: true, employeesInformed: true }
platforms:
  - { id: linkedin, name: LinkedIn page }
  - { id: teams, name: Teams communities }
governance:
  workforce:
    disciplineChecksConcertedActivity: true
    noPasswordRequests: true
    candidateScreening: by-non-decision-maker
    trainingFunded: true
`;


const workforce = lineOf(BASE, 'workforce:');
const endorsements = lineOf(BASE, 'endorsements:');
const analytics = lineOf(BASE, 'employeeAnalytics:');
const NO_ANALYTICS_NOTICE = edit(BASE, 'used: true, employeesInformed: true', 'used: true, employeesInformed: false');
const REQUIRED_ADVOCACY = edit(BASE, 'advocacyVoluntary: true', 'advocacyVoluntary: false');
const UNDISCLOSED_REWARD = edit(BASE, 'disclosureInPost: true', 'disclosureInPost: false');
const UNCHECKED_DISCIPLINE = edit(BASE, 'disciplineChecksConcertedActivity: true', 'disciplineChecksConcertedActivity: false');
/** BASE for an organisation in these jurisdictions only (GB, UK, DE ...). */
const inJurisdiction = (text: string, codes: string) => edit(text, '  jurisdictions: [US, US-CA, EU]\n', `  jurisdictions: [${codes}]\n`);
/** BASE with these regulatory tags. */
const tagged = (text: string, tags: string) => edit(text, '  organization: Example plc\n', `  organization: Example plc\n  regulatoryTags: [${tags}]\n`);
const OUTSIDE_US = inJurisdiction(BASE, 'GB, EU');
const UNCHECKED_DISCIPLINE_MESSAGE = /^The strategy does not check discipline for employees’ posts against protected concerted activity first\.$/;
const ANALYTICS_UNTOLD = /^Initiative Engineering hub analyses individual employees’ activity without telling them\.$/;

const cases: RuleCase[] = [
  { rule: 'hr/concerted-activity', name: 'passes when discipline is checked first', text: BASE, line: null },
  { rule: 'hr/concerted-activity', name: 'fails when it is not', text: UNCHECKED_DISCIPLINE, line: lineOf(BASE, 'disciplineChecksConcertedActivity:'), message: UNCHECKED_DISCIPLINE_MESSAGE },
  { rule: 'hr/concerted-activity', name: 'fails when not stated, at workforce', text: edit(BASE, '    disciplineChecksConcertedActivity: true\n', ''), line: workforce },
  { rule: 'hr/concerted-activity', name: 'fails without governance, at the top of the file', text: BASE.replace(/governance:\n(?: {2}.*\n)+/, ''), line: 1 },
  { rule: 'hr/concerted-activity', name: 'does not apply outside the US', text: edit(OUTSIDE_US, 'disciplineChecksConcertedActivity: true', 'disciplineChecksConcertedActivity: false'), line: null },
  { rule: 'hr/concerted-activity', name: 'does not apply to a government body (GOV) in the US', text: tagged(UNCHECKED_DISCIPLINE, 'GOV'), line: null },
  { rule: 'hr/concerted-activity', name: 'does not apply to a federal agency (FED) in the US', text: tagged(UNCHECKED_DISCIPLINE, 'FED'), line: null },
  { rule: 'hr/concerted-activity', name: 'does not apply when GOV is one tag among others', text: tagged(UNCHECKED_DISCIPLINE, 'HC, GOV'), line: null },
  { rule: 'hr/concerted-activity', name: 'fails for a regulated private employer (HC)', text: tagged(UNCHECKED_DISCIPLINE, 'HC'), line: lineOf(tagged(BASE, 'HC'), 'disciplineChecksConcertedActivity:'), message: UNCHECKED_DISCIPLINE_MESSAGE },
  { rule: 'hr/concerted-activity', name: 'applies to a California-only strategy', text: inJurisdiction(UNCHECKED_DISCIPLINE, 'US-CA'), line: lineOf(BASE, 'disciplineChecksConcertedActivity:') },
  { rule: 'hr/no-password-requests', name: 'passes when passwords are never asked for', text: BASE, line: null },
  { rule: 'hr/no-password-requests', name: 'fails when that is not ruled out', text: edit(BASE, 'noPasswordRequests: true', 'noPasswordRequests: false'), line: lineOf(BASE, 'noPasswordRequests:') },
  { rule: 'hr/no-password-requests', name: 'fails when not stated, at workforce', text: edit(BASE, '    noPasswordRequests: true\n', ''), line: workforce },
  { rule: 'hr/no-password-requests', name: 'does not apply outside the US', text: edit(OUTSIDE_US, 'noPasswordRequests: true', 'noPasswordRequests: false'), line: null },
  { rule: 'hr/no-password-requests', name: 'does not apply to a federal agency (FED), which no state law binds', text: tagged(edit(BASE, 'noPasswordRequests: true', 'noPasswordRequests: false'), 'FED'), line: null },
  { rule: 'hr/no-password-requests', name: 'applies to a state or local government (GOV)', text: tagged(edit(BASE, 'noPasswordRequests: true', 'noPasswordRequests: false'), 'GOV'), line: lineOf(BASE, 'noPasswordRequests:') + 1 },
  { rule: 'hr/candidate-screening', name: 'passes with a screener who does not decide', text: BASE, line: null },
  { rule: 'hr/candidate-screening', name: 'passes with no screening', text: edit(BASE, 'candidateScreening: by-non-decision-maker', 'candidateScreening: none'), line: null },
  { rule: 'hr/candidate-screening', name: 'passes when not stated', text: edit(BASE, '    candidateScreening: by-non-decision-maker\n', ''), line: null },
  { rule: 'hr/candidate-screening', name: 'fails when the hiring manager screens', text: edit(BASE, 'candidateScreening: by-non-decision-maker', 'candidateScreening: by-hiring-manager'), line: lineOf(BASE, 'candidateScreening:') },
  { rule: 'hr/candidate-screening', name: 'fails in the UK alone', text: inJurisdiction(edit(BASE, 'candidateScreening: by-non-decision-maker', 'candidateScreening: by-hiring-manager'), 'GB'), line: lineOf(BASE, 'candidateScreening:') },
  { rule: 'hr/candidate-screening', name: 'does not apply where neither Title VII nor the GDPR reaches (CA, AU)', text: inJurisdiction(edit(BASE, 'candidateScreening: by-non-decision-maker', 'candidateScreening: by-hiring-manager'), 'CA, AU'), line: null },
  { rule: 'hr/employee-analytics-notice', name: 'passes when employees are told', text: BASE, line: null },
  { rule: 'hr/employee-analytics-notice', name: 'fails when they are not', text: NO_ANALYTICS_NOTICE, line: analytics },
  { rule: 'hr/employee-analytics-notice', name: 'fails when not stated', text: edit(BASE, 'used: true, employeesInformed: true', 'used: true'), line: analytics },
  { rule: 'hr/employee-analytics-notice', name: 'does not apply without analytics', text: edit(BASE, 'used: true, employeesInformed: true', 'used: false'), line: null },
  { rule: 'hr/employee-analytics-notice', name: 'does not apply outside the EEA, the UK and California', text: inJurisdiction(NO_ANALYTICS_NOTICE, 'US'), line: null },
  { rule: 'hr/employee-analytics-notice', name: 'fails in UK', text: inJurisdiction(NO_ANALYTICS_NOTICE, 'UK'), line: analytics, message: ANALYTICS_UNTOLD },
  { rule: 'hr/employee-analytics-notice', name: 'fails in GB', text: inJurisdiction(NO_ANALYTICS_NOTICE, 'GB'), line: analytics, message: ANALYTICS_UNTOLD },
  { rule: 'hr/employee-analytics-notice', name: 'fails in an EEA-only country (NO)', text: inJurisdiction(NO_ANALYTICS_NOTICE, 'NO'), line: analytics, message: ANALYTICS_UNTOLD },
  { rule: 'hr/employee-analytics-notice', name: 'fails in California only', text: inJurisdiction(NO_ANALYTICS_NOTICE, 'US-CA'), line: analytics, message: ANALYTICS_UNTOLD },
  { rule: 'hr/employee-analytics-notice', name: 'does not apply to an internal audience outside them', text: edit(NO_ANALYTICS_NOTICE, '    platforms: [teams]\n', '    platforms: [teams]\n    audience: { description: US engineers, jurisdictions: [US-TX] }\n'), line: null },
  { rule: 'hr/employee-analytics-notice', name: 'does not apply to external initiatives', text: edit(NO_ANALYTICS_NOTICE, 'scope: internal', 'scope: external'), line: null },
  { rule: 'hr/advocacy-voluntary', name: 'passes when voluntary', text: BASE, line: null },
  { rule: 'hr/advocacy-voluntary', name: 'fails when required', text: REQUIRED_ADVOCACY, line: lineOf(BASE, 'advocacyVoluntary:') },
  { rule: 'hr/advocacy-voluntary', name: 'fails when not stated, at endorsements', text: edit(BASE, '      advocacyVoluntary: true\n', ''), line: endorsements },
  { rule: 'hr/advocacy-voluntary', name: 'does not apply without advocacy', text: edit(REQUIRED_ADVOCACY, 'employeeAdvocacy: true', 'employeeAdvocacy: false'), line: null },
  { rule: 'hr/advocacy-voluntary', name: 'does not apply to internal initiatives', text: edit(REQUIRED_ADVOCACY, 'scope: external', 'scope: internal'), line: null },
  { rule: 'hr/advocacy-voluntary', name: 'fails in UK', text: inJurisdiction(REQUIRED_ADVOCACY, 'UK'), line: lineOf(BASE, 'advocacyVoluntary:') },
  { rule: 'hr/advocacy-voluntary', name: 'fails in GB', text: inJurisdiction(REQUIRED_ADVOCACY, 'GB'), line: lineOf(BASE, 'advocacyVoluntary:') },
  { rule: 'hr/advocacy-voluntary', name: 'does not apply in an EU member state only (DE)', text: inJurisdiction(REQUIRED_ADVOCACY, 'DE'), line: null },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'passes when disclosed in the post', text: BASE, line: null },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'fails when not disclosed', text: UNDISCLOSED_REWARD, line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'fails when not stated, at endorsements', text: edit(BASE, '      disclosureInPost: true\n', ''), line: endorsements },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'does not apply without incentives', text: edit(UNDISCLOSED_REWARD, 'incentivised: true', 'incentivised: false'), line: null },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'does not apply without advocacy', text: edit(UNDISCLOSED_REWARD, 'employeeAdvocacy: true', 'employeeAdvocacy: false'), line: null },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'does not apply to internal initiatives', text: edit(UNDISCLOSED_REWARD, 'scope: external', 'scope: internal'), line: null },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'fails in UK', text: inJurisdiction(UNDISCLOSED_REWARD, 'UK'), line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'fails in GB', text: inJurisdiction(UNDISCLOSED_REWARD, 'GB'), line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'applies in an EU member state only (DE), under the UCPD', text: inJurisdiction(UNDISCLOSED_REWARD, 'DE'), line: lineOf(BASE, 'disclosureInPost:') },
  { rule: 'hr/advocacy-incentives-disclosed', name: 'does not apply in Australia only', text: inJurisdiction(UNDISCLOSED_REWARD, 'AU'), line: null },
  { rule: 'hr/training-funded', name: 'passes when funded', text: BASE, line: null },
  { rule: 'hr/training-funded', name: 'fails when not', text: edit(BASE, 'trainingFunded: true', 'trainingFunded: false'), line: lineOf(BASE, 'trainingFunded:') },
  { rule: 'hr/training-funded', name: 'fails when not stated, at workforce', text: edit(BASE, '    trainingFunded: true\n', ''), line: workforce },
];

describe('hr checklist', () => {
  tableTest('hr', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(REQUIRED_ADVOCACY, 'hr/advocacy-voluntary');
    expect(finding).toMatchObject({
      message: 'Initiative Customer care asks employees to share company content without making it voluntary.',
      initiative: 'care',
      severity: 'warning',
    });
    const [passwords] = findings(edit(BASE, 'noPasswordRequests: true', 'noPasswordRequests: false'), 'hr/no-password-requests');
    // A warning: state laws, which a strategy naming only the US may not be under.
    expect(passwords).toMatchObject({ severity: 'warning', stakeholder: 'hr' });
  });
});
