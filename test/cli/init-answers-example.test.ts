import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.js';

const tmp = tempDir();
let runs = 0;

interface Diagnostic {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** init with a persona's answers, then check on what it wrote: the summary, the findings and the strategy. */
function draft(persona: string) {
  const out = join(tmp.dir, `${persona}-${++runs}.yaml`);
  const run = runCli(['init', '--answers', join(ROOT, `examples/answers/${persona}.yaml`), '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const check = runCli(['check', out, '--format', 'json']);
  const report = JSON.parse(check.stdout) as { files: { valid: boolean; diagnostics: Diagnostic[] }[] };
  expect(report.files[0]!.valid).toBe(true);
  // Open items are warnings, never errors.
  expect(check.status).toBe(0);
  return { summary: run.stdout, findings: report.files[0]!.diagnostics, strategy: parse(readFileSync(out, 'utf8')) };
}

/** The summary's open items: the rule ids in brackets at the end of its "Left open" lines. */
function openItems(summary: string): string[] {
  return [...summary.matchAll(/^ {4}- .*\[([a-z0-9-]+\/[a-z0-9-]+)\]$/gm)].map((m) => m[1]!);
}

describe.each(['regulated-external', 'internal-network', 'government-external'])('examples/answers/%s.yaml', (persona) => {
  it('drafts a strategy with no error, and every warning is an open item the summary names with its owner', () => {
    const { summary, findings } = draft(persona);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    const warnings = [...new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId))].sort();
    expect(openItems(summary).sort()).toEqual(warnings);
  });
});

describe('the personas’ answers land where the checklists read them', () => {
  it('regulated external: two platforms, items of cost and benefit, FINRA supervision and capture', () => {
    const { strategy, summary } = draft('regulated-external');
    expect(summary).toMatch(/^Wrote .*regulated-external-\d+\.yaml: 1 initiative, version 0\.1\.0, status draft\.$/m);
    expect(summary).toMatch(/^ {2}Strategy, Dana Reyes \(1\):$/m);
    expect(strategy.metadata).toMatchObject({ organization: 'Harborline Financial Group', regulatoryTags: ['FIN', 'PUBCO'], version: '0.1.0', status: 'draft' });
    expect(strategy.initiatives[0]).toMatchObject({
      id: 'client-care',
      scope: 'external',
      starts: '2027-01-11',
      platforms: ['linkedin-company-page', 'x'],
      supervision: { preApproval: 'principal', postReview: { samplePct: 10 }, representativeAccounts: { principalApproval: true }, thirdPartyContent: 'not-shared' },
      personalData: {
        tracking: { pixels: true, pageInsights: true, retargeting: true, customAudiences: true, customAudienceBasis: 'consent', consent: 'prior-consent' },
        noticeUrl: 'https://harborline.example/privacy/social',
      },
      records: { retentionYears: 6, accessibleYears: 2, wormStorage: true, archiver: 'Smarsh', captures: ['posts', 'edits', 'deletions', 'comments', 'direct-messages'], captureTestedOn: '2026-11-24' },
    });
    expect(strategy.initiatives[0].roi.costs).toEqual([
      { item: 'Care team (2 FTE)', amount: 12500, recurrence: 'monthly' },
      { item: 'Smarsh connectors for LinkedIn and X', amount: 6000, recurrence: 'quarterly' },
      { item: 'Set-up and training', amount: 30000, recurrence: 'once' },
    ]);
    expect(strategy.initiatives[0].roi.benefits).toEqual([
      { item: 'Client assets kept', amount: 55000, recurrence: 'quarterly', startMonth: 3, basis: '0.5% lower attrition on $44M of client assets, counted from the first full quarter' },
    ]);
    // The archiver holds both platforms, so neither is asked about a hold of its own.
    expect(strategy.platforms.map((p: { id: string; archiverConnector?: boolean; legalHold?: boolean }) => [p.id, p.archiverConnector, p.legalHold])).toEqual([
      ['linkedin-company-page', true, undefined],
      ['x', true, undefined],
    ]);
    expect(strategy.governance).toMatchObject({
      crisis: { contacts: ['Julia Novak', 'Dana Reyes', 'Grace Lin'], severityLevels: 3, responseMinutes: 60, lastTested: '2026-03-15' },
      customerInformationIncidents: { noticeDays: 30 },
      disclosureControlsCoverSocial: true,
    });
    expect(strategy.leadership.executiveVoice.channels).toEqual(['linkedin-company-page']);
    expect(strategy.stakeholders.privacy).toEqual({ owner: 'Priya Patel', role: 'Data Protection Officer' });
  });

  it('internal network: grouped numbers read, the platform’s own retention asked, no external questions', () => {
    const { strategy } = draft('internal-network');
    const initiative = strategy.initiatives[0];
    expect(initiative).toMatchObject({ scope: 'internal', audience: { size: 1800 }, adoption: { licensed: 1800, champions: 30 } });
    expect(initiative.roi.costs[0]).toEqual({ item: 'Viva Engage premium licences', amount: 7200, recurrence: 'monthly' });
    expect(initiative).not.toHaveProperty('moderation');
    expect(strategy.platforms).toEqual([expect.objectContaining({ id: 'microsoft-viva-engage', hosting: 'saas', retention: 'configured', archiverConnector: true })]);
    expect(strategy.platforms[0]).not.toHaveProperty('companyOwned');
  });

  it('government external: moderation, accessibility and public records as the GOV rules read them', () => {
    const { strategy, summary } = draft('government-external');
    expect(strategy.initiatives[0]).toMatchObject({
      platforms: ['facebook-page', 'nextdoor'],
      moderation: { viewpointNeutral: true, actionLog: true, publicContentUnedited: true },
      accessibility: { standard: 'WCAG-2.1-AA', complianceDate: '2027-04-26' },
      records: { captures: expect.arrayContaining(['posts', 'comments', 'deletions']) },
    });
    expect(strategy.governance.openMeetings).toBe('https://millbrook.example/council/social-media-guidance');
    // The CIO chose no channel of their own: no executive voice is made up, and the summary says whose item it is.
    expect(strategy).not.toHaveProperty('leadership');
    expect(summary).toMatch(/^ {2}Communications, Alicia Moreno \(1\):\n {4}- .*\[communications\/executive-voice\]$/m);
  });
});
