import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseStrategy } from '../../src/model/parse.js';
import { buildStrategy } from '../../src/questionnaire/build.js';
import { defaultsAsker } from '../../src/questionnaire/defaults.js';
import { interview } from '../../src/questionnaire/interview.js';
import { SECTIONS } from '../../src/questionnaire/questions.js';
import { SECTION_COMMENTS, strategyText } from '../../src/questionnaire/strategy-file.js';
import type { Answers } from '../../src/questionnaire/types.js';

const TODAY = '2026-11-25';
const SCHEMA = '../schema/strategy.schema.json';
const HEADER = `Drafted by socialplan init on ${TODAY}; edit freely, then run socialplan check.`;

const SCOPES = ['internal', 'external'] as const;
const TAG_SETS = [[], ['FIN'], ['PUBCO', 'HC'], ['KIDS'], ['GOV', 'PHARMA', 'RIA', 'BANK', 'FED']];
const JURISDICTIONS = [['US'], ['EU'], ['US', 'US-CA', 'EU']];
const STAGES = ['idea', 'pilot', 'run'] as const;

const CASES = SCOPES.flatMap((scope) =>
  TAG_SETS.flatMap((tags) => JURISDICTIONS.flatMap((jurisdictions) => STAGES.map((stage) => ({ scope, tags, jurisdictions, stage })))),
);

async function draft(initial: Answers): Promise<{ data: Record<string, unknown>; text: string }> {
  const answers = await interview(SECTIONS, defaultsAsker, { initial });
  const data = buildStrategy(answers, TODAY);
  return { data, text: strategyText(data, SCHEMA, HEADER) };
}

/** The top-level keys, in order, with the line each is on. */
function topLevelKeys(lines: string[]): { key: string; line: number }[] {
  return lines.flatMap((text, line) => {
    const match = /^([A-Za-z][\w-]*):/.exec(text);
    return match ? [{ key: match[1]!, line }] : [];
  });
}

