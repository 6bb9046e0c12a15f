import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defaultsAsker } from '../../src/questionnaire/defaults.js';
import { AnswerError, interview } from '../../src/questionnaire/interview.js';
import { INITIATIVE_SECTION, SECTIONS } from '../../src/questionnaire/questions.js';
import { slugify } from '../../src/questionnaire/slug.js';
import type { Answers, Asker, Context, Question, Section, SectionAnswers } from '../../src/questionnaire/types.js';

/**
 * A person stand-in: answers by question id from a script, and otherwise takes the default it is
 * offered. It records every question asked (with the section, the entry number and the default
 * offered) and every "add another?" asked, so a test can say what was and was not asked.
 *
 * Script keys, most specific first: `initiatives[2].scope` (the second initiative), `initiatives.scope`
 * (any initiative), `scope` (any section).
 */
interface Asked {
  section: string;
  index: number;
  id: string;
  fallback: unknown;
}

class ScriptedAsker implements Asker {
  readonly asked: Asked[] = [];
  readonly anotherCalls: { section: string; count: number }[] = [];
  readonly sectionsStarted: string[] = [];
  #section = '';
  #index = 0;

  constructor(
    private readonly script: Record<string, unknown> = {},
    /** How many entries each repeated section should end with when offered "another?". */
    private readonly entries: Record<string, number> = {},
  ) {}

  section(section: Section, index: number): void {
    this.#section = section.id;
    this.#index = index;
    this.sectionsStarted.push(`${section.id}[${index}]`);
  }

  async ask(question: Question, _context: Context, fallback: unknown): Promise<unknown> {
    this.asked.push({ section: this.#section, index: this.#index, id: question.id, fallback });
    for (const key of [`${this.#section}[${this.#index}].${question.id}`, `${this.#section}.${question.id}`, question.id]) {
      if (Object.hasOwn(this.script, key)) return this.script[key];
    }
    return fallback;
  }

  async another(section: Section, count: number): Promise<boolean> {
    this.anotherCalls.push({ section: section.id, count });
    return count < (this.entries[section.id] ?? 0);
  }

  /** Ids asked in one section (and, for a repeated section, one entry). */
  ids(section: string, index = 1): string[] {
    return this.asked.filter((a) => a.section === section && a.index === index).map((a) => a.id);
  }

  fallbackFor(section: string, id: string, index = 1): unknown {
    const found = this.asked.find((a) => a.section === section && a.index === index && a.id === id);
    if (!found) throw new Error(`${section}[${index}].${id} was not asked`);
    return found.fallback;
  }
}

async function run(script: Record<string, unknown> = {}, entries: Record<string, number> = {}, initial?: Answers) {
  const asker = new ScriptedAsker(script, entries);
  const answers = await interview(SECTIONS, asker, initial ? { initial } : {});
  return { asker, answers, initiatives: answers.initiatives as SectionAnswers[] };
}

/** The interview's error, or a failure if it finished. */
async function refused(promise: Promise<unknown>): Promise<AnswerError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AnswerError);
    return error as AnswerError;
  }
  throw new Error('the interview accepted what it should have refused');
}

const INTERNAL_ONLY = ['silos', 'champions', 'employeeAnalytics', 'celebration'];
const EXTERNAL_ONLY = ['collection', 'pixels', 'customAudiences', 'under13', 'endorsements', 'guidelinesUrl', 'responseTimeHours'];

