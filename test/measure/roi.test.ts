import { describe, expect, it } from 'vitest';
import { layOut } from '../../src/measure/cash-flows.js';
import { centsText } from '../../src/measure/exact.js';
import { initiativeRoi, paybackIndex, strategyRoi } from '../../src/measure/roi.js';
import { roiJson } from '../../src/render/view/roi-table.js';
import { parseStrategy } from '../../src/model/parse.js';
import type { Strategy } from '../../src/model/schema/strategy.js';
import { edit, indent, MINIMAL } from '../helpers.js';

/**
 * The ROI arithmetic checked against figures worked out by hand. Every strategy is test/fixtures/minimal.yaml
 * with an roi block (and, where needed, more initiatives copied from its one initiative) edited in, parsed the
 * way the CLI parses it. The working for each expected figure is written beside it.
 */

type Initiative = Strategy['initiatives'][number];
type Flow = NonNullable<NonNullable<Initiative['roi']>['costs']>[number];

/** The one initiative of the fixture, from "  - id: care" to the line before the top-level "platforms:". */
const CARE = MINIMAL.slice(MINIMAL.indexOf('  - id: care'), MINIMAL.indexOf('\nplatforms:') + 1);

/** The fixture's initiative under another id and stage, with an roi block (YAML written at column 0) and a start date. */
function initiative(id: string, roi: string | null, stage = 'pilot', starts?: string): string {
  let text = edit(edit(edit(CARE, 'id: care', `id: ${id}`), 'name: Customer care', `name: Initiative ${id.toUpperCase()}`), 'stage: pilot', `stage: ${stage}`);
  if (starts) text = edit(text, `stage: ${stage}\n`, `stage: ${stage}\n    starts: ${starts}\n`);
  return roi === null ? text : `${text}    roi:\n${indent(roi, 6)}\n`;
}

/** The fixture with its initiatives replaced. */
function strategyText(initiatives: string[], metadata = ''): string {
  const before = MINIMAL.slice(0, MINIMAL.indexOf('  - id: care'));
  const after = MINIMAL.slice(MINIMAL.indexOf('\nplatforms:') + 1);
  const head = metadata ? edit(before, '  status: draft\n', `  status: draft\n${indent(metadata, 2)}\n`) : before;
  return head + initiatives.join('') + after;
}

function parse(text: string): Strategy {
  const result = parseStrategy('roi-test.yaml', text);
  if (!result.loaded) throw new Error(`the test strategy does not load:\n${result.diagnostics.map((d) => d.message).join('\n')}\n${text}`);
  return result.loaded.data;
}

/** Minimal.yaml with one roi block edited into its initiative "care". */
function withRoi(roi: string): Strategy {
  return parse(edit(MINIMAL, '      lawfulBasis: legitimate-interests\n', `      lawfulBasis: legitimate-interests\n    roi:\n${indent(roi, 6)}\n`));
}

function roiOf(roi: string) {
  const result = initiativeRoi(withRoi(roi).initiatives[0]!);
  if (!result) throw new Error('no roi figures');
  return result;
}

/** One cash flow as the schema parses it, from a YAML flow mapping such as "{ item: X, amount: 5, recurrence: once }". */
function flow(yaml: string): Flow {
  const s = withRoi(`horizonMonths: 12\ncosts:\n  - ${yaml}`);
  return s.initiatives[0]!.roi!.costs![0]!;
}


/** Exact money as the JSON shows it: to the cent. */
const c = centsText;
/** The amounts of a laid-out line, to the cent, by month: only the months where something falls. */
function falls(line: bigint[]): Record<number, string> {
  return Object.fromEntries(line.flatMap((v, k) => (v === 0n ? [] : [[k, c(v)]])));
}

