import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/model/parse.js';
import { columnOf, edit, lineOf, MINIMAL } from '../helpers.js';

/** MINIMAL with a platform evaluation, a KPI, an experiment and a waiver, each of which refers to something. */
const RICH = edit(
  MINIMAL,
  'platforms:\n',
  `    kpis:
      - { id: first-response, kind: quantitative, metric: Median first response, baseline: 50, target: 4, unit: hours }
    experiments:
      - { id: faster, hypothesis: Templates halve response time., metric: first-response }
governance:
  approvedChannels: [linkedin]
leadership:
  executiveVoice: { person: Ada Lovelace, channels: [linkedin], hoursPerWeek: 2 }
platformEvaluation:
  criteria:
    - { id: security, weight: 60 }
    - { id: cost, weight: 40 }
  candidates:
    - { platform: linkedin, scores: { security: 4, cost: 5 }, decision: selected }
waivers:
  - { rule: records/capture-tested, initiative: care, reason: Test booked., approvedBy: Ada Lovelace, expires: 2027-01-31 }
platforms:
`,
);

const cases = [
  { name: 'experiment metric names no KPI', find: 'metric: first-response }', replace: 'metric: first-respons }', needle: 'first-respons ', message: /"first-respons" is not a KPI in initiatives\[0\]\.kpis; did you mean "first-response"\?/ },
  { name: 'approved channel names no platform', find: 'approvedChannels: [linkedin]', replace: 'approvedChannels: [linkedn]', needle: 'linkedn', message: /"linkedn" is not a platform in platforms; did you mean "linkedin"\?/ },
  { name: 'executive channel names no platform', find: 'channels: [linkedin]', replace: 'channels: [tiktok]', needle: 'tiktok', message: /"tiktok" is not a platform in platforms \(known: linkedin\)/ },
  { name: 'candidate names no platform', find: '- { platform: linkedin', replace: '- { platform: yammer', needle: 'yammer', message: /"yammer" is not a platform/ },
  { name: 'score names no criterion (points at the key)', find: 'cost: 5 }', replace: 'costs: 5 }', needle: 'costs: 5', message: /"costs" is not a criterion in platformEvaluation\.criteria; did you mean "cost"\?/ },
  { name: 'waiver names no initiative', find: 'initiative: care,', replace: 'initiative: cares,', needle: 'cares', message: /"cares" is not an initiative in initiatives; did you mean "care"\?/ },
  { name: 'objective supports no goal', find: 'supports: [BG1]', replace: 'supports: [BG7]', needle: 'BG7', message: /"BG7" is not a business goal/ },
];

describe('references', () => {
  it('resolve in a strategy that uses every kind', () => {
    expect(parseStrategy('rich.yaml', RICH).diagnostics).toEqual([]);
  });

  it.each(cases)('$name', ({ find, replace, needle, message }) => {
    const text = edit(RICH, find, replace);
    const diagnostics = parseStrategy('rich.yaml', text).diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'reference/unknown-id', line: lineOf(text, needle), column: columnOf(text, needle) });
    expect(diagnostics[0]!.message).toMatch(message);
  });

  it('find duplicate ids in each list, pointing at the second', () => {
    const text = edit(RICH, '    - { id: cost, weight: 40 }', '    - { id: cost, weight: 40 }\n    - { id: security, weight: 10 }');
    const diagnostics = parseStrategy('rich.yaml', text).diagnostics;
    expect(diagnostics).toMatchObject([{ ruleId: 'reference/duplicate-id', line: lineOf(text, '{ id: security, weight: 10 }') }]);
    expect(diagnostics[0]!.message).toMatch(/criterion "security" is declared twice; the first is platformEvaluation\.criteria\[0\]/);
  });

  // Scaling is measured by `npm run bench` (1, 5 and 20 MB strategies); this holds the answer on a large file.
  it('hold on a large portfolio', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `  - { id: i${i}, name: Initiative ${i}, scope: internal, stage: idea, supports: [IT1] }`).join('\n');
    const text = edit(MINIMAL, 'initiatives:\n', `initiatives:\n${many}\n`);
    expect(parseStrategy('many.yaml', text).diagnostics).toEqual([]);
  });
});
