import { describe, expect, it } from 'vitest';
import { appliesToItem, covers, describeApplicability, initiativesOf } from '../../../src/checks/engine/applicability.js';
import { isValidPath, parsePath, select, valueAt } from '../../../src/checks/engine/path.js';
import { RuleSchema, type Rule } from '../../../src/checks/engine/rule.js';
import { runRules } from '../../../src/checks/engine/run-rules.js';
import { reservedStakeholderReason, stakeholderLabel } from '../../../src/checks/engine/stakeholders.js';
import { parseStrategy } from '../../../src/model/parse.js';
import type { Strategy } from '../../../src/model/schema/strategy.js';
import { edit, MINIMAL } from '../../helpers.js';

/**
 * The engine's plumbing at its edges: the path language (what is a path, what it selects, what it reads),
 * which items a rule applies to (platforms through the initiatives that use them, retired initiatives never),
 * and the words a finding is given (stakeholders, owners). Expected results follow the doc comments of
 * src/checks/engine/path.ts, applicability.ts, run-rules.ts and stakeholders.ts.
 */

function parse(text: string): Strategy {
  const loaded = parseStrategy('engine.yaml', text).loaded;
  if (!loaded) throw new Error(`fixture is not well-formed:\n${text}`);
  return loaded.data;
}

/**
 * care: external, pilot, on linkedin, its audience in the US only; staff: internal, run, on engage;
 * old: external, retired, on yammer. The platform "unused" belongs to no initiative.
 */
const TEXT = edit(
  edit(
    MINIMAL,
    '    platforms: [linkedin]\n',
    `    platforms: [linkedin]
    audience: { description: US clients, jurisdictions: [US] }
`,
  ),
  '\nplatforms:\n  - { id: linkedin, name: LinkedIn page }\n',
  `
  - { id: staff, name: Staff network, scope: internal, stage: run, supports: [IT1], platforms: [engage] }
  - { id: old, name: Old forum, scope: external, stage: retired, supports: [IT1], platforms: [yammer] }
platforms:
  - { id: linkedin, name: LinkedIn page }
  - { id: engage, name: Staff network }
  - { id: yammer, name: Yammer }
  - { id: unused, name: Unused candidate }
`,
);
const S = parse(TEXT);
const ALL_RETIRED = parse(edit(edit(TEXT, 'stage: pilot', 'stage: retired'), 'stage: run', 'stage: retired'));

function rule(appliesTo?: Rule['appliesTo']): Rule {
  return { id: 'test/rule', stakeholder: 'test', severity: 'warning', given: '$', message: 'm', then: { field: 'x', function: 'defined' }, ...(appliesTo ? { appliesTo } : {}) } as Rule;
}

describe('isValidPath: expressions the parser reads back to the same text', () => {
  it.each([
    ['$', true],
    ['$.governance.crisis', true],
    ['initiatives[*]', true],
    ['initiatives[*].kpis[*]', true],
    ['initiatives[0].name', true],
    ['platforms[12].id', true],
    ['personalData.lawfulBasis', true],
    ['_private-field', true],
    ['a[1][2]', true],
    ['', false],
    ['$.', false],
    ['$x', false],
    ['.name', false],
    ['name.', false],
    ['1name', false],
    ['na me', false],
    [' name', false],
    ['name ', false],
    ['a[x]', false],
    ['a[]', false],
    ['a[-1]', false],
    ['a[1x]', false],
    ['a.b[x]', false],
    ['a..b', false],
  ] as const)('%j: %s', (expression, expected) => {
    expect(isValidPath(expression)).toBe(expected);
  });
});

describe('parsePath', () => {
  it('reads names, indices and wildcards, absolute or relative', () => {
    expect(parsePath('initiatives[0].kpis[*].id')).toEqual({ absolute: false, segments: ['initiatives', 0, 'kpis', '*', 'id'] });
    expect(parsePath('$.governance.crisis')).toEqual({ absolute: true, segments: ['governance', 'crisis'] });
    expect(parsePath('$')).toEqual({ absolute: true, segments: [] });
    expect(parsePath('a[12]').segments).toEqual(['a', 12]);
  });

  it('parses an expression once and hands out the same frozen result', () => {
    const first = parsePath('platforms[*].mfa');
    expect(parsePath('platforms[*].mfa')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.segments)).toBe(true);
  });
});

