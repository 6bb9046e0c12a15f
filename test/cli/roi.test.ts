import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { edit, MINIMAL, ROOT, runCli, tempDir, type Run } from '../helpers.js';

/**
 * `socialplan roi` as a user runs it. The figures for the manufacturer example are checked against a second,
 * deliberately plain implementation written here, from the YAML read with the yaml package, and against the
 * cash flows laid out by hand in the comments.
 */

const EXAMPLE = 'examples/manufacturer-collaboration.yaml';
const tmp = tempDir();

interface Flow {
  item: string;
  amount: number;
  recurrence: 'once' | 'monthly' | 'quarterly' | 'yearly';
  startMonth?: number;
  endMonth?: number;
}
interface RoiBlock {
  horizonMonths: number;
  discountRatePct?: number;
  riskAdjustmentPct?: number;
  costs?: Flow[];
  benefits?: Flow[];
}
interface Figures {
  npv: number;
  roiPct: number | null;
  paybackMonth: number | null;
}
interface JsonFigures extends Figures {
  horizonMonths: number;
  totalCosts: number;
  totalBenefits: number;
  pvCosts: number;
  pvBenefits: number;
  sensitivity: (Figures & { benefitsLowerPct: number })[];
  monthlyCosts: number[];
  monthlyBenefits: number[];
}
interface JsonRoi {
  currency: string | null;
  initiatives: (JsonFigures & { initiative: string; name: string })[];
  total: JsonFigures | null;
}

// ---------------------------------------------------------------------------------------------------------
// The second implementation: month by month, nothing clever.

/** Does this flow fall in this month? */
function falls(flow: Flow, month: number, horizon: number): boolean {
  const first = flow.startMonth ?? 0;
  const last = Math.min(flow.endMonth ?? horizon - 1, horizon - 1);
  if (month < first || month > last) return false;
  if (flow.recurrence === 'once') return month === first;
  const every = { monthly: 1, quarterly: 3, yearly: 12 }[flow.recurrence];
  return (month - first) % every === 0;
}

function byHand(roi: RoiBlock, benefitsLowerPct = 0) {
  const h = roi.horizonMonths;
  const r = (roi.discountRatePct ?? 0) / 100;
  const keep = (1 - (roi.riskAdjustmentPct ?? 0) / 100) * (1 - benefitsLowerPct / 100);
  const costs: number[] = [];
  const benefits: number[] = [];
  let pvCosts = 0;
  let pvBenefits = 0;
  for (let t = 0; t < h; t++) {
    let c = 0;
    let b = 0;
    for (const f of roi.costs ?? []) if (falls(f, t, h)) c += f.amount;
    for (const f of roi.benefits ?? []) if (falls(f, t, h)) b += f.amount * keep;
    costs.push(c);
    benefits.push(b);
    pvCosts += c / (1 + r) ** (t / 12);
    pvBenefits += b / (1 + r) ** (t / 12);
  }
  // Payback: try month k = 1, 2, ...; k pays back when the running total is >= 0 at the end of k and every later month.
  const running: number[] = [];
  let sum = 0;
  for (let t = 0; t < h; t++) running.push((sum += benefits[t]! - costs[t]!));
  let payback: number | null = null;
  const anyCost = costs.some((c) => c > 0);
  const anyBenefit = benefits.some((b) => b > 0);
  for (let k = 1; k <= h && anyCost && anyBenefit; k++) {
    if (running.slice(k - 1).every((x) => x >= -0.000001)) {
      payback = k;
      break;
    }
  }
  return {
    costs,
    benefits,
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    roiPct: pvCosts === 0 ? null : ((pvBenefits - pvCosts) / pvCosts) * 100,
    paybackMonth: payback,
  };
}

const cents = (x: number) => Math.round(x * 100) / 100;
const tenth = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

const exampleYaml = parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as { initiatives: { id: string; roi?: RoiBlock }[] };
const withRoi = exampleYaml.initiatives.filter((i) => i.roi);

function expectCleanFailure(run: Run): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.stderr).not.toMatch(/internal error|TypeError|ReferenceError|RangeError/);
}

