import { describe, expect, it } from 'vitest';
import type { Actual } from '../../src/measure/actuals.js';
import { CADENCE_DAYS, scorecard, STATUS_RULES, type KpiScore } from '../../src/measure/scorecard.js';
import { parseStrategy } from '../../src/model/parse.js';
import type { Strategy } from '../../src/model/schema/strategy.js';
import { edit, MINIMAL } from '../helpers.js';

/**
 * One live initiative (care) with KPIs of each shape, and one retired initiative whose KPI must not
 * be scored:
 * - up:   higher is better, baseline 20, target 60 (a span of +40), monthly
 * - down: lower is better, baseline 31, target 8 (a span of -23), weekly
 * - bare: no baseline and no target
 * - half: a baseline but no target
 * - open: no cadence, so never stale
 * - story: qualitative, never scored
 */
const WITH_KPIS = edit(
  MINIMAL,
  '    platforms: [linkedin]\n',
  [
    '    platforms: [linkedin]',
    '    kpis:',
    '      - { id: up, kind: quantitative, metric: Share answered, baseline: 20, target: 60, unit: percent, cadence: monthly }',
    '      - { id: down, kind: quantitative, metric: Hours to answer, baseline: 31, target: 8, unit: hours, cadence: weekly }',
    '      - { id: bare, kind: quantitative, metric: Posts a week, cadence: weekly }',
    '      - { id: half, kind: quantitative, metric: Members, baseline: 100, cadence: quarterly }',
    '      - { id: open, kind: quantitative, metric: Referrals, baseline: 0, target: 10 }',
    '      - { id: story, kind: qualitative, method: Story log, cadence: monthly }',
    '',
  ].join('\n'),
);
const TEXT = edit(
  WITH_KPIS,
  '\nplatforms:\n',
  [
    '',
    '  - id: old-forum',
    '    name: Old forum',
    '    scope: external',
    '    stage: retired',
    '    supports: [IT1]',
    '    platforms: [linkedin]',
    '    personalData:',
    '      lawfulBasis: legitimate-interests',
    '    kpis:',
    '      - { id: posts, kind: quantitative, metric: Posts, baseline: 1, target: 2, cadence: monthly }',
    'platforms:',
    '',
  ].join('\n'),
);

