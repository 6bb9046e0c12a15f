import { checklist } from '../../engine/checklist.js';
import { gdpr, S } from './sources.js';

/**
 * Requirements of two checklists that contradict each other (../DOMAIN.md, "Conflicts between
 * checklists"). Each is one rule naming both stakeholders and their owners (`between`), so a conflict
 * is reported once, not as two unrelated findings in two checklists.
 */
export const conflicts = checklist({
  apiVersion: 'socialplan/v1',
  kind: 'Checklist',
  id: 'conflicts',
  stakeholder: 'conflicts',
  title: 'Conflicts between checklists',
  rules: [
    {
      id: 'conflicts/ephemeral-vs-retention',
      severity: 'error',
      title: 'Auto-deleting content is captured into the archive when the records schedule asks for it to be kept.',
      given: 'initiatives[*]',
      when: [
        { field: 'content.ephemeral', function: 'equals', value: true },
        { field: 'records.retentionYears', function: 'truthy' },
      ],
      then: {
        anyOf: [
          { field: 'content.ephemeral', function: 'falsy' },
          // Captured into the archive as it is posted, the content outlives the story: the schedule still holds.
          {
            allOf: [
              { field: 'records.captureMethod', function: 'oneOf', value: ['vendor-api', 'journaling'] },
              { field: 'records.captures', function: 'includes', value: 'posts' },
            ],
          },
        ],
      },
      between: ['records', 'communications'],
      message:
        'Initiative {{name}} posts auto-deleting content that no archive captures, but must keep its records for {{records.retentionYears}} years: a conflict between {{between}}.',
      rationale:
        'Stories that delete themselves, unless an archive captures them as they are posted, cannot be kept for the period the records schedule sets; the two owners must agree which gives way before launch, not discover it in an audit or a lawsuit.',
      reference: 'ISO 15489-1:2016; NARA Bulletin 2014-02 (federal agencies)',
      sources: [S.iso15489, S.nara201402],
      fix: 'Agree the answer with both owners: capture the content as it is posted (`records.captureMethod: vendor-api` or `journaling`, with `posts` in `records.captures`), stop ephemeral posting (`content.ephemeral: false`), or have Records class it as transitory (`records.retentionYears: 0`).',
    },
    {
      id: 'conflicts/erasure-vs-legal-hold',
      severity: 'warning',
      title: 'Where personal data may be under legal hold, erasure requests are reconciled with the hold.',
      appliesTo: { jurisdictions: ['EEA', 'UK'] },
      given: 'initiatives[*]',
      when: [
        { field: 'personalData.processed', function: 'notEquals', value: false },
        { field: 'records.legalHold', function: 'equals', value: true },
      ],
      then: { field: 'records.erasureReconciled', function: 'equals', value: true },
      between: ['privacy', 'legal'],
      message:
        'Initiative {{name}} keeps personal data under legal hold without reconciling erasure requests with it: a conflict between {{between}}.',
      rationale:
        'A person may ask for their data to be erased while a legal hold forbids deleting it; without an agreed procedure either the erasure duty or the hold is broken.',
      reference: 'GDPR and UK GDPR art. 17(3)(e) (no erasure of data needed for legal claims)',
      sources: gdpr('art. 17(3)(e)'),
      fix: 'Agree with both owners how erasure requests are handled under a hold (erasure suspended and the person told why, data deleted when the hold lifts), then set `records.erasureReconciled: true`.',
    },
    {
      id: 'conflicts/auto-delete-platform',
      severity: 'error',
      title: 'A platform that deletes content by itself is not used by an initiative whose content must be kept.',
      between: ['records', 'communications'],
      given: 'platforms[*]',
      when: { field: 'retention', function: 'equals', value: 'auto-delete' },
      then: {
        function: 'usedByNone',
        value: {
          allOf: [
            { field: 'records.retentionYears', function: 'atLeast', value: 0.01 },
            // Capture at posting keeps the record whatever the platform later deletes.
            {
              anyOf: [
                { field: 'records.captureMethod', function: 'noneOf', value: ['vendor-api', 'journaling'] },
                { field: 'records.captures', function: 'none', value: { function: 'equals', value: 'posts' } },
              ],
            },
          ],
        },
      },
      message: 'Platform {{name}} deletes content by itself, yet an initiative using it must keep its content as records: a conflict between {{between}}.',
      rationale:
        'A retention period means nothing if the platform erases the content first; unless an archiver captures each post as it is made, the record is lost the day the platform deletes it.',
      reference: 'ISO 15489-1:2016 (records retention)',
      sources: [S.iso15489],
      fix: 'Capture the content at posting (`records.captureMethod: vendor-api` with `records.captures`), configure the platform to keep content (`retention: configured`), or use another platform for that initiative.',
    },
  ],
});
