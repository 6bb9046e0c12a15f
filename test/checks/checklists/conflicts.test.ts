import { describe, expect, it } from 'vitest';
import { ChecklistSchema } from '../../../src/checks/engine/rule.js';
import { conflicts } from '../../../src/checks/ruleset/checklists/conflicts.js';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per conflict rule, in the ESLint manner: a strategy where no two checklists contradict
 * each other, then each case creates one conflict (or nearly) and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: conflicts-base
  title: Conflicts base
  organization: Example plc
  jurisdictions: [US, EU]
  owner: { name: Ada Lovelace, role: CIO }
  version: 1.0.0
  status: draft
alignment:
  businessGoals: [{ id: BG1, statement: Serve customers. }]
  itObjectives: [{ id: IT1, statement: Be where customers are., supports: [BG1] }]
initiatives:
  - id: stories
    name: Behind the scenes
    scope: external
    stage: pilot
    supports: [IT1]
    platforms: [instagram]
    personalData:
      categories: [comments]
      lawfulBasis: legitimate-interests
    content:
      ephemeral: false
    records:
      series: RS-COMM-04
      retentionYears: 7
      legalHold: true
      erasureReconciled: true
platforms:
  - { id: instagram, name: Instagram account }
stakeholders:
  privacy: { owner: Pia Brandt }
  legal: { owner: Lena Ortiz }
  records: { owner: Omar Haddad }
  communications: { owner: Julia Novak }