describe('interview: internal and external initiatives branch', () => {
  it('asks an internal initiative the internal questions and none of the external ones', async () => {
    const { asker, initiatives } = await run({ 'initiatives.scope': 'internal' });
    const asked = asker.ids('initiatives');
    for (const id of INTERNAL_ONLY) expect(asked, id).toContain(id);
    for (const id of EXTERNAL_ONLY) expect(asked, id).not.toContain(id);
    expect(asked).not.toContain('noticeUrl');
    expect(asked).not.toContain('consent');
    expect(initiatives[0]!.scope).toBe('internal');
    expect(initiatives[0]!.employeeAnalytics).toBe(false);
    expect(initiatives[0]).not.toHaveProperty('pixels');
  });

  it('asks an external initiative the external questions and none of the internal ones', async () => {
    const { asker, initiatives } = await run({ 'initiatives.scope': 'external' });
    const asked = asker.ids('initiatives');
    for (const id of EXTERNAL_ONLY) expect(asked, id).toContain(id);
    for (const id of INTERNAL_ONLY) expect(asked, id).not.toContain(id);
    expect(asked).not.toContain('employeesInformed');
    expect(initiatives[0]!.pixels).toBe(false);
    expect(initiatives[0]!.under13).toBe('no');
    expect(initiatives[0]).not.toHaveProperty('employeeAnalytics');
  });

  it('branches per initiative: an internal first and an external second each get their own questions', async () => {
    const { asker, initiatives } = await run(
      { 'goals.statement': 'Grow', 'initiatives[1].scope': 'internal', 'initiatives[2].scope': 'external', 'initiatives[2].name': 'Client care' },
      { initiatives: 2 },
    );
    expect(initiatives).toHaveLength(2);
    expect(asker.ids('initiatives', 1)).toContain('employeeAnalytics');
    expect(asker.ids('initiatives', 1)).not.toContain('pixels');
    expect(asker.ids('initiatives', 2)).toContain('pixels');
    expect(asker.ids('initiatives', 2)).toContain('under13');
    expect(asker.ids('initiatives', 2)).not.toContain('employeeAnalytics');
  });

  it('follows an answer within the initiative: employee analytics brings "employees informed?"; retargeting brings consent', async () => {
    const internal = await run({ 'initiatives.scope': 'internal', employeeAnalytics: true });
    expect(internal.asker.ids('initiatives')).toContain('employeesInformed');
    expect(internal.initiatives[0]!.employeesInformed).toBe(true);

    const external = await run({ 'initiatives.scope': 'external', customAudiences: true });
    expect(external.asker.ids('initiatives')).toContain('consent');
    expect(external.asker.fallbackFor('initiatives', 'lawfulBasis')).toBe('consent');
    const plain = await run({ 'initiatives.scope': 'external' });
    expect(plain.asker.ids('initiatives')).not.toContain('consent');
    expect(plain.asker.fallbackFor('initiatives', 'lawfulBasis')).toBe('legitimate-interests');
  });

  it('asks pilot questions only for a pilot', async () => {
    const pilot = await run({ stage: 'pilot' });
    expect(pilot.asker.ids('initiatives')).toEqual(expect.arrayContaining(['hypothesis', 'successCriteria', 'ends']));
    const live = await run({ stage: 'run' });
    for (const id of ['hypothesis', 'successCriteria', 'ends']) expect(live.asker.ids('initiatives')).not.toContain(id);
    expect(live.initiatives[0]).not.toHaveProperty('ends');
  });

  it('drops an answer given for a question that no longer applies (a resumed internal initiative with pixels)', async () => {
    const { initiatives } = await run({}, {}, { initiatives: [{ scope: 'internal', pixels: true, under13: 'possible' }] });
    expect(initiatives[0]).not.toHaveProperty('pixels');
    expect(initiatives[0]).not.toHaveProperty('under13');
  });
});

