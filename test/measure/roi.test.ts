import { describe, expect, it } from 'vitest';
import { layOut } from '../../src/measure/cash-flows.js';
import { initiativeRoi, paybackMonth, strategyRoi } from '../../src/measure/roi.js';
import { roiJson } from '../../src/measure/roi-view.js';
import { parseStrategy } from '../../src/model/parse.js';
import type { Strategy } from '../../src/model/schema/strategy.js';
import { edit, MINIMAL } from '../helpers.js';

/**
 * The ROI arithmetic checked against figures worked out by hand. Every strategy is test/fixtures/minimal.yaml
 * with an roi block (and, where needed, more initiatives copied from its one initiative) edited in, parsed the
 * way the CLI parses it. The working for each expected figure is written beside it.
 */

type Initiative = Strategy['initiatives'][number];
type Flow = NonNullable<NonNullable<Initiative['roi']>['costs']>[number];

/** The one initiative of the fixture, from "  - id: care" to the line before the top-level "platforms:". */
const CARE = MINIMAL.slice(MINIMAL.indexOf('  - id: care'), MINIMAL.indexOf('\nplatforms:') + 1);

/** Indent every line of a YAML fragment written at column 0. */
function indent(text: string, spaces: number): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n');
}

/** The fixture's initiative under another id and stage, with an roi block (YAML written at column 0). */
function initiative(id: string, roi: string | null, stage = 'pilot'): string {
  const text = edit(edit(edit(CARE, 'id: care', `id: ${id}`), 'name: Customer care', `name: Initiative ${id.toUpperCase()}`), 'stage: pilot', `stage: ${stage}`);
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

describe('layOut: one cost or benefit line, month by month (month 0 first)', () => {
  it('once, with no startMonth: the whole amount in month 0', () => {
    expect(layOut(flow('{ item: Set-up, amount: 500, recurrence: once }'), 6)).toEqual([500, 0, 0, 0, 0, 0]);
  });

  it('once, with startMonth 3: in month 3 only', () => {
    expect(layOut(flow('{ item: Set-up, amount: 500, recurrence: once, startMonth: 3 }'), 6)).toEqual([0, 0, 0, 500, 0, 0]);
  });

  it('monthly: every month from startMonth to the end of the horizon', () => {
    expect(layOut(flow('{ item: Licences, amount: 100, recurrence: monthly }'), 4)).toEqual([100, 100, 100, 100]);
    // start 2, horizon 6: months 2, 3, 4, 5
    expect(layOut(flow('{ item: Licences, amount: 100, recurrence: monthly, startMonth: 2 }'), 6)).toEqual([0, 0, 100, 100, 100, 100]);
  });

  it('quarterly: every third month', () => {
    // months 0, 3, 6, 9 of 12
    expect(layOut(flow('{ item: Review, amount: 300, recurrence: quarterly }'), 12)).toEqual([300, 0, 0, 300, 0, 0, 300, 0, 0, 300, 0, 0]);
    // start 1: months 1, 4, 7, 10 of 12
    expect(layOut(flow('{ item: Review, amount: 300, recurrence: quarterly, startMonth: 1 }'), 12)).toEqual([0, 300, 0, 0, 300, 0, 0, 300, 0, 0, 300, 0]);
  });

  it('yearly: every twelfth month', () => {
    const months = layOut(flow('{ item: Support, amount: 1200, recurrence: yearly }'), 36);
    expect(months).toHaveLength(36);
    // months 0, 12, 24 of 36
    expect(months.flatMap((a, t) => (a ? [t] : []))).toEqual([0, 12, 24]);
    expect(months.filter((a) => a !== 0)).toEqual([1200, 1200, 1200]);
    // start 6: months 6, 18, 30
    expect(layOut(flow('{ item: Support, amount: 1200, recurrence: yearly, startMonth: 6 }'), 36).flatMap((a, t) => (a ? [t] : []))).toEqual([6, 18, 30]);
  });

  it('endMonth: the last month an amount falls in, inclusive', () => {
    // months 2, 3, 4 of 8
    expect(layOut(flow('{ item: Contractor, amount: 50, recurrence: monthly, startMonth: 2, endMonth: 4 }'), 8)).toEqual([0, 0, 50, 50, 50, 0, 0, 0]);
    // quarterly from 0 to 6: months 0, 3, 6 (9 is after endMonth)
    expect(layOut(flow('{ item: Review, amount: 30, recurrence: quarterly, endMonth: 6 }'), 12)).toEqual([30, 0, 0, 30, 0, 0, 30, 0, 0, 0, 0, 0]);
    // an endMonth past the horizon is cut at the horizon: months 0..3 of 4
    expect(layOut(flow('{ item: Contractor, amount: 50, recurrence: monthly, endMonth: 100 }'), 4)).toEqual([50, 50, 50, 50]);
  });

  it('a start after the horizon puts nothing in it', () => {
    expect(layOut(flow('{ item: Later, amount: 500, recurrence: once, startMonth: 12 }'), 12)).toEqual(new Array(12).fill(0));
    expect(layOut(flow('{ item: Later, amount: 500, recurrence: monthly, startMonth: 24 }'), 12)).toEqual(new Array(12).fill(0));
    expect(layOut(flow('{ item: Later, amount: 500, recurrence: yearly, startMonth: 13 }'), 12)).toEqual(new Array(12).fill(0));
  });
});

describe('present value, NPV and ROI %', () => {
  it('at a zero discount rate PV is the plain sum', () => {
    const roi = `
horizonMonths: 12
discountRatePct: 0
costs:
  - { item: Agency, amount: 3000, recurrence: quarterly }
benefits:
  - { item: Time saved, amount: 1500, recurrence: monthly, startMonth: 2 }`;
    const r = roiOf(roi);
    expect(r.pvCosts).toBeCloseTo(12_000, 6); // 3,000 x 4 quarters (months 0, 3, 6, 9) = 12,000
    expect(r.pvBenefits).toBeCloseTo(15_000, 6); // 1,500 x 10 months (2..11) = 15,000
    expect(r.totalCosts).toBe(12_000);
    expect(r.totalBenefits).toBe(15_000);
    expect(r.npv).toBeCloseTo(3_000, 6); // 15,000 - 12,000
    expect(r.roiPct).toBeCloseTo(25, 6); // 3,000 / 12,000 x 100
    // An omitted rate is 0 too.
    const omitted = roiOf(roi.replace('discountRatePct: 0\n', ''));
    expect(omitted.discountRatePct).toBe(0);
    expect(omitted.pvCosts).toBeCloseTo(12_000, 6);
    expect(omitted.pvBenefits).toBeCloseTo(15_000, 6);
  });

  it('at 8% a yearly amount at months 0, 12, 24 is amount + amount/1.08 + amount/1.08^2', () => {
    const r = roiOf(`
horizonMonths: 36
discountRatePct: 8
costs:
  - { item: Support, amount: 10000, recurrence: yearly }`);
    // 10,000 + 10,000/1.08 + 10,000/1.1664 = 10,000 + 9,259.2593 + 8,573.3882 = 27,832.6475
    expect(r.pvCosts).toBeCloseTo(27_832.6475, 3);
    expect(r.totalCosts).toBe(30_000); // 3 x 10,000, undiscounted
  });

  describe('NPV and ROI % at 8% over 36 months', () => {
    const roi = `
horizonMonths: 36
discountRatePct: 8
costs:
  - { item: Set-up, amount: 20000, recurrence: once }
  - { item: Support, amount: 10000, recurrence: yearly }
benefits:
  - { item: Savings, amount: 30000, recurrence: yearly }`;
    // The yearly factor: 1 + 1/1.08 + 1/1.08^2 = 1 + 0.9259259 + 0.8573388 = 2.7832647
    const r = roiOf(roi);

    it('computes PV costs, PV benefits, NPV and ROI', () => {
      expect(r.pvCosts).toBeCloseTo(47_832.6475, 3); // 20,000 + 10,000 x 2.7832647 = 47,832.6475
      expect(r.pvBenefits).toBeCloseTo(83_497.9424, 3); // 30,000 x 2.7832647 = 83,497.9424
      expect(r.npv).toBeCloseTo(35_665.2949, 3); // 83,497.9424 - 47,832.6475 = 35,665.2949
      expect(r.roiPct).toBeCloseTo(74.562661, 5); // 35,665.2949 / 47,832.6475 x 100 = 74.5627%
      // cumulative: month 0: 30,000 - 30,000 = 0, month 12: +20,000, month 24: +20,000 -> never below 0 -> month 1
      expect(r.paybackMonth).toBe(1);
    });

    it('rounds once in JSON: money to the cent, ROI to 0.1', () => {
      const json = JSON.parse(roiJson(strategyRoi(withRoi(roi)))) as { currency: string | null; initiatives: Record<string, unknown>[] };
      expect(json.currency).toBeNull(); // the fixture has no currency
      expect(json.initiatives[0]).toMatchObject({
        initiative: 'care',
        horizonMonths: 36,
        discountRatePct: 8,
        riskAdjustmentPct: 0,
        totalCosts: 50_000, // 20,000 + 3 x 10,000
        totalBenefits: 90_000, // 3 x 30,000
        pvCosts: 47_832.65, // 47,832.6475 -> .65
        pvBenefits: 83_497.94, // 83,497.9424 -> .94
        npv: 35_665.29, // 35,665.2949 -> .29
        roiPct: 74.6, // 74.5627 -> 74.6
        paybackMonth: 1,
        sensitivity: [
          { benefitsLowerPct: 25, npv: 14_790.81, roiPct: 30.9, paybackMonth: 13 }, // see the sensitivity tests below
          { benefitsLowerPct: 50, npv: -6_083.68, roiPct: -12.7, paybackMonth: null },
        ],
      });
    });
  });

  it('keeps the currency of the strategy', () => {
    const s = parse(strategyText([initiative('a', 'horizonMonths: 12\ncosts:\n  - { item: X, amount: 1, recurrence: once }')], 'currency: EUR'));
    expect(strategyRoi(s).currency).toBe('EUR');
    expect(JSON.parse(roiJson(strategyRoi(s))).currency).toBe('EUR');
  });
});

describe('risk adjustment', () => {
  const roi = `
horizonMonths: 12
riskAdjustmentPct: 20
costs:
  - { item: Set-up, amount: 5000, recurrence: once }
benefits:
  - { item: Time saved, amount: 1000, recurrence: monthly }`;
  const r = roiOf(roi);

  it('multiplies benefits by 1 - 20% = 0.8', () => {
    expect(r.monthlyBenefits).toEqual(new Array(12).fill(800)); // 1,000 x 0.8
    expect(r.totalBenefitsUnadjusted).toBe(12_000); // 12 x 1,000
    expect(r.totalBenefits).toBeCloseTo(9_600, 6); // 12 x 800
    expect(r.pvBenefits).toBeCloseTo(9_600, 6); // rate 0
  });

  it('leaves costs alone', () => {
    expect(r.monthlyCosts).toEqual([5000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.totalCosts).toBe(5_000);
    expect(r.pvCosts).toBe(5_000);
    expect(r.npv).toBeCloseTo(4_600, 6); // 9,600 - 5,000
    expect(r.roiPct).toBeCloseTo(92, 6); // 4,600 / 5,000 x 100
    // cumulative 800 x n - 5,000: n = 6 -> -200, n = 7 -> +600 -> month 7
    expect(r.paybackMonth).toBe(7);
  });
});

describe('payback: the first month from whose end cumulative net cash flow stays >= 0', () => {
  const simple = `
horizonMonths: 24
costs:
  - { item: Set-up, amount: 12000, recurrence: once }
benefits:
  - { item: Savings, amount: 1000, recurrence: monthly }`;

  it('a one-off 12,000 repaid by 1,000 a month: cumulative reaches 0 at the end of month 12', () => {
    // end of month n: 1,000 x n - 12,000; n = 11 -> -1,000, n = 12 -> 0
    expect(roiOf(simple).paybackMonth).toBe(12);
    // the same in a 12-month horizon: 0 at the very last month still counts
    expect(roiOf(simple.replace('horizonMonths: 24', 'horizonMonths: 12')).paybackMonth).toBe(12);
  });

  it('with a yearly cost that pulls the total below zero again, payback comes after the last dip', () => {
    const r = roiOf(`
horizonMonths: 36
costs:
  - { item: Licence, amount: 10000, recurrence: yearly }
benefits:
  - { item: Savings, amount: 1000, recurrence: monthly }`);
    // end of month n (1-based): 1,000 x n - 10,000 x (years started)
    //   n = 10: 10,000 - 10,000 = 0  (first touches zero)
    //   n = 13: 13,000 - 20,000 = -7,000  (dip)
    //   n = 20: 0;  n = 25: 25,000 - 30,000 = -5,000  (last dip);  n = 30: 0;  n = 36: 6,000
    expect(r.paybackMonth).toBe(30);
  });

  it('zero rate, quarterly costs, benefits from month 2: touches zero at month 6, dips, stays from month 8', () => {
    const r = roiOf(`
horizonMonths: 12
costs:
  - { item: Agency, amount: 3000, recurrence: quarterly }
benefits:
  - { item: Time saved, amount: 1500, recurrence: monthly, startMonth: 2 }`);
    // cumulative by month index 0..11: -3000 -3000 -1500 -3000 -1500 0 -1500 0 1500 0 1500 3000
    // last below zero at index 6 -> from the end of month 8 (1-based) it stays >= 0
    expect(r.paybackMonth).toBe(8);
  });

  it('is null when not reached within the horizon', () => {
    // 11 months: 11 x 1,000 - 12,000 = -1,000 at the end
    expect(roiOf(simple.replace('horizonMonths: 24', 'horizonMonths: 11')).paybackMonth).toBeNull();
  });

  it('paybackMonth on plain arrays', () => {
    expect(paybackMonth([5, 0, 0], [0, 5, 5])).toBe(2); // -5, 0, 5
    expect(paybackMonth([5, 0, 0], [5, 0, 0])).toBe(1); // 0 from the first month
    expect(paybackMonth([5, 0, 5], [0, 6, 0])).toBeNull(); // -5, 1, -4
    expect(paybackMonth([0, 0], [1, 1])).toBeNull(); // no costs
    expect(paybackMonth([1, 0], [0, 0])).toBeNull(); // no benefits
    // 0.1 + 0.2 - 0.3 is -5.6e-17 in binary floating point: that is zero, not a dip
    expect(paybackMonth([0.3, 0], [0.1, 0.2])).toBe(2);
  });
});

describe('edge cases', () => {
  it('no benefits: ROI -100%, payback null', () => {
    const roi = `
horizonMonths: 12
discountRatePct: 8
costs:
  - { item: Set-up, amount: 1000, recurrence: once }`;
    for (const text of [roi, `${roi}\nbenefits: []`]) {
      const r = roiOf(text);
      expect(r.pvCosts).toBe(1000); // month 0, not discounted
      expect(r.pvBenefits).toBe(0);
      expect(r.npv).toBe(-1000); // 0 - 1,000
      expect(r.roiPct).toBe(-100); // -1,000 / 1,000 x 100
      expect(r.paybackMonth).toBeNull();
    }
    const s = strategyRoi(withRoi(roi));
    expect(s.initiatives[0]!.sensitivity).toEqual([
      { benefitsLowerPct: 25, npv: -1000, roiPct: -100, paybackMonth: null },
      { benefitsLowerPct: 50, npv: -1000, roiPct: -100, paybackMonth: null },
    ]);
    expect(JSON.parse(roiJson(s)).initiatives[0]).toMatchObject({ npv: -1000, roiPct: -100, paybackMonth: null });
  });

  it('no costs: ROI null (nothing to return on), payback null', () => {
    const roi = `
horizonMonths: 12
benefits:
  - { item: Time saved, amount: 500, recurrence: monthly }`;
    const r = roiOf(roi);
    expect(r.pvCosts).toBe(0);
    expect(r.pvBenefits).toBeCloseTo(6000, 6); // 12 x 500 at rate 0
    expect(r.npv).toBeCloseTo(6000, 6);
    expect(r.roiPct).toBeNull();
    expect(r.paybackMonth).toBeNull();
    const s = strategyRoi(withRoi(roi));
    expect(s.initiatives[0]!.sensitivity.map((x) => x.roiPct)).toEqual([null, null]);
    expect(s.total!.roiPct).toBeNull();
    expect(JSON.parse(roiJson(s)).initiatives[0]).toMatchObject({ pvCosts: 0, pvBenefits: 6000, npv: 6000, roiPct: null, paybackMonth: null });
  });

  it('one-off costs only, at 8%', () => {
    const r = roiOf(`
horizonMonths: 12
discountRatePct: 8
costs:
  - { item: Set-up, amount: 10000, recurrence: once }
  - { item: Second phase, amount: 6000, recurrence: once, startMonth: 6 }
benefits:
  - { item: Savings, amount: 2000, recurrence: monthly }`);
    expect(r.monthlyCosts).toEqual([10000, 0, 0, 0, 0, 0, 6000, 0, 0, 0, 0, 0]);
    expect(r.totalCosts).toBe(16_000);
    // 10,000 + 6,000 / 1.08^(6/12) = 10,000 + 6,000 / 1.0392305 = 10,000 + 5,773.5027 = 15,773.5027
    expect(r.pvCosts).toBeCloseTo(15_773.5027, 3);
    // 2,000 x sum over t = 0..11 of 1.08^(-t/12) = 2,000 x (1 - 1/1.08) / (1 - 1.08^(-1/12)) = 2,000 x 11.5869319 = 23,173.8639
    expect(r.pvBenefits).toBeCloseTo(23_173.8639, 3);
    expect(r.npv).toBeCloseTo(7_400.3612, 3); // 23,173.8639 - 15,773.5027
    expect(r.roiPct).toBeCloseTo(46.916410, 5); // 7,400.3612 / 15,773.5027 x 100
    // cumulative (undiscounted) by month index: 2,000 x (t+1) - 10,000 - (t >= 6 ? 6,000 : 0)
    //   index 4: 0, index 5: 2,000, index 6: -2,000 (dip), index 7: 0, then up -> month 8
    expect(r.paybackMonth).toBe(8);
  });

  it('a horizon shorter than a year: 6 months at 8%, each month discounted by 1.08^(t/12)', () => {
    const r = roiOf(`
horizonMonths: 6
discountRatePct: 8
costs:
  - { item: Set-up, amount: 2000, recurrence: once }
  - { item: Licences, amount: 1000, recurrence: monthly }
benefits:
  - { item: Savings, amount: 1500, recurrence: monthly }`);
    expect(r.monthlyCosts).toEqual([3000, 1000, 1000, 1000, 1000, 1000]);
    // 1,000 / 1.08^(t/12): t=0 1,000.0000; t=1 /1.0064340 = 993.6071; t=2 /1.0129095 = 987.2551;
    //                      t=3 /1.0194265 = 980.9437; t=4 /1.0259856 = 974.6726; t=5 /1.0325868 = 968.4416
    //   sum = 5,904.9200; plus the set-up 2,000 in month 0 = 7,904.9200
    expect(r.pvCosts).toBeCloseTo(7_904.92, 3);
    // benefits are 1.5 x the licence line: 1.5 x 5,904.9200 = 8,857.3800
    expect(r.pvBenefits).toBeCloseTo(8_857.38, 3);
    expect(r.npv).toBeCloseTo(952.46, 3); // 8,857.3800 - 7,904.9200
    expect(r.roiPct).toBeCloseTo(12.048952, 5); // 952.46 / 7,904.92 x 100
    // cumulative: 500 x n - 2,000 -> 0 at the end of month 4
    expect(r.paybackMonth).toBe(4);
    expect(r.horizonMonths).toBe(6);
  });
});

describe('sensitivity: benefits lower, costs unchanged', () => {
  const roi = `
horizonMonths: 36
discountRatePct: 8
costs:
  - { item: Set-up, amount: 20000, recurrence: once }
  - { item: Support, amount: 10000, recurrence: yearly }
benefits:
  - { item: Savings, amount: 30000, recurrence: yearly }`;
  // PV costs 47,832.6475 and PV benefits 83,497.9424, as worked out above.

  it('defaults to 25% and 50% lower', () => {
    const [lower25, lower50, ...rest] = strategyRoi(withRoi(roi)).initiatives[0]!.sensitivity;
    expect(rest).toEqual([]);
    expect(lower25!.benefitsLowerPct).toBe(25);
    // PV benefits 0.75 x 83,497.9424 = 62,623.4568; NPV 62,623.4568 - 47,832.6475 = 14,790.8093
    expect(lower25!.npv).toBeCloseTo(14_790.8093, 3);
    expect(lower25!.roiPct).toBeCloseTo(30.921996, 5); // 14,790.8093 / 47,832.6475 x 100
    // cumulative: month 0: 22,500 - 30,000 = -7,500; month 12: +22,500 - 10,000 = 5,000 -> month 13
    expect(lower25!.paybackMonth).toBe(13);
    expect(lower50!.benefitsLowerPct).toBe(50);
    // PV benefits 0.5 x 83,497.9424 = 41,748.9712; NPV 41,748.9712 - 47,832.6475 = -6,083.6763
    expect(lower50!.npv).toBeCloseTo(-6_083.6763, 3);
    expect(lower50!.roiPct).toBeCloseTo(-12.718669, 5); // -6,083.6763 / 47,832.6475 x 100
    // 15,000 - 30,000 = -15,000; +5,000 at month 12 and 24 -> -5,000 at the end -> null
    expect(lower50!.paybackMonth).toBeNull();
  });

  it('takes custom steps', () => {
    const steps = strategyRoi(withRoi(roi), { sensitivity: [10, 0, 100] }).initiatives[0]!.sensitivity;
    expect(steps.map((s) => s.benefitsLowerPct)).toEqual([10, 0, 100]);
    // 0.9 x 83,497.9424 = 75,148.1481; - 47,832.6475 = 27,315.5007; / 47,832.6475 = 57.1064%
    expect(steps[0]!.npv).toBeCloseTo(27_315.5007, 3);
    expect(steps[0]!.roiPct).toBeCloseTo(57.106395, 5);
    // 0% lower is the base case: 35,665.2949, 74.5627%, month 1
    expect(steps[1]!.npv).toBeCloseTo(35_665.2949, 3);
    expect(steps[1]!.roiPct).toBeCloseTo(74.562661, 5);
    expect(steps[1]!.paybackMonth).toBe(1);
    // 100% lower: no benefits left -> NPV = -PV costs, ROI -100%, no payback
    expect(steps[2]!.npv).toBeCloseTo(-47_832.6475, 3);
    expect(steps[2]!.roiPct).toBeCloseTo(-100, 6);
    expect(steps[2]!.paybackMonth).toBeNull();
  });

  it('lowers the risk-adjusted benefits, not the raw ones', () => {
    const s = strategyRoi(
      withRoi(`
horizonMonths: 12
riskAdjustmentPct: 20
costs:
  - { item: Set-up, amount: 5000, recurrence: once }
benefits:
  - { item: Time saved, amount: 1000, recurrence: monthly }`),
    ).initiatives[0]!;
    const [lower25, lower50] = s.sensitivity;
    // 1,000 x 0.8 x 0.75 = 600 a month: 7,200 - 5,000 = 2,200 -> 44%; 600 x n >= 5,000 from n = 9
    expect(lower25!.npv).toBeCloseTo(2_200, 6);
    expect(lower25!.roiPct).toBeCloseTo(44, 6);
    expect(lower25!.paybackMonth).toBe(9);
    // 1,000 x 0.8 x 0.5 = 400 a month: 4,800 - 5,000 = -200 -> -4%; never repaid
    expect(lower50!.npv).toBeCloseTo(-200, 6);
    expect(lower50!.roiPct).toBeCloseTo(-4, 6);
    expect(lower50!.paybackMonth).toBeNull();
    // the base figures are untouched by the sensitivity run
    expect(s.pvCosts).toBe(5000);
    expect(s.monthlyBenefits).toEqual(new Array(12).fill(800));
  });
});

describe('the strategy total', () => {
  // A: 12 months at 0%; 12,000 set-up in month 0, 1,100 a month of benefits.
  const A = `
horizonMonths: 12
costs:
  - { item: Set-up, amount: 12000, recurrence: once }
benefits:
  - { item: Savings, amount: 1100, recurrence: monthly }`;
  // B: 24 months at 8%; 6,000 in month 12, 5,400 a year of benefits (months 0 and 12).
  const B = `
horizonMonths: 24
discountRatePct: 8
costs:
  - { item: Upgrade, amount: 6000, recurrence: once, startMonth: 12 }
benefits:
  - { item: Savings, amount: 5400, recurrence: yearly }`;
  // C: retired, with a horizon and costs that would change every figure if it were counted.
  const C = `
horizonMonths: 48
discountRatePct: 3
costs:
  - { item: Old platform, amount: 99999, recurrence: monthly }`;
  const s = parse(strategyText([initiative('a', A, 'run'), initiative('b', B, 'rollout'), initiative('c', C, 'retired'), initiative('d', null)]));

  it('lists each initiative with its own figures', () => {
    const r = strategyRoi(s);
    expect(r.initiatives.map((i) => i.initiative)).toEqual(['a', 'b']);
    const [a, b] = r.initiatives;
    expect(a!.name).toBe('Initiative A');
    expect(a!.pvCosts).toBe(12_000);
    expect(a!.pvBenefits).toBeCloseTo(13_200, 6); // 12 x 1,100
    expect(a!.npv).toBeCloseTo(1_200, 6);
    expect(a!.roiPct).toBeCloseTo(10, 6); // 1,200 / 12,000
    expect(a!.paybackMonth).toBe(11); // 1,100 x 10 = 11,000 < 12,000; 1,100 x 11 = 12,100
    expect(b!.pvCosts).toBeCloseTo(5_555.5556, 3); // 6,000 / 1.08
    expect(b!.pvBenefits).toBeCloseTo(10_400, 6); // 5,400 + 5,400 / 1.08 = 5,400 + 5,000
    expect(b!.npv).toBeCloseTo(4_844.4444, 3); // 10,400 - 5,555.5556
    expect(b!.roiPct).toBeCloseTo(87.2, 6); // 4,844.4444 / 5,555.5556 x 100
    expect(b!.paybackMonth).toBe(1); // 5,400 in month 0; 5,400 + 5,400 - 6,000 = 4,800 in month 12
  });

  it('adds present values, each at its own rate', () => {
    const t = strategyRoi(s).total!;
    expect(t.horizonMonths).toBe(24); // the longer of 12 and 24 (the retired 48 is left out)
    expect(t.pvCosts).toBeCloseTo(17_555.5556, 3); // 12,000 + 6,000 / 1.08
    expect(t.pvBenefits).toBeCloseTo(23_600, 6); // 13,200 + 10,400
    expect(t.npv).toBeCloseTo(6_044.4444, 3); // 23,600 - 17,555.5556
    expect(t.roiPct).toBeCloseTo(34.430380, 5); // 6,044.4444 / 17,555.5556 x 100
    expect(t.totalCosts).toBe(18_000); // 12,000 + 6,000
    expect(t.totalBenefits).toBeCloseTo(24_000, 6); // 13,200 + 2 x 5,400
    // A single 8% on everything would give 12,000 + 5,555.56 and 1,100 x 11.5869 + 10,400 = 23,145.63: not what is wanted.
    expect(t.pvBenefits).not.toBeCloseTo(23_145.63, 0);
  });

  it('finds payback in the summed monthly flows', () => {
    const t = strategyRoi(s).total!;
    // costs:    month 0: 12,000; month 12: 6,000
    // benefits: month 0: 1,100 + 5,400 = 6,500; months 1..11: 1,100; month 12: 5,400; months 13..23: 0
    expect(t.monthlyCosts[0]).toBe(12_000);
    expect(t.monthlyCosts[12]).toBe(6_000);
    expect(t.monthlyBenefits.slice(0, 13)).toEqual([6500, ...new Array(11).fill(1100), 5400]);
    expect(t.monthlyBenefits).toHaveLength(24);
    // cumulative: index 0: -5,500; index t: -5,500 + 1,100 t -> index 4: -1,100, index 5: 0 -> month 6;
    //             index 11: 6,600; index 12: 6,600 + 5,400 - 6,000 = 6,000, then flat
    // (neither A's 11 nor B's 1)
    expect(t.paybackMonth).toBe(6);
  });

  it('works out the sensitivity of the total the same way', () => {
    const [lower25, lower50] = strategyRoi(s).total!.sensitivity;
    // PV benefits 0.75 x 23,600 = 17,700; NPV 17,700 - 17,555.5556 = 144.4444; ROI 0.8228%
    expect(lower25!.npv).toBeCloseTo(144.4444, 3);
    expect(lower25!.roiPct).toBeCloseTo(0.822785, 5);
    // benefits 4,875 then 825 a month, 4,050 in month 12: index 0: -7,125; index t: -7,125 + 825 t -> index 8: -525,
    // index 9: +300; index 11: 1,950; index 12: 1,950 + 4,050 - 6,000 = 0 (still not below) -> month 10
    expect(lower25!.paybackMonth).toBe(10);
    // PV benefits 11,800; NPV -5,755.5556; ROI -32.7848%; index 11: -8,750 + 6,050 = -2,700, index 12: -6,000 -> null
    expect(lower50!.npv).toBeCloseTo(-5_755.5556, 3);
    expect(lower50!.roiPct).toBeCloseTo(-32.784810, 5);
    expect(lower50!.paybackMonth).toBeNull();
  });

  it('rounds the total in JSON, without a rate of its own', () => {
    const json = JSON.parse(roiJson(strategyRoi(s))) as { total: Record<string, unknown> };
    expect(json.total).not.toHaveProperty('discountRatePct');
    expect(json.total).not.toHaveProperty('riskAdjustmentPct');
    expect(json.total).toMatchObject({
      horizonMonths: 24,
      totalCosts: 18_000,
      totalBenefits: 24_000,
      pvCosts: 17_555.56, // 17,555.5556
      pvBenefits: 23_600,
      npv: 6_044.44, // 6,044.4444
      roiPct: 34.4, // 34.4304
      paybackMonth: 6,
      sensitivity: [
        { benefitsLowerPct: 25, npv: 144.44, roiPct: 0.8, paybackMonth: 10 },
        { benefitsLowerPct: 50, npv: -5_755.56, roiPct: -32.8, paybackMonth: null },
      ],
    });
  });

  it('leaves a retired initiative out', () => {
    const r = strategyRoi(s);
    expect(r.initiatives.find((i) => i.initiative === 'c')).toBeUndefined();
    // the retired initiative still has figures of its own when asked directly
    expect(initiativeRoi(s.initiatives[2]!)!.totalCosts).toBe(48 * 99_999);
  });

  it('gives no figures for an initiative without an roi block', () => {
    expect(initiativeRoi(s.initiatives[3]!)).toBeNull();
  });

  it('--initiative selects one initiative, and the total is that initiative', () => {
    const r = strategyRoi(s, { initiative: 'b' });
    expect(r.initiatives.map((i) => i.initiative)).toEqual(['b']);
    expect(r.total!.horizonMonths).toBe(24);
    expect(r.total!.pvCosts).toBeCloseTo(5_555.5556, 3);
    expect(r.total!.pvBenefits).toBeCloseTo(10_400, 6);
    expect(r.total!.npv).toBeCloseTo(4_844.4444, 3);
    expect(r.total!.roiPct).toBeCloseTo(87.2, 6);
    expect(r.total!.paybackMonth).toBe(1);
    expect(strategyRoi(s, { initiative: 'a' }).total!.paybackMonth).toBe(11);
  });

  it('has no total when no initiative has an roi block', () => {
    const r = strategyRoi(parse(MINIMAL));
    expect(r.initiatives).toEqual([]);
    expect(r.total).toBeNull();
    expect(JSON.parse(roiJson(r))).toEqual({ currency: null, initiatives: [], total: null });
  });
});

describe('rounding, once and symmetrically', () => {
  it('rounds halves away from zero, negative figures as positive ones', async () => {
    const { roundTo, percent, money } = await import('../../src/measure/money.js');
    expect([roundTo(1.005, 2), roundTo(-1.005, 2)]).toEqual([1.01, -1.01]);
    expect([percent(12.25), percent(-12.25)]).toEqual(['12.3%', '-12.3%']);
    expect([money(2.5, 'EUR'), money(-2.5, 'EUR')]).toEqual(['EUR 3', '-EUR 3']);
    expect(roundTo(-0.004, 2)).toBe(0);
    expect(Object.is(roundTo(-0.004, 2), -0)).toBe(false);
  });
});

describe('a retired initiative', () => {
  it('leaves the portfolio total, but is computed when asked for by name', async () => {
    const { parseStrategy } = await import('../../src/model/parse.js');
    const { strategyRoi } = await import('../../src/measure/roi.js');
    const { edit, MINIMAL } = await import('../helpers.js');
    const text = edit(
      edit(MINIMAL, 'stage: pilot', 'stage: retired'),
      '    platforms: [linkedin]\n',
      '    platforms: [linkedin]\n    roi: { horizonMonths: 12, costs: [{ item: Set-up, amount: 1200, recurrence: once }], benefits: [{ item: Hours, amount: 200, recurrence: monthly }] }\n',
    );
    const strategy = parseStrategy('r.yaml', text).loaded!.data;
    expect(strategyRoi(strategy).initiatives).toEqual([]);
    // 1,200 at month 0; 200 a month from month 0: cumulative -1,000, -800, ... reaches 0 at the end of month 6.
    expect(strategyRoi(strategy, { initiative: 'care' }).initiatives[0]).toMatchObject({ initiative: 'care', npv: 1200, paybackMonth: 6 });
  });
});
