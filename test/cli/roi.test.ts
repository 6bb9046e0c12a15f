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
  timing?: 'advance' | 'arrears';
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
  discountedPaybackMonth: number | null;
}
interface JsonFigures extends Figures {
  horizonMonths: number;
  startMonth: number;
  startDate: string | null;
  totalCosts: number;
  totalBenefits: number;
  pvCosts: number;
  pvBenefits: number;
  sensitivity: (Figures & { benefitsLowerPct: number })[];
  cashFlows: { costs: number[]; benefits: number[] };
}
interface JsonRoi {
  currency: string | null;
  valuationDate: string | null;
  conventions: Record<string, string>;
  initiatives: (JsonFigures & { initiative: string; name: string })[];
  total: JsonFigures | null;
}

// ---------------------------------------------------------------------------------------------------------
// The second implementation: boundary by boundary, nothing clever, in doubles.

/** Does this flow fall on month boundary k (0..h)? Costs in advance, benefits in arrears, unless the item says. */
function falls(flow: Flow, k: number, h: number, timing: 'advance' | 'arrears'): boolean {
  const first = flow.startMonth ?? 0;
  if (flow.recurrence === 'once') return k === first;
  const every = { monthly: 1, quarterly: 3, yearly: 12 }[flow.recurrence];
  const begins = (flow.timing ?? timing) === 'arrears' ? k - every : k;
  const last = Math.min(flow.endMonth ?? h - 1, h - 1);
  return begins >= first && begins <= last && (begins - first) % every === 0;
}

/** The first k from which the running total stays >= 0 to the end; null if it ends below. */
function paybackOf(net: number[]): number | null {
  for (let k = 0; k < net.length; k++) {
    let sum = 0;
    const running = net.map((x) => (sum += x));
    if (running.slice(k).every((x) => x >= -0.000001)) return k;
  }
  return null;
}