describe('interview: regulatory tags and jurisdictions add questions', () => {
  const tagged = (tags: string[], jurisdictions: string[], scope: 'internal' | 'external') =>
    run({ regulatoryTags: tags, jurisdictions, 'initiatives.scope': scope });

  it('each regime asks what its error-level rules read, and only under that regime', async () => {
    const ids = async (tags: string[], jurisdictions: string[], scope: 'internal' | 'external', section = 'initiatives') =>
      (await tagged(tags, jurisdictions, scope)).asker.ids(section);
    expect(await ids(['HC'], ['US', 'EU'], 'external')).toContain('specialCategoryCondition');
    expect(await ids(['HC'], ['US'], 'external')).not.toContain('specialCategoryCondition');
    expect(await ids(['FED'], ['US'], 'internal')).toContain('dispositionAuthority');
    expect(await ids(['GOV'], ['US'], 'internal')).not.toContain('dispositionAuthority');
    expect(await ids(['FED'], ['US'], 'external')).toContain('accessibilityStandard');
    expect(await ids(['FED'], ['US'], 'external')).not.toContain('accessibilityDate');
    expect(await ids(['GOV'], ['US'], 'external')).toEqual(expect.arrayContaining(['accessibilityStandard', 'accessibilityDate', 'viewpointNeutral', 'actionLog', 'publicContentUnedited']));
    expect(await ids(['FIN'], ['US'], 'internal')).toEqual(expect.arrayContaining(['accessibleYears', 'wormStorage']));
    expect(await ids([], ['US'], 'internal')).not.toContain('wormStorage');
    expect(await ids(['FIN', 'RIA'], ['US'], 'internal', 'governance')).toEqual(expect.arrayContaining(['incidentProgramme']));
    expect(await ids(['PUBCO'], ['US'], 'internal', 'governance')).toContain('disclosureControlsCoverSocial');
    expect(await ids(['GOV'], ['US-OR'], 'external', 'governance')).toContain('openMeetings');
  });

  it('COPPA’s 2025 questions come when the audience is aimed at children or known to include them, not when it only might', async () => {
    for (const [under13, asked] of [['directed', true], ['known', true], ['possible', false], ['no', false]] as const) {
      const { asker } = await run({ 'initiatives.scope': 'external', under13 });
      expect(asker.ids('initiatives').includes('coppaRetentionPolicy'), under13).toBe(asked);
      expect(asker.ids('initiatives').includes('coppaThirdParties'), under13).toBe(asked);
    }
  });

  it('FIN adds pre-approval and post-review to an external initiative', async () => {
    const { asker, initiatives } = await tagged(['FIN'], ['US'], 'external');
    expect(asker.ids('initiatives')).toEqual(expect.arrayContaining(['preApproval', 'postReviewPct']));
    expect(initiatives[0]!.preApproval).toBe('principal');
    expect(initiatives[0]!.postReviewPct).toBe(10);
  });

  it('without FIN, or for an internal initiative, there is no pre-approval question', async () => {
    for (const [tags, scope] of [[[], 'external'], [['PUBCO', 'HC'], 'external'], [['FIN'], 'internal']] as const) {
      const { asker } = await tagged([...tags], ['US'], scope);
      expect(asker.ids('initiatives'), `${tags.join(',')} ${scope}`).not.toContain('preApproval');
      expect(asker.ids('initiatives'), `${tags.join(',')} ${scope}`).not.toContain('postReviewPct');
    }
  });

  it('PUBCO adds material information; HC adds PHI safeguards; PHARMA adds benefit claims', async () => {
    const pubco = await tagged(['PUBCO'], ['US'], 'external');
    expect(pubco.asker.ids('initiatives')).toContain('materialInformation');
    expect(pubco.asker.ids('initiatives')).not.toContain('phiSafeguards');
    const hc = await tagged(['HC'], ['US'], 'external');
    expect(hc.asker.ids('initiatives')).toContain('phiSafeguards');
    expect(hc.asker.ids('initiatives')).not.toContain('materialInformation');
    const pharma = await tagged(['PHARMA'], ['US'], 'external');
    expect(pharma.asker.ids('initiatives')).toContain('benefitClaims');
    const none = await tagged([], ['US'], 'external');
    for (const id of ['materialInformation', 'phiSafeguards', 'benefitClaims']) expect(none.asker.ids('initiatives')).not.toContain(id);
    const internal = await tagged(['PUBCO', 'HC', 'PHARMA'], ['US'], 'internal');
    for (const id of ['materialInformation', 'phiSafeguards', 'benefitClaims']) expect(internal.asker.ids('initiatives')).not.toContain(id);
  });

  it('the EU, the UK or California adds the privacy-notice question for an external initiative, and only then', async () => {
    expect((await tagged([], ['EU'], 'external')).asker.ids('initiatives')).toContain('noticeUrl');
    expect((await tagged([], ['US-CA'], 'external')).asker.ids('initiatives')).toContain('noticeUrl');
    expect((await tagged([], ['US', 'EU'], 'external')).asker.ids('initiatives')).toContain('noticeUrl');
    expect((await tagged([], ['US'], 'external')).asker.ids('initiatives')).not.toContain('noticeUrl');
    expect((await tagged([], ['GB'], 'external')).asker.ids('initiatives')).toContain('noticeUrl');
    expect((await tagged([], ['CA', 'AU'], 'external')).asker.ids('initiatives')).not.toContain('noticeUrl');
    expect((await tagged([], ['EU', 'US-CA'], 'internal')).asker.ids('initiatives')).not.toContain('noticeUrl');
  });

  it('the US (California included) adds the NLRA review question; the EU alone does not', async () => {
    expect((await tagged([], ['US'], 'internal')).asker.ids('governance')).toContain('nlraReviewed');
    expect((await tagged([], ['US-CA'], 'internal')).asker.ids('governance')).toContain('nlraReviewed');
    expect((await tagged([], ['EU'], 'internal')).asker.ids('governance')).not.toContain('nlraReviewed');
  });

  it('KIDS makes "possibly under 13" the default and brings the COPPA plan question', async () => {
    const kids = await tagged(['KIDS'], ['US'], 'external');
    expect(kids.asker.fallbackFor('initiatives', 'under13')).toBe('possible');
    expect(kids.asker.ids('initiatives')).toContain('coppaPlan');
    const plain = await tagged([], ['US'], 'external');
    expect(plain.asker.fallbackFor('initiatives', 'under13')).toBe('no');
    expect(plain.asker.ids('initiatives')).not.toContain('coppaPlan');
  });
});

