import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** The benchmark's smoke run, so `npm run bench` never rots: every case once, small inputs, no thresholds (CI machines are noisy). */
describe('npm run bench -- --smoke', () => {
  it('runs every case and prints the table', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench.mjs'), '--smoke'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [cases, readers] = run.stdout.split('\n\n').slice(1).map((table) => table.split('\n').filter((l) => l.startsWith('| ')).slice(2));
    expect(cases!.map((r) => r.split('|')[1]!.trim())).toEqual([
      'node -e 0 (all paired runs)',
      'socialplan --version',
      'check manufacturer-collaboration',
      'check bank-customer-engagement',
      'check portfolio',
      'render portfolio',
      'render portfolio --format html',
      'render portfolio --format pdf',
      'init --yes',
      // Every style of scripts/bench/styles.mjs, and a file the yaml package reads.
      ...['plain', 'crlf', 'flow', 'quoted', 'block', 'anchors', 'a duplicate key'].map((style) => `check 0.1 MB, ${style}`),
    ]);
    // Every case has a time and a ratio to node -e 0; the scaling cases have their peak memory.
    for (const row of cases!) {
      expect(row.split('|')[2]!.trim(), row).toMatch(/^\d+$/);
      expect(row.split('|')[3]!.trim(), row).toMatch(/^\d+\.\dx$/);
      if (row.includes(' MB, ')) expect(row.split('|')[4]!.trim(), row).toMatch(/^\d+$/);
    }
    // Each reader's time on each example: every example is plain block YAML, so each reader reads it.
    expect(readers!.map((r) => r.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^\d+\.\d$/, 'ms')))).toEqual(
      ['manufacturer-collaboration', 'bank-customer-engagement', 'portfolio'].map((e) => [e, 'ms', 'ms', 'ms']),
    );
  }, 130_000);
});
