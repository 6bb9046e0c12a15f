import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS } from '../../src/checks/ruleset/checklists/index.js';
import { ChecklistSchema, type Checklist } from '../../src/checks/engine/rule.js';

/** The earliest and latest day a source may say it was verified on. */
const EARLIEST = '2020-01-01';
const LATEST = '2026-12-31';

/** Every built-in checklist but strategy, whose rules check the strategy's own coherence and cite no law. */
const CITING = BUILT_IN_CHECKLISTS.filter((c) => c.id !== 'strategy');

function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function isHttpsUrl(text: unknown): boolean {
  if (typeof text !== 'string' || !text.startsWith('https://')) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** What is wrong with the sources of a checklist's rules, one line each ("rule: problem"); empty when nothing is. */
function sourceProblems(checklist: Checklist): string[] {
  const problems: string[] = [];
  for (const rule of checklist.rules) {
    const sources = rule.sources ?? [];
    if (sources.length === 0) problems.push(`${rule.id}: no sources`);
    sources.forEach((source, i) => {
      const at = `${rule.id} sources[${i}]`;
      if (typeof source.title !== 'string' || source.title.trim() === '') problems.push(`${at}: no title`);
      if (!isHttpsUrl(source.url)) problems.push(`${at}: url ${JSON.stringify(source.url)} is not an https:// address`);
      if (!isIsoDate(source.verified)) problems.push(`${at}: verified ${JSON.stringify(source.verified)} is not a YYYY-MM-DD date`);
      else if (source.verified < EARLIEST || source.verified > LATEST) problems.push(`${at}: verified ${source.verified} is outside ${EARLIEST}..${LATEST}`);
    });
  }
  return problems;
}

describe('the sources of the built-in rules', () => {
  it('covers every built-in checklist but strategy', () => {
    expect(CITING.map((c) => c.id).sort()).toEqual(['communications', 'compliance', 'conflicts', 'hr', 'legal', 'privacy', 'records', 'security']);
  });

  it.each(CITING.map((c) => [c.id, c] as const))('every %s rule cites a dated https:// source', (_id, checklist) => {
    expect(checklist.rules.length).toBeGreaterThan(0);
    expect(sourceProblems(checklist)).toEqual([]);
  });

  it.each(CITING.map((c) => [c.id, c] as const))('ChecklistSchema accepts the %s checklist with its sources', (_id, checklist) => {
    const result = ChecklistSchema.safeParse(checklist);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    // The parsed checklist keeps every source as written.
    expect(result.data?.rules.map((r) => r.sources)).toEqual(checklist.rules.map((r) => r.sources));
  });

  it('ChecklistSchema accepts the strategy checklist too', () => {
    const strategy = BUILT_IN_CHECKLISTS.find((c) => c.id === 'strategy')!;
    const result = ChecklistSchema.safeParse(strategy);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  /** The check above would catch a rule that lost its sources, or one with a bad source: shown on copies of a real checklist. */
  describe('the check itself', () => {
    const base = CITING.find((c) => c.id === 'communications')!;
    const [first, ...rest] = base.rules;
    const withFirst = (rule: Checklist['rules'][number]): Checklist => ({ ...base, rules: [rule, ...rest] });

    it('flags a rule without sources', () => {
      const { sources: _dropped, ...bare } = first!;
      expect(sourceProblems(withFirst(bare))).toEqual([`${first!.id}: no sources`]);
      expect(sourceProblems(withFirst({ ...first!, sources: [] }))).toEqual([`${first!.id}: no sources`]);
    });

    it('flags a source without a title, with an http:// address, or verified out of range', () => {
      const good = first!.sources![0]!;
      const at = `${first!.id} sources[0]`;
      expect(sourceProblems(withFirst({ ...first!, sources: [{ ...good, title: ' ' }] }))).toEqual([`${at}: no title`]);
      expect(sourceProblems(withFirst({ ...first!, sources: [{ ...good, url: 'http://example.com/' }] }))).toEqual([
        `${at}: url "http://example.com/" is not an https:// address`,
      ]);
      expect(sourceProblems(withFirst({ ...first!, sources: [{ ...good, verified: '2027-01-01' }] }))).toEqual([
        `${at}: verified 2027-01-01 is outside ${EARLIEST}..${LATEST}`,
      ]);
      expect(sourceProblems(withFirst({ ...first!, sources: [{ ...good, verified: '2019-12-31' }] }))).toEqual([
        `${at}: verified 2019-12-31 is outside ${EARLIEST}..${LATEST}`,
      ]);
      expect(sourceProblems(withFirst({ ...first!, sources: [{ ...good, verified: '2026-02-30' }] }))).toEqual([
        `${at}: verified "2026-02-30" is not a YYYY-MM-DD date`,
      ]);
      expect(sourceProblems(withFirst({ ...first!, sources: [{ ...good, verified: LATEST }, { ...good, verified: EARLIEST }] }))).toEqual([]);
    });
  });
});