function byHand(roi: RoiBlock, benefitsLowerPct = 0) {
  const h = roi.horizonMonths;
  const r = (roi.discountRatePct ?? 0) / 100;
  const keep = (1 - (roi.riskAdjustmentPct ?? 0) / 100) * (1 - benefitsLowerPct / 100);
  const costs: number[] = [];
  const benefits: number[] = [];
  const discounted: number[] = [];
  let pvCosts = 0;
  let pvBenefits = 0;
  for (let k = 0; k <= h; k++) {
    let c = 0;
    let b = 0;
    for (const f of roi.costs ?? []) if (falls(f, k, h, 'advance')) c += f.amount;
    for (const f of roi.benefits ?? []) if (falls(f, k, h, 'arrears')) b += f.amount * keep;
    costs.push(c);
    benefits.push(b);
    const d = (1 + r) ** (k / 12);
    pvCosts += c / d;
    pvBenefits += b / d;
    discounted.push((b - c) / d);
  }
  const anyCost = costs.some((c) => c > 0);
  return {
    costs,
    benefits,
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    roiPct: pvCosts === 0 ? null : ((pvBenefits - pvCosts) / pvCosts) * 100,
    paybackMonth: anyCost ? paybackOf(benefits.map((b, k) => b - costs[k]!)) : null,
    discountedPaybackMonth: anyCost && pvBenefits >= pvCosts ? paybackOf(discounted) : null,
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
  const result = lint({ strings: { roi: text }, config: { default: true } });
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
      expect(i.paybackMonth === null || typeof i.paybackMonth === 'number').toBe(true);
      expect(i.discountedPaybackMonth === null || typeof i.discountedPaybackMonth === 'number').toBe(true);
    }
    expect(json.total).not.toBeNull();
  });

  it('states its conventions and the valuation date', () => {
    expect(json.conventions.recurringCosts).toMatch(/advance/);
    expect(json.conventions.recurringBenefits).toMatch(/arrears/);
    expect(json.valuationDate).toBe('2026-04-13'); // plant-network starts first
  });

  it('shift-handover matches the hand calculation', () => {
    // roi: horizon 24 months, 8% a year, benefits risk-adjusted by 30%
    //   costs (in advance):   tablets 27,600 and coordinator 9,167 once at month 0; licences 882 monthly at months 0..23
    //   benefits (in arrears): 29,376 and 26,000 yearly from month 4: the year 4..16 is realised at month 16; the year
    //                          from 16 ends at 28, past the horizon
    //   -> benefits month 16: (29,376 + 26,000) x 0.7 = 38,763.20
    // PV costs    = 36,767 + 882 x sum(k = 0..23) 1.08^(-k/12) = 36,767 + 882 x 22.3155726 = 56,449.34
    // PV benefits = 38,763.20 x 1.08^(-16/12) = 38,763.20 x 0.9024746 = 34,982.80
    // NPV = -21,466.53 (the exact difference, -21,466.5312, rounded once); ROI = -38.0%. Cumulative at month 24: -57,935 + 38,763.20 < 0: no payback, simple or discounted.
    const hand = byHand(withRoi.find((i) => i.id === 'shift-handover')!.roi!);
    expect(hand.costs).toEqual([37_649, ...new Array(23).fill(882), 0]);
    expect(hand.benefits.flatMap((b, k) => (b ? [k] : []))).toEqual([16]);
    expect(hand.benefits[16]).toBeCloseTo(38_763.2, 6);
    expect(hand.pvCosts).toBeCloseTo(56_449.34, 2);
    expect(hand.pvBenefits).toBeCloseTo(34_982.8, 2);
    expect(hand.paybackMonth).toBeNull();

    const cli = json.initiatives.find((i) => i.initiative === 'shift-handover')!;
    expect(cli.horizonMonths).toBe(24);
    expect(cli.totalCosts).toBe(cents(27_600 + 9_167 + 24 * 882)); // 57,935
    expect(cli.totalBenefits).toBe(38_763.2);
    expect(cli.pvCosts).toBe(56_449.34);
    expect(cli.pvBenefits).toBe(34_982.8);
    expect(cli.npv).toBe(-21_466.53);
    expect(cli.roiPct).toBe(tenth(hand.roiPct)); // -38.0
    expect(cli.paybackMonth).toBeNull();
    expect(cli.discountedPaybackMonth).toBeNull();
    expect(cli.cashFlows.benefits[16]).toBe(38_763.2);
  });

  it('shift-handover sensitivity matches the hand calculation', () => {
    const roi = withRoi.find((i) => i.id === 'shift-handover')!.roi!;
    const cli = json.initiatives.find((i) => i.initiative === 'shift-handover')!;
    const [lower25, lower50] = [byHand(roi, 25), byHand(roi, 50)];
    expect(lower25.npv).toBeCloseTo(-30_212.23, 2);
    expect(lower50.npv).toBeCloseTo(-38_957.93, 2);
    expect(cli.sensitivity).toEqual([
      { benefitsLowerPct: 25, npv: -30_212.23, roiPct: tenth(lower25.roiPct), paybackMonth: null, discountedPaybackMonth: null },
      { benefitsLowerPct: 50, npv: -38_957.93, roiPct: tenth(lower50.roiPct), paybackMonth: null, discountedPaybackMonth: null },
    ]);
  });

  it('plant-network matches the hand calculation', () => {
    // roi: horizon 36 months, 8%, risk 25%
    //   costs in advance: month 0: 6,240 + 190,000 + 62,640 + 85,000 + 40,000 = 383,880; months 12 and 24: 258,880;
    //                     every other month to 35: 6,240
    //   benefits in arrears: yearly from month 12, so the years 12..24 and 24..36 are realised at 24 and 36:
    //                     (673,728 + 382,375) x 0.75 = 792,077.25 each
    // PV costs    = 125,000 + 6,240 x sum(k = 0..35) 1.08^(-k/12) + 252,640 x (1 + 1/1.08 + 1/1.08^2) = 1,029,400.88
    // PV benefits = 792,077.25 x (1/1.08^2 + 1/1.08^3) = 792,077.25 x 1.6511710 = 1,307,855.03
    // NPV 278,454.15; ROI 27.1%. Cumulative: month 35 is -1,076,834.50 + 792,077.25 < 0; month 36 adds 792,077.25: payback 36.
    const hand = byHand(withRoi.find((i) => i.id === 'plant-network')!.roi!);
    expect(hand.pvCosts).toBeCloseTo(1_029_400.88, 2);
    expect(hand.pvBenefits).toBeCloseTo(1_307_855.03, 2);
    expect(hand.paybackMonth).toBe(36);
    const cli = json.initiatives.find((i) => i.initiative === 'plant-network')!;
    expect(cli).toMatchObject({ pvCosts: 1_029_400.88, pvBenefits: 1_307_855.03, npv: 278_454.15, roiPct: 27.1, paybackMonth: 36, discountedPaybackMonth: 36 });
    expect(cli.roiPct).toBe(tenth(hand.roiPct));
    expect(cli.sensitivity).toEqual(
      [25, 50].map((pct) => {
        const s = byHand(withRoi.find((i) => i.id === 'plant-network')!.roi!, pct);
        return { benefitsLowerPct: pct, npv: cents(s.npv), roiPct: tenth(s.roiPct), paybackMonth: s.paybackMonth, discountedPaybackMonth: s.discountedPaybackMonth };
      }),
    );
  });

  it('the total places shift-handover 8 months after plant-network, and values both at 2026-04-13', () => {
    // plant-network starts 2026-04-13, shift-handover 2027-01-11: 8 whole months later. Its flows move to calendar
    // months 8..32 and are discounted from there: PV costs 1,083,026.99, PV benefits 1,341,088.23, NPV 258,061.24.
    const [a, b] = withRoi.map((i) => byHand(i.roi!));
    const pvCosts = a!.pvCosts + b!.pvCosts / 1.08 ** (8 / 12);
    const pvBenefits = a!.pvBenefits + b!.pvBenefits / 1.08 ** (8 / 12);
    const net = a!.benefits.map((x, k) => x - a!.costs[k]!);
    b!.benefits.forEach((x, k) => (net[k + 8] = net[k + 8]! + x - b!.costs[k]!));
    expect(json.total).toMatchObject({
      horizonMonths: 36,
      startMonth: 0,
      pvCosts: 1_083_026.99,
      pvBenefits: 1_341_088.23,
      npv: 258_061.24,
      roiPct: tenth(((pvBenefits - pvCosts) / pvCosts) * 100),
      paybackMonth: paybackOf(net),
    });
    expect(pvCosts).toBeCloseTo(1_083_026.99, 2);
    expect(pvBenefits).toBeCloseTo(1_341_088.23, 2);
    expect(json.total!.paybackMonth).toBe(36);
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
    expect(rows[0]).toMatch(/^Initiative\s+PV costs\s+PV benefits \(risk-adjusted\)\s+NPV\s+ROI\s+Payback\s+Discounted payback$/);
    expect(rows.slice(1)).toHaveLength(3);
    expect(rows[1]).toMatch(/^Plant-to-plant knowledge network \(plant-network\)\s+EUR 1,029,401\s+EUR 1,307,855\s+EUR 278,454\s+27\.1%\s+month 36\s+month 36$/);
    expect(rows[2]).toMatch(/^Frontline shift-handover community \(pilot\) \(shift-handover\)\s+EUR 56,449\s+EUR 34,983\s+-EUR 21,467\s+-38\.0%\s+not within 24 months\s+not within 24 months$/);
    expect(rows[3]).toMatch(/^All initiatives\s+EUR 1,083,027\s+EUR 1,341,088\s+EUR 258,061\s+23\.8%\s+month 36\s+month 36$/);
    const sens = sensitivity!.trim().split('\n\n')[0]!.split('\n');
    expect(sens[0]).toMatch(/^Initiative\s+ROI, benefits -25%\s+Payback, benefits -25%\s+ROI, benefits -50%\s+Payback, benefits -50%$/);
    expect(sens.slice(1).map((r) => r.split(/\s{2,}/)[0])).toEqual([
      'Plant-to-plant knowledge network (plant-network)',
      'Frontline shift-handover community (pilot) (shift-handover)',
      'All initiatives',
    ]);
    expect(sens[2]).toMatch(/-53\.5%\s+not within 24 months\s+-69\.0%\s+not within 24 months$/);
    expect(run.stdout).toContain('recurring costs are paid in advance, recurring benefits realised in arrears');
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
    expect(json.initiatives[1]!.sensitivity[0]).toEqual({ benefitsLowerPct: 10, npv: cents(lower10.npv), roiPct: tenth(lower10.roiPct), paybackMonth: lower10.paybackMonth, discountedPaybackMonth: lower10.discountedPaybackMonth });
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

describe('socialplan roi after init --yes', () => {
  it('gives a payback later than month 1: the drafted yearly benefits are realised at the end of each year', () => {
    const dir = tmp.dir;
    const init = runCli(['init', '--yes', '--out', 'drafted.yaml'], { cwd: dir });
    expect(init.status).toBe(0);
    const run = runCli(['roi', 'drafted.yaml', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as JsonRoi;
    expect(json.initiatives.length).toBeGreaterThan(0);
    for (const i of json.initiatives) {
      expect(i.paybackMonth).not.toBeNull();
      expect(i.paybackMonth!).toBeGreaterThan(1);
      // The cumulative net starts at the initial investment, not above zero.
      expect(i.cashFlows.benefits[0]! - i.cashFlows.costs[0]!).toBeLessThan(0);
      // Month 0 is the initiative's start date, which init now asks for.
      expect(i.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // And the roadmap has the initiative on it, not only the review date.
    const roadmap = runCli(['render', 'drafted.yaml', '--out', 'briefings', '--only', 'roadmap'], { cwd: dir });
    expect(roadmap.status).toBe(0);
    // The drafted pilot starts a month from today, so it is drawn as planned, not yet as running.
    expect(readFileSync(join(dir, 'briefings', 'roadmap.md'), 'utf8')).toMatch(/^ {4}Pilot :t1, \d{4}-\d{2}-\d{2}, \d{4}-\d{2}-\d{2}$/m);
  });
});

describe('amounts are money to the cent', () => {
  it('an amount with a third decimal place is a located error (exit 2), not rounded without a word', () => {
    const text = edit(MINIMAL, '    personalData:\n', '    roi:\n      horizonMonths: 12\n      costs: [{ item: Licences, amount: 1234.567, recurrence: monthly }]\n    personalData:\n');
    const run = runCli(['roi', tmp.write('third-decimal.yaml', text)]);
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/third-decimal\.yaml:\d+:\d+: .*amount 1234\.567 has more than two decimal places; money is kept to the cent \[schema\/amount-cents\]/);
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
    expect(JSON.parse(json.stdout)).toMatchObject({ currency: null, valuationDate: null, initiatives: [], total: null });
    const markdown = runCli(['roi', file, '--format', 'markdown']);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('No initiative has an roi block.');
    expect(problems(markdown.stdout)).toEqual([]);
  });
});