describe('select and valueAt', () => {
  const root = { list: [{ id: 'a' }, { id: 'b', none: null }], text: 'abc', map: { x: 1 }, '*': 'star', empty: null };

  it('selects every element of a list, with its path', () => {
    expect(select(root, ['list', '*', 'id'])).toEqual([
      { value: 'a', path: ['list', 0, 'id'] },
      { value: 'b', path: ['list', 1, 'id'] },
    ]);
  });

  it('selects nothing through what is missing, and nothing under a wildcard that is not a list', () => {
    expect(select(root, ['missing'])).toEqual([]);
    expect(select(root, ['list', '*', 'name'])).toEqual([]);
    expect(select(root, ['map', '*'])).toEqual([]);
    expect(select(root, ['text', '*'])).toEqual([]);
  });

  it('selects a null where the field is null, since it is present', () => {
    expect(select(root, ['list', '*', 'none'])).toEqual([{ value: null, path: ['list', 1, 'none'] }]);
  });

  it('valueAt reads a field path, and gives undefined for a step that is missing, null or not a mapping', () => {
    expect(valueAt(root, ['list', 1, 'id'])).toBe('b');
    expect(valueAt(root, ['list', 5, 'id'])).toBeUndefined();
    expect(valueAt(root, ['empty', 'x'])).toBeUndefined();
    expect(valueAt(null, ['x'])).toBeUndefined();
    // Text has a length of its own, but text is not a mapping: no fields.
    expect(valueAt(root, ['text', 'length'])).toBeUndefined();
    expect(valueAt('abc', ['length'])).toBeUndefined();
    expect(valueAt(7, ['toFixed'])).toBeUndefined();
  });

  it('valueAt never follows a wildcard, even to a field named "*"', () => {
    expect(valueAt(root, ['*'])).toBeUndefined();
    expect(valueAt(root, ['list', '*'])).toBeUndefined();
  });

  it('reads own fields only, never the prototype', () => {
    expect(valueAt({}, ['constructor'])).toBeUndefined();
    expect(select({}, ['toString'])).toEqual([]);
  });
});

describe('covers: UK and GB are one jurisdiction, with their subdivisions', () => {
  it.each([
    ['GB', 'UK', true],
    ['UK', 'GB', true],
    ['GB', 'UK-SCT', true],
    ['UK', 'GB-WLS', true],
    ['UK-WLS', 'GB-WLS', true],
    ['UK-SCT', 'GB-WLS', false],
    ['GB-SCT', 'UK', false],
    ['EU', 'UK', false],
    ['EEA', 'EU', true],
    ['EEA', 'IS', true],
    ['EEA', 'US', false],
  ] as const)('%s covers %s: %s', (r, s, expected) => {
    expect(covers(r, s)).toBe(expected);
  });
});

describe('initiativesOf: the initiatives an item belongs to', () => {
  const ids = (list: { id: string }[]) => list.map((i) => i.id);

  it('an initiative, or anything inside one, belongs to that initiative', () => {
    expect(ids(initiativesOf(S, ['initiatives', 1]))).toEqual(['staff']);
    expect(ids(initiativesOf(S, ['initiatives', 0, 'kpis', 2]))).toEqual(['care']);
  });

  it('a platform belongs to the initiatives that use it, retired or not; an unused one to none', () => {
    expect(ids(initiativesOf(S, ['platforms', 0]))).toEqual(['care']);
    expect(ids(initiativesOf(S, ['platforms', 2]))).toEqual(['old']);
    expect(ids(initiativesOf(S, ['platforms', 3]))).toEqual([]);
    // A platform index past the end is no platform.
    expect(ids(initiativesOf(S, ['platforms', 9]))).toEqual([]);
  });

  it('anything else, including the lists themselves, belongs to every initiative', () => {
    for (const path of [[], ['initiatives'], ['platforms'], ['governance', 'crisis'], ['risks', 0]] as const) {
      expect(ids(initiativesOf(S, path))).toEqual(['care', 'staff', 'old']);
    }
  });

  it('copes with a strategy without platforms, and an initiative without platforms', () => {
    const bare = { ...S, platforms: undefined, initiatives: S.initiatives.map(({ platforms: _, ...rest }) => rest) } as unknown as Strategy;
    expect(initiativesOf(bare, ['platforms', 0])).toEqual([]);
    const noneOwn = { ...S, initiatives: S.initiatives.map(({ platforms: _, ...rest }) => rest) } as unknown as Strategy;
    expect(initiativesOf(noneOwn, ['platforms', 0])).toEqual([]);
  });
});

