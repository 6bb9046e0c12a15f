import { describe, expect, it } from 'vitest';
import type { Actual } from '../../src/measure/actuals.js';
import { layOut } from '../../src/measure/cash-flows.js';
import { centsText } from '../../src/measure/exact.js';
import { initiativeRoi, strategyRoi } from '../../src/measure/roi.js';
import { scorecard, type KpiScore } from '../../src/measure/scorecard.js';
import { parseStrategy } from '../../src/model/parse.js';
import type { Strategy } from '../../src/model/schema/strategy.js';
import { edit, indent, MINIMAL } from '../helpers.js';

/**
 * The KPI scorecard and the ROI model at their boundaries: the day an initiative starts, the day a KPI turns
 * stale, a target level with or without a baseline, a portfolio of initiatives starting on different days, a
 * net present value of exactly zero, and items running past the horizon. Every strategy is
 * test/fixtures/minimal.yaml with blocks edited in; every expected figure is worked out beside it from the
 * conventions of docs/roi.md and the rules of src/measure/scorecard.ts.
 */

type Initiative = Strategy['initiatives'][number];
type Flow = NonNullable<NonNullable<Initiative['roi']>['costs']>[number];

const AS_OF = '2026-11-25';
const c = centsText;

function parse(text: string): Strategy {
  const result = parseStrategy('boundaries.yaml', text);
  if (!result.loaded) throw new Error(`the test strategy does not load:\n${result.diagnostics.map((d) => d.message).join('\n')}\n${text}`);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.loaded.data;
}

/** The one initiative of the fixture, from "  - id: care" to the line before the top-level "platforms:". */
const CARE = MINIMAL.slice(MINIMAL.indexOf('  - id: care'), MINIMAL.indexOf('\nplatforms:') + 1);

/** The fixture's initiative under another id, with an optional start date, extra YAML (at column 0) and an roi block. */
function initiative(id: string, options: { starts?: string; stage?: string; roi?: string; extra?: string } = {}): string {
  const stage = options.stage ?? 'pilot';
  let text = edit(edit(edit(CARE, 'id: care', `id: ${id}`), 'name: Customer care', `name: Initiative ${id.toUpperCase()}`), 'stage: pilot', `stage: ${stage}`);
  if (options.starts) text = edit(text, `stage: ${stage}\n`, `stage: ${stage}\n    starts: ${options.starts}\n`);
  if (options.extra) text += `${indent(options.extra, 4)}\n`;
  if (options.roi) text += `    roi:\n${indent(options.roi, 6)}\n`;
  return text;
}

/** The fixture with its initiatives replaced, and optional top-level YAML appended. */
function strategyText(initiatives: string[], tail = ''): string {
  const before = MINIMAL.slice(0, MINIMAL.indexOf('  - id: care'));
  const after = MINIMAL.slice(MINIMAL.indexOf('\nplatforms:') + 1);
  return before + initiatives.join('') + after + tail;
}

describe('scorecard: an initiative that starts on the as-of day has started', () => {
  const KPIS = `kpis:
  - { id: reach, kind: quantitative, metric: Reach, baseline: 10, target: 20, cadence: weekly }`;
  const scoreFor = (starts: string | undefined, stage = 'pilot'): KpiScore => {
    const s = parse(strategyText([initiative('care', { ...(starts ? { starts } : {}), stage, extra: KPIS })]));
    const [only] = scorecard(s, [], AS_OF);
    return only!;
  };

  it('starting the day after the as-of day: not started, so no data but nothing owed', () => {
    expect(scoreFor('2026-11-26')).toMatchObject({ status: 'no-data', rule: 'the initiative has not started', notStarted: true });
  });

  it('starting on the as-of day itself: started, and a value is owed', () => {
    const s = scoreFor(AS_OF);
    expect(s).toMatchObject({ status: 'no-data', rule: 'no value recorded yet' });
    expect('notStarted' in s).toBe(false);
  });

  it('starting the day before, or with no start date, at pilot: started', () => {
    for (const starts of ['2026-11-24', undefined]) {
      const s = scoreFor(starts);
      expect(s.rule).toBe('no value recorded yet');
      expect(s.notStarted).toBeUndefined();
    }
  });

  it('an idea has not started whatever its date, even one in the past', () => {
    expect(scoreFor('2026-01-01', 'idea')).toMatchObject({ rule: 'the initiative has not started', notStarted: true });
  });

  it('once a value is recorded the start date no longer matters: it is scored', () => {
    const s = parse(strategyText([initiative('care', { starts: '2027-01-01', extra: KPIS })]));
    // (15 - 10) / (20 - 10) = 50%, one value: on-track at least halfway.
    const [only] = scorecard(s, [{ line: 2, initiative: 'care', kpi: 'reach', date: '2026-11-20', value: 15 }], AS_OF);
    expect(only).toMatchObject({ status: 'on-track', progressPct: 50 });
    expect(only!.notStarted).toBeUndefined();
  });
});

