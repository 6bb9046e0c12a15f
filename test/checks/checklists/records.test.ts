import { describe, expect, it } from 'vitest';
import { edit, lineOf } from '../../helpers.js';
import { findings, tableTest, type RuleCase } from '../harness.js';

/**
 * A table test per records rule, in the ESLint manner: a strategy that passes, then each case breaks
 * (or switches on) one thing and names the line the finding must point at.
 */
const BASE = `apiVersion: socialplan/v1
kind: SocialStrategy
metadata:
  name: records-base
  title: Records base
  organization: Example Securities plc
  regulatoryTags: [FIN, FED]
  jurisdictions: [US]
  owner: { name: Ada Lovelace, role: CIO }
  version: 1.0.0
  status: draft
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
      collection: [direct-messages, comments]
    records:
      series: RS-CUST-12 Customer communications
      retentionYears: 7
      accessibleYears: 2
      captureMethod: vendor-api
      captures: [posts, comments, direct-messages, edits, deletions]
      archiver: Global Relay Archive
      captureTestedOn: 2026-10-14
      wormStorage: true
      legalHold: true
      dispositionAuthority: GRS 6.4 item 020
  - id: network
    name: Staff network
    scope: internal
    stage: run
    supports: [IT1]
    platforms: [viva]
    records: { series: RS-COL-02 Internal collaboration, retentionYears: 6, accessibleYears: 2, captureMethod: journaling, captures: [posts, comments, edits, deletions], archiver: Microsoft Purview, captureTestedOn: 2026-04-08, wormStorage: true, legalHold: true, dispositionAuthority: GRS 5.2 item 020 }
platforms:
  - { id: linkedin, name: LinkedIn page, retention: not-configurable }
  - { id: viva, name: Viva Engage, retention: configured }
governance:
  approvedChannels: [linkedin, viva]
  personalMessaging: banned
`;


const care = lineOf(BASE, '- id: care');
const records = lineOf(BASE, '    records:\n');
const governance = lineOf(BASE, 'governance:');
const tags = (text: string, list: string) => edit(text, '[FIN, FED]', list);
const noTest = edit(BASE, '      captureTestedOn: 2026-10-14\n', '');