describe('appliesToItem', () => {
  it('a platform used only by an internal initiative is outside an external rule; one used by an external one inside', () => {
    expect(appliesToItem(rule({ scope: 'external' }), S, ['platforms', 0])).toBe(true);
    expect(appliesToItem(rule({ scope: 'external' }), S, ['platforms', 1])).toBe(false);
    expect(appliesToItem(rule({ scope: 'internal' }), S, ['platforms', 1])).toBe(true);
    expect(appliesToItem(rule({ stages: ['run'] }), S, ['platforms', 1])).toBe(true);
    expect(appliesToItem(rule({ stages: ['pilot'] }), S, ['platforms', 1])).toBe(false);
  });

  it('a platform only a retired initiative uses, or none, is never checked', () => {
    expect(appliesToItem(rule(), S, ['platforms', 2])).toBe(false);
    expect(appliesToItem(rule(), S, ['platforms', 3])).toBe(false);
    expect(appliesToItem(rule(), S, ['platforms', 0])).toBe(true);
    expect(appliesToItem(rule(), S, ['initiatives', 2])).toBe(false);
  });

  it('a strategy-level item applies with no live initiative at all, unless the rule asks for a scope or stage', () => {
    for (const path of [[], ['initiatives'], ['platforms'], ['governance'], ['risks', 0]] as const) {
      expect(appliesToItem(rule(), ALL_RETIRED, path)).toBe(true);
      expect(appliesToItem(rule({ jurisdictions: ['EU'] }), ALL_RETIRED, path)).toBe(true);
      expect(appliesToItem(rule({ scope: 'external' }), ALL_RETIRED, path)).toBe(false);
    }
  });

  it('a strategy-level item applies when some live initiative has the scope and stage', () => {
    expect(appliesToItem(rule({ scope: 'internal' }), S, ['governance'])).toBe(true);
    expect(appliesToItem(rule({ scope: 'external', stages: ['pilot'] }), S, [])).toBe(true);
    expect(appliesToItem(rule({ scope: 'external', stages: ['run'] }), S, [])).toBe(false);
    // "old" is external and retired: a retired initiative never counts.
    expect(appliesToItem(rule({ stages: ['retired'] }), S, [])).toBe(false);
  });

  it('judges an initiative by its own audience’s jurisdictions, but a platform or the strategy by the strategy’s', () => {
    // care's audience is the US only: an EU rule does not reach care itself...
    expect(appliesToItem(rule({ jurisdictions: ['EU'] }), S, ['initiatives', 0])).toBe(false);
    expect(appliesToItem(rule({ scope: 'external', jurisdictions: ['EU'] }), S, ['initiatives', 0])).toBe(false);
    expect(appliesToItem(rule({ jurisdictions: ['US'] }), S, ['initiatives', 0])).toBe(true);
    // ...nor anything inside it, but it does reach the platform care uses (the strategy's jurisdictions decide).
    expect(appliesToItem(rule({ jurisdictions: ['EU'] }), S, ['initiatives', 0, 'kpis', 0])).toBe(false);
    expect(appliesToItem(rule({ scope: 'external', jurisdictions: ['EU'] }), S, ['platforms', 0])).toBe(true);
    expect(appliesToItem(rule({ scope: 'external', jurisdictions: ['EU'] }), S, [])).toBe(true);
    // staff names no audience: it is judged by the strategy's jurisdictions, already checked by appliesToStrategy.
    expect(appliesToItem(rule({ jurisdictions: ['EU'] }), S, ['initiatives', 1])).toBe(true);
  });
});

describe('describeApplicability: when a rule applies, in words', () => {
  it('all initiatives when it says nothing', () => {
    expect(describeApplicability({})).toBe('all initiatives');
    expect(describeApplicability({ appliesTo: {} })).toBe('all initiatives');
  });

  it('every condition, in order, joined by commas', () => {
    expect(
      describeApplicability({ appliesTo: { scope: 'external', stages: ['pilot', 'run'], tags: ['FIN', 'RIA'], jurisdictions: ['US', 'EU'], exceptTags: ['GOV', 'FED'] } }),
    ).toBe('external initiatives, at stages pilot, run, when tagged FIN or RIA, in US or EU, never when tagged GOV or FED');
    expect(describeApplicability({ appliesTo: { tags: ['FIN'] } })).toBe('all initiatives, when tagged FIN');
    expect(describeApplicability({ appliesTo: { jurisdictions: ['EU'] } })).toBe('all initiatives, in EU');
    expect(describeApplicability({ appliesTo: { exceptTags: ['GOV'] } })).toBe('all initiatives, never when tagged GOV');
    expect(describeApplicability({ appliesTo: { stages: ['idea'] } })).toBe('all initiatives, at stages idea');
  });
});