describe('layOut: cash flows on month boundaries 0..H (Forrester TEI, monthly)', () => {
  it.each([
    ['a one-off item falls on month 0 by default', '{ item: X, amount: 500, recurrence: once }', 12, 'advance', { 0: '500.00' }],
    ['a one-off item falls on its start month', '{ item: X, amount: 500, recurrence: once, startMonth: 5 }', 12, 'arrears', { 5: '500.00' }],
    ['a one-off item may fall on month H, the end of the horizon', '{ item: X, amount: 500, recurrence: once, startMonth: 12 }', 12, 'advance', { 12: '500.00' }],
    ['a one-off item after the horizon falls nowhere', '{ item: X, amount: 500, recurrence: once, startMonth: 13 }', 12, 'advance', {}],
    ['a monthly cost in advance: months 0..H-1', '{ item: X, amount: 100, recurrence: monthly }', 3, 'advance', { 0: '100.00', 1: '100.00', 2: '100.00' }],
    ['a monthly benefit in arrears: months 1..H', '{ item: X, amount: 100, recurrence: monthly }', 3, 'arrears', { 1: '100.00', 2: '100.00', 3: '100.00' }],
    ['a yearly cost in advance: 0, 12, 24', '{ item: X, amount: 1200, recurrence: yearly }', 36, 'advance', { 0: '1200.00', 12: '1200.00', 24: '1200.00' }],
    ['a yearly benefit in arrears: 12, 24, 36', '{ item: X, amount: 1200, recurrence: yearly }', 36, 'arrears', { 12: '1200.00', 24: '1200.00', 36: '1200.00' }],
    ['a yearly benefit whose year ends after the horizon is not realised in it', '{ item: X, amount: 1200, recurrence: yearly }', 30, 'arrears', { 12: '1200.00', 24: '1200.00' }],
    ['quarterly periods beginning at 3 and 6 (endMonth 8), in arrears: 6 and 9', '{ item: X, amount: 300, recurrence: quarterly, startMonth: 3, endMonth: 8 }', 12, 'arrears', { 6: '300.00', 9: '300.00' }],
    ['an item’s own timing overrides the default: a benefit in advance', '{ item: X, amount: 100, recurrence: monthly, timing: advance }', 2, 'arrears', { 0: '100.00', 1: '100.00' }],
    ['an item’s own timing overrides the default: a cost in arrears', '{ item: X, amount: 100, recurrence: monthly, timing: arrears }', 2, 'advance', { 1: '100.00', 2: '100.00' }],
  ] as const)('%s', (_, yaml, horizon, timing, expected) => {
    const line = layOut(flow(yaml), horizon, timing);
    expect(line).toHaveLength(horizon + 1);
    expect(falls(line)).toEqual(expected);
  });
});

describe('payback: the first month from whose end the cumulative net stays at or above zero', () => {
  it.each([
    ['never below zero', [0n, 5n], 0],
    ['reaches zero exactly at month 2 and stays', [-10n, 5n, 5n, 0n], 2],
    ['touches zero, dips, then stays from month 4', [-10n, 10n, -5n, 0n, 5n], 4],
    ['ends below zero', [-10n, 5n, 4n], null],
  ] as const)('%s', (_, net, expected) => {
    expect(paybackIndex(net)).toBe(expected);
  });
});

