import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRules } from '../../src/checks/ruleset/prepare.js';
import { parseCsv, parseYaml } from '../../src/measure/actuals.js';
import { strategyRoi } from '../../src/measure/roi.js';
import { roiJson, roiMarkdown, roiTable } from '../../src/render/view/roi-table.js';
import { scorecard } from '../../src/measure/scorecard.js';
import { scorecardJson, scorecardMarkdown, scorecardTable } from '../../src/render/view/scorecard-table.js';
import { parseStrategy } from '../../src/model/parse.js';
import { briefingInputs } from '../../src/render/inputs.js';
import { renderBriefings } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { columnOf, edit, lineOf, MINIMAL, runCli, tempFolders } from '../helpers.js';

/**
 * Every number a strategy may hold has a range (money at most 1e13 to the cent, KPI values within ±1e15, rates 0 to 100,
 * horizons 1 to 600 months), and whatever valid numbers a strategy holds, no figure socialplan shows is
 * Infinity or NaN: a ratio with nothing to divide by reads n/a. The properties draw the extremes the
 * ranges allow (0, a cent, 1e13, the smallest double for rates and KPIs, 100%, 600 months) as often as ordinary values.
 */

const AS_OF = '2026-11-25';
const NOT_A_NUMBER = /Infinity|NaN/;

/** A double as YAML reads it back: String() writes 5e-324 and 1e+21, both YAML 1.2 floats. */
const yamlNumber = (n: number) => String(n);

// Money to the cent: n / 100 for n up to 1e15 prints as its two decimals (a double tells cents apart below 2^45).
const amount = fc.oneof(fc.constantFrom(0, 0.01, 1, 9999999999999.99, 1e13), fc.integer({ min: 0, max: 1e15 }).map((n) => n / 100));
const rate = fc.oneof(fc.constantFrom(0, 100, 5e-324), fc.double({ min: 0, max: 100, noNaN: true }));
const month = fc.integer({ min: 0, max: 600 });
const kpiValue = fc.oneof(fc.constantFrom(0, 5e-324, -5e-324, 1e15, -1e15, 1e-300), fc.double({ min: -1e15, max: 1e15, noNaN: true }));
const recurrence = fc.constantFrom('once', 'monthly', 'quarterly', 'yearly');

const flow = fc.record({ amount, recurrence, startMonth: fc.option(month, { nil: undefined }), endMonth: fc.option(month, { nil: undefined }) });
const roi = fc.record({
  horizonMonths: fc.oneof(fc.constantFrom(1, 600), fc.integer({ min: 1, max: 600 })),
  discountRatePct: rate,
  riskAdjustmentPct: rate,
  costs: fc.array(flow, { maxLength: 3 }),
  benefits: fc.array(flow, { maxLength: 3 }),
});
const kpi = fc.record({ baseline: kpiValue, target: kpiValue, values: fc.array(kpiValue, { minLength: 0, maxLength: 3 }) });
const initiative = fc.record({ roi, kpi });

type Initiative = typeof initiative extends fc.Arbitrary<infer T> ? T : never;

function flowYaml(name: string, f: { amount: number; recurrence: string; startMonth?: number | undefined; endMonth?: number | undefined }): string {
  const months = `${f.startMonth === undefined ? '' : `, startMonth: ${f.startMonth}`}${f.endMonth === undefined ? '' : `, endMonth: ${f.endMonth}`}`;
  return `{ item: ${name}, amount: ${yamlNumber(f.amount)}, recurrence: ${f.recurrence}${months} }`;
}

/** MINIMAL with these initiatives in place of its one, each with an roi block and one quantitative KPI. */
function strategyText(initiatives: readonly Initiative[]): string {
  const care = MINIMAL.slice(MINIMAL.indexOf('  - id: care'), MINIMAL.indexOf('\nplatforms:') + 1);
  const blocks = initiatives.map((i, n) => {
    const r = i.roi;
    return (
      edit(edit(care, 'id: care', `id: care-${n}`), 'name: Customer care', `name: Customer care ${n}`) +
      `    kpis:\n      - { id: k, kind: quantitative, metric: Time to answer, baseline: ${yamlNumber(i.kpi.baseline)}, target: ${yamlNumber(i.kpi.target)}, unit: hours, cadence: monthly }\n` +
      `    roi:\n      horizonMonths: ${r.horizonMonths}\n      discountRatePct: ${yamlNumber(r.discountRatePct)}\n      riskAdjustmentPct: ${yamlNumber(r.riskAdjustmentPct)}\n` +
      `      costs: [${r.costs.map((c, k) => flowYaml(`Cost ${k}`, c)).join(', ')}]\n` +
      `      benefits: [${r.benefits.map((b, k) => flowYaml(`Benefit ${k}`, b)).join(', ')}]\n`
    );
  });
  const before = MINIMAL.slice(0, MINIMAL.indexOf('  - id: care'));
  const after = MINIMAL.slice(MINIMAL.indexOf('\nplatforms:') + 1);
  return `${before.replace('  status: draft\n', '  status: draft\n  currency: EUR\n')}${blocks.join('')}${after}`;
}