describe('interview: defaults fit the answers so far', () => {
  it('offers the slug of the initiative name as its id', async () => {
    const { asker, initiatives } = await run({ 'initiatives.name': 'Client care (pilot) — Zürich' });
    expect(asker.fallbackFor('initiatives', 'id')).toBe('client-care-pilot-zurich');
    expect(asker.fallbackFor('initiatives', 'id')).toBe(slugify('Client care (pilot) — Zürich'));
    expect(initiatives[0]!.id).toBe('client-care-pilot-zurich');
  });

  it('offers the internal or external wording by scope, and the first initiative is internal by default', async () => {
    const { asker, initiatives } = await run({ 'goals.statement': 'Grow' }, { initiatives: 2 });
    expect(asker.fallbackFor('initiatives', 'scope', 1)).toBe('internal');
    expect(asker.fallbackFor('initiatives', 'scope', 2)).toBe('external');
    expect(initiatives[0]!.id).toBe('employee-knowledge-network');
    expect(initiatives[1]!.id).toBe('customer-care-on-social-media');
  });

  it('offers the currency of the jurisdictions: EUR for an EU-only organisation, USD when the US is among them', async () => {
    expect((await run({ jurisdictions: ['EU'] })).asker.fallbackFor('organisation', 'currency')).toBe('EUR');
    expect((await run({ jurisdictions: ['EU'] })).answers.organisation).toMatchObject({ currency: 'EUR' });
    expect((await run({ jurisdictions: ['US', 'EU'] })).asker.fallbackFor('organisation', 'currency')).toBe('USD');
    expect((await run({ jurisdictions: ['US-CA'] })).asker.fallbackFor('organisation', 'currency')).toBe('USD');
    expect((await run({ jurisdictions: ['GB'] })).asker.fallbackFor('organisation', 'currency')).toBe('GBP');
    expect((await run({})).asker.fallbackFor('organisation', 'currency')).toBe('USD');
  });

  it('offers what its help says: 5 years of retention for an adviser (204-2), 3 for a broker-dealer (17a-4(b)(4)) and otherwise', async () => {
    expect((await run({ regulatoryTags: ['FIN'] })).asker.fallbackFor('initiatives', 'retentionYears')).toBe(3);
    expect((await run({ regulatoryTags: ['FIN'] })).initiatives[0]!.retentionYears).toBe(3);
    expect((await run({ regulatoryTags: ['RIA'] })).asker.fallbackFor('initiatives', 'retentionYears')).toBe(5);
    expect((await run({ regulatoryTags: ['FIN', 'RIA'] })).asker.fallbackFor('initiatives', 'retentionYears')).toBe(5);
    expect((await run({ regulatoryTags: ['HC'] })).asker.fallbackFor('initiatives', 'retentionYears')).toBe(3);
    expect((await run({})).asker.fallbackFor('initiatives', 'retentionYears')).toBe(3);
  });

  it('builds the strategy title and name from the organisation answered', async () => {
    const { asker, answers } = await run({ organization: 'Acme Bank' });
    const year = new Date().getUTCFullYear() + 1;
    expect(asker.fallbackFor('organisation', 'title')).toBe(`Acme Bank Social Strategy ${year}`);
    expect((answers.organisation as SectionAnswers).name).toBe(`acme-bank-social-strategy-${year}`);
  });

  it('offers every IT objective answered so far to an initiative, and every goal to an objective', async () => {
    const { asker, initiatives } = await run({ 'goals[1].statement': 'Grow', 'goals[2].statement': 'Keep', 'objectives[2].statement': 'Build' }, { goals: 2, objectives: 2 });
    expect(asker.fallbackFor('objectives', 'supports', 1)).toEqual(['BG1', 'BG2']);
    expect(asker.fallbackFor('initiatives', 'supports')).toEqual(['IT1', 'IT2']);
    expect(initiatives[0]!.supports).toEqual(['IT1', 'IT2']);
  });

  it('offers a pilot start a month from today and an end six months after it, real dates', async () => {
    const { asker } = await run({ stage: 'pilot' });
    const starts = asker.fallbackFor('initiatives', 'starts') as string;
    const ends = asker.fallbackFor('initiatives', 'ends') as string;
    expect(starts).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ends).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const months = (from: number, to: string) => (Date.parse(to) - from) / (30.44 * 86_400_000);
    expect(months(Date.now(), starts)).toBeGreaterThan(0.5);
    expect(months(Date.now(), starts)).toBeLessThan(1.5);
    expect(months(Date.parse(starts), ends)).toBeGreaterThan(5.5);
    expect(months(Date.parse(starts), ends)).toBeLessThan(6.5);
  });

  it('refuses a pilot end before its start', async () => {
    const error = await refused(run({ stage: 'pilot', starts: '2027-03-01', ends: '2027-02-01' }));
    expect(error.message).toContain('The pilot cannot end before it starts (2027-03-01).');
  });
});