describe('one initiative', () => {
  it('a yearly benefit of 130,000 against a yearly cost of 120,000 pays back at month 36, not month 1', () => {
    // Costs in advance at 0, 12, 24; benefits in arrears at 12, 24, 36. Cumulative: -120k, -110k, -100k, +30k.
    const r = roiOf(`horizonMonths: 36
costs: [{ item: Licences, amount: 120000, recurrence: yearly }]
benefits: [{ item: Hours saved, amount: 130000, recurrence: yearly }]`);
    expect([c(r.pvCosts), c(r.pvBenefits), c(r.npv)]).toEqual(['360000.00', '390000.00', '30000.00']);
    expect(r.roiPct).toBe(8.3); // 30,000 / 360,000 = 8.33%
    expect(r.paybackMonth).toBe(36);
    expect(r.discountedPaybackMonth).toBe(36);
  });

  it('at 10% the same model has a negative NPV: simple payback at month 36, no discounted payback', () => {
    // PV costs = 120,000 (1 + 1/1.1 + 1/1.21) = 328,264.46; PV benefits = 130,000 (1/1.1 + 1/1.21 + 1/1.331) = 323,290.76.
    const r = roiOf(`horizonMonths: 36
discountRatePct: 10
costs: [{ item: Licences, amount: 120000, recurrence: yearly }]
benefits: [{ item: Hours saved, amount: 130000, recurrence: yearly }]`);
    expect([c(r.pvCosts), c(r.pvBenefits), c(r.npv)]).toEqual(['328264.46', '323290.76', '-4973.70']);
    expect(r.roiPct).toBe(-1.5); // -4,973.70 / 328,264.46 = -1.515%
    expect(r.paybackMonth).toBe(36);
    expect(r.discountedPaybackMonth).toBeNull();
  });

  it('a project that earns exactly its hurdle rate breaks even: NPV 0.00 and discounted payback when the discounted cumulative reaches zero', () => {
    // 1,120 a year after 1,000 at 12%: 1,120 / 1.12 = 1,000.00. The monthly factors are roots of 1.12, so the
    // present value misses 1,000 by 10^-27; judged at the cent, as it is shown, the project breaks even.
    const r = roiOf(`horizonMonths: 12
discountRatePct: 12
costs: [{ item: Set-up, amount: 1000, recurrence: once }]
benefits: [{ item: Savings, amount: 1120, recurrence: once, startMonth: 12 }]`);
    expect(c(r.npv)).toBe('0.00');
    expect(r.discountedPaybackMonth).toBe(12);
    // With 10 more at month 18 the cumulative is zero from month 12 and stays there: still month 12.
    const later = roiOf(`horizonMonths: 24
discountRatePct: 12
costs: [{ item: Set-up, amount: 1000, recurrence: once }]
benefits: [{ item: Savings, amount: 1120, recurrence: once, startMonth: 12 }, { item: Extra, amount: 10, recurrence: once, startMonth: 18 }]`);
    expect(later.discountedPaybackMonth).toBe(12);
    // 1,210 two years after 1,000 at 10%, and 1,050 a year after at 5%.
    for (const [rate, amount, month] of [[10, 1210, 24], [5, 1050, 12], [7.5, 1075, 12], [50, 1500, 12]] as const) {
      const even = roiOf(`horizonMonths: ${month}
discountRatePct: ${rate}
costs: [{ item: Set-up, amount: 1000, recurrence: once }]
benefits: [{ item: Savings, amount: ${amount}, recurrence: once, startMonth: ${month} }]`);
      expect([rate, c(even.npv), even.discountedPaybackMonth]).toEqual([rate, '0.00', month]);
    }
  });

  it('a one-off 12,000 repaid by 1,000 a month in arrears: the cumulative is exactly zero at month 12, which counts', () => {
    const r = roiOf(`horizonMonths: 24
costs: [{ item: Set-up, amount: 12000, recurrence: once }]
benefits: [{ item: Savings, amount: 1000, recurrence: monthly }]`);
    expect(r.paybackMonth).toBe(12);
    expect(c(r.totalBenefits)).toBe('24000.00');
  });

  it('a cumulative of exactly zero in cents at a trillion: no binary residue moves payback', () => {
    // 3 x 333,333,333,333.33 = 999,999,999,999.99 exactly; in doubles the sum misses by a fraction of a cent.
    const r = roiOf(`horizonMonths: 6
costs: [{ item: Platform, amount: 999999999999.99, recurrence: once }]
benefits: [{ item: Savings, amount: 333333333333.33, recurrence: monthly, endMonth: 2 }]`);
    expect(c(r.npv)).toBe('0.00');
    expect(r.npv).toBe(0n);
    expect(r.paybackMonth).toBe(3);
    expect(r.discountedPaybackMonth).toBe(3);
  });

  it('keeps every cent of amounts of 1e12 and more, and discounts month k by (1 + r)^(k/12)', () => {
    // 1,000,000,000,000.02 / 1.12^(1/12) = 990,600,397,943.02 (worked to 60 digits).
    const r = roiOf(`horizonMonths: 1
discountRatePct: 12
costs: [{ item: Build, amount: 1000000000000.01, recurrence: once }]
benefits: [{ item: Sale, amount: 1000000000000.02, recurrence: once, startMonth: 1 }]`);
    expect(c(r.totalCosts)).toBe('1000000000000.01');
    expect(c(r.totalBenefits)).toBe('1000000000000.02');
    expect(c(r.pvCosts)).toBe('1000000000000.01');
    expect(c(r.pvBenefits)).toBe('990600397943.02');
    expect(c(r.npv)).toBe('-9399602056.99');
    const undiscounted = roiOf(`horizonMonths: 1
costs: [{ item: Build, amount: 1000000000000.01, recurrence: once }]
benefits: [{ item: Sale, amount: 1000000000000.02, recurrence: once, startMonth: 1 }]`);
    expect(c(undiscounted.npv)).toBe('0.01');
    expect(undiscounted.paybackMonth).toBe(1);
  });

  it('applies the risk adjustment to benefits only', () => {
    const r = roiOf(`horizonMonths: 12
riskAdjustmentPct: 20
costs: [{ item: Set-up, amount: 1000, recurrence: once }]
benefits: [{ item: Savings, amount: 1000.05, recurrence: once, startMonth: 12 }]`);
    expect([c(r.totalCosts), c(r.totalBenefits), c(r.totalBenefitsUnadjusted)]).toEqual(['1000.00', '800.04', '1000.05']);
  });

  it('has no payback and no ROI without costs: n/a, not "not within"', () => {
    const r = roiOf(`horizonMonths: 12
benefits: [{ item: Savings, amount: 100, recurrence: monthly }]`);
    expect(r.hasCosts).toBe(false);
    expect(r.roiPct).toBeNull();
    expect(r.paybackMonth).toBeNull();
    expect(r.discountedPaybackMonth).toBeNull();
  });

  it('a model with costs and no benefits: ROI -100%, no payback', () => {
    const r = roiOf(`horizonMonths: 12
costs: [{ item: Licences, amount: 100, recurrence: monthly }]`);
    expect(r.roiPct).toBe(-100);
    expect(r.paybackMonth).toBeNull();
    expect(r.hasCosts).toBe(true);
  });
});

