import type { Checklist } from '../rule.js';

/** What the Records Manager checks before an initiative may launch (../DOMAIN.md, Records retention R1-R7). */
export const records: Checklist = {
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'records',
  stakeholder: 'records',
  title: 'Records',
  rules: [
    {
      id: 'records/series-and-retention',
      severity: 'warning',
      title: 'Each channel has a record series and a retention period from the schedule.',
      given: 'initiatives[*]',
      then: [
        { field: 'records.series', function: 'truthy' },
        { field: 'records.retentionYears', function: 'defined' },
      ],
      message: 'Initiative {{name}} does not name the record series and retention period its content is kept under.',
      rationale:
        'Social content is a record like any other; without a series and a period from the schedule it is either kept forever or deleted at random, and neither can be defended.',
      reference: 'ISO 15489-1:2016; NARA Bulletin 2014-02',
      fix: 'Assign the series from the retention schedule in `records.series` and its period in `records.retentionYears`.',
    },
    {
      id: 'records/broker-dealer-retention',
      severity: 'error',
      title: 'Broker-dealers: records are kept 6 years, the first 2 easily accessible, on WORM or audit-trail storage.',
      appliesTo: { tags: ['FIN'] },
      given: 'initiatives[*]',
      then: [
        { field: 'records.retentionYears', function: 'atLeast', value: 6 },
        { field: 'records.accessibleYears', function: 'atLeast', value: 2 },
        { field: 'records.wormStorage', function: 'equals', value: true },
      ],
      message: 'Initiative {{name}} does not keep its records as a broker-dealer must: 6 years, the first 2 easily accessible, on WORM or audit-trail storage.',
      rationale:
        'Communications must be kept at least 3 years and other records 6, the first 2 easily accessible, on storage that cannot be altered unnoticed; a social channel can carry both kinds, so the schedule keeps the longer period.',
      reference: 'SEC 17a-4; FINRA 4511',
      fix: 'Set `records.retentionYears` to 6 or more and `records.accessibleYears` to 2 or more, and keep the archive on WORM or audit-trail storage (`records.wormStorage: true`).',
    },
    {
      id: 'records/capture-method',
      severity: 'warning',
      escalateFor: ['FIN'],
      title: 'The capture method into the archive is named.',
      given: 'initiatives[*]',
      then: { field: 'records.captureMethod', function: 'oneOf', value: ['vendor-api', 'platform-export', 'journaling', 'screenshots'] },
      message: 'Initiative {{name}} names no method for capturing its content into the archive.',
      rationale:
        'Public networks do not keep records for the organisation; unless something captures posts, comments and messages, the record is lost the moment it is edited or deleted.',
      reference: 'ISO 15489-1:2016; SEC 17a-4(b)(4)',
      fix: 'Choose how content is captured (an archiver’s vendor API, journaling, platform export) and set `records.captureMethod`.',
    },
    {
      id: 'records/capture-tested',
      severity: 'warning',
      escalateFor: ['FIN'],
      title: 'Capture of comments, edits, deletions and direct messages was tested before launch.',
      appliesTo: { stages: ['pilot', 'rollout', 'run'] },
      given: 'initiatives[*]',
      then: [
        { field: 'records.captureTestedOn', function: 'defined' },
        { field: 'records.captures', function: 'includes', value: 'comments' },
        { field: 'records.captures', function: 'includes', value: 'edits' },
        { field: 'records.captures', function: 'includes', value: 'deletions' },
        {
          anyOf: [
            { field: 'records.captures', function: 'includes', value: 'direct-messages' },
            { field: 'personalData.collection', function: 'none', value: { function: 'equals', value: 'direct-messages' } },
          ],
        },
      ],
      message: 'Initiative {{name}} is live without an end-to-end test showing that its comments, edits, deletions and any direct messages reach the archive.',
      rationale:
        'A capture that was never tested usually misses something (edits, deleted posts, DMs, ad comments), and the gap is found only when the record is asked for.',
      reference: 'ISO 15489-1:2016; SEC 17a-4(b)(4)',
      fix: 'Post, edit, delete and send a DM on each platform, find them in the archive, then set `records.captureTestedOn` and list what is captured in `records.captures`.',
    },
    {
      id: 'records/approved-channels',
      severity: 'warning',
      escalateFor: ['FIN'],
      title: 'Approved channels are listed; personal messaging apps are banned for business or captured.',
      given: '$',
      then: [
        { field: '$.governance.approvedChannels', function: 'length', value: { min: 1 } },
        { field: '$.governance.personalMessaging', function: 'oneOf', value: ['banned', 'captured'] },
      ],
      message: 'Strategy {{metadata.title}} does not list its approved channels, or does not ban or capture personal messaging apps used for business.',
      rationale:
        'Business done on a channel nobody approved or captured (WhatsApp, texting, a personal account) leaves no record; regulators have fined firms heavily for it.',
      reference: 'SEC off-channel communications cases; FINRA Notice 17-18',
      fix: 'List the approved platforms in `governance.approvedChannels` and set `governance.personalMessaging` to banned, or to captured once an archiver captures them.',
    },
    {
      id: 'records/channel-approved',
      severity: 'warning',
      escalateFor: ['FIN'],
      title: 'Each platform in use is an approved channel.',
      appliesTo: { stages: ['pilot', 'rollout', 'run'] },
      given: 'platforms[*]',
      then: { field: 'id', function: 'isReferenced', value: '$.governance.approvedChannels' },
      message: 'Platform {{name}} is used for business but is not one of the approved channels.',
      rationale: 'A channel used before it is approved has not been checked for capture, retention and legal hold.',
      reference: 'SEC off-channel communications cases; FINRA Notice 17-18',
      fix: 'Approve the platform and add its id to `governance.approvedChannels`, or stop using it until it is approved.',
    },
    {
      id: 'records/federal-disposition',
      severity: 'error',
      title: 'Federal agencies: social content is a federal record with a disposition authority.',
      appliesTo: { tags: ['FED'] },
      given: 'initiatives[*]',
      then: { field: 'records.dispositionAuthority', function: 'truthy' },
      message: 'Initiative {{name}} keeps social content without a NARA-approved disposition authority.',
      rationale:
        'Social media content of a federal agency is a federal record; it may be destroyed only under a disposition authority approved by the Archivist.',
      reference: 'NARA Bulletin 2014-02',
      fix: 'Schedule the content under a General Records Schedule item or an agency schedule approved by NARA and put it in `records.dispositionAuthority`.',
    },
    {
      id: 'records/legal-hold',
      severity: 'warning',
      title: 'A legal hold suspends disposition.',
      given: 'initiatives[*]',
      then: { field: 'records.legalHold', function: 'equals', value: true },
      message: 'Initiative {{name}} has no way for a legal hold to suspend disposition of its records.',
      rationale:
        'Once litigation or an investigation is foreseeable, relevant content must not be deleted on schedule; a hold that cannot stop disposition invites sanctions for lost evidence.',
      reference: 'FRCP 37(e)',
      fix: 'Make the archive (or the platform) able to place content on hold and set `records.legalHold: true`.',
    },
    {
      id: 'records/internal-retention-configured',
      severity: 'warning',
      title: 'Internal-network retention is configured, not left at keep forever.',
      appliesTo: { scope: 'internal' },
      given: 'platforms[*]',
      then: { field: 'retention', function: 'noneOf', value: ['keep-forever'] },
      message: 'Platform {{name}} keeps internal content forever instead of applying the retention schedule.',
      rationale:
        'An internal network left at its default keeps every post and personal detail forever, which the schedule and data protection law both forbid and which makes every lawsuit’s discovery larger.',
      reference: 'ISO 15489-1:2016; GDPR art. 5(1)(e)',
      fix: 'Configure retention policies on the platform to match `records.retentionYears` and set `retention: configured`.',
    },
  ],
};