/** The written file: modeline first, a comment above each section, well-formed for parseStrategy. */
function expectWellFormedFile(text: string, data: Record<string, unknown>, file = 'strategy.yaml') {
  const parsed = parseStrategy(file, text);
  expect(parsed.diagnostics).toEqual([]);
  expect(parsed.loaded).toBeDefined();

  const lines = text.split('\n');
  expect(lines[0]).toBe(`# yaml-language-server: $schema=${SCHEMA}`);
  expect(lines[1]).toBe(`# ${HEADER}`);
  const keys = topLevelKeys(lines);
  expect(keys.map((k) => k.key)).toEqual(['apiVersion', 'kind', 'metadata', 'alignment', 'initiatives', 'platforms', 'governance', 'leadership', 'stakeholders']);
  for (const { key, line } of keys) {
    if (key === 'kind') {
      // kind belongs with apiVersion, directly under it.
      expect(lines[line - 1]).toMatch(/^apiVersion: /);
      continue;
    }
    expect(lines[line - 1], `comment above ${key}`).toMatch(/^# \S/);
    const comment = SECTION_COMMENTS[key]!.split('\n');
    expect(lines.slice(line - comment.length, line), `comment above ${key}`).toEqual(comment.map((c) => `#${c}`));
  }
  // What is written reads back as exactly what was built: no flow-style list or comment changes the data.
  expect(parse(text)).toEqual(data);
  return parsed.loaded!.data;
}

describe('buildStrategy + strategyText: every branch of the questionnaire writes a well-formed file', () => {
  it('covers 90 combinations', () => {
    expect(CASES).toHaveLength(90);
  });

  it.each(CASES)('$scope, tags [$tags], jurisdictions [$jurisdictions], $stage', async ({ scope, tags, jurisdictions, stage }) => {
    const { data, text } = await draft({
      organisation: { regulatoryTags: tags, jurisdictions },
      initiatives: [{ scope, stage }],
    });
    const strategy = expectWellFormedFile(text, data);

    expect(strategy.metadata.version).toBe('0.1.0');
    expect(strategy.metadata.status).toBe('draft');
    expect(strategy.metadata.history).toHaveLength(1);
    expect(strategy.metadata.history![0]).toMatchObject({ version: '0.1.0', date: TODAY });
    expect(strategy.metadata.jurisdictions).toEqual(jurisdictions);
    if (tags.length) expect(strategy.metadata.regulatoryTags).toEqual(tags);
    else expect(strategy.metadata).not.toHaveProperty('regulatoryTags');

    expect(strategy.initiatives).toHaveLength(1);
    const initiative = strategy.initiatives[0]!;
    expect(initiative.scope).toBe(scope);
    expect(initiative.stage).toBe(stage);
    // A pilot carries its end date and experiment; other stages do not.
    if (stage === 'pilot') {
      expect(initiative.ends).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(initiative.experiments).toHaveLength(1);
    } else {
      expect(initiative.ends).toBeUndefined();
      expect(initiative.experiments).toBeUndefined();
    }
    // FIN adds supervision to external initiatives only.
    if (scope === 'external' && tags.includes('FIN')) expect(initiative.supervision?.preApproval).toBe('principal');
    else expect(initiative.supervision).toBeUndefined();
    // Every platform an initiative names is defined.
    for (const id of initiative.platforms ?? []) expect(strategy.platforms?.map((p) => p.id)).toContain(id);
  });
});

describe('buildStrategy + strategyText: fuller answers', () => {
  it('writes a well-formed file for two initiatives with every optional answer given', async () => {
    const { data, text } = await draft({
      organisation: {
        organization: 'Acme Bank',
        ownerEmail: 'cio@acme.example',
        regulatoryTags: ['FIN', 'PUBCO', 'HC', 'PHARMA', 'KIDS'],
        jurisdictions: ['US', 'US-CA', 'EU'],
        businessProblem: 'Advisors take nine months to their first client.',
        successAt12Months: 'Six months to first client.',
      },
      goals: [{ statement: 'Grow' }, { statement: 'Keep' }],
      objectives: [{ statement: 'Connect', supports: ['BG1', 'BG2'] }, { statement: 'Answer', supports: ['BG2'] }],
      initiatives: [
        { scope: 'internal', stage: 'pilot', silos: 'Sales, Ops , ,Risk', employeeAnalytics: true, celebration: 'Showcase', ropaId: 'ROPA-1', recordSeries: 'COMMS-1', archiver: 'Smarsh' },
        {
          scope: 'external',
          stage: 'rollout',
          name: 'Client care',
          platform: 'LinkedIn Company Page',
          collection: ['direct-messages'],
          noticeUrl: 'https://acme.example/privacy',
          pixels: true,
          customAudiences: true,
          under13: 'possible',
          coppaPlan: 'COPPA-PLAN-1',
          endorsements: ['employeeAdvocacy', 'influencers', 'contests'],
          officialRules: 'https://acme.example/rules',
          guidelinesUrl: 'https://acme.example/guidelines',
          materialInformation: true,
          benefitClaims: true,
          captureMethod: 'none',
        },
      ],
      governance: { policyUrl: 'https://acme.example/policy', nlraReviewed: '2026-01-15', crisisPlaybook: 'PB-1', crisisLastTested: '2026-03-01' },
      leadership: { channels: ['LinkedIn Company Page'] },
    });
    const strategy = expectWellFormedFile(text, data);
    expect(strategy.initiatives.map((i) => i.id)).toEqual(['employee-knowledge-network', 'client-care']);
    expect(strategy.platforms?.map((p) => p.id)).toEqual(['microsoft-viva-engage', 'linkedin-company-page']);
    expect(strategy.initiatives[0]!.adoption?.silos).toEqual(['Sales', 'Ops', 'Risk']);
    const care = strategy.initiatives[1]!;
    expect(care.personalData?.tracking).toMatchObject({ pixels: true, customAudiences: true, consent: 'prior-consent' });
    expect(care.personalData?.lawfulBasis).toBe('consent');
    expect(care.contests).toMatchObject({ used: true, officialRules: 'https://acme.example/rules' });
    expect(care.content).toMatchObject({ materialInformation: true, benefitClaims: true });
    expect(care.records?.archiver).toBeUndefined();
    expect(strategy.leadership?.executiveVoice?.channels).toEqual(['linkedin-company-page']);
    expect(strategy.governance?.policies?.[0]).toMatchObject({ nlraReviewed: '2026-01-15' });
  });

  it('writes one platform for two initiatives on the same platform', async () => {
    const { data, text } = await draft({
      goals: [{ statement: 'Grow' }],
      initiatives: [
        { scope: 'internal', name: 'One', platform: 'Teams' },
        { scope: 'internal', name: 'Two', platform: 'Teams' },
      ],
    });
    const strategy = expectWellFormedFile(text, data);
    expect(strategy.platforms?.map((p) => p.id)).toEqual(['teams']);
    expect(strategy.initiatives.map((i) => i.platforms)).toEqual([['teams'], ['teams']]);
  });
});

describe('an initiative on several platforms', () => {
  it('keeps every platform named, in the initiative, the platforms and the approved channels', async () => {
    const initial = { initiatives: [{ scope: 'external', platform: 'LinkedIn Company Page, X, LinkedIn Company Page' }] } as unknown as Answers;
    const { data, text } = await draft(initial);
    const strategy = expectWellFormedFile(text, data);
    expect(strategy.initiatives[0]!.platforms).toEqual(['linkedin-company-page', 'x']);
    expect(strategy.platforms!.map((p) => [p.id, p.name])).toEqual([
      ['linkedin-company-page', 'LinkedIn Company Page'],
      ['x', 'X'],
    ]);
    expect(strategy.governance!.approvedChannels).toEqual(['linkedin-company-page', 'x']);
  });
});

describe('legitimate interests', () => {
  it('asks for the balancing test in the EU or UK and records it in personalData.lia', async () => {
    const initial = { organisation: { jurisdictions: ['GB'] }, initiatives: [{ scope: 'external', lawfulBasis: 'legitimate-interests', lia: 'LIA-2026-04 Social customer care' }] } as unknown as Answers;
    const { data, text } = await draft(initial);
    expect(expectWellFormedFile(text, data).initiatives[0]!.personalData!.lia).toBe('LIA-2026-04 Social customer care');
  });

  it('does not ask where neither the EU nor the UK is in scope', async () => {
    const initial = { organisation: { jurisdictions: ['US'] }, initiatives: [{ scope: 'external', lawfulBasis: 'legitimate-interests', lia: 'LIA-1' }] } as unknown as Answers;
    const { data } = await draft(initial);
    expect(JSON.stringify(data)).not.toContain('LIA-1');
  });
});