function strategy(text = TEXT): Strategy {
  const result = parseStrategy('strategy.yaml', text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.loaded!.data;
}

const AS_OF = '2026-11-25';
let nextLine = 2;
/** A row of actuals for the care initiative; lines count up in the order rows are written. */
function obs(kpi: string, date: string, value: number, line = nextLine++): Actual {
  return { line, initiative: 'care', kpi, date, value };
}

/** The score of one KPI of care, from these rows only. */
function score(kpi: string, rows: Actual[], asOf = AS_OF): KpiScore {
  const found = scorecard(strategy(), rows, asOf).find((s) => s.initiative === 'care' && s.kpi === kpi);
  if (!found) throw new Error(`no score for care/${kpi}`);
  return found;
}

describe('which KPIs are scored', () => {
  it('every quantitative KPI of every live initiative, in strategy order; not qualitative KPIs, not retired initiatives', () => {
    const scores = scorecard(strategy(), [], AS_OF);
    expect(scores.map((s) => `${s.initiative}/${s.kpi}`)).toEqual(['care/up', 'care/down', 'care/bare', 'care/half', 'care/open']);
  });

  it('leaves a retired initiative out even when it has actuals', () => {
    const rows: Actual[] = [{ line: 2, initiative: 'old-forum', kpi: 'posts', date: '2026-06-30', value: 2 }];
    expect(scorecard(strategy(), rows, AS_OF).some((s) => s.initiative === 'old-forum')).toBe(false);
  });

  it('scores the same initiative once it is no longer retired', () => {
    const live = strategy(edit(TEXT, 'stage: retired', 'stage: run'));
    expect(scorecard(live, [], AS_OF).map((s) => `${s.initiative}/${s.kpi}`)).toContain('old-forum/posts');
  });

  it('a strategy without KPIs gives an empty scorecard', () => {
    expect(scorecard(strategy(MINIMAL), [], AS_OF)).toEqual([]);
  });

  it('carries the KPI facts a reader needs: metric, unit, cadence, baseline, target', () => {
    expect(score('up', [])).toMatchObject({ metric: 'Share answered', unit: 'percent', cadence: 'monthly', baseline: 20, target: 60 });
    const bare = score('bare', []);
    expect('baseline' in bare || 'target' in bare || 'unit' in bare).toBe(false);
  });

  it('ignores rows of other KPIs and other initiatives', () => {
    const rows = [obs('down', '2026-10-31', 10), { ...obs('up', '2026-10-31', 60), initiative: 'elsewhere' }];
    expect(score('up', rows).status).toBe('no-data');
  });
});

describe('progress', () => {
  it('for an increasing target', () => {
    // baseline 20, target 60, latest 50: (50 - 20) / (60 - 20) x 100 = 30 / 40 x 100 = 75%
    expect(score('up', [obs('up', '2026-10-31', 50)]).progressPct).toBe(75);
  });

  it('for a decreasing target', () => {
    // baseline 31, target 8, latest 19.5 hours: (19.5 - 31) / (8 - 31) x 100 = -11.5 / -23 x 100 = 50%
    expect(score('down', [obs('down', '2026-11-20', 19.5)]).progressPct).toBe(50);
    // latest 12.6: (12.6 - 31) / (8 - 31) x 100 = -18.4 / -23 x 100 = 80%
    expect(score('down', [obs('down', '2026-11-20', 12.6)]).progressPct).toBeCloseTo(80, 10);
  });

  it('is 0 at the baseline, 100 at the target, over 100 past it and negative on the wrong side of the baseline', () => {
    expect(score('up', [obs('up', '2026-10-31', 20)]).progressPct).toBe(0);
    expect(score('up', [obs('up', '2026-10-31', 60)]).progressPct).toBe(100);
    // (70 - 20) / 40 x 100 = 125%
    expect(score('up', [obs('up', '2026-10-31', 70)]).progressPct).toBe(125);
    // (16 - 20) / 40 x 100 = -10%
    expect(score('up', [obs('up', '2026-10-31', 16)]).progressPct).toBe(-10);
    // lower is better: 34 hours is worse than 31: (34 - 31) / -23 x 100 = -13.04%
    expect(score('down', [obs('down', '2026-11-20', 34)]).progressPct).toBeCloseTo(-13.043, 3);
  });

  it('is null without a baseline and a target, or with only one of them', () => {
    expect(score('bare', [obs('bare', '2026-11-20', 12)]).progressPct).toBeNull();
    expect(score('half', [obs('half', '2026-11-20', 140)]).progressPct).toBeNull();
  });

  it('is null when there is no value yet', () => {
    expect(score('up', []).progressPct).toBeNull();
  });
});

describe('trend, from the last two values', () => {
  it('improving, worsening or flat when the target is higher', () => {
    expect(score('up', [obs('up', '2026-09-30', 30), obs('up', '2026-10-31', 35)]).trend).toBe('improving');
    expect(score('up', [obs('up', '2026-09-30', 35), obs('up', '2026-10-31', 30)]).trend).toBe('worsening');
    expect(score('up', [obs('up', '2026-09-30', 35), obs('up', '2026-10-31', 35)]).trend).toBe('flat');
  });

  it('improving when the value falls toward a lower target, worsening when it rises', () => {
    expect(score('down', [obs('down', '2026-11-13', 20), obs('down', '2026-11-20', 18)]).trend).toBe('improving');
    expect(score('down', [obs('down', '2026-11-13', 18), obs('down', '2026-11-20', 20)]).trend).toBe('worsening');
  });

  it('unknown with one value or none', () => {
    expect(score('up', [obs('up', '2026-10-31', 35)]).trend).toBe('unknown');
    expect(score('up', []).trend).toBe('unknown');
  });

  it('uses only the last two values, however the series went before', () => {
    const rows = [obs('up', '2026-07-31', 10), obs('up', '2026-08-31', 50), obs('up', '2026-09-30', 40), obs('up', '2026-10-31', 45)];
    expect(score('up', rows)).toMatchObject({ trend: 'improving', latest: { date: '2026-10-31', value: 45 } });
  });

  it('orders by date, not by the order of the rows', () => {
    const rows = [obs('up', '2026-10-31', 45), obs('up', '2026-08-31', 50), obs('up', '2026-09-30', 40)];
    // By date: 50 (Aug), 40 (Sep), 45 (Oct): the latest is 45 and it rose from 40.
    expect(score('up', rows)).toMatchObject({ latest: { date: '2026-10-31', value: 45 }, trend: 'improving' });
  });
});

describe('same-date rows are ordered by their line', () => {
  it('the row on the later line is the latest, and the trend runs from the earlier line to it', () => {
    // Given out of line order: line 9 (value 40) and line 5 (value 30) on the same day.
    const rows = [obs('up', '2026-10-31', 40, 9), obs('up', '2026-10-31', 30, 5)];
    expect(score('up', rows)).toMatchObject({ latest: { date: '2026-10-31', value: 40 }, trend: 'improving' });
    const swapped = [obs('up', '2026-10-31', 40, 5), obs('up', '2026-10-31', 30, 9)];
    expect(score('up', swapped)).toMatchObject({ latest: { date: '2026-10-31', value: 30 }, trend: 'worsening' });
  });

  it('an earlier date still comes first whatever its line', () => {
    const rows = [obs('up', '2026-10-31', 30, 3), obs('up', '2026-09-30', 50, 20)];
    expect(score('up', rows)).toMatchObject({ latest: { date: '2026-10-31', value: 30 }, trend: 'worsening' });
  });
});

describe('status: every rule', () => {
  const rule = {
    reached: STATUS_RULES['on-track'][0],
    halfway: STATUS_RULES['on-track'][1],
    worseThanBaseline: STATUS_RULES['off-track'][0],
    lowAndWorsening: STATUS_RULES['off-track'][1],
    between: STATUS_RULES['at-risk'][0],
  };

  it('states the rules in words', () => {
    expect(STATUS_RULES).toEqual({
      'on-track': ['the target is reached', 'at least 50% of the way to the target and not worsening'],
      'off-track': ['worse than the baseline', 'less than 25% of the way to the target and worsening'],
      'at-risk': ['anything between: under 50% of the way, or worsening'],
    });
  });

  it('on-track: the target is reached (100%), even while worsening', () => {
    expect(score('up', [obs('up', '2026-10-31', 60)])).toMatchObject({ status: 'on-track', rule: rule.reached });
    // 70 then 62: worsening, but (62 - 20) / 40 = 105% is past the target.
    expect(score('up', [obs('up', '2026-09-30', 70), obs('up', '2026-10-31', 62)])).toMatchObject({ trend: 'worsening', status: 'on-track', rule: rule.reached });
    // lower is better: 7.5 hours beats the 8-hour target: (7.5 - 31) / -23 = 102%.
    expect(score('down', [obs('down', '2026-11-20', 7.5)])).toMatchObject({ status: 'on-track', rule: rule.reached });
  });

  it('on-track: at least 50% of the way and not worsening (improving, flat or unknown)', () => {
    // exactly 50%: (40 - 20) / 40, flat
    expect(score('up', [obs('up', '2026-09-30', 40), obs('up', '2026-10-31', 40)])).toMatchObject({ progressPct: 50, trend: 'flat', status: 'on-track', rule: rule.halfway });
    // 75%, improving
    expect(score('up', [obs('up', '2026-09-30', 40), obs('up', '2026-10-31', 50)])).toMatchObject({ trend: 'improving', status: 'on-track', rule: rule.halfway });
    // 75%, one value so the trend is unknown
    expect(score('up', [obs('up', '2026-10-31', 50)])).toMatchObject({ trend: 'unknown', status: 'on-track', rule: rule.halfway });
    // lower is better: 18 then 16 hours: (16 - 31) / -23 = 65%, improving
    expect(score('down', [obs('down', '2026-11-13', 18), obs('down', '2026-11-20', 16)])).toMatchObject({ status: 'on-track', rule: rule.halfway });
  });

  it('at-risk: at least 50% of the way but worsening', () => {
    // 55 then 50: 75%, worsening
    expect(score('up', [obs('up', '2026-09-30', 55), obs('up', '2026-10-31', 50)])).toMatchObject({ progressPct: 75, trend: 'worsening', status: 'at-risk', rule: rule.between });
  });

  it('at-risk: under 50% of the way and not worsening', () => {
    // 24 then 28: (28 - 20) / 40 = 20%, improving
    expect(score('up', [obs('up', '2026-09-30', 24), obs('up', '2026-10-31', 28)])).toMatchObject({ progressPct: 20, status: 'at-risk', rule: rule.between });
    // 49.6%: 39.84 flat (just under half)
    expect(score('up', [obs('up', '2026-09-30', 39.84), obs('up', '2026-10-31', 39.84)])).toMatchObject({ status: 'at-risk', rule: rule.between });
    // exactly at the baseline with one value: 0%, unknown trend
    expect(score('up', [obs('up', '2026-10-31', 20)])).toMatchObject({ progressPct: 0, status: 'at-risk', rule: rule.between });
  });

  it('at-risk: between 25% and 50% and worsening', () => {
    // 34 then 30: (30 - 20) / 40 = 25% exactly, worsening: not under 25%, so at-risk rather than off-track
    expect(score('up', [obs('up', '2026-09-30', 34), obs('up', '2026-10-31', 30)])).toMatchObject({ progressPct: 25, trend: 'worsening', status: 'at-risk', rule: rule.between });
  });

  it('off-track: worse than the baseline, even while improving', () => {
    // 10 then 16: (16 - 20) / 40 = -10%, improving
    expect(score('up', [obs('up', '2026-09-30', 10), obs('up', '2026-10-31', 16)])).toMatchObject({ trend: 'improving', status: 'off-track', rule: rule.worseThanBaseline });
    // lower is better: 34 hours against a baseline of 31
    expect(score('down', [obs('down', '2026-11-20', 34)])).toMatchObject({ status: 'off-track', rule: rule.worseThanBaseline });
  });

  it('off-track: less than 25% of the way and worsening', () => {
    // 32 then 28: (28 - 20) / 40 = 20%, worsening
    expect(score('up', [obs('up', '2026-09-30', 32), obs('up', '2026-10-31', 28)])).toMatchObject({ progressPct: 20, trend: 'worsening', status: 'off-track', rule: rule.lowAndWorsening });
    // exactly at the baseline after a better value: 0%, worsening
    expect(score('up', [obs('up', '2026-09-30', 22), obs('up', '2026-10-31', 20)])).toMatchObject({ progressPct: 0, status: 'off-track', rule: rule.lowAndWorsening });
    // lower is better: 26 then 28 hours: (28 - 31) / -23 = 13%, worsening
    expect(score('down', [obs('down', '2026-11-13', 26), obs('down', '2026-11-20', 28)])).toMatchObject({ trend: 'worsening', status: 'off-track', rule: rule.lowAndWorsening });
  });

  it('at-risk, saying why, when there is no baseline and target to measure progress against', () => {
    expect(score('bare', [obs('bare', '2026-11-20', 12)])).toMatchObject({ status: 'at-risk', rule: 'no baseline and target to measure progress against' });
    expect(score('half', [obs('half', '2026-11-20', 140)])).toMatchObject({ status: 'at-risk', rule: 'no baseline and target to measure progress against' });
  });

  it('no-data: no value recorded yet, with no latest value and no stale days', () => {
    const s = score('up', []);
    expect(s).toMatchObject({ status: 'no-data', rule: 'no value recorded yet', progressPct: null, trend: 'unknown' });
    expect(s.latest).toBeUndefined();
    expect(s.staleDays).toBeUndefined();
  });

  it('every status a scorecard can give is one of the four', () => {
    const rows = [obs('up', '2026-10-31', 50), obs('down', '2026-11-20', 34), obs('bare', '2026-11-20', 3)];
    for (const s of scorecard(strategy(), rows, AS_OF)) expect(['on-track', 'at-risk', 'off-track', 'no-data']).toContain(s.status);
  });
});

describe('stale: no value for longer than the cadence allows', () => {
  it('allows daily 1, weekly 7, monthly 31, quarterly 92, yearly 366 days', () => {
    expect(CADENCE_DAYS).toEqual({ daily: 1, weekly: 7, monthly: 31, quarterly: 92, yearly: 366 });
  });

  it('a weekly KPI whose last value is 8 days before as-of is stale', () => {
    // 2026-11-17 to 2026-11-25 is 8 days
    expect(score('down', [obs('down', '2026-11-17', 20)]).staleDays).toBe(8);
  });

  it('a weekly KPI whose last value is 7 days before as-of is not', () => {
    const s = score('down', [obs('down', '2026-11-18', 20)]);
    expect(s.staleDays).toBeUndefined();
    expect('staleDays' in s).toBe(false);
  });

  it('a value on the as-of day itself is fresh', () => {
    expect(score('down', [obs('down', AS_OF, 20)]).staleDays).toBeUndefined();
  });

  it('a monthly KPI: 31 days is fresh, 32 is stale', () => {
    expect(score('up', [obs('up', '2026-10-25', 40)]).staleDays).toBeUndefined();
    expect(score('up', [obs('up', '2026-10-24', 40)]).staleDays).toBe(32);
  });

  it('a quarterly KPI: 92 days is fresh, 93 is stale (counted across months of different lengths)', () => {
    // 2026-08-25 to 2026-11-25: 6 (Aug) + 30 (Sep) + 31 (Oct) + 25 (Nov) = 92 days
    expect(score('half', [obs('half', '2026-08-25', 120)]).staleDays).toBeUndefined();
    expect(score('half', [obs('half', '2026-08-24', 120)]).staleDays).toBe(93);
  });

  it('counts whole days across a change of clocks (late March, late October)', () => {
    // 2026-10-18 to 2026-10-26 is 8 days, across the end of summer time in Europe
    expect(score('down', [obs('down', '2026-10-18', 20)], '2026-10-26').staleDays).toBe(8);
    // 2026-03-25 to 2026-04-01 is 7 days, across the start of summer time
    expect(score('down', [obs('down', '2026-03-25', 20)], '2026-04-01').staleDays).toBeUndefined();
  });

  it('judges only the latest value: an old value before a fresh one does not make it stale', () => {
    expect(score('down', [obs('down', '2026-01-05', 30), obs('down', '2026-11-20', 20)]).staleDays).toBeUndefined();
  });

  it('a KPI without a cadence is never stale', () => {
    expect(score('open', [obs('open', '2024-01-01', 2)]).staleDays).toBeUndefined();
  });

  it('stale does not change the status', () => {
    expect(score('down', [obs('down', '2026-01-05', 16)])).toMatchObject({ status: 'on-track', staleDays: 324 });
  });
});

describe('a target equal to its baseline: a level to hold', () => {
  const held = strategy(edit(TEXT, "      - { id: open, kind: quantitative, metric: Referrals, baseline: 0, target: 10 }", "      - { id: open, kind: quantitative, metric: Uptime, baseline: 100, target: 100, unit: percent }"));
  const scoreOf = (value: number) => scorecard(held, [{ line: 2, initiative: 'care', kpi: 'open', date: '2026-11-01', value }], AS_OF).find((s) => s.kpi === 'open')!;

  it('is on-track while the value is held', () => {
    expect(scoreOf(100)).toMatchObject({ status: 'on-track', rule: 'the target is held', progressPct: null });
  });

  it('is at-risk when the value moves off it, saying why', () => {
    expect(scoreOf(95)).toMatchObject({ status: 'at-risk', rule: 'the target is a level to hold, and the latest value differs from it' });
  });

  describe('its trend: closer to the level is improving, from either side', () => {
    const level = strategy(edit(TEXT, "      - { id: open, kind: quantitative, metric: Referrals, baseline: 0, target: 10 }", "      - { id: open, kind: quantitative, metric: Escalations a week, baseline: 5, target: 5 }"));
    const trendOf = (first: number, second: number) =>
      scorecard(level, [{ line: 2, initiative: 'care', kpi: 'open', date: '2026-10-01', value: first }, { line: 3, initiative: 'care', kpi: 'open', date: '2026-11-01', value: second }], AS_OF).find((s) => s.kpi === 'open')!.trend;
    it.each([
      [7, 6, 'improving'],
      [3, 4, 'improving'],
      [5, 6, 'worsening'],
      [6, 4, 'flat'],
      [4, 7, 'worsening'],
      [5, 5, 'flat'],
    ] as const)('from %d to %d against a level of 5 is %s', (first, second, trend) => {
      expect(trendOf(first, second)).toBe(trend);
    });
  });
});

describe('an initiative that has not started', () => {
  it('has no data, and is not stale', () => {
    const idea = strategy(edit(TEXT, '    stage: pilot', '    stage: idea'));
    const [first] = scorecard(idea, [], AS_OF);
    expect(first).toMatchObject({ status: 'no-data', rule: 'the initiative has not started', notStarted: true });
    expect(first!.staleDays).toBeUndefined();
  });
});