const cases: RuleCase[] = [
  { rule: 'records/series-and-retention', name: 'passes with a series and a period', text: BASE, line: null },
  { rule: 'records/series-and-retention', name: 'fails without a series, at records', text: edit(BASE, '      series: RS-CUST-12 Customer communications\n', ''), line: records },
  { rule: 'records/series-and-retention', name: 'fails without a period on the internal network', text: edit(BASE, 'retentionYears: 6, ', ''), line: lineOf(BASE, '    records: { series: RS-COL-02') },
  { rule: 'records/series-and-retention', name: 'fails with no records block, at the initiative', text: BASE.replace(/ {4}records:\n(?: {6}.*\n)+/, ''), line: care },
  { rule: 'records/broker-dealer-retention', name: 'passes with 7 years, 2 accessible, on WORM', text: BASE, line: null },
  { rule: 'records/broker-dealer-retention', name: 'fails with 3 years', text: edit(BASE, 'retentionYears: 7', 'retentionYears: 3'), line: lineOf(BASE, 'retentionYears: 7') },
  { rule: 'records/broker-dealer-retention', name: 'fails without accessible years, at records', text: edit(BASE, '      accessibleYears: 2\n', ''), line: records },
  { rule: 'records/broker-dealer-retention', name: 'fails with 1 accessible year', text: edit(BASE, 'accessibleYears: 2\n', 'accessibleYears: 1\n'), line: lineOf(BASE, 'accessibleYears: 2\n') },
  { rule: 'records/broker-dealer-retention', name: 'fails without WORM storage', text: edit(BASE, '      wormStorage: true\n', '      wormStorage: false\n'), line: lineOf(BASE, '      wormStorage: true') },
  { rule: 'records/broker-dealer-retention', name: 'does not apply outside FIN', text: tags(edit(BASE, 'retentionYears: 7', 'retentionYears: 3'), '[FED]'), line: null },
  { rule: 'records/capture-method', name: 'passes with a method', text: BASE, line: null },
  { rule: 'records/capture-method', name: 'fails with method none', text: edit(BASE, 'captureMethod: vendor-api', 'captureMethod: none'), line: lineOf(BASE, 'captureMethod: vendor-api') },
  { rule: 'records/capture-method', name: 'fails without a method, at records', text: edit(BASE, '      captureMethod: vendor-api\n', ''), line: records },
  { rule: 'records/capture-tested', name: 'passes when tested and complete', text: BASE, line: null },
  { rule: 'records/capture-tested', name: 'fails without a test, at records', text: noTest, line: records },
  { rule: 'records/capture-tested', name: 'fails when deletions are not captured', text: edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments, direct-messages, edits]'), line: lineOf(BASE, 'captures: [posts, comments, direct-messages') },
  { rule: 'records/capture-tested', name: 'fails when comments are not captured on the internal network', text: edit(BASE, 'captures: [posts, comments, edits, deletions]', 'captures: [posts, edits, deletions]'), line: lineOf(BASE, '    records: { series: RS-COL-02') },
  { rule: 'records/capture-tested', name: 'fails when DMs are used but not captured', text: edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments, edits, deletions]'), line: lineOf(BASE, 'captures: [posts, comments, direct-messages') },
  { rule: 'records/capture-tested', name: 'passes without DMs when none are handled', text: edit(edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments, edits, deletions]'), 'collection: [direct-messages, comments]', 'collection: [comments]'), line: null },
  { rule: 'records/capture-tested', name: 'does not apply at idea stage', text: edit(noTest, 'stage: pilot', 'stage: idea'), line: null },
  { rule: 'records/capture-tested', name: 'does not apply to a retired initiative', text: edit(noTest, 'stage: pilot', 'stage: retired'), line: null },
  { rule: 'records/approved-channels', name: 'passes with channels listed and messaging banned', text: BASE, line: null },
  { rule: 'records/approved-channels', name: 'passes with messaging captured', text: edit(BASE, 'personalMessaging: banned', 'personalMessaging: captured'), line: null },
  { rule: 'records/approved-channels', name: 'fails with no channels listed, at governance', text: edit(BASE, '  approvedChannels: [linkedin, viva]\n', ''), line: governance },
  { rule: 'records/approved-channels', name: 'fails with personal messaging allowed', text: edit(BASE, 'personalMessaging: banned', 'personalMessaging: allowed'), line: lineOf(BASE, 'personalMessaging:') },
  { rule: 'records/approved-channels', name: 'fails when personal messaging is not addressed, at governance', text: edit(BASE, '  personalMessaging: banned\n', ''), line: governance },
  { rule: 'records/approved-channels', name: 'fails with no governance block, at the top of the file', text: BASE.replace(/governance:\n(?: {2}.*\n)+/, ''), line: 1 },
  { rule: 'records/channel-approved', name: 'passes when every platform in use is approved', text: BASE, line: null },
  { rule: 'records/channel-approved', name: 'fails at the platform not approved', text: edit(BASE, 'approvedChannels: [linkedin, viva]', 'approvedChannels: [linkedin]'), line: lineOf(BASE, '- { id: viva') },
  { rule: 'records/channel-approved', name: 'does not apply to a platform no live initiative uses', text: edit(BASE, '  - { id: viva, name: Viva Engage, retention: configured }\n', '  - { id: viva, name: Viva Engage, retention: configured }\n  - { id: tiktok, name: TikTok (reserved) }\n'), line: null },
  { rule: 'records/channel-approved', name: 'does not apply to a platform only an idea uses', text: edit(edit(BASE, 'approvedChannels: [linkedin, viva]', 'approvedChannels: [viva]'), 'stage: pilot', 'stage: idea'), line: null },
  { rule: 'records/federal-disposition', name: 'passes with a disposition authority', text: BASE, line: null },
  { rule: 'records/federal-disposition', name: 'fails without, at records', text: edit(BASE, '      dispositionAuthority: GRS 6.4 item 020\n', ''), line: records },
  { rule: 'records/federal-disposition', name: 'does not apply outside FED', text: tags(edit(BASE, '      dispositionAuthority: GRS 6.4 item 020\n', ''), '[FIN]'), line: null },
  { rule: 'records/legal-hold', name: 'passes with a hold', text: BASE, line: null },
  { rule: 'records/legal-hold', name: 'fails when a hold cannot suspend disposition', text: edit(BASE, '      legalHold: true\n', '      legalHold: false\n'), line: lineOf(BASE, '      legalHold: true') },
  { rule: 'records/legal-hold', name: 'fails when not stated on the internal network', text: edit(BASE, ', legalHold: true, dispositionAuthority: GRS 5.2', ', dispositionAuthority: GRS 5.2'), line: lineOf(BASE, '    records: { series: RS-COL-02') },
  { rule: 'records/internal-retention-configured', name: 'passes with retention configured', text: BASE, line: null },
  { rule: 'records/internal-retention-configured', name: 'fails when the internal network keeps everything forever', text: edit(BASE, 'Viva Engage, retention: configured', 'Viva Engage, retention: keep-forever'), line: lineOf(BASE, '- { id: viva') },
  { rule: 'records/internal-retention-configured', name: 'does not apply to a platform only external initiatives use', text: edit(BASE, 'retention: not-configurable', 'retention: keep-forever'), line: null },
];

describe('records checklist', () => {
  tableTest('records', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, '      series: RS-CUST-12 Customer communications\n', ''), 'records/series-and-retention');
    expect(finding).toMatchObject({
      message: 'Initiative Client care does not name the record series and retention period its content is kept under.',
      initiative: 'care',
      severity: 'warning',
      reference: 'ISO 15489-1:2016; NARA Bulletin 2014-02',
    });
  });

  it.each(['records/capture-method', 'records/capture-tested', 'records/approved-channels', 'records/channel-approved'])(
    '%s is high, and blocking for broker-dealers',
    (rule) => {
      const broken = edit(
        edit(edit(edit(BASE, 'captureMethod: vendor-api', 'captureMethod: none'), '      captureTestedOn: 2026-10-14\n', ''), 'personalMessaging: banned', 'personalMessaging: allowed'),
        'approvedChannels: [linkedin, viva]',
        'approvedChannels: [linkedin]',
      );
      expect(findings(broken, rule).map((f) => f.severity)).toEqual(['error']);
      expect(findings(tags(broken, '[FED]'), rule).map((f) => f.severity)).toEqual(['warning']);
    },
  );
});