describe('scorecard: KPIs of every shape', () => {
  /**
   * - lead:   a target but no baseline, daily
   * - score:  baseline 60, target 80, yearly
   * - fall:   lower is better, baseline 40, target 10, monthly
   * - count:  no baseline, no target, no cadence
   * - tiny:   baseline 0, target 1e-300: a span so small the progress overflows
   */
  const KPIS = `kpis:
  - { id: lead, kind: quantitative, metric: Leads, target: 50, cadence: daily }
  - { id: score, kind: quantitative, metric: Survey score, baseline: 60, target: 80, cadence: yearly }
  - { id: fall, kind: quantitative, metric: Complaints, baseline: 40, target: 10, cadence: monthly }
  - { id: count, kind: quantitative, metric: Posts }
  - { id: tiny, kind: quantitative, metric: Defect rate, baseline: 0, target: 1e-300 }`;
  const STRATEGY = parse(strategyText([initiative('care', { extra: KPIS })]));
  let line = 2;
  const row = (kpi: string, date: string, value: number): Actual => ({ line: line++, initiative: 'care', kpi, date, value });
  const score = (kpi: string, rows: Actual[]): KpiScore => scorecard(STRATEGY, rows, AS_OF).find((s) => s.kpi === kpi)!;

  it('carries no cadence, baseline, target or unit the KPI does not have', () => {
    const count = score('count', [row('count', '2026-11-20', 3)]);
    for (const key of ['cadence', 'baseline', 'target', 'unit', 'staleDays']) expect(key in count).toBe(false);
    expect(score('lead', [])).toMatchObject({ cadence: 'daily', target: 50 });
    expect('baseline' in score('lead', [])).toBe(false);
  });

  it('a target without a baseline: no progress, at-risk, saying there is nothing to measure against', () => {
    const s = score('lead', [row('lead', '2026-11-25', 60)]);
    expect(s).toMatchObject({ progressPct: null, status: 'at-risk', rule: 'no baseline and target to measure progress against' });
  });

  it('a target without a baseline: toward the target is improving, from either side of it', () => {
    // Target 50. Below it: 40 then 45 closes the gap from 10 to 5; 45 then 40 widens it.
    expect(score('lead', [row('lead', '2026-11-24', 40), row('lead', '2026-11-25', 45)]).trend).toBe('improving');
    expect(score('lead', [row('lead', '2026-11-24', 45), row('lead', '2026-11-25', 40)]).trend).toBe('worsening');
    // Above it: 60 then 55 closes the gap from 10 to 5 (lower, yet toward the target); 55 then 60 widens it.
    expect(score('lead', [row('lead', '2026-11-24', 60), row('lead', '2026-11-25', 55)]).trend).toBe('improving');
    expect(score('lead', [row('lead', '2026-11-24', 55), row('lead', '2026-11-25', 60)]).trend).toBe('worsening');
  });

  it('no baseline and no target: higher counts as improving, lower as worsening, equal as flat', () => {
    expect(score('count', [row('count', '2026-11-01', 10), row('count', '2026-11-20', 12)]).trend).toBe('improving');
    expect(score('count', [row('count', '2026-11-01', 12), row('count', '2026-11-20', 10)]).trend).toBe('worsening');
    expect(score('count', [row('count', '2026-11-01', 12), row('count', '2026-11-20', 12)]).trend).toBe('flat');
  });

  it('a target below its baseline: falling is improving, rising worsening, equal flat', () => {
    // (25 - 40) / (10 - 40) = -15 / -30 = 50%
    expect(score('fall', [row('fall', '2026-10-31', 30), row('fall', '2026-11-20', 25)])).toMatchObject({ trend: 'improving', progressPct: 50, status: 'on-track' });
    // (30 - 40) / -30 = 33.3%, worsening: at-risk (not under 25%)
    expect(score('fall', [row('fall', '2026-10-31', 25), row('fall', '2026-11-20', 30)])).toMatchObject({ trend: 'worsening', status: 'at-risk' });
    expect(score('fall', [row('fall', '2026-10-31', 25), row('fall', '2026-11-20', 25)]).trend).toBe('flat');
    // (45 - 40) / -30 = -16.7%: worse than the baseline
    expect(score('fall', [row('fall', '2026-11-20', 45)])).toMatchObject({ status: 'off-track', rule: 'worse than the baseline' });
    // 10 is the target exactly: 100%
    expect(score('fall', [row('fall', '2026-11-20', 10)])).toMatchObject({ progressPct: 100, status: 'on-track', rule: 'the target is reached' });
  });

  it('a progress too large to show is no figure, yet the target counts as reached', () => {
    // (1e9 - 0) / 1e-300 x 100 = 1e311, beyond the largest double: Infinity.
    const s = score('tiny', [row('tiny', '2026-11-20', 1e9)]);
    expect(s).toMatchObject({ progressPct: null, status: 'on-track', rule: 'the target is reached' });
    // 1e-301 is a tenth of the way: (1e-301 - 0) / 1e-300 x 100 = 10, shown as it is.
    expect(score('tiny', [row('tiny', '2026-11-20', 1e-301)]).progressPct).toBeCloseTo(10, 10);
  });

  it('a daily KPI: a value 1 day old is fresh, 2 days old is stale', () => {
    expect(score('lead', [row('lead', '2026-11-24', 40)]).staleDays).toBeUndefined();
    expect(score('lead', [row('lead', '2026-11-23', 40)]).staleDays).toBe(2);
  });

  it('a yearly KPI: 366 days is fresh, 367 is stale', () => {
    // 2025-11-25 to 2026-11-25 is 365 days (no 29 February between), so 2025-11-24 is 366 days and 2025-11-23 is 367.
    expect(score('score', [row('score', '2025-11-24', 70)]).staleDays).toBeUndefined();
    expect(score('score', [row('score', '2025-11-23', 70)]).staleDays).toBe(367);
  });

  it('a monthly KPI across a 29 February: 31 days fresh, 32 stale', () => {
    // As of 2028-03-15: 2028-02-13 is 16 (Feb, a leap year) + 15 = 31 days; 2028-02-12 is 32.
    const at = (date: string) => scorecard(STRATEGY, [row('fall', date, 20)], '2028-03-15').find((s) => s.kpi === 'fall')!;
    expect(at('2028-02-13').staleDays).toBeUndefined();
    expect(at('2028-02-12').staleDays).toBe(32);
  });

  it('a KPI without a cadence is never stale, however old its value', () => {
    expect(score('count', [row('count', '2020-01-01', 3)]).staleDays).toBeUndefined();
  });
});

