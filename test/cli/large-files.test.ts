import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, MINIMAL, tempDir } from '../helpers.js';

/**
 * A large valid strategy is read linearly, with nothing recursive on the length of a list and no list
 * spread into a function's arguments (Math.max(...xs), push(...xs)), which overflows the stack past
 * some 120,000 items. 50,000 initiatives of three KPIs each passed `check` but crashed `measure` (the
 * scorecard's 150,000 rows), `diff` (150,000 KPI targets moved) and `check` of the same file with a
 * mistake in each KPI (zod's 150,000 issues) with "Maximum call stack size exceeded".
 */

const INITIATIVES = 50_000;
const tmp = tempDir();

function initiative(i: number, baseline: string, target: number): string {
  const kpi = (id: string) => `{ id: ${id}, kind: quantitative, metric: Time to answer, baseline: ${baseline}, target: ${target}, unit: hours, cadence: monthly }`;
  return (
    `  - { id: i${i}, name: Initiative ${i}, scope: internal, stage: run, supports: [IT1], platforms: [linkedin],\n` +
    `      kpis: [${kpi('a')}, ${kpi('b')}, ${kpi('c')}],\n` +
    `      roi: { horizonMonths: 24, costs: [{ item: Licences, amount: 100, recurrence: monthly }], benefits: [{ item: Time saved, amount: 150, recurrence: monthly }] } }\n`
  );
}

function strategy(baseline: string, target: number): string {
  const head = MINIMAL.slice(0, MINIMAL.indexOf('initiatives:\n') + 'initiatives:\n'.length);
  const tail = MINIMAL.slice(MINIMAL.indexOf('\nplatforms:') + 1);
  const lines: string[] = [];
  for (let i = 0; i < INITIATIVES; i++) lines.push(initiative(i, baseline, target));
  return `${head}${lines.join('')}${tail}`;
}

/** The built binary with room for a large output; runCli's buffer is sized for ordinary ones. */
function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: tmp.dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    input: '',
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (text: string, pattern: RegExp) => text.split('\n').filter((l) => pattern.test(l)).length;

describe(`a strategy of ${INITIATIVES.toLocaleString('en-US')} initiatives`, () => {
  const before = tmp.write('before.yaml', strategy('10', 20));
  const after = tmp.write('after.yaml', strategy('10', 30));

  it('measure scores its 150,000 KPIs', { timeout: 300_000 }, () => {
    const rows = Array.from({ length: INITIATIVES }, (_, i) => `i${i},a,2026-10-31,15`).join('\n');
    const actuals = tmp.write('actuals.csv', `initiative,kpi,date,value\n${rows}\n`);
    const result = run(['measure', before, '--actuals', actuals, '--as-of', '2026-11-25']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(lines(result.stdout, /^i\d+ \/ a +10 hours +20 hours +15 hours \(2026-10-31\) +50%/)).toBe(INITIATIVES);
    expect(lines(result.stdout, /^i\d+ \/ [bc] .*no data/)).toBe(2 * INITIATIVES);
  });

  it('diff lists the 150,000 KPI targets moved', { timeout: 300_000 }, () => {
    const result = run(['diff', before, after]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(lines(result.stdout, /^ {2}i\d+ \/ [abc]: 20 -> 30 hours$/)).toBe(3 * INITIATIVES);
  });

  it('check of the same file with a mistake in each KPI lists the first ones, located, exit 2', { timeout: 300_000 }, () => {
    const broken = tmp.write('broken.yaml', strategy('ten', 20));
    const result = run(['check', broken, '--format', 'json', '--as-of', '2026-11-25']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(2);
    const diagnostics = (JSON.parse(result.stdout) as { files: { diagnostics: { ruleId: string; line: number; message: string }[] }[] }).files[0]!.diagnostics;
    expect(diagnostics[0]).toMatchObject({ ruleId: 'schema/too-many-problems' });
    const first = diagnostics.find((d) => d.ruleId === 'schema/type');
    expect(first).toMatchObject({ line: MINIMAL.split('\n').indexOf('initiatives:') + 3, message: 'initiatives[0].kpis[0].baseline must be a number, not a string ("ten")' });
    expect(diagnostics.filter((d) => d.ruleId === 'schema/type')).toHaveLength(3000);
  });
});