describe('sensitivity: benefits lower, costs as they are', () => {
  it('takes 25% and 50% off the risk-adjusted benefits by default, and custom steps when asked', () => {
    const s = withRoi(`horizonMonths: 12
riskAdjustmentPct: 20
costs: [{ item: Set-up, amount: 1000, recurrence: once }]
benefits: [{ item: Savings, amount: 2000, recurrence: once, startMonth: 12 }]`);
    // Risk-adjusted benefits 1,600; 25% lower 1,200; 50% lower 800; 10% lower 1,440.
    const [base] = strategyRoi(s).initiatives;
    expect(base!.sensitivity.map((x) => [x.benefitsLowerPct, c(x.npv), x.paybackMonth])).toEqual([
      [25, '200.00', 12],
      [50, '-200.00', null],
    ]);
    const [custom] = strategyRoi(s, { sensitivity: [10] }).initiatives;
    expect(custom!.sensitivity.map((x) => c(x.npv))).toEqual(['440.00']);
  });
});

describe('the strategy total, on one calendar', () => {
  // Each: 1,000 at its start, 1,500 twelve months later, at 12% a year.
  const MODEL = `horizonMonths: 12
discountRatePct: 12
costs: [{ item: Set-up, amount: 1000, recurrence: once }]
benefits: [{ item: Savings, amount: 1500, recurrence: once, startMonth: 12 }]`;
  const text = strategyText([initiative('a', MODEL, 'run', '2026-03-02'), initiative('b', MODEL, 'pilot', '2027-01-02')]);

  it('places two initiatives starting ten months apart by their start dates, valued at the earliest start', () => {
    const r = strategyRoi(parse(text));
    const [a, b] = r.initiatives;
    // Each on its own: NPV 1,500 / 1.12 - 1,000 = 339.29, payback at its month 12.
    expect([c(a!.npv), c(b!.npv), a!.paybackMonth, b!.paybackMonth]).toEqual(['339.29', '339.29', 12, 12]);
    expect(r.valuationDate).toBe('2026-03-02');
    const t = r.total!;
    // Calendar: costs at months 0 and 10, benefits at 12 and 22. PV costs 1,000 + 1,000 / 1.12^(10/12) = 1,909.88;
    // PV benefits 1,500 / 1.12 + 1,500 / 1.12^(22/12) = 2,557.88. Cumulative -1,000, -2,000, -500, +1,000.
    expect([t.horizonMonths, t.startMonth]).toEqual([22, 0]);
    expect([c(t.pvCosts), c(t.pvBenefits), c(t.npv)]).toEqual(['1909.88', '2557.88', '648.00']);
    expect(t.roiPct).toBe(33.9); // 33.93%
    expect(t.paybackMonth).toBe(22);
    expect(t.discountedPaybackMonth).toBe(22);
    expect(falls(t.costs)).toEqual({ 0: '1000.00', 10: '1000.00' });
  });

  it('values the total at roi.valuationDate when the strategy sets one, and counts payback from it', () => {
    const valued = parse(`${text}roi:\n  valuationDate: 2025-03-02\n`);
    const t = strategyRoi(valued).total!;
    // Twelve months earlier: every flow one more year away. PV costs 1,705.25, PV benefits 2,283.82.
    expect(strategyRoi(valued).valuationDate).toBe('2025-03-02');
    expect([c(t.pvCosts), c(t.pvBenefits), c(t.npv)]).toEqual(['1705.25', '2283.82', '578.57']);
    expect(t.paybackMonth).toBe(34);
    expect(t.startMonth).toBe(0);
  });

  it('leaves a retired initiative out, and an initiative without an roi block', () => {
    const s = parse(strategyText([initiative('a', MODEL, 'run', '2026-03-02'), initiative('b', MODEL, 'retired', '2027-01-02'), initiative('d', null)]));
    const r = strategyRoi(s);
    expect(r.initiatives.map((i) => i.initiative)).toEqual(['a']);
    expect(c(r.total!.npv)).toBe('339.29');
    expect(strategyRoi(s, { initiative: 'b' }).initiatives.map((i) => i.initiative)).toEqual(['b']);
  });

  it('has no total when no initiative has an roi block', () => {
    expect(strategyRoi(parse(strategyText([initiative('d', null)]))).total).toBeNull();
  });
});