describe('stakeholders in words', () => {
  it('labels the built-in stakeholders, and capitalises any other id', () => {
    expect(['privacy', 'hr', 'records', 'treasury', 'x'].map(stakeholderLabel)).toEqual(['Privacy', 'HR', 'Records', 'Treasury', 'X']);
  });

  it('refuses a stakeholder id a built-in briefing takes, by name or by file stem, saying which', () => {
    expect(reservedStakeholderReason('privacy')).toBeUndefined();
    expect(reservedStakeholderReason('board')).toBe('"board" is taken by the built-in board briefing (board-briefing.md); a stakeholder\'s brief would overwrite it, so choose another id');
    expect(reservedStakeholderReason('executive-summary')).toBe('"executive-summary" is taken by the built-in executive briefing (executive-summary.md); a stakeholder\'s brief would overwrite it, so choose another id');
    expect(reservedStakeholderReason('platforms')).toMatch(/^"platforms" is taken by the built-in platforms briefing \(platforms\.md\)/);
  });

  it('a checklist rule may share a gap with any stakeholder but one whose id a briefing takes', () => {
    const shared = (ids: string[]) =>
      RuleSchema.safeParse({ id: 'northwind/mfa', severity: 'error', given: '$', then: { field: 'x', function: 'defined' }, message: 'm', sharedWith: ids });
    expect(shared(['records', 'treasury']).success).toBe(true);
    const refused = shared(['records', 'roadmap']);
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['sharedWith.1', reservedStakeholderReason('roadmap')]]);
  });

  it('a checklist rule’s pattern is checked when the rule is read', () => {
    const withPattern = (value: string) =>
      RuleSchema.safeParse({ id: 'northwind/name', severity: 'error', given: 'initiatives[*]', then: { field: 'name', function: 'pattern', value }, message: 'm' });
    expect(withPattern('^[A-Z]').success).toBe(true);
    const refused = withPattern('^(?!x)');
    expect(refused.success).toBe(false);
    expect(JSON.stringify(refused.error!.issues)).toContain('the pattern uses lookahead or lookbehind');
  });
});

describe('findings: owners, initiatives, rationale and fix', () => {
  const OWNED = `${TEXT}stakeholders:\n  legal: { owner: Catherine Albrecht }\n  records: { owner: Daniel Osei }\n`;
  const base = { stakeholder: 'legal', severity: 'warning', given: 'platforms[*]', then: { field: 'mfa', function: 'truthy' } };

  it('names every owner of a shared gap: two with "and", three with commas and "and"', () => {
    const s = parse(OWNED);
    const two = runRules(s, [{ ...base, id: 'legal/x', message: '{{owners}}', sharedWith: ['records'] } as Rule], { asOf: '2026-11-25' });
    expect(two[0]!.message).toBe('Legal (Catherine Albrecht) and Records (Daniel Osei)');
    const three = runRules(s, [{ ...base, id: 'legal/x', message: '{{owners}}', sharedWith: ['records', 'privacy'] } as Rule], { asOf: '2026-11-25' });
    expect(three[0]!.message).toBe('Legal (Catherine Albrecht), Records (Daniel Osei) and Privacy (no owner named)');
    // HR is optional: it is named only when its checklist runs.
    const shared = { ...base, id: 'legal/x', message: '{{owners}}', sharedWith: ['records', 'privacy', 'hr'] } as Rule;
    expect(runRules(s, [shared], { asOf: '2026-11-25' })[0]!.message).toBe('Legal (Catherine Albrecht), Records (Daniel Osei) and Privacy (no owner named)');
    const withHr = runRules(s, [shared, { ...base, id: 'hr/y', stakeholder: 'hr', message: 'hr' } as Rule], { asOf: '2026-11-25' });
    expect(withHr[0]!.message).toBe('Legal (Catherine Albrecht), Records (Daniel Osei), Privacy (no owner named) and HR (no owner named)');
  });

  it('names the two sides of a conflict, and says when a strategy names no owners at all', () => {
    const found = runRules(S, [{ ...base, id: 'conflicts/x', stakeholder: 'conflicts', message: '{{between}}', between: ['records', 'communications'] } as Rule], { asOf: '2026-11-25' });
    expect(found[0]!.message).toBe('Records (no owner named) and Communications (no owner named)');
  });

  it('gives a finding on an initiative its id, one elsewhere none, and carries rationale and fix only when the rule has them', () => {
    const onInitiative = runRules(S, [{ ...base, id: 'legal/y', given: 'initiatives[*]', then: { field: 'mfa', function: 'truthy' }, message: 'm', rationale: 'Why.', fix: 'How.' } as Rule], { asOf: '2026-11-25' });
    expect(onInitiative.map((f) => [f.initiative, f.rationale, f.fix])).toEqual([
      ['care', 'Why.', 'How.'],
      ['staff', 'Why.', 'How.'],
    ]);
    const onPlatform = runRules(S, [{ ...base, id: 'legal/z', message: 'm' } as Rule], { asOf: '2026-11-25' });
    expect(onPlatform).toHaveLength(2);
    for (const f of onPlatform) {
      expect('initiative' in f).toBe(false);
      expect('rationale' in f).toBe(false);
      expect('fix' in f).toBe(false);
      expect('reference' in f).toBe(false);
    }
    const onStrategy = runRules(S, [{ ...base, id: 'legal/w', given: '$', then: { field: 'governance', function: 'defined' }, message: 'm' } as Rule], { asOf: '2026-11-25' });
    expect(onStrategy).toHaveLength(1);
    expect('initiative' in onStrategy[0]!).toBe(false);
  });
});