describe('scorecard: a target equal to the baseline, which is a level to hold', () => {
  const STRATEGY = parse(
    strategyText([
      initiative('care', {
        extra: `kpis:
  - { id: zero, kind: quantitative, metric: Data breaches, baseline: 0, target: 0, cadence: quarterly }`,
      }),
    ]),
  );
  const score = (rows: [string, number][]): KpiScore =>
    scorecard(STRATEGY, rows.map(([date, value], n) => ({ line: n + 2, initiative: 'care', kpi: 'zero', date, value })), AS_OF)[0]!;

  it('held at zero: on-track, with no progress figure', () => {
    expect(score([['2026-11-01', 0]])).toMatchObject({ status: 'on-track', rule: 'the target is held', progressPct: null, trend: 'unknown' });
  });

  it('off the level on either side: at-risk', () => {
    expect(score([['2026-11-01', 1]])).toMatchObject({ status: 'at-risk', rule: 'the target is a level to hold, and the latest value differs from it' });
    expect(score([['2026-11-01', -1]]).status).toBe('at-risk');
  });

  it('back to the level is improving, away from it worsening', () => {
    expect(score([['2026-10-01', 2], ['2026-11-01', 0]])).toMatchObject({ trend: 'improving', status: 'on-track' });
    expect(score([['2026-10-01', 0], ['2026-11-01', 3]])).toMatchObject({ trend: 'worsening', status: 'at-risk' });
  });
});