describe('interview: answers that are refused', () => {
  it('refuses a second initiative with an id already taken, at initiatives[1].id', async () => {
    const error = await refused(run({ 'goals.statement': 'Grow', 'initiatives.id': 'care' }, { initiatives: 2 }));
    expect(error.path).toEqual(['initiatives', 1, 'id']);
    expect(error.message).toBe('another initiative already has the id "care"');
  });

  it('refuses an id already in the file (as add initiative passes them)', async () => {
    const asker = new ScriptedAsker({ id: 'care' });
    const initial: Answers = { existing: { initiativeIds: ['care'] } };
    const error = await refused(interview([INITIATIVE_SECTION], asker, { initial }));
    expect(error.path).toEqual(['initiatives', 0, 'id']);
    expect(error.message).toContain('"care"');
  });

  it('accepts the same id for the same entry re-checked (an initiative does not clash with itself)', async () => {
    const { initiatives } = await run({ 'initiatives.id': 'care' }, {}, { initiatives: [{ id: 'care' }] });
    expect(initiatives[0]!.id).toBe('care');
  });

  it('refuses 2026-02-30 as a pilot end date, saying YYYY-MM-DD', async () => {
    const error = await refused(run({ stage: 'pilot', ends: '2026-02-30' }));
    expect(error.path).toEqual(['initiatives', 0, 'ends']);
    expect(error.message).toMatch(/YYYY-MM-DD/);
    expect(error.message).toContain('2026-02-30');
  });

  it('refuses an id that is not a slug, a number of the wrong kind and a value out of range', async () => {
    expect((await refused(run({ 'initiatives.id': 'Client Care' }))).path).toEqual(['initiatives', 0, 'id']);
    const size = await refused(run({ audienceSize: 12.5 }));
    expect(size.path).toEqual(['initiatives', 0, 'audienceSize']);
    const hours = await refused(run({ hoursPerWeek: 200 }));
    expect(hours.path).toEqual(['leadership', 'hoursPerWeek']);
    expect(hours.message).toMatch(/168/);
    expect((await refused(run({ jurisdictions: [] }))).path).toEqual(['organisation', 'jurisdictions']);
    expect((await refused(run({ ownerEmail: 'not an e-mail' }))).path).toEqual(['organisation', 'ownerEmail']);
  });

  it('refuses an invalid answer given in the initial answers too, with the same path', async () => {
    const error = await refused(run({}, {}, { initiatives: [{ stage: 'pilot', ends: '2026-02-30' }] }));
    expect(error.path).toEqual(['initiatives', 0, 'ends']);
    expect(error.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('interview: initial answers (a resumed draft or an answers file)', () => {
  it('does not ask again what was already answered, and builds on it', async () => {
    const initial: Answers = {
      organisation: { organization: 'Acme', regulatoryTags: ['FIN'], jurisdictions: ['EU'] },
      initiatives: [{ scope: 'external', name: 'Client care' }],
    };
    const { asker, answers, initiatives } = await run({}, {}, initial);
    expect(asker.ids('organisation')).not.toContain('organization');
    expect(asker.ids('organisation')).not.toContain('regulatoryTags');
    expect(asker.ids('organisation')).not.toContain('jurisdictions');
    expect(asker.ids('organisation')).toContain('title');
    expect(asker.fallbackFor('organisation', 'currency')).toBe('EUR');
    expect(asker.ids('initiatives')).not.toContain('scope');
    expect(asker.ids('initiatives')).not.toContain('name');
    expect(asker.fallbackFor('initiatives', 'id')).toBe('client-care');
    expect(asker.ids('initiatives')).toContain('preApproval');
    expect((answers.organisation as SectionAnswers).organization).toBe('Acme');
    expect(initiatives[0]).toMatchObject({ scope: 'external', name: 'Client care', id: 'client-care' });
  });

  it('does not change the initial answers object it was given', async () => {
    const initial: Answers = { organisation: { organization: 'Acme' } };
    const copy = structuredClone(initial);
    await run({}, {}, initial);
    expect(initial).toEqual(copy);
  });

  it('keeps every given entry of a repeated section without asking "another?" for them', async () => {
    const { asker, answers } = await run({}, {}, { goals: [{ statement: 'One' }, { statement: 'Two' }, { statement: 'Three' }] });
    expect(answers.goals).toEqual([{ statement: 'One' }, { statement: 'Two' }, { statement: 'Three' }]);
    expect(asker.ids('goals', 1)).toEqual([]);
    expect(asker.anotherCalls.filter((c) => c.section === 'goals')).toEqual([{ section: 'goals', count: 3 }]);
  });

  it('reports progress after every answer with everything so far', async () => {
    const snapshots: Answers[] = [];
    const asker = new ScriptedAsker();
    await interview(SECTIONS, asker, { progress: (a) => void snapshots.push(structuredClone(a)) });
    // One call per question asked (optional questions without a default included).
    expect(snapshots.length).toBe(asker.asked.length);
    expect(snapshots[0]).toEqual({ organisation: { organization: 'Example Corporation' } });
    expect(Object.keys(snapshots.at(-1)!)).toEqual(['organisation', 'goals', 'objectives', 'initiatives', 'platforms', 'governance', 'stakeholders', 'leadership']);
  });
});

describe('interview: repeated sections', () => {
  it('stops a repeated section when "another?" says no, asking it after each entry', async () => {
    const { asker, answers } = await run({ 'goals[1].statement': 'A', 'goals[2].statement': 'B', 'goals[3].statement': 'C' }, { goals: 3 });
    expect((answers.goals as SectionAnswers[]).map((g) => g.statement)).toEqual(['A', 'B', 'C']);
    expect(asker.anotherCalls.filter((c) => c.section === 'goals').map((c) => c.count)).toEqual([1, 2, 3]);
    expect(asker.sectionsStarted.filter((s) => s.startsWith('goals'))).toEqual(['goals[1]', 'goals[2]', 'goals[3]']);
  });

  it('never offers to stop before the minimum, and stops at the maximum without asking', async () => {
    const section: Section = {
      id: 'things',
      title: 'Things',
      intro: 'Some things.',
      repeat: { another: 'Another thing?', min: 2, max: 3 },
      questions: [{ id: 'label', kind: 'input', message: 'Label', help: '', default: ({ index }: Context) => `thing ${index}`, schema: z.string() }],
    };
    const none = new ScriptedAsker({}, { things: 0 });
    const atMin = await interview([section], none);
    expect(atMin.things).toEqual([{ label: 'thing 1' }, { label: 'thing 2' }]);
    expect(none.anotherCalls).toEqual([{ section: 'things', count: 2 }]);

    const greedy = new ScriptedAsker({}, { things: 99 });
    const atMax = await interview([section], greedy);
    expect(atMax.things).toHaveLength(3);
    expect(greedy.anotherCalls.map((c) => c.count)).toEqual([2]);
  });

  it('with defaults alone, each repeated section holds exactly its minimum', async () => {
    const answers = await interview(SECTIONS, defaultsAsker);
    expect(answers.goals).toHaveLength(1);
    expect(answers.objectives).toHaveLength(1);
    expect(answers.initiatives).toHaveLength(1);
  });
});

describe('interview: platforms, each asked about once', () => {
  const two = { 'initiatives[1].scope': 'external', 'initiatives[1].platform': 'LinkedIn Company Page, X', 'initiatives[2].scope': 'internal', 'initiatives[2].knownPlatforms': ['X'], 'initiatives[2].platform': 'Slack' };

  it('offers the platforms named before from the second initiative on, and none to the first', async () => {
    const { asker, initiatives } = await run(two, { initiatives: 2 });
    expect(asker.ids('initiatives', 1)).not.toContain('knownPlatforms');
    expect(asker.ids('initiatives', 2)).toContain('knownPlatforms');
    expect(initiatives[1]).toMatchObject({ knownPlatforms: ['X'], platform: 'Slack' });
  });

  it('asks the platform questions once per platform, in the order named, by the scope of the initiatives using it', async () => {
    const { asker, answers } = await run(two, { initiatives: 2 });
    expect((answers.platforms as SectionAnswers[]).map((p) => p.platform)).toEqual(['LinkedIn Company Page', 'X', 'Slack']);
    // LinkedIn: external only; X: external and internal; Slack: internal only.
    expect(asker.ids('platforms', 1)).toContain('companyOwned');
    expect(asker.ids('platforms', 1)).not.toContain('retention');
    expect(asker.ids('platforms', 2)).toEqual(expect.arrayContaining(['companyOwned', 'retention']));
    expect(asker.ids('platforms', 3)).toContain('retention');
    expect(asker.ids('platforms', 3)).not.toContain('companyOwned');
  });

  it('asks about a hold and an export on the platform only where no archiver captures it for every initiative', async () => {
    const archived = await run({ ...two, captureMethod: 'vendor-api', archiver: 'Smarsh' }, { initiatives: 2 });
    for (const i of [1, 2, 3]) expect(archived.asker.ids('platforms', i)).not.toContain('legalHold');
    // The second initiative captures nothing: X (shared) and Slack are asked; LinkedIn, held by the first one's archiver, is not.
    const partly = await run({ ...two, 'initiatives[1].captureMethod': 'vendor-api', 'initiatives[1].archiver': 'Smarsh', 'initiatives[2].captureMethod': 'none' }, { initiatives: 2 });
    expect([1, 2, 3].map((i) => partly.asker.ids('platforms', i).includes('legalHold'))).toEqual([false, true, true]);
    // A capture method with no archiver named holds nothing either.
    const unnamed = await run({ ...two, captureMethod: 'platform-export' }, { initiatives: 2 });
    expect(unnamed.asker.ids('platforms', 1)).toContain('legalHold');
  });

  it('refuses an answers-file entry for a platform no initiative names, naming those it asks about', async () => {
    const error = await refused(interview(SECTIONS, defaultsAsker, { initial: { initiatives: [{ platform: 'X' }], platforms: [{ platform: 'Y' }] } }));
    expect(error.path).toEqual(['platforms', 0, 'platform']);
    expect(error.message).toBe('"Y" is not among those asked about here ("X")');
  });
});

describe('interview: lists of items (costs and benefits)', () => {
  it('gives each item in a file the defaults of the fields it leaves out, and refuses a bad field where it is', async () => {
    const answers = await interview(SECTIONS, defaultsAsker, { initial: { initiatives: [{ costs: [{ item: 'Licences', amount: 5000 }] }] } });
    expect((answers.initiatives as SectionAnswers[])[0]!.costs).toEqual([{ item: 'Licences', amount: 5000, recurrence: 'yearly', startMonth: 0 }]);
    const error = await refused(interview(SECTIONS, defaultsAsker, { initial: { initiatives: [{ costs: [{ item: 'Licences', amount: 5000, recurrence: 'weekly' }] }] } }));
    expect(error.path).toEqual(['initiatives', 0, 'costs']);
    expect(error.message).toMatch(/recurrence/);
  });

  it('offers the internal arithmetic of a benefit to internal initiatives only', () => {
    const benefits = INITIATIVE_SECTION.questions.find((q) => q.id === 'benefits')!;
    const hours = benefits.moreHelp!.find((m) => m.text.startsWith('Hours saved'))!;
    expect(hours.when).toEqual({ answer: 'scope', equals: 'internal' });
  });
});
