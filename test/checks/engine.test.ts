import { describe, expect, it } from 'vitest';
import { covers } from '../../src/checks/engine/applicability.js';
import { runRules } from '../../src/checks/engine/run-rules.js';
import { withinMonths } from '../../src/checks/engine/functions/dates.js';
import { monthsBetween } from '../../src/model/dates.js';
import type { Rule } from '../../src/checks/engine/rule.js';
import { parseStrategy } from '../../src/model/parse.js';
import { edit, lineOf, MINIMAL } from '../helpers.js';

/** The engine's semantics, apart from any one checklist: what applies where, and where findings point. */
function run(text: string, rule: Partial<Rule>) {
  const loaded = parseStrategy('e.yaml', text).loaded;
  if (!loaded) throw new Error('fixture is not well-formed');
  const full = { id: 'test/rule', stakeholder: 'test', severity: 'warning', given: 'initiatives[*]', message: '{{name}}', then: { field: 'businessNeed', function: 'defined' }, ...rule } as Rule;
  return runRules(loaded.data, [full], { asOf: '2026-11-25' }).map(loaded.place);
}

describe('the check engine', () => {
  it('never checks a retired initiative', () => {
    expect(run(MINIMAL, {})).toHaveLength(1);
    expect(run(edit(MINIMAL, 'stage: pilot', 'stage: retired'), {})).toEqual([]);
  });

  it('checks only platforms a live initiative uses: the others are candidates', () => {
    const text = edit(MINIMAL, '  - { id: linkedin, name: LinkedIn page }', '  - { id: linkedin, name: LinkedIn page }\n  - { id: yammer, name: Yammer }');
    const found = run(text, { given: 'platforms[*]', then: { field: 'mfa', function: 'truthy' } });
    expect(found.map((d) => d.message)).toEqual(['LinkedIn page']);
  });

  it('escalates to error under the tags named in escalateFor', () => {
    expect(run(MINIMAL, { escalateFor: ['FIN'] })[0]?.severity).toBe('warning');
    const fin = edit(MINIMAL, '  status: draft', '  status: draft\n  regulatoryTags: [FIN]');
    expect(run(fin, { escalateFor: ['FIN'] })[0]?.severity).toBe('error');
  });

  it('escalates when any one of the tags in escalateFor applies, not only when all do', () => {
    const gov = edit(MINIMAL, '  status: draft', '  status: draft\n  regulatoryTags: [GOV]');
    expect(run(gov, { escalateFor: ['FIN', 'GOV'] })[0]?.severity).toBe('error');
    expect(run(gov, { escalateFor: ['FIN', 'RIA'] })[0]?.severity).toBe('warning');
  });

  it("judges jurisdiction rules by an initiative's own audience when it names one", () => {
    const eu = edit(MINIMAL, '  status: draft', '  status: draft\n  jurisdictions: [US, DE]');
    expect(run(eu, { appliesTo: { jurisdictions: ['EU'] } })).toHaveLength(1);
    const usOnly = edit(eu, '    platforms: [linkedin]', '    audience: { description: US clients, jurisdictions: [US] }\n    platforms: [linkedin]');
    expect(run(usOnly, { appliesTo: { jurisdictions: ['EU'] } })).toEqual([]);
  });

  it('points at the deepest part of a missing path, and at the key of a block it names', () => {
    const [missing] = run(MINIMAL, { then: { field: 'personalData.dpia.status', function: 'defined' } });
    expect(missing).toMatchObject({ line: lineOf(MINIMAL, 'personalData:'), path: 'initiatives[0].personalData.dpia.status' });
    const [block] = run(MINIMAL, { then: { field: 'personalData', function: 'hasFields', value: ['ropaId'] }, message: 'missing {{missing}}' });
    expect(block).toMatchObject({ line: lineOf(MINIMAL, 'personalData:'), message: 'missing ropaId' });
  });

  it('evaluates anyOf, every and absolute fields', () => {
    expect(run(MINIMAL, { then: { anyOf: [{ field: 'businessNeed', function: 'defined' }, { field: 'scope', function: 'equals', value: 'external' }] } })).toEqual([]);
    expect(run(MINIMAL, { then: { field: 'platforms', function: 'every', value: { function: 'equals', value: 'linkedin' } } })).toEqual([]);
    expect(run(MINIMAL, { then: { field: '$.metadata.status', function: 'equals', value: 'approved' } })[0]).toMatchObject({ line: lineOf(MINIMAL, 'status: draft') });
  });
});

describe('jurisdictions and dates', () => {
  it.each([
    ['EU', 'DE', true],
    ['EU', 'EU', true],
    ['EU', 'US', false],
    ['US', 'US-CA', true],
    ['US-CA', 'US', false],
    ['EEA', 'NO', true],
    ['EU', 'NO', false],
  ])('%s covers %s: %s', (rule, strategy, expected) => {
    expect(covers(rule, strategy)).toBe(expected);
  });

  it('counts whole months, a month only once its day is reached', () => {
    expect(monthsBetween('2025-11-25', '2026-11-25')).toBe(12);
    expect(monthsBetween('2025-11-26', '2026-11-25')).toBe(11);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
  });

  it.each([
    ['2025-11-25', undefined],
    ['2025-11-24', { data: { age: '12 months old' } }],
    ['2026-12-01', { data: { age: 'in the future' } }],
  ])('withinMonths 12 as of 2026-11-25: %s', (date, expected) => {
    expect(withinMonths.check(date, 12, { asOf: '2026-11-25' } as never)).toEqual(expected);
  });
});
