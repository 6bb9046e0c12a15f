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
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| case') && !l.startsWith('| -'));
    expect(rows.map((r) => r.split('|')[1]!.trim())).toEqual([
      'node -e 0 (all paired runs)',
      'socialplan --version',
      'check manufacturer-collaboration',
      'check bank-customer-engagement',
      'check portfolio',
      'render portfolio',
      'init --yes',
      'check 0.1 MB strategy',
    ]);
    // Every case has a time and a ratio to node -e 0; the scaling case has its peak memory.
    for (const row of rows) {
      expect(row.split('|')[2]!.trim(), row).toMatch(/^\d+$/);
      expect(row.split('|')[3]!.trim(), row).toMatch(/^\d+\.\dx$/);
    }
    expect(rows.at(-1)!.split('|')[4]!.trim()).toMatch(/^\d+$/);
  }, 130_000);
});