describe('roi --format json', () => {
  it('states its conventions and writes money as exact number literals to the cent', () => {
    const json = roiJson(strategyRoi(withRoi(`horizonMonths: 1
costs: [{ item: Build, amount: 1000000000000.01, recurrence: once }]
benefits: [{ item: Sale, amount: 1000000000000.02, recurrence: once, startMonth: 1 }]`)));
    expect(json).toContain('"totalCosts": 1000000000000.01,');
    expect(json).toContain('"npv": 0.01,');
    const data = JSON.parse(json) as { conventions: Record<string, string>; initiatives: { npv: number; paybackMonth: number; discountedPaybackMonth: number }[] };
    expect(data.conventions.recurringCosts).toMatch(/advance/);
    expect(data.conventions.recurringBenefits).toMatch(/arrears/);
    expect(data.conventions.discounting).toContain('(1 + r)^(k/12)');
    expect(data.initiatives[0]).toMatchObject({ npv: 0.01, paybackMonth: 1, discountedPaybackMonth: 1 });
  });

  it('cannot be fooled by a name that looks like the placeholder for money', () => {
    const s = withRoi(`horizonMonths: 1\ncosts: [{ item: Build, amount: 5, recurrence: once }]`);
    s.initiatives[0]!.name = '@cents:x:1.00';
    const data = JSON.parse(roiJson(strategyRoi(s))) as { initiatives: { name: string }[] };
    expect(data.initiatives[0]!.name).toBe('@cents:x:1.00');
  });
});