`;


const EPHEMERAL = edit(BASE, 'ephemeral: false', 'ephemeral: true');
const CAPTURED = edit(EPHEMERAL, '      retentionYears: 7\n', '      retentionYears: 7\n      captureMethod: vendor-api\n      captures: [posts, comments]\n');
const ephemeral = lineOf(BASE, 'ephemeral:');
const AUTO_DELETE = edit(BASE, '{ id: instagram, name: Instagram account }', '{ id: instagram, name: Instagram account, retention: auto-delete }');
const platform = lineOf(BASE, '- { id: instagram');
const POSTS_LEFT_OUT = edit(AUTO_DELETE, '      retentionYears: 7\n', '      retentionYears: 7\n      captureMethod: vendor-api\n      captures: [comments]\n');
const records = lineOf(BASE, '    records:');
const UNRECONCILED = edit(BASE, 'erasureReconciled: true', 'erasureReconciled: false');
const erasureReconciled = lineOf(BASE, 'erasureReconciled:');
/** BASE for an organisation in these jurisdictions only (GB, UK, DE ...). */
const inJurisdiction = (text: string, codes: string) => edit(text, '  jurisdictions: [US, EU]\n', `  jurisdictions: [${codes}]\n`);
const UNRECONCILED_MESSAGE = /keeps personal data under legal hold without reconciling erasure requests with it/;

const cases: RuleCase[] = [
  { rule: 'conflicts/ephemeral-vs-retention', name: 'passes without ephemeral content', text: BASE, line: null },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'fails for stories kept 7 years, at content.ephemeral', text: EPHEMERAL, line: ephemeral },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'passes when the archive captures posts as they are made', text: CAPTURED, line: null },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'passes with journaling', text: edit(CAPTURED, 'captureMethod: vendor-api', 'captureMethod: journaling'), line: null },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'fails with a periodic export, too late for stories', text: edit(CAPTURED, 'captureMethod: vendor-api', 'captureMethod: platform-export'), line: ephemeral },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'fails when the capture leaves posts out', text: edit(CAPTURED, 'captures: [posts, comments]', 'captures: [comments]'), line: ephemeral },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'does not apply when the records are not kept', text: edit(EPHEMERAL, 'retentionYears: 7', 'retentionYears: 0'), line: null },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'does not apply without a retention period', text: edit(EPHEMERAL, '      retentionYears: 7\n', ''), line: null },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'does not apply to a retired initiative', text: edit(EPHEMERAL, 'stage: pilot', 'stage: retired'), line: null },
  { rule: 'conflicts/ephemeral-vs-retention', name: 'applies in every jurisdiction (US only)', text: inJurisdiction(EPHEMERAL, 'US'), line: ephemeral },
  { rule: 'conflicts/auto-delete-platform', name: 'passes when the platform keeps content', text: BASE, line: null },
  { rule: 'conflicts/auto-delete-platform', name: 'fails for an auto-deleting platform whose initiative keeps records, at the platform', text: AUTO_DELETE, line: platform },
  { rule: 'conflicts/auto-delete-platform', name: 'passes when the archive captures posts as they are made', text: edit(AUTO_DELETE, '      retentionYears: 7\n', '      retentionYears: 7\n      captureMethod: vendor-api\n      captures: [posts, comments]\n'), line: null },
  { rule: 'conflicts/auto-delete-platform', name: 'fails when the capture leaves posts out', text: POSTS_LEFT_OUT, line: lineOf(POSTS_LEFT_OUT, '- { id: instagram') },
  { rule: 'conflicts/auto-delete-platform', name: 'does not apply when no initiative keeps records', text: edit(AUTO_DELETE, '      retentionYears: 7\n', ''), line: null },
  { rule: 'conflicts/auto-delete-platform', name: 'does not apply when the only user is retired', text: edit(AUTO_DELETE, 'stage: pilot', 'stage: retired'), line: null },
  { rule: 'conflicts/auto-delete-platform', name: 'applies in every jurisdiction (US only)', text: inJurisdiction(AUTO_DELETE, 'US'), line: platform },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'passes when erasure is reconciled', text: BASE, line: null },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'fails when it is not', text: UNRECONCILED, line: erasureReconciled, message: UNRECONCILED_MESSAGE },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'fails when nobody says, at records', text: edit(BASE, '      erasureReconciled: true\n', ''), line: records },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'does not apply without a legal hold', text: edit(edit(BASE, 'legalHold: true', 'legalHold: false'), '      erasureReconciled: true\n', ''), line: null },
  {
    rule: 'conflicts/erasure-vs-legal-hold',
    name: 'does not apply without personal data',
    text: edit(edit(BASE, '      categories: [comments]\n      lawfulBasis: legitimate-interests\n', '      processed: false\n'), '      erasureReconciled: true\n', ''),
    line: null,
  },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'does not apply to a US-only strategy', text: inJurisdiction(UNRECONCILED, 'US'), line: null },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'does not apply to an audience narrowed to the US', text: edit(UNRECONCILED, '    platforms: [instagram]\n', '    platforms: [instagram]\n    audience: { description: US followers, jurisdictions: [US] }\n'), line: null },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'fails in UK', text: inJurisdiction(UNRECONCILED, 'UK'), line: erasureReconciled, message: UNRECONCILED_MESSAGE },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'fails in GB', text: inJurisdiction(UNRECONCILED, 'GB'), line: erasureReconciled, message: UNRECONCILED_MESSAGE },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'fails in an EU member state (DE)', text: inJurisdiction(UNRECONCILED, 'DE'), line: erasureReconciled, message: UNRECONCILED_MESSAGE },
  { rule: 'conflicts/erasure-vs-legal-hold', name: 'fails in an EEA-only country (NO)', text: inJurisdiction(UNRECONCILED, 'NO'), line: erasureReconciled, message: UNRECONCILED_MESSAGE },
];

describe('conflicts checklist', () => {
  it('is a well-formed checklist, each rule naming the two stakeholders', () => {
    expect(() => ChecklistSchema.parse(conflicts)).not.toThrow();
    for (const rule of conflicts.rules) {
      expect(rule.between).toHaveLength(2);
      expect(rule.message).toContain('{{between}}');
    }
  });

  tableTest('conflicts', cases);

  it('names the conflict and both owners in one finding', () => {
    const found = findings(EPHEMERAL, 'conflicts/ephemeral-vs-retention');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      message:
        'Initiative Behind the scenes posts auto-deleting content that no archive captures, but must keep its records for 7 years: a conflict between Records (Omar Haddad) and Communications (Julia Novak).',
      initiative: 'stories',
      severity: 'error',
    });
  });

  it('names the privacy and legal owners for erasure under a legal hold', () => {
    const [finding] = findings(UNRECONCILED, 'conflicts/erasure-vs-legal-hold');
    expect(finding).toMatchObject({
      message:
        'Initiative Behind the scenes keeps personal data under legal hold without reconciling erasure requests with it: a conflict between Privacy (Pia Brandt) and Legal (Lena Ortiz).',
      severity: 'warning',
      reference: 'GDPR and UK GDPR art. 17(3)(e) (no erasure of data needed for legal claims)',
    });
  });

  it('says so when a side has no owner named', () => {
    const [finding] = findings(edit(EPHEMERAL, '  communications: { owner: Julia Novak }\n', ''), 'conflicts/ephemeral-vs-retention');
    expect(finding!.message).toContain('between Records (Omar Haddad) and Communications (no owner named)');
  });
});
