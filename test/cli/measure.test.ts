import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { STATUS_RULES } from '../../src/measure/scorecard.js';
import { parseStrategy } from '../../src/model/parse.js';
import { lineOf, ROOT, runCli, tempDir, type Run, unwrapped } from '../helpers.js';

const STRATEGY = 'examples/portfolio.yaml';
const CSV = 'examples/actuals/portfolio.csv';
const YAML = 'examples/actuals/portfolio.yaml';
const AS_OF = ['--as-of', '2026-11-25'];
const STATUSES = ['on-track', 'at-risk', 'off-track', 'no-data'];
const tmp = tempDir();

/** Every quantitative KPI of every initiative that is not retired, as initiative / kpi. */
const portfolio = parseStrategy(STRATEGY, readFileSync(join(ROOT, STRATEGY), 'utf8')).loaded!.data;
const LIVE_KPIS = portfolio.initiatives
  .filter((i) => i.stage !== 'retired')
  .flatMap((i) => (i.kpis ?? []).filter((k) => k.kind === 'quantitative').map((k) => `${i.id} / ${k.id}`));
const QUALITATIVE = portfolio.initiatives.flatMap((i) => (i.kpis ?? []).filter((k) => k.kind === 'qualitative').map((k) => `${i.id} / ${k.id}`));

interface JsonScore {
  initiative: string;
  kpi: string;
  status: string;
  rule: string;
  progressPct: number | null;
  trend: string;
  latest?: { date: string; value: number };
  staleDays?: number;
}
interface JsonScorecard {
  asOf: string;
  rules: Record<string, string[]>;
  kpis: JsonScore[];
}

/** A user error: exit 2, a message on stderr, nothing on stdout, no stack trace. */
function expectCleanFailure(run: Run): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^socialplan: /);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.stderr).not.toMatch(/internal error|TypeError|ReferenceError|RangeError/);
}

function json(run: Run): JsonScorecard {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as JsonScorecard;
}

