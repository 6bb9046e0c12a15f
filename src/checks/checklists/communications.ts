import type { Checklist } from '../rule.js';

/** What Corporate Communications checks before an initiative may launch (../DOMAIN.md, Corporate communications M1-M6). */
export const communications: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'communications',
  stakeholder: 'communications',
  title: 'Communications',
  rules: [
    {
      id: 'communications/account-ownership',
      severity: 'warning',
      title: 'Each external account has a named owner, authorised posters and an approval workflow.',
      appliesTo: { scope: 'external' },
      given: 'platforms[*]',
      then: { function: 'hasFields', value: ['accountOwner', 'authorisedPosters', 'approvalWorkflow'] },
      message: 'Platform {{name}} does not set {{missing}}: each account needs a named owner, authorised posters and an approval workflow.',
      rationale:
        'Only designated, trained people should publish for the organisation, and content should be reviewed before it goes out; an account nobody owns is one nobody answers for.',
      reference: 'NIST SP 800-53 AC-22',
      fix: 'Set `accountOwner`, `authorisedPosters` and `approvalWorkflow` on the platform, and brief the people named.',
    },
    {
      id: 'communications/crisis-plan',
      severity: 'warning',
      title: 'A crisis and escalation plan sets severity levels, contacts and a response time.',
      appliesTo: { scope: 'external' },
      given: '$',
      then: { field: 'governance.crisis', function: 'hasFields', value: ['severityLevels', 'contacts', 'responseMinutes'] },
      message: 'The strategy has no crisis and escalation plan setting {{missing}}.',
      rationale:
        'When a post goes wrong in public, minutes count; a plan that says how bad is bad, who is called and how fast they answer is what lets the team act without waiting for permission.',
      reference: 'NIST SP 800-61 Rev. 3, Incident Response Recommendations and Considerations for Cybersecurity Risk Management (April 2025; it supersedes Rev. 2): preparing for incidents and communicating during the response',
      fix: 'Write the plan and set `governance.crisis.severityLevels`, `contacts` and `responseMinutes`.',
    },
    {
      id: 'communications/crisis-plan-tested',
      severity: 'warning',
      title: 'The crisis and escalation plan was tested in the last 12 months.',
      appliesTo: { scope: 'external' },
      given: '$',
      then: { field: 'governance.crisis.lastTested', function: 'withinMonths', value: 12 },
      message: 'The strategy’s crisis and escalation plan has no test recorded in the last 12 months.',
      rationale:
        'Contacts change and tools change; a plan last rehearsed years ago fails on the day, so it is exercised at least once a year.',
      reference: 'NIST SP 800-84 (test, training and exercise programmes for IT plans)',
      fix: 'Run a tabletop exercise of the plan and record its date in `governance.crisis.lastTested`.',
    },
    {
      id: 'communications/alt-text-captions',
      severity: 'warning',
      escalateFor: ['GOV'],
      title: 'Images carry alt text and prerecorded video is captioned.',
      given: 'initiatives[*]',
      then: [
        { field: 'accessibility.altText', function: 'truthy' },
        { field: 'accessibility.captions', function: 'truthy' },
      ],
      message: 'Initiative {{name}} does not commit to alt text on images and captions on prerecorded video.',
      rationale:
        'People who use screen readers or cannot hear the audio miss a post without alt text or captions; for a government it is also a legal duty.',
      reference: 'WCAG 1.1.1, 1.2.2',
      fix: 'Make alt text and captions part of the publishing workflow, then set `accessibility.altText` and `accessibility.captions` to true.',
    },
    {
      id: 'communications/community-guidelines',
      severity: 'warning',
      title: 'Published community guidelines define spam removal.',
      appliesTo: { scope: 'external' },
      given: 'initiatives[*]',
      then: [
        { field: 'moderation.guidelinesUrl', function: 'truthy' },
        { field: 'moderation.spam', function: 'oneOf', value: ['remove', 'remove-and-block', 'hide'] },
      ],
      message: 'Initiative {{name}} has no published community guidelines that define how spam is removed.',
      rationale:
        'Published guidelines let moderators remove spam, such as "free followers" offers, on stated grounds rather than by taste, and show that nothing is removed for being critical.',
      reference: '16 CFR 465.7 (review suppression; removing unrelated content such as spam under a stated policy is allowed)',
      fix: 'Publish community guidelines, link them in `moderation.guidelinesUrl`, and set `moderation.spam` to remove, remove-and-block or hide.',
    },
    {
      id: 'communications/executive-voice',
      severity: 'warning',
      title: 'The executive-voice plan, the CIO’s included, sets channels and cadence.',
      appliesTo: { scope: 'external' },
      given: '$',
      then: { field: 'leadership.executiveVoice', function: 'hasFields', value: ['channels', 'cadence'] },
      message: 'The strategy has no executive-voice plan setting {{missing}}.',
      rationale:
        'An executive who posts everywhere, or at random, dilutes the voice and the time it costs; a selective presence names where and how often.',
      reference: 'NIST SP 800-53 AC-22 (publicly accessible content: designated people, reviewed before posting)',
      fix: 'Set `leadership.executiveVoice` with the `channels` the executive uses and the `cadence`, in words.',
    },
    {
      id: 'communications/ghostwriting-approval',
      severity: 'warning',
      title: 'Ghost-written executive posts follow the same approval as other posts.',
      appliesTo: { scope: 'external' },
      given: 'leadership.executiveVoice',
      when: { field: 'ghostwritten', function: 'truthy' },
      then: { field: 'ghostwritingApproved', function: 'truthy' },
      message: 'Posts ghost-written for {{person}} do not follow the same approval as other posts.',
      rationale:
        'A post in an executive’s name speaks for the organisation whoever drafted it; skipping approval because it is "the executive’s own" lets unreviewed content through.',
      reference: 'NIST SP 800-53 AC-22 (publicly accessible content: reviewed before posting)',
      fix: 'Route ghost-written drafts through the approval workflow and set `leadership.executiveVoice.ghostwritingApproved: true`.',
    },
    {
      id: 'communications/advocacy-disclosures',
      severity: 'warning',
      title: 'The employee-advocacy kit includes disclosure tags.',
      appliesTo: { scope: 'external' },
      given: 'initiatives[*]',
      when: { field: 'endorsements.employeeAdvocacy', function: 'truthy' },
      then: { field: 'endorsements.advocacyKitDisclosures', function: 'truthy' },
      message: 'Initiative {{name}} asks employees to share company content without disclosure tags in the advocacy kit.',
      rationale:
        'An employee praising the employer’s products has a material connection that readers must be told of in the post; putting the tag in the kit is how it gets there.',
      reference: '16 CFR 255',
      fix: 'Add disclosure tags (#employee, "I work at ...") to every template in the advocacy kit and set `endorsements.advocacyKitDisclosures: true`.',
    },
  ],
};
