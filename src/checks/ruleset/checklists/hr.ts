import { checklist } from '../../engine/checklist.js';
import { gdpr, S } from './sources.js';

/** What HR checks when an organisation enables it (../DOMAIN.md, HR H1-H6). */
export const hr = checklist({
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'hr',
  stakeholder: 'hr',
  title: 'HR',
  rules: [
    {
      id: 'hr/concerted-activity',
      severity: 'warning',
      title: 'Discipline for posts is first checked for protected concerted activity.',
      appliesTo: { jurisdictions: ['US'], exceptTags: ['GOV', 'FED'] },
      given: '$',
      then: { field: 'governance.workforce.disciplineChecksConcertedActivity', function: 'truthy' },
      message: 'The strategy does not check discipline for employees’ posts against protected concerted activity first.',
      rationale:
        'US employees may discuss pay, conditions and their employer with each other, online too; disciplining them for such a post is an unfair labour practice even when the post is critical.',
      reference: 'NLRA sections 7 and 8(a)(1) (29 U.S.C. 157, 158(a)(1))',
      sources: [S.nlraRights, S.stericycle, S.nlraEmployer],
      fix: 'Have HR or Legal check every disciplinary case about a post for concerted activity before acting, and set `governance.workforce.disciplineChecksConcertedActivity: true`.',
    },
    {
      id: 'hr/no-password-requests',
      // A warning, not an error: these are state laws (California's among many), and a strategy that names only
      // the US, or a state without one, is bound by none of them.
      severity: 'warning',
      title: 'Employees and applicants are never asked for their personal-account passwords.',
      // State laws: a federal agency answers to none of them.
      appliesTo: { jurisdictions: ['US'], exceptTags: ['FED'] },
      given: '$',
      then: { field: 'governance.workforce.noPasswordRequests', function: 'truthy' },
      message: 'The strategy does not rule out asking employees and applicants for their personal social-account passwords.',
      rationale:
        'Many US states, California among them, forbid employers to ask for personal social media passwords or access; a manager who asks exposes the organisation even if nobody hands them over.',
      reference: 'Cal. Lab. Code 980 and similar state social media privacy laws',
      sources: [S.calLab980],
      fix: 'State in the policy and in manager training that personal-account credentials are never requested, then set `governance.workforce.noPasswordRequests: true`.',
    },
    {
      id: 'hr/candidate-screening',
      severity: 'warning',
      title: 'Candidate social screening, if any, is done by someone who does not decide on the hire.',
      // The laws cited: Title VII in the US, the GDPR (as read by WP249) in the EU/EEA and the UK.
      appliesTo: { jurisdictions: ['US', 'EEA', 'UK'] },
      given: '$',
      then: { field: 'governance.workforce.candidateScreening', function: 'notEquals', value: 'by-hiring-manager' },
      message: 'The strategy has hiring managers screen candidates’ social profiles themselves.',
      rationale:
        'A profile shows age, religion, health and other protected traits; once the decision-maker has seen them, a rejected candidate can claim they counted. A screener outside the decision passes on only job-related findings.',
      reference: 'Title VII of the Civil Rights Act of 1964 (42 U.S.C. 2000e-2); Article 29 Working Party Opinion 2/2017 on data processing at work (WP249)',
      sources: [S.titleVII, S.wp249],
      fix: 'Have a trained screener who does not decide on the hire apply job-related criteria, and set `governance.workforce.candidateScreening: by-non-decision-maker` (or none).',
    },
    {
      id: 'hr/employee-analytics-notice',
      severity: 'warning',
      title: 'Employees are told about analytics of their activity on the internal network.',
      // The CCPA binds businesses; the GDPR binds a public employer too.
      appliesTo: { scope: 'internal', jurisdictions: ['EEA', 'UK', 'US-CA'], notFor: [{ tags: ['GOV', 'FED'], jurisdictions: ['US-CA'] }] },
      given: 'initiatives[*]',
      when: { field: 'personalData.employeeAnalytics.used', function: 'truthy' },
      then: { field: 'personalData.employeeAnalytics.employeesInformed', function: 'truthy' },
      message: 'Initiative {{name}} analyses individual employees’ activity without telling them.',
      rationale:
        'In the EU/EEA, the UK and California employees have a right to know how their personal data is used at work; analytics they were never told about also destroy the trust an internal network depends on.',
      reference: 'GDPR and UK GDPR arts. 13 and 88; Article 29 Working Party Opinion 2/2017 on data processing at work (WP249); Cal. Civ. Code 1798.100(a)',
      sources: [...gdpr('arts. 13 and 88'), S.wp249, S.ccpaNotice],
      fix: 'Tell employees what is analysed and why (notice, works council where there is one) and set `personalData.employeeAnalytics.employeesInformed: true`.',
    },
    {
      id: 'hr/advocacy-voluntary',
      severity: 'warning',
      title: 'Employee advocacy is voluntary.',
      appliesTo: { scope: 'external', jurisdictions: ['US', 'UK'], notFor: [{ tags: ['GOV', 'FED'], jurisdictions: ['US'] }] },
      given: 'initiatives[*]',
      when: { field: 'endorsements.employeeAdvocacy', function: 'truthy' },
      then: { field: 'endorsements.advocacyVoluntary', function: 'truthy' },
      message: 'Initiative {{name}} asks employees to share company content without making it voluntary.',
      rationale:
        'Employees’ personal accounts are their own; requiring them to post, or counting it in reviews, turns advocacy into a condition of employment and its posts into undisclosed advertising.',
      reference: '16 CFR 255 (FTC Endorsement Guides); CAP Code rules 2.1 and 2.3',
      sources: [S.endorsementGuides, S.capCode],
      fix: 'Make taking part optional, keep it out of performance reviews, and set `endorsements.advocacyVoluntary: true`.',
    },
    {
      id: 'hr/advocacy-incentives-disclosed',
      severity: 'warning',
      title: 'Incentives for employee advocacy are disclosed in the posts.',
      appliesTo: { scope: 'external', jurisdictions: ['US', 'UK', 'EEA'], notFor: [{ tags: ['GOV', 'FED'], jurisdictions: ['US', 'EEA'] }] },
      given: 'initiatives[*]',
      when: [
        { field: 'endorsements.employeeAdvocacy', function: 'truthy' },
        { field: 'endorsements.incentivised', function: 'truthy' },
      ],
      then: { field: 'endorsements.disclosureInPost', function: 'truthy' },
      yieldsTo: ['compliance/material-connection-disclosure'],
      message: 'Initiative {{name}} rewards employees for sharing company content without disclosing it in the posts.',
      rationale: 'A reward for posting is a material connection that readers must be told about in the post itself; the employee who posts is exposed along with the company.',
      reference: '16 CFR 255.5; CAP Code rules 2.1 and 2.3',
      sources: [S.endorsementGuides, S.capCode],
      fix: 'Disclose the incentive in each post (and in the advocacy kit) and set `endorsements.disclosureInPost: true`, or stop rewarding posts.',
    },
    {
      id: 'hr/training-funded',
      severity: 'warning',
      title: 'Training and community-manager roles are funded.',
      given: '$',
      then: { field: 'governance.workforce.trainingFunded', function: 'truthy' },
      message: 'The strategy does not fund training and community-manager roles.',
      rationale: 'Policies nobody is trained on are not followed, and communities without a funded manager go quiet or go wrong.',
      reference: 'NIST SP 800-53 AT-2, AT-3',
      sources: [{ ...S.nist80053, section: 'AT-2, AT-3' }],
      fix: 'Budget the training and the community-manager roles and set `governance.workforce.trainingFunded: true` (and `communityManagers`).',
    },
  ],
});