function markdownProblems(name: string, text: string): string[] {
  const result = lint({ strings: { [name]: text }, config: { default: true } });
  return (result[name] ?? []).map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

describe('the example actuals', () => {
  it('the portfolio has quantitative KPIs on live initiatives to score', () => {
    expect(LIVE_KPIS.length).toBeGreaterThanOrEqual(5);
  });

  it('the CSV opens with comments saying what it is and the command to run, then the header', () => {
    const lines = readFileSync(join(ROOT, CSV), 'utf8').split('\n');
    const comments = lines.findIndex((l) => !l.startsWith('#'));
    expect(comments).toBeGreaterThanOrEqual(2);
    expect(lines.slice(0, comments).join('\n')).toContain(`npx socialplan measure ${STRATEGY} --actuals ${CSV} --as-of 2026-11-25`);
    expect(lines[comments]).toBe('initiative,kpi,date,value');
  });

  it('the CSV shows a mix: on-track, at-risk, off-track, stale and never measured', () => {
    const { kpis } = json(runCli(['measure', STRATEGY, '--actuals', CSV, '--format', 'json', ...AS_OF]));
    const statuses = new Set(kpis.map((k) => k.status));
    for (const status of STATUSES) expect(statuses).toContain(status);
    expect(kpis.some((k) => k.staleDays !== undefined)).toBe(true);
    expect(kpis.some((k) => k.latest === undefined)).toBe(true);
    // Every measured KPI was measured in 2026, up to the as-of day.
    for (const k of kpis.filter((s) => s.latest)) expect(k.latest!.date >= '2026-01-01' && k.latest!.date <= '2026-11-25').toBe(true);
  });
});

describe('socialplan measure', () => {
  it('prints a scorecard with a status for each quantitative KPI of the live initiatives, and states the rules', () => {
    const run = runCli(['measure', STRATEGY, '--actuals', CSV, ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^KPI scorecard as of 2026-11-25\n/);
    const rows = run.stdout.split('\n');
    for (const kpi of LIVE_KPIS) {
      const row = rows.filter((r) => r.startsWith(`${kpi} `));
      expect(row, kpi).toHaveLength(1);
      expect(STATUSES.filter((s) => new RegExp(`\\s${s}(\\s|$)`).test(row[0]!)), kpi).toHaveLength(1);
    }
    for (const kpi of QUALITATIVE) expect(run.stdout).not.toContain(kpi);
    // The rules, in the words of STATUS_RULES.
    expect(run.stdout).toContain(`on-track: ${STATUS_RULES['on-track'].join('; or ')}.`);
    expect(run.stdout).toContain(`off-track: ${STATUS_RULES['off-track'].join('; or ')}.`);
    expect(run.stdout).toContain(`at-risk: ${STATUS_RULES['at-risk'][0]}.`);
    expect(run.stdout).toMatch(/^Stale: no value for longer than the KPI’s cadence/m);
  });

  it('shows the worked figures of the example: time to answer 84% of the way and on-track; cost per contact off-track', () => {
    const rows = runCli(['measure', STRATEGY, '--actuals', CSV, ...AS_OF]).stdout.split('\n');
    // (11.7 - 31) / (8 - 31) x 100 = 83.9%
    expect(rows.find((r) => r.startsWith('expert-network / time-to-answer'))).toMatch(/11\.7 hours \(2026-10-31\)\s+84%\s+improving\s+on-track$/);
    // (8.06 - 7.90) / (7.20 - 7.90) x 100 = -22.9%: worse than the baseline
    expect(rows.find((r) => r.startsWith('consumer-care / cost-per-contact'))).toMatch(/-23%\s+worsening\s+off-track$/);
    // weekly, last value 2026-11-08: 17 days
    expect(rows.find((r) => r.startsWith('shift-connect / shift-fill'))).toMatch(/stale: no value for 17 days \(weekly\)$/);
  });

  it('--format json lists each KPI with its status and the rule that gave it', () => {
    const card = json(runCli(['measure', STRATEGY, '--actuals', CSV, '--format', 'json', ...AS_OF]));
    expect(card.asOf).toBe('2026-11-25');
    expect(card.rules).toEqual(STATUS_RULES);
    expect(card.kpis.map((k) => `${k.initiative} / ${k.kpi}`)).toEqual(LIVE_KPIS);
    const stated = [...Object.values(STATUS_RULES).flat(), 'no value recorded yet', 'the initiative has not started', 'no baseline and target to measure progress against'];
    for (const k of card.kpis) {
      expect(STATUSES).toContain(k.status);
      expect(stated).toContain(k.rule);
      if (k.status !== 'no-data') expect(STATUS_RULES[k.status as keyof typeof STATUS_RULES]).toContain(k.rule);
    }
    // Progress rounded to 0.1 once, here: (11.7 - 31) / (8 - 31) x 100 = 83.913...
    expect(card.kpis.find((k) => k.kpi === 'time-to-answer')).toMatchObject({ progressPct: 83.9, status: 'on-track', trend: 'improving' });
    expect(card.kpis.find((k) => k.kpi === 'shift-fill')).toMatchObject({ staleDays: 17, latest: { date: '2026-11-08', value: 67.5 } });
  });

  it('reads the YAML actuals too', () => {
    const card = json(runCli(['measure', STRATEGY, '--actuals', YAML, '--format', 'json', ...AS_OF]));
    expect(card.kpis.map((k) => `${k.initiative} / ${k.kpi}`)).toEqual(LIVE_KPIS);
    for (const k of card.kpis) expect(STATUSES).toContain(k.status);
    // The same values as the CSV where the YAML repeats them.
    expect(card.kpis.find((k) => k.kpi === 'time-to-answer')).toMatchObject({ latest: { date: '2026-10-31', value: 11.7 }, status: 'on-track', trend: 'improving' });
    expect(card.kpis.find((k) => k.kpi === 'cost-per-contact')).toMatchObject({ latest: { date: '2026-09-30', value: 8.06 }, status: 'off-track' });
    expect(card.kpis.find((k) => k.kpi === 'cross-site')).toMatchObject({ status: 'no-data' });
  });

  it('the YAML actuals say what they are and give the command to run', () => {
    const text = readFileSync(join(ROOT, YAML), 'utf8');
    expect(text).toMatch(/^# /);
    expect(text).toContain(`npx socialplan measure ${STRATEGY} --actuals ${YAML}`);
    expect(text).toMatch(/^apiVersion: socialplan\/v1\nkind: Actuals\n/m);
  });

  it('the table from the YAML actuals is the same shape as from the CSV', () => {
    const run = runCli(['measure', STRATEGY, '--actuals', YAML, ...AS_OF]);
    expect(run.status).toBe(0);
    for (const kpi of LIVE_KPIS) expect(run.stdout).toContain(`${kpi} `);
  });

  it('--format markdown passes markdownlint and has a row per KPI', () => {
    const run = runCli(['measure', STRATEGY, '--actuals', CSV, '--format', 'markdown', ...AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# KPI scorecard as of 2026-11-25\n/);
    expect(markdownProblems('scorecard.md', run.stdout)).toEqual([]);
    for (const kpi of LIVE_KPIS) expect(run.stdout).toMatch(new RegExp(`^\\| ${kpi} \\|.*\\| (${STATUSES.join('|')}) \\|`, 'm'));
    expect(unwrapped(run.stdout)).toContain(`- on-track: ${STATUS_RULES['on-track'].join('; or ')}.`);
  });

  it('is the same scorecard whatever the working directory', () => {
    const here = runCli(['measure', STRATEGY, '--actuals', CSV, '--format', 'json', ...AS_OF]);
    const there = runCli(['measure', join(ROOT, STRATEGY), '--actuals', join(ROOT, CSV), '--format', 'json', ...AS_OF], { cwd: tmp.dir });
    expect(there.stdout).toBe(here.stdout);
  });
});

describe('socialplan measure: bad input exits 2 and names it', () => {
  it('an actuals file with bad rows names the file and each row’s line, and prints nothing on stdout', () => {
    const text = [
      '# two bad rows among good ones',
      'initiative,kpi,date,value',
      'consumer-care,csat,2026-10-31,83.4',
      'consumer-care,csat,2026-11-15,lots',
      'expert-network,time-to-answer,2026-10-31,11.7',
      'expert-network,time-to-answer,2027-01-31,9.5',
      '',
    ].join('\n');
    const file = tmp.write('bad.csv', text);
    const run = runCli(['measure', STRATEGY, '--actuals', file, ...AS_OF]);
    expectCleanFailure(run);
    const lots = lineOf(text, 'lots');
    const future = lineOf(text, '2027-01-31');
    expect(run.stderr).toContain(`${file}:${lots}:1: row ${lots}: value "lots" is not a number`);
    expect(run.stderr).toContain(`${file}:${future}:1: row ${future}: date 2027-01-31 is after 2026-11-25`);
    // In line order, one line each.
    expect(run.stderr.indexOf(`:${lots}:1:`)).toBeLessThan(run.stderr.indexOf(`:${future}:1:`));
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('a row for a KPI the strategy does not have names its line and the KPIs there are', () => {
    const file = tmp.write('unknown.csv', 'initiative,kpi,date,value\nconsumer-care,nps,2026-10-31,40\n');
    const run = runCli(['measure', STRATEGY, '--actuals', file, ...AS_OF]);
    expectCleanFailure(run);
    expect(run.stderr).toContain(`${file}:2:1: row 2: initiative consumer-care has no KPI "nps" (its KPIs: csat, cost-per-contact, ae-on-time, thread-review)`);
  });

  it('a YAML actuals file with a value of the wrong type names its line', () => {
    const text = 'apiVersion: socialplan/v1\nkind: Actuals\nactuals:\n  - { initiative: consumer-care, kpi: csat, date: 2026-10-31, value: lots }\n';
    const file = tmp.write('bad.yaml', text);
    const run = runCli(['measure', STRATEGY, '--actuals', file, ...AS_OF]);
    expectCleanFailure(run);
    expect(run.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: actuals\\[0\\]\\.value must be a number`));
  });

  it('a missing actuals file exits 2 naming it', () => {
    const file = join(tmp.dir, 'no-such-actuals.csv');
    const run = runCli(['measure', STRATEGY, '--actuals', file, ...AS_OF]);
    expectCleanFailure(run);
    expect(run.stderr).toContain(`${file}: no such file`);
  });

  it('an empty actuals file exits 2', () => {
    const file = tmp.write('empty.csv', '');
    const run = runCli(['measure', STRATEGY, '--actuals', file, ...AS_OF]);
    expectCleanFailure(run);
    expect(run.stderr).toContain(`${file}:1:1: is empty`);
  });

  it('a missing strategy file exits 2', () => {
    const run = runCli(['measure', 'examples/no-such.yaml', '--actuals', CSV, ...AS_OF]);
    expectCleanFailure(run);
    expect(run.stderr).toContain('no-such.yaml');
  });

  it('without --actuals it is a usage error', () => {
    const run = runCli(['measure', STRATEGY, ...AS_OF]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--actuals/);
  });

  it('an unknown --format is a usage error', () => {
    const run = runCli(['measure', STRATEGY, '--actuals', CSV, '--format', 'html', ...AS_OF]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/html/);
  });

  it('an impossible --as-of is a usage error', () => {
    const run = runCli(['measure', STRATEGY, '--actuals', CSV, '--as-of', '2026-02-30']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--as-of must be a real date written YYYY-MM-DD');
  });
});
