import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS } from '../../../src/checks/ruleset/checklists/index.js';
import { columnOf, edit, lineOf } from '../../helpers.js';
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
      schedule: Example Securities retention schedule 2026
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
    records: { series: RS-COL-02 Internal collaboration, schedule: Example Securities retention schedule 2026, retentionYears: 6, accessibleYears: 2, captureMethod: journaling, captures: [posts, comments, edits, deletions], archiver: Microsoft Purview, captureTestedOn: 2026-04-08, wormStorage: true, legalHold: true, dispositionAuthority: GRS 5.2 item 020 }
platforms:
  - { id: linkedin, name: LinkedIn page, retention: not-configurable }
  - { id: viva, name: Viva Engage, retention: configured }
governance:
  approvedChannels: [linkedin, viva]
  personalMessaging: banned
`;


const care = lineOf(BASE, '- id: care');
const records = lineOf(BASE, '    records:\n');
const network = lineOf(BASE, '    records: { series: RS-COL-02');
const governance = lineOf(BASE, 'governance:');
const tags = (text: string, list: string) => edit(text, '[FIN, FED]', list);
/** The strategy's jurisdictions instead of [US]. */
const where = (text: string, list: string) => edit(text, 'jurisdictions: [US]', `jurisdictions: ${list}`);
const noTest = edit(BASE, '      captureTestedOn: 2026-10-14\n', '');
const years = (text: string, careYears: number, networkYears = 6) => edit(edit(text, 'retentionYears: 7', `retentionYears: ${careYears}`), 'retentionYears: 6', `retentionYears: ${networkYears}`);
const twoYears = years(BASE, 2);
const fourYears = years(BASE, 4);
const noDeletions = edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments, direct-messages, edits]');
const noDms = edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, comments, edits, deletions]');
const noSchedule = edit(BASE, '      schedule: Example Securities retention schedule 2026\n', '');
/** An NHS trust in the UK: healthcare, no US tags. */
const nhs = (text: string, jurisdictions = '[GB]') => where(tags(text, '[HC]'), jurisdictions);
const captures = lineOf(BASE, 'captures: [posts, comments, direct-messages');

const cases: RuleCase[] = [
  { rule: 'records/series-and-retention', name: 'passes with a series and a period', text: BASE, line: null },
  { rule: 'records/series-and-retention', name: 'fails without a series, at records', text: edit(BASE, '      series: RS-CUST-12 Customer communications\n', ''), line: records },
  { rule: 'records/series-and-retention', name: 'fails without a period on the internal network', text: edit(BASE, 'retentionYears: 6, ', ''), line: network },
  { rule: 'records/series-and-retention', name: 'fails with no records block, at the initiative', text: BASE.replace(/ {4}records:\n(?: {6}.*\n)+/, ''), line: care },
  { rule: 'records/broker-dealer-retention', name: 'passes with 7 years, 2 accessible, on WORM', text: BASE, line: null },
  { rule: 'records/broker-dealer-retention', name: 'passes for a FIN strategy with 3-year retention, 2 years accessible, on WORM storage (17a-4(b)(4))', text: tags(years(BASE, 3, 3), '[FIN]'), line: null },
  { rule: 'records/broker-dealer-retention', name: 'fails with 2 years', text: twoYears, line: lineOf(BASE, 'retentionYears: 7'), column: columnOf(twoYears, '2\n      accessibleYears'), message: /at least 3 years/ },
  { rule: 'records/broker-dealer-retention', name: 'fails with 2 years on the internal network', text: years(BASE, 7, 2), line: network },
  { rule: 'records/broker-dealer-retention', name: 'fails without a retention period, at records', text: edit(BASE, '      retentionYears: 7\n', ''), line: records },
  { rule: 'records/broker-dealer-retention', name: 'passes with 3 years on WORM when accessible years are not stated', text: edit(BASE, '      accessibleYears: 2\n', ''), line: null },
  { rule: 'records/broker-dealer-retention', name: 'fails with 1 accessible year stated', text: edit(BASE, 'accessibleYears: 2', 'accessibleYears: 1'), line: lineOf(BASE, 'accessibleYears: 2') },
  { rule: 'records/broker-dealer-retention', name: 'fails with 1 accessible year', text: edit(BASE, 'accessibleYears: 2\n', 'accessibleYears: 1\n'), line: lineOf(BASE, 'accessibleYears: 2\n') },
  { rule: 'records/broker-dealer-retention', name: 'fails with 3 years but without WORM storage', text: edit(years(BASE, 3, 3), '      wormStorage: true\n', '      wormStorage: false\n'), line: lineOf(BASE, '      wormStorage: true'), message: /WORM/ },
  { rule: 'records/broker-dealer-retention', name: 'does not apply outside FIN', text: tags(twoYears, '[FED]'), line: null },
  { rule: 'records/broker-dealer-retention', name: 'does not apply to a FIN firm in GB only', text: where(tags(twoYears, '[FIN]'), '[GB]'), line: null },
  { rule: 'records/capture-method', name: 'passes with a method', text: BASE, line: null },
  { rule: 'records/capture-method', name: 'fails with method none', text: edit(BASE, 'captureMethod: vendor-api', 'captureMethod: none'), line: lineOf(BASE, 'captureMethod: vendor-api') },
  { rule: 'records/capture-method', name: 'passes with a named archiver and no method', text: edit(BASE, '      captureMethod: vendor-api\n', ''), line: null },
  { rule: 'records/capture-method', name: 'fails with neither archiver nor method, at records', text: edit(edit(BASE, '      captureMethod: vendor-api\n', ''), '      archiver: Global Relay Archive\n', ''), line: records },
  { rule: 'records/capture-tested', name: 'passes when tested and complete', text: BASE, line: null },
  { rule: 'records/capture-tested', name: 'fails without a test, at records', text: noTest, line: records },
  { rule: 'records/capture-tested', name: 'fails when deletions are not captured', text: noDeletions, line: captures },
  { rule: 'records/capture-tested', name: 'fails when comments are not captured on the internal network', text: edit(BASE, 'captures: [posts, comments, edits, deletions]', 'captures: [posts, edits, deletions]'), line: network },
  { rule: 'records/capture-tested', name: 'fails when DMs are used but not captured', text: noDms, line: captures },
  { rule: 'records/capture-tested', name: 'passes without DMs when none are handled', text: edit(noDms, 'collection: [direct-messages, comments]', 'collection: [comments]'), line: null },
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
  { rule: 'records/federal-disposition', name: 'does not apply outside the US', text: where(edit(BASE, '      dispositionAuthority: GRS 6.4 item 020\n', ''), '[GB]'), line: null },
  { rule: 'records/internal-retention-configured', name: 'passes with retention configured', text: BASE, line: null },
  { rule: 'records/internal-retention-configured', name: 'fails when the internal network keeps everything forever', text: edit(BASE, 'Viva Engage, retention: configured', 'Viva Engage, retention: keep-forever'), line: lineOf(BASE, '- { id: viva') },
  { rule: 'records/internal-retention-configured', name: 'does not apply to a platform only external initiatives use', text: edit(BASE, 'retention: not-configurable', 'retention: keep-forever'), line: null },
  { rule: 'records/adviser-retention', name: 'passes for an adviser keeping 5 years, 2 accessible', text: tags(years(BASE, 5, 5), '[RIA]'), line: null },
  { rule: 'records/adviser-retention', name: 'passes for an adviser without WORM storage (204-2(g) does not ask for it)', text: tags(edit(edit(BASE, '      wormStorage: true\n', ''), 'wormStorage: true, ', ''), '[RIA]'), line: null },
  { rule: 'records/adviser-retention', name: 'fails with 4 years', text: tags(fourYears, '[RIA]'), line: lineOf(BASE, 'retentionYears: 7'), column: columnOf(fourYears, '4\n      accessibleYears'), message: /investment adviser must: 5 years, the first 2 easily accessible/ },
  { rule: 'records/adviser-retention', name: 'fails with 1 accessible year', text: tags(edit(BASE, 'accessibleYears: 2\n', 'accessibleYears: 1\n'), '[RIA]'), line: lineOf(BASE, 'accessibleYears: 2\n'), message: /first 2 easily accessible/ },
  { rule: 'records/adviser-retention', name: 'fails without a retention period on the internal network', text: tags(edit(BASE, 'retentionYears: 6, ', ''), '[RIA]'), line: network },
  { rule: 'records/adviser-retention', name: 'does not apply to a broker-dealer alone (3 years is enough there)', text: tags(years(BASE, 4), '[FIN]'), line: null },
  { rule: 'records/adviser-retention', name: 'does not apply to an adviser in GB only', text: where(tags(fourYears, '[RIA]'), '[GB]'), line: null },
  { rule: 'records/public-records-capture', name: 'passes when posts, comments and deletions are captured', text: BASE, line: null },
  { rule: 'records/public-records-capture', name: 'passes for a state or local government (GOV)', text: tags(BASE, '[GOV]'), line: null },
  { rule: 'records/public-records-capture', name: 'fails when deletions are not captured', text: noDeletions, line: captures, column: columnOf(noDeletions, '[posts, comments, direct-messages, edits]'), message: /does not capture its posts, the public’s comments and what moderation removes/ },
  { rule: 'records/public-records-capture', name: 'fails for GOV when comments are not captured', text: tags(edit(BASE, 'captures: [posts, comments, direct-messages, edits, deletions]', 'captures: [posts, direct-messages, edits, deletions]'), '[GOV]'), line: captures },
  { rule: 'records/public-records-capture', name: 'fails for a county (US covers US-XX) without capture, at records', text: where(tags(edit(BASE, '      captures: [posts, comments, direct-messages, edits, deletions]\n', ''), '[GOV]'), '[US-FL]'), line: records },
  { rule: 'records/public-records-capture', name: 'does not apply outside GOV and FED', text: tags(noDeletions, '[FIN]'), line: null },
  { rule: 'records/public-records-capture', name: 'does not apply to a UK council (GOV in GB)', text: where(tags(noDeletions, '[GOV]'), '[GB]'), line: null },
  { rule: 'records/public-records-capture', name: 'does not apply to internal initiatives', text: tags(edit(BASE, 'captures: [posts, comments, edits, deletions]', 'captures: [posts]'), '[GOV]'), line: null },
  { rule: 'records/federal-messages', name: 'passes when DMs are captured', text: BASE, line: null },
  { rule: 'records/federal-messages', name: 'fails when DMs are handled but not captured', text: noDms, line: captures, column: columnOf(noDms, '[posts, comments, edits, deletions]'), message: /handles direct messages that its capture does not include/ },
  { rule: 'records/federal-messages', name: 'fails on the internal network too', text: edit(edit(BASE, 'platforms: [viva]\n', 'platforms: [viva]\n    personalData: { lawfulBasis: legitimate-interests, collection: [direct-messages] }\n'), 'captures: [posts, comments, edits, deletions]', 'captures: [posts, comments]'), line: lineOf(BASE, '    records: { series: RS-COL-02') + 1 },
  { rule: 'records/federal-messages', name: 'does not apply when no DMs are handled', text: edit(noDms, 'collection: [direct-messages, comments]', 'collection: [comments]'), line: null },
  { rule: 'records/federal-messages', name: 'does not apply to a state or local government (GOV)', text: tags(noDms, '[GOV]'), line: null },
  { rule: 'records/federal-messages', name: 'does not apply outside FED', text: tags(noDms, '[FIN]'), line: null },
  { rule: 'records/nhs-schedule', name: 'passes for an NHS trust in GB naming its schedule', text: nhs(BASE), line: null },
  { rule: 'records/nhs-schedule', name: 'fails without a schedule in GB, at records', text: nhs(noSchedule), line: records, message: /does not name the retention schedule/ },
  { rule: 'records/nhs-schedule', name: 'fails without a schedule in UK (UK and GB are one)', text: nhs(noSchedule, '[UK]'), line: records },
  { rule: 'records/nhs-schedule', name: 'fails without a schedule in England (GB covers GB-ENG)', text: nhs(noSchedule, '[GB-ENG]'), line: records },
  { rule: 'records/nhs-schedule', name: 'fails without a schedule on the internal network', text: nhs(edit(BASE, 'schedule: Example Securities retention schedule 2026, ', '')), line: network },
  { rule: 'records/nhs-schedule', name: 'does not apply to healthcare in the US', text: nhs(noSchedule, '[US]'), line: null },
  { rule: 'records/nhs-schedule', name: 'does not apply outside HC', text: where(noSchedule, '[GB]'), line: null },
];

/** One strategy that breaks every US-only records rule: a broker-dealer, adviser and federal agency at once. */
const BROKEN = tags(
  edit(years(edit(noDeletions, 'captures: [posts, comments, direct-messages, edits]', 'captures: [posts, comments, edits]'), 2), '      dispositionAuthority: GRS 6.4 item 020\n', ''),
  '[FIN, RIA, FED]',
);
const US_ONLY = BUILT_IN_CHECKLISTS.find((c) => c.stakeholder === 'records')!
  .rules.filter((r) => r.appliesTo?.jurisdictions?.length && r.appliesTo.jurisdictions.every((j) => j === 'US'))
  .map((r) => r.id);

describe('records checklist', () => {
  tableTest('records', cases);

  it('fills the message from the item', () => {
    const [finding] = findings(edit(BASE, '      series: RS-CUST-12 Customer communications\n', ''), 'records/series-and-retention');
    expect(finding).toMatchObject({
      message: 'Initiative Client care does not name the record series and retention period its content is kept under.',
      initiative: 'care',
      severity: 'warning',
      reference: 'ISO 15489-1:2016',
    });
  });

  it.each(['records/capture-method', 'records/capture-tested', 'records/approved-channels', 'records/channel-approved'] as const)(
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

  it('no longer has records/legal-hold: a hold is checked by legal/legal-hold', () => {
    const ids = BUILT_IN_CHECKLISTS.flatMap((c) => c.rules.map((r) => r.id));
    expect(ids).not.toContain('records/legal-hold');
    expect(ids).toContain('legal/legal-hold');
  });

  it('the US-only rules are the broker-dealer, adviser and government ones', () => {
    expect([...US_ONLY].sort()).toEqual(['records/adviser-retention', 'records/broker-dealer-retention', 'records/federal-disposition', 'records/federal-messages', 'records/public-records-capture']);
  });

  it.each(US_ONLY)('%s finds the broken strategy in the US and not in GB', (rule) => {
    expect(findings(BROKEN, rule)).toHaveLength(1);
    expect(findings(where(BROKEN, '[GB]'), rule)).toEqual([]);
  });

});