function problems(text: string): string[] {
  const result = lint({ strings: { roi: text }, config: { default: true, MD013: false } });
  return (result.roi ?? []).map((e) => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

describe(`socialplan roi ${EXAMPLE} --format json`, () => {
  const run = runCli(['roi', EXAMPLE, '--format', 'json']);
  const json = JSON.parse(run.stdout) as JsonRoi;

  it('exits 0 with JSON on stdout and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(json.currency).toBe('EUR');
  });

  it('gives NPV, ROI % and payback for every initiative with an roi block', () => {
    expect(withRoi.map((i) => i.id)).toEqual(['plant-network', 'shift-handover']);
    expect(json.initiatives.map((i) => i.initiative)).toEqual(withRoi.map((i) => i.id));
    for (const i of json.initiatives) {
      expect(typeof i.npv).toBe('number');
      expect(typeof i.roiPct).toBe('number');
      expect(typeof i.paybackMonth).toBe('number');
    }
    expect(json.total).not.toBeNull();
  });

  it('shift-handover matches the hand calculation', () => {
    // roi: horizon 24 months, 8% a year, benefits risk-adjusted by 30%
    //   costs:    tablets 27,600 once (month 0); licences 882 monthly (months 0..23); coordinator 9,167 once (month 0)
    //   benefits: 29,376 yearly from month 4 and 26,000 yearly from month 4 -> months 4 and 16 (28 is past the horizon)
    // Laid out:
    //   costs    month 0: 27,600 + 9,167 + 882 = 37,649;  months 1..23: 882
    //   benefits months 4 and 16: (29,376 + 26,000) x (1 - 0.30) = 55,376 x 0.7 = 38,763.20;  every other month 0
    // PV costs    = 36,767 + 882 x sum(t = 0..23) 1.08^(-t/12) = 36,767 + 882 x 22.3155726 = 36,767 + 19,682.3350 = 56,449.3350
    // PV benefits = 38,763.20 x (1.08^(-4/12) + 1.08^(-16/12)) = 38,763.20 x (0.9746726 + 0.9024746) = 72,764.2320
    // NPV = 72,764.2320 - 56,449.3350 = 16,314.8970;  ROI = 16,314.8970 / 56,449.3350 x 100 = 28.90% -> 28.9
    // Cumulative, undiscounted: month 0: -37,649; month 3: -37,649 - 3 x 882 = -40,295;
    //   month 4: -40,295 - 882 + 38,763.20 = -2,413.80; month 15: -2,413.80 - 11 x 882 = -12,115.80;
    //   month 16: -12,115.80 - 882 + 38,763.20 = 25,765.40; month 23: 25,765.40 - 7 x 882 = 19,591.40
    //   -> last below zero at index 15 -> payback month 17
    const hand = byHand(withRoi.find((i) => i.id === 'shift-handover')!.roi!);
    expect(hand.costs[0]).toBe(37_649);
    expect(hand.costs.slice(1)).toEqual(new Array(23).fill(882));
    expect(hand.benefits.flatMap((b, t) => (b ? [t] : []))).toEqual([4, 16]);
    expect(hand.benefits[4]).toBeCloseTo(38_763.2, 6);
    expect(hand.pvCosts).toBeCloseTo(56_449.335, 2);
    expect(hand.pvBenefits).toBeCloseTo(72_764.232, 2);
    expect(hand.paybackMonth).toBe(17);

    const cli = json.initiatives.find((i) => i.initiative === 'shift-handover')!;
    expect(cli.horizonMonths).toBe(24);
    expect(cli.totalCosts).toBe(cents(27_600 + 9_167 + 24 * 882)); // 57,935
    expect(cli.totalBenefits).toBe(cents(2 * 38_763.2)); // 77,526.40
    expect(cli.pvCosts).toBe(cents(hand.pvCosts)); // 56,449.34
    expect(cli.pvBenefits).toBe(cents(hand.pvBenefits)); // 72,764.23
    expect(cli.npv).toBe(cents(hand.npv)); // 16,314.90
    expect(cli.roiPct).toBe(tenth(hand.roiPct)); // 28.9
    expect(cli.roiPct).toBe(28.9);
    expect(cli.paybackMonth).toBe(17);
    expect(cli.monthlyCosts).toEqual(hand.costs.map(cents));
    expect(cli.monthlyBenefits).toEqual(hand.benefits.map(cents));
  });

  it('shift-handover sensitivity matches the hand calculation', () => {
    // 25% lower: 38,763.20 x 0.75 = 29,072.40 in months 4 and 16; PV 0.75 x 72,764.2320 = 54,573.1740
    //   NPV 54,573.1740 - 56,449.3350 = -1,876.1610; ROI -3.32%;
    //   cumulative month 15: -40,295 - 882 + 29,072.40 - 11 x 882 = -21,806.60; month 16: +28,190.40 -> 6,383.80;
    //   month 23: 6,383.80 - 6,174 = 209.80 -> payback month 17
    // 50% lower: 19,381.60; month 16: -12,997.80 and falling -> null; NPV 36,382.1160 - 56,449.3350 = -20,067.2190
    const roi = withRoi.find((i) => i.id === 'shift-handover')!.roi!;
    const cli = json.initiatives.find((i) => i.initiative === 'shift-handover')!;
    const [lower25, lower50] = [byHand(roi, 25), byHand(roi, 50)];
    expect(lower25.npv).toBeCloseTo(-1_876.161, 2);
    expect(lower50.npv).toBeCloseTo(-20_067.219, 2);
    expect(cli.sensitivity).toEqual([
      { benefitsLowerPct: 25, npv: cents(lower25.npv), roiPct: tenth(lower25.roiPct), paybackMonth: 17 },
      { benefitsLowerPct: 50, npv: cents(lower50.npv), roiPct: tenth(lower50.roiPct), paybackMonth: null },
    ]);
    expect(lower25.paybackMonth).toBe(17);
    expect(lower50.paybackMonth).toBeNull();
  });

  it('plant-network matches the hand calculation', () => {
    // roi: horizon 36 months, 8%, risk 25%
    //   costs    month 0: 6,240 + 190,000 + 62,640 + 85,000 + 40,000 = 383,880; months 12 and 24: 6,240 + 190,000 + 62,640 = 258,880;
    //            every other month: 6,240
    //   benefits months 12 and 24: (673,728 + 382,375) x 0.75 = 792,077.25
    // PV costs    = 125,000 + 6,240 x sum(t = 0..35) 1.08^(-t/12) + 252,640 x (1 + 1/1.08 + 1/1.08^2)
    //             = 125,000 + 6,240 x 32.2494991 + 252,640 x 2.7832647 = 125,000 + 201,236.8747 + 703,164.0055 = 1,029,400.8802
    // PV benefits = 792,077.25 x (1/1.08 + 1/1.08^2) = 792,077.25 x 1.7832647 = 1,412,483.4362
    // NPV 383,082.5560; ROI 37.21% -> 37.2
    // cumulative: month 11: -383,880 - 11 x 6,240 = -452,520; month 12: -452,520 - 258,880 + 792,077.25 = 80,677.25;
    //   month 23: 80,677.25 - 11 x 6,240 = 12,037.25; month 24: +533,197.25 -> 545,234.50; month 35: 476,594.50 -> payback 13
    const hand = byHand(withRoi.find((i) => i.id === 'plant-network')!.roi!);
    expect(hand.pvCosts).toBeCloseTo(1_029_400.8802, 2);
    expect(hand.pvBenefits).toBeCloseTo(1_412_483.4362, 2);
    expect(hand.paybackMonth).toBe(13);
    const cli = json.initiatives.find((i) => i.initiative === 'plant-network')!;
    expect(cli).toMatchObject({
      pvCosts: cents(hand.pvCosts), // 1,029,400.88
      pvBenefits: cents(hand.pvBenefits), // 1,412,483.44
      npv: cents(hand.npv), // 383,082.56
      roiPct: 37.2,
      paybackMonth: 13,
    });
    expect(cli.roiPct).toBe(tenth(hand.roiPct));
    expect(cli.sensitivity).toEqual(
      [25, 50].map((pct) => {
        const s = byHand(withRoi.find((i) => i.id === 'plant-network')!.roi!, pct);
        return { benefitsLowerPct: pct, npv: cents(s.npv), roiPct: tenth(s.roiPct), paybackMonth: s.paybackMonth };
      }),
    );
  });

  it('the total adds the two initiatives month by month', () => {
    const [a, b] = withRoi.map((i) => byHand(i.roi!));
    const pvCosts = a!.pvCosts + b!.pvCosts; // both at 8%: 1,029,400.8802 + 56,449.3350 = 1,085,850.2152
    const pvBenefits = a!.pvBenefits + b!.pvBenefits; // 1,412,483.4362 + 72,764.2320 = 1,485,247.6682
    // Payback on the summed flows (36 months; shift-handover adds nothing after month 23)
    const net = a!.benefits.map((x, t) => x - a!.costs[t]! + (b!.benefits[t] ?? 0) - (b!.costs[t] ?? 0));
    let running = 0;
    const cumulative = net.map((x) => (running += x));
    const payback = cumulative.findIndex((_, k) => cumulative.slice(k).every((x) => x >= 0)) + 1;
    expect(json.total).toMatchObject({
      horizonMonths: 36,
      pvCosts: cents(pvCosts),
      pvBenefits: cents(pvBenefits),
      npv: cents(pvBenefits - pvCosts),
      roiPct: tenth(((pvBenefits - pvCosts) / pvCosts) * 100),
      paybackMonth: payback,
    });
    expect(json.total!.paybackMonth).toBe(13);
  });
});

describe(`socialplan roi ${EXAMPLE} (table and markdown)`, () => {
  it('shows a row per initiative, a total and a sensitivity section', () => {
    const run = runCli(['roi', EXAMPLE]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [main, sensitivity] = run.stdout.split('\nSensitivity\n');
    expect(sensitivity).toBeDefined();
    const rows = main!.trim().split('\n');
    expect(rows[0]).toMatch(/^Initiative\s+PV costs\s+PV benefits \(risk-adjusted\)\s+NPV\s+ROI\s+Payback$/);
    expect(rows.slice(1)).toHaveLength(3);
    expect(rows[1]).toMatch(/^Plant-to-plant knowledge network \(plant-network\)\s+EUR 1,029,401\s+EUR 1,412,483\s+EUR 383,083\s+37\.2%\s+month 13$/);
    expect(rows[2]).toMatch(/^Frontline shift-handover community \(pilot\) \(shift-handover\)\s+EUR 56,449\s+EUR 72,764\s+EUR 16,315\s+28\.9%\s+month 17$/);
    expect(rows[3]).toMatch(/^All initiatives\s+EUR 1,085,850\s+EUR 1,485,248\s+EUR 399,397\s+36\.8%\s+month 13$/);
    const sens = sensitivity!.trim().split('\n\n')[0]!.split('\n');
    expect(sens[0]).toMatch(/^Initiative\s+ROI, benefits -25%\s+Payback, benefits -25%\s+ROI, benefits -50%\s+Payback, benefits -50%$/);
    expect(sens.slice(1).map((r) => r.split(/\s{2,}/)[0])).toEqual([
      'Plant-to-plant knowledge network (plant-network)',
      'Frontline shift-handover community (pilot) (shift-handover)',
      'All initiatives',
    ]);
    expect(sens[2]).toMatch(/-3\.3%\s+month 17\s+-35\.5%\s+not within 24 months$/);
  });

  it('--initiative shows that initiative alone, without a total row', () => {
    const run = runCli(['roi', EXAMPLE, '--initiative', 'shift-handover']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('(shift-handover)');
    expect(run.stdout).not.toContain('plant-network');
    expect(run.stdout).not.toContain('All initiatives');
  });

  it('--sensitivity 10,20,30 gives three sensitivity steps', () => {
    const run = runCli(['roi', EXAMPLE, '--format', 'json', '--sensitivity', '10,20,30']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as JsonRoi;
    expect(json.total!.sensitivity.map((s) => s.benefitsLowerPct)).toEqual([10, 20, 30]);
    const roi = withRoi.find((i) => i.id === 'shift-handover')!.roi!;
    const lower10 = byHand(roi, 10);
    expect(json.initiatives[1]!.sensitivity[0]).toEqual({ benefitsLowerPct: 10, npv: cents(lower10.npv), roiPct: tenth(lower10.roiPct), paybackMonth: lower10.paybackMonth });
  });

  it('markdown passes markdownlint', () => {
    for (const args of [[], ['--sensitivity', '10,20,30'], ['--initiative', 'plant-network']]) {
      const run = runCli(['roi', EXAMPLE, '--format', 'markdown', ...args]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^# Return on investment\n/);
      expect(run.stdout).toContain('\n## Sensitivity\n');
      expect(problems(run.stdout)).toEqual([]);
    }
  });
});

describe('socialplan roi: mistakes and empty cases', () => {
  it('--initiative with a typo exits 2 and suggests the id', () => {
    const run = runCli(['roi', EXAMPLE, '--initiative', 'shift-handovr']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('no initiative "shift-handovr"');
    expect(run.stderr).toContain('did you mean "shift-handover"?');
  });

  it('--sensitivity 10,x exits 2', () => {
    const run = runCli(['roi', EXAMPLE, '--sensitivity', '10,x']);
    expectCleanFailure(run);
    expect(run.stderr).toContain('--sensitivity');
    expect(run.stderr).toContain('"10,x"');
  });

  it('a malformed strategy exits 2', () => {
    const syntax = tmp.write('syntax.yaml', edit(MINIMAL, 'status: draft', 'status: [draft'));
    const run = runCli(['roi', syntax]);
    expectCleanFailure(run);
    expect(run.stderr).toContain(syntax);
    expect(run.stderr).toMatch(/yaml\/syntax/);

    // valid YAML, but a recurrence the schema does not know
    const schema = tmp.write(
      'schema.yaml',
      edit(MINIMAL, '      lawfulBasis: legitimate-interests\n', '      lawfulBasis: legitimate-interests\n    roi:\n      horizonMonths: 12\n      costs:\n        - { item: X, amount: 5, recurrence: weekly }\n'),
    );
    const bad = runCli(['roi', schema, '--format', 'json']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain(schema);
    expect(bad.stderr).toContain('weekly');
  });

  it('a strategy without any roi block prints a clear line and exits 0', () => {
    const file = tmp.write('no-roi.yaml', MINIMAL);
    const table = runCli(['roi', file]);
    expect(table.status).toBe(0);
    expect(table.stderr).toBe('');
    expect(table.stdout).toBe('No initiative has an roi block.\n');
    const json = runCli(['roi', file, '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ currency: null, initiatives: [], total: null });
    const markdown = runCli(['roi', file, '--format', 'markdown']);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('No initiative has an roi block.');
    expect(problems(markdown.stdout)).toEqual([]);
  });
});