function actualsCsv(initiatives: readonly Initiative[]): string {
  const rows = initiatives.flatMap((i, n) => i.kpi.values.map((v, k) => `care-${n},k,2026-0${k + 1}-15,${yamlNumber(v)}`));
  return `initiative,kpi,date,value\n${rows.join('\n')}\n`;
}

function load(initiatives: readonly Initiative[]) {
  const result = parseStrategy('strategy.yaml', strategyText(initiatives));
  if (!result.loaded) throw new Error(`a valid strategy was refused: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return result.loaded;
}

describe('no valid numbers make Infinity or NaN', () => {
  it('in roi, table, JSON and Markdown, sensitivity included', () => {
    fc.assert(
      fc.property(fc.array(initiative, { minLength: 1, maxLength: 3 }), (initiatives) => {
        const result = strategyRoi(load(initiatives).data, { sensitivity: [0, 25, 100] });
        for (const shown of [roiTable(result), roiJson(result), roiMarkdown(result)]) expect(shown).not.toMatch(NOT_A_NUMBER);
      }),
      { numRuns: 300 },
    );
  });

  it('in measure, from CSV and YAML actuals', () => {
    fc.assert(
      fc.property(fc.array(initiative, { minLength: 1, maxLength: 3 }), (initiatives) => {
        const strategy = load(initiatives).data;
        const csv = parseCsv('actuals.csv', actualsCsv(initiatives));
        expect(csv.problems).toEqual([]);
        const yaml = parseYaml(
          'actuals.yaml',
          `apiVersion: socialplan/v1\nkind: Actuals\nactuals:\n${initiatives.flatMap((i, n) => i.kpi.values.map((v, k) => `  - { initiative: care-${n}, kpi: k, date: 2026-0${k + 1}-15, value: ${yamlNumber(v)} }\n`)).join('') || '  []\n'}`,
        );
        expect(yaml.problems).toEqual([]);
        for (const actuals of [csv.actuals, yaml.actuals]) {
          const scores = scorecard(strategy, actuals, AS_OF);
          for (const shown of [scorecardTable(scores, AS_OF), scorecardJson(scores, AS_OF), scorecardMarkdown(scores, AS_OF)]) expect(shown).not.toMatch(NOT_A_NUMBER);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('in every briefing render writes', async () => {
    const templates = await loadTemplates();
    const { ruleSet } = await prepareRules({ cwd: process.cwd(), env: {} });
    fc.assert(
      fc.property(fc.array(initiative, { minLength: 1, maxLength: 2 }), (initiatives) => {
        const files = renderBriefings(briefingInputs(load(initiatives), 'strategy.yaml', ruleSet, AS_OF), templates);
        for (const f of files) expect(f.content, f.file).not.toMatch(NOT_A_NUMBER);
      }),
      { numRuns: 25 },
    );
  });

  it('a cent of costs discounted over fifty years beside ten trillion a month of benefits: a finite return, no exponent', () => {
    const text = strategyText([
      {
        roi: { horizonMonths: 600, discountRatePct: 100, riskAdjustmentPct: 0, costs: [{ amount: 0.01, recurrence: 'once', startMonth: 599, endMonth: undefined }], benefits: [{ amount: 1e13, recurrence: 'monthly', startMonth: undefined, endMonth: undefined }] },
        kpi: { baseline: 0, target: 5e-324, values: [1e15] },
      },
    ]);
    const dir = folders();
    const file = dir.write('s.yaml', text);
    const roi = runCli(['roi', file]);
    expect(roi.status).toBe(0);
    // A present value of costs below half a cent is still a cost: the return is huge, shown in grouped digits, not n/a.
    expect(roi.stdout).toMatch(/^Customer care 0 \(care-0\) +EUR 0 +EUR [\d,]+ +EUR [\d,]+ +1,787,157,677,482,01[\d,]+% +month 0 +month 0$/m);
    const measure = runCli(['measure', file, '--actuals', dir.write('a.csv', 'initiative,kpi,date,value\ncare-0,k,2026-10-31,1e15\n'), '--as-of', AS_OF]);
    expect(measure.status).toBe(0);
    expect(measure.stdout).toMatch(/^care-0 \/ k +0 hours +0 hours +1,000,000,000,000,000 hours \(2026-10-31\) +- +unknown +on-track/m);
    expect(`${roi.stdout}${measure.stdout}`).not.toMatch(NOT_A_NUMBER);
  });
});

const folders = tempFolders();

describe('numbers out of range are located schema errors', () => {
  const roi = '    roi:\n      horizonMonths: 12\n      costs: [{ item: Licences, amount: AMOUNT, recurrence: monthly }]\n';
  const kpis = '    kpis:\n      - { id: k, kind: quantitative, metric: Time, baseline: BASELINE, target: 4, unit: hours }\n';

  it.each([
    ['1e308', 'must be at most 10,000,000,000,000 (1e13)'],
    ['1e16', 'must be at most 10,000,000,000,000 (1e13)'],
    ['10000000000000.01', 'must be at most 10,000,000,000,000 (1e13)'],
    ['-1e308', 'must be at least 0'],
  ])('an amount of %s', (value, message) => {
    const text = edit(MINIMAL, '    personalData:\n', `${roi.replace('AMOUNT', value)}    personalData:\n`);
    for (const command of [['check'], ['roi'], ['render', '--out', 'briefings']]) {
      const dir = folders();
      const run = runCli([command[0]!, dir.write('s.yaml', text), ...command.slice(1)], { cwd: dir.dir });
      expect(run.status).toBe(2);
      expect(`${run.stdout}${run.stderr}`).toContain(`s.yaml:${lineOf(text, 'amount:')}:${columnOf(text, `${value}, recurrence`)}: `);
      expect(`${run.stdout}${run.stderr}`).toContain(`initiatives[0].roi.costs[0].amount ${message} [schema/range]`);
    }
  });

  it.each([
    ['1e308', 'must be at most 1,000,000,000,000,000 (1e15)'],
    ['-1e308', 'must be at least -1,000,000,000,000,000 (-1e15)'],
    ['1e16', 'must be at most 1,000,000,000,000,000 (1e15)'],
  ])('a KPI baseline of %s', (value, message) => {
    const text = edit(MINIMAL, '    personalData:\n', `${kpis.replace('BASELINE', value)}    personalData:\n`);
    const dir = folders();
    const run = runCli(['check', dir.write('s.yaml', text)]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(`s.yaml:${lineOf(text, 'baseline:')}:${columnOf(text, `${value}, target`)}: error: initiatives[0].kpis[0].baseline ${message} [schema/range]`);
  });

  it.each(['1e308', '-1e308', '1e16', '1e400'])('an actual value of %s, in CSV and YAML', (value) => {
    const dir = folders();
    const strategy = dir.write('s.yaml', edit(MINIMAL, '    personalData:\n', `${kpis.replace('BASELINE', '10')}    personalData:\n`));
    const csv = runCli(['measure', strategy, '--actuals', dir.write('a.csv', `initiative,kpi,date,value\ncare,k,2026-10-31,3\ncare,k,2026-11-01,${value}\n`), '--as-of', AS_OF]);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain(`a.csv:3:1: row 3: value ${value} is out of range; a KPI value is between -1e15 and 1e15`);
    const yamlText = `apiVersion: socialplan/v1\nkind: Actuals\nactuals:\n  - { initiative: care, kpi: k, date: 2026-11-01, value: ${value} }\n`;
    const yaml = runCli(['measure', strategy, '--actuals', dir.write('a.yaml', yamlText), '--as-of', AS_OF]);
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toMatch(new RegExp(`a\\.yaml:4:${columnOf(yamlText, value)}: actuals\\[0\\]\\.value must be (at most 1,000,000,000,000,000|at least -1,000,000,000,000,000|a finite number, not Infinity)`));
  });
});