describe('layOut: an item whose endMonth lies at or beyond the horizon', () => {
  /** One cash flow as the schema parses it. */
  function flow(yaml: string): Flow {
    const s = parse(edit(MINIMAL, '      lawfulBasis: legitimate-interests\n', `      lawfulBasis: legitimate-interests\n    roi:\n      horizonMonths: 12\n      costs:\n        - ${yaml}\n`));
    return s.initiatives[0]!.roi!.costs![0]!;
  }
  const months = (line: bigint[]) => line.flatMap((v, k) => (v === 0n ? [] : [k]));

  it.each([
    // A period beginning at H would lie wholly after the horizon: the last period begins at H - 1 at the latest.
    ['a monthly cost in advance, endMonth 20, over 12 months: months 0..11', '{ item: X, amount: 100, recurrence: monthly, endMonth: 20 }', 12, 'advance', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ['a monthly cost in advance, endMonth 12 = H: months 0..11', '{ item: X, amount: 100, recurrence: monthly, endMonth: 12 }', 12, 'advance', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ['a monthly cost in advance, endMonth 11 = H - 1: months 0..11', '{ item: X, amount: 100, recurrence: monthly, endMonth: 11 }', 12, 'advance', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ['a monthly cost in advance, endMonth 10: months 0..10', '{ item: X, amount: 100, recurrence: monthly, endMonth: 10 }', 12, 'advance', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['a monthly benefit in arrears, endMonth 20, over 12 months: months 1..12', '{ item: X, amount: 100, recurrence: monthly, endMonth: 20 }', 12, 'arrears', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ['a yearly cost in advance, endMonth 600, over 24 months: months 0 and 12, not 24', '{ item: X, amount: 100, recurrence: yearly, endMonth: 600 }', 24, 'advance', [0, 12]],
    ['a yearly cost in advance, endMonth 24 = H, over 24 months: months 0 and 12', '{ item: X, amount: 100, recurrence: yearly, endMonth: 24 }', 24, 'advance', [0, 12]],
    ['a quarterly cost in advance, endMonth 13, over 12 months: 0, 3, 6, 9', '{ item: X, amount: 100, recurrence: quarterly, endMonth: 13 }', 12, 'advance', [0, 3, 6, 9]],
    ['a quarterly cost in advance from 3, endMonth 9 exactly: 3, 6, 9', '{ item: X, amount: 100, recurrence: quarterly, startMonth: 3, endMonth: 9 }', 12, 'advance', [3, 6, 9]],
    ['a quarterly cost in advance, endMonth 8: 0, 3, 6', '{ item: X, amount: 100, recurrence: quarterly, endMonth: 8 }', 12, 'advance', [0, 3, 6]],
    ['a monthly cost starting after its endMonth: nothing', '{ item: X, amount: 100, recurrence: monthly, startMonth: 5, endMonth: 4 }', 12, 'advance', []],
    ['a monthly cost starting at H: nothing (a period beginning at H is after the horizon)', '{ item: X, amount: 100, recurrence: monthly, startMonth: 12 }', 12, 'advance', []],
  ] as const)('%s', (_, yaml, horizon, timing, expected) => {
    const line = layOut(flow(yaml), horizon, timing);
    expect(line).toHaveLength(horizon + 1);
    expect(months(line)).toEqual(expected);
    expect(line.filter((v) => v !== 0n).every((v) => c(v) === '100.00')).toBe(true);
  });

  it('sums an initiative’s figures over what falls within the horizon only', () => {
    const s = parse(
      edit(
        MINIMAL,
        '      lawfulBasis: legitimate-interests\n',
        `      lawfulBasis: legitimate-interests
    roi:
      horizonMonths: 12
      costs: [{ item: Hosting, amount: 100, recurrence: monthly, endMonth: 30 }]
      benefits: [{ item: Savings, amount: 150, recurrence: monthly, endMonth: 30 }]
`,
      ),
    );
    const r = initiativeRoi(s.initiatives[0]!)!;
    // Costs at 0..11: 12 x 100 = 1,200. Benefits in arrears at 1..12: 12 x 150 = 1,800. Cumulative: -100 at 0,
    // then +50 a month from 1 to 11 (-100 + 50k), 0 at month 2 and above it after: payback at month 2.
    expect([c(r.totalCosts), c(r.totalBenefits), c(r.npv)]).toEqual(['1200.00', '1800.00', '600.00']);
    expect(r.paybackMonth).toBe(2);
  });
});

describe('the portfolio total over several initiatives', () => {
  it('sums costs, risk-adjusted benefits and unadjusted benefits over three initiatives', () => {
    const text = strategyText([
      // A: 1,000 at 0; 1,500 at 12, risk-adjusted by 20% to 1,200.
      initiative('a', { roi: 'horizonMonths: 12\nriskAdjustmentPct: 20\ncosts: [{ item: Build, amount: 1000, recurrence: once }]\nbenefits: [{ item: Sale, amount: 1500, recurrence: once, startMonth: 12 }]' }),
      // B: 500 at 0; 300 a month in arrears at 1, 2, 3.
      initiative('b', { roi: 'horizonMonths: 3\ncosts: [{ item: Build, amount: 500, recurrence: once }]\nbenefits: [{ item: Savings, amount: 300, recurrence: monthly }]' }),
      // C: 50 a month in advance at 0..5, no benefits.
      initiative('c', { roi: 'horizonMonths: 6\ncosts: [{ item: Licence, amount: 50, recurrence: monthly }]' }),
    ]);
    const r = strategyRoi(parse(text));
    expect(r.initiatives.map((i) => [i.initiative, c(i.totalCosts), c(i.totalBenefits), c(i.totalBenefitsUnadjusted)])).toEqual([
      ['a', '1000.00', '1200.00', '1500.00'],
      ['b', '500.00', '900.00', '900.00'],
      ['c', '300.00', '0.00', '0.00'],
    ]);
    const t = r.total!;
    // No start dates: every initiative at month 0 of the valuation date, which is none. The span is the longest horizon.
    expect(r.valuationDate).toBeNull();
    expect([t.startDate, t.startMonth, t.horizonMonths]).toEqual([null, 0, 12]);
    expect([c(t.totalCosts), c(t.totalBenefits), c(t.totalBenefitsUnadjusted)]).toEqual(['1800.00', '2100.00', '2400.00']);
    // At 0%: PV = the sums. NPV 2,100 - 1,800 = 300; ROI 300 / 1,800 = 16.67%.
    expect([c(t.pvCosts), c(t.pvBenefits), c(t.npv)]).toEqual(['1800.00', '2100.00', '300.00']);
    expect(t.roiPct).toBe(16.7); // 16.666...% rounded once to the decimal shown
    // Month 0: -1,550 (1,000 + 500 + 50); 1..3: +250 a month to -800; 4, 5: -50 a month to -900; 12: +1,200 to +300.
    expect(t.costs.map((x) => c(x))).toEqual(['1550.00', '50.00', '50.00', '50.00', '50.00', '50.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
    expect([t.paybackMonth, t.discountedPaybackMonth]).toEqual([12, 12]);
  });

  it('pays back exactly at a total NPV of zero, discounted as well as simple', () => {
    // At 0%: A spends 1,000 at its start (2026-03-02) and gets 1,000 back twelve months later; B, starting two months
    // later (2026-05-02), spends 600 and gets 600 back six months later. Calendar: -1,000 at 0, -600 at 2, +600 at 8,
    // +1,000 at 12. Cumulative: -1,000, -1,600, -1,000, 0: exactly zero at month 12, which counts as paid back.
    const text = strategyText([
      initiative('a', { starts: '2026-03-02', roi: 'horizonMonths: 12\ncosts: [{ item: Build, amount: 1000, recurrence: once }]\nbenefits: [{ item: Sale, amount: 1000, recurrence: once, startMonth: 12 }]' }),
      initiative('b', { starts: '2026-05-02', roi: 'horizonMonths: 6\ncosts: [{ item: Build, amount: 600, recurrence: once }]\nbenefits: [{ item: Sale, amount: 600, recurrence: once, startMonth: 6 }]' }),
    ]);
    const r = strategyRoi(parse(text));
    const [a, b] = r.initiatives;
    expect([a!.npv, a!.paybackMonth, a!.discountedPaybackMonth]).toEqual([0n, 12, 12]);
    expect([b!.npv, b!.paybackMonth, b!.discountedPaybackMonth]).toEqual([0n, 6, 6]);
    const t = r.total!;
    expect(t.npv).toBe(0n);
    expect(t.roiPct).toBe(0);
    expect([t.horizonMonths, t.paybackMonth, t.discountedPaybackMonth]).toEqual([12, 12, 12]);
    // 25% lower benefits: 1,200 back against 1,600 spent: NPV -400, no payback of either kind.
    expect(t.sensitivity.map((s) => [s.benefitsLowerPct, c(s.npv), s.paybackMonth, s.discountedPaybackMonth])).toEqual([
      [25, '-400.00', null, null],
      [50, '-800.00', null, null],
    ]);
  });

  it('has no ROI and no payback, simple or discounted, when no initiative has costs', () => {
    const text = strategyText([
      initiative('a', { starts: '2026-03-02', roi: 'horizonMonths: 12\nbenefits: [{ item: Savings, amount: 100, recurrence: monthly }]' }),
      initiative('b', { starts: '2026-04-02', roi: 'horizonMonths: 6\nbenefits: [{ item: Savings, amount: 50, recurrence: monthly }]' }),
    ]);
    const t = strategyRoi(parse(text)).total!;
    expect(t.hasCosts).toBe(false);
    expect([t.roiPct, t.paybackMonth, t.discountedPaybackMonth]).toEqual([null, null, null]);
    // 12 x 100 + 6 x 50 = 1,500
    expect(c(t.totalBenefits)).toBe('1500.00');
    expect(t.sensitivity.map((s) => [s.roiPct, s.paybackMonth, s.discountedPaybackMonth])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('has costs when only one month of the calendar carries a cost', () => {
    const text = strategyText([
      initiative('a', { roi: 'horizonMonths: 2\ncosts: [{ item: Build, amount: 10, recurrence: once, startMonth: 1 }]\nbenefits: [{ item: Sale, amount: 30, recurrence: once, startMonth: 2 }]' }),
    ]);
    const t = strategyRoi(parse(text)).total!;
    // Net: 0, -10, +30; cumulative 0, -10, +20: below zero last at month 1, so payback at month 2.
    expect([t.hasCosts, t.paybackMonth, t.discountedPaybackMonth, t.roiPct]).toEqual([true, 2, 2, 200]);
  });
});

describe('initiatives with different start dates: offsets on one calendar', () => {
  // Each: 1,000 at its start, 1,500 twelve months later, at 12% a year (the example of docs/roi.md).
  const MODEL = 'horizonMonths: 12\ndiscountRatePct: 12\ncosts: [{ item: Set-up, amount: 1000, recurrence: once }]\nbenefits: [{ item: Savings, amount: 1500, recurrence: once, startMonth: 12 }]';

  it('values at the earliest start whichever order the initiatives are listed in', () => {
    // B (2027-01-02) is listed before A (2026-03-02): the total is still valued at 2026-03-02, as in docs/roi.md.
    const r = strategyRoi(parse(strategyText([initiative('b', { starts: '2027-01-02', roi: MODEL }), initiative('a', { starts: '2026-03-02', roi: MODEL })])));
    expect(r.valuationDate).toBe('2026-03-02');
    expect([c(r.total!.npv), r.total!.paybackMonth, r.total!.horizonMonths]).toEqual(['648.00', 22, 22]);
  });

  it('takes a start two days apart within the same month: the earlier day', () => {
    const r = strategyRoi(parse(strategyText([initiative('b', { starts: '2026-03-04', roi: MODEL }), initiative('a', { starts: '2026-03-02', roi: MODEL })])));
    expect(r.valuationDate).toBe('2026-03-02');
  });

  it('places an initiative without a start date at the valuation date', () => {
    // U has no start date; A starts 2026-03-02 and sets the valuation date, so U shares A's calendar months:
    // costs 2 x 1,000 at 0 and benefits 2 x 1,500 at 12. NPV 2 x 339.29 = 678.57 (2 x 339.2857...).
    const r = strategyRoi(parse(strategyText([initiative('u', { roi: MODEL }), initiative('a', { starts: '2026-03-02', roi: MODEL })])));
    expect(r.valuationDate).toBe('2026-03-02');
    const t = r.total!;
    expect([t.horizonMonths, t.startMonth, c(t.npv), t.paybackMonth]).toEqual([12, 0, '678.57', 12]);
    expect(c(t.costs[0]!)).toBe('2000.00');
  });

  it('gives each initiative its own start date, or none', () => {
    const s = parse(strategyText([initiative('u', { roi: MODEL }), initiative('a', { starts: '2026-03-02', roi: MODEL }), initiative('d')]));
    const r = strategyRoi(s);
    expect(r.initiatives.map((i) => [i.initiative, i.startDate, i.startMonth])).toEqual([
      ['u', null, 0],
      ['a', '2026-03-02', 0],
    ]);
    expect(initiativeRoi(s.initiatives[1]!)!.startDate).toBe('2026-03-02');
    expect(initiativeRoi(s.initiatives[0]!)!.startDate).toBeNull();
    // An initiative without an roi block has no figures.
    expect(initiativeRoi(s.initiatives[2]!)).toBeNull();
  });

  it('values at a date after the first start: earlier flows are carried forward, and months count from that date', () => {
    // Valued at 2027-01-02, B's start: A (2026-03-02) starts ten months before, at calendar month -10.
    // Calendar: A's cost at -10 and benefit at 2; B's cost at 0 and benefit at 12. The span runs from -10 to 12: 22 months.
    const text = strategyText([initiative('a', { starts: '2026-03-02', roi: MODEL }), initiative('b', { starts: '2027-01-02', roi: MODEL })], 'roi:\n  valuationDate: 2027-01-02\n');
    const r = strategyRoi(parse(text));
    expect(r.valuationDate).toBe('2027-01-02');
    const t = r.total!;
    expect([t.startMonth, t.horizonMonths, t.startDate]).toEqual([-10, 22, '2027-01-02']);
    expect(t.costs).toHaveLength(23);
    // Index 0 is calendar month -10 (A's cost), index 10 is month 0 (B's cost).
    expect(t.costs.flatMap((x, i) => (x === 0n ? [] : [[i, c(x)]]))).toEqual([
      [0, '1000.00'],
      [10, '1000.00'],
    ]);
    expect(t.benefits.flatMap((x, i) => (x === 0n ? [] : [[i, c(x)]]))).toEqual([
      [12, '1500.00'],
      [22, '1500.00'],
    ]);
    // PV costs = 1,000 x 1.12^(10/12) + 1,000 = 1,099.04 + 1,000 = 2,099.04 (month -10 is compounded forward).
    // PV benefits = 1,500 / 1.12^(2/12) + 1,500 / 1.12 = 1,471.93 + 1,339.29 = 2,811.22. NPV 712.18.
    expect([c(t.pvCosts), c(t.pvBenefits), c(t.npv)]).toEqual(['2099.04', '2811.22', '712.18']);
    expect(t.roiPct).toBe(33.9); // 712.18 / 2,099.04 = 33.93%
    // Cumulative: -1,000 at -10, -2,000 at 0, -500 at 2, +1,000 at 12: payback 12 months after the valuation date.
    // Discounted: -1,099.04, -2,099.04, -627.11, +712.18: also month 12.
    expect([t.paybackMonth, t.discountedPaybackMonth]).toEqual([12, 12]);
    // 25% lower: PV benefits 2,108.42, NPV 9.37, cumulative -1,000, -2,000, -875, +250: payback 12 both ways.
    // 50% lower: PV benefits 1,405.61, NPV -693.43; cumulative ends at -500: no payback.
    expect(t.sensitivity.map((s) => [s.benefitsLowerPct, c(s.npv), s.paybackMonth, s.discountedPaybackMonth])).toEqual([
      [25, '9.37', 12, 12],
      [50, '-693.43', null, null],
    ]);
  });
});
