import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Every test source, so a clone with nothing beside it runs the same suite as this one. */
function testFiles(dir = join(ROOT, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the test suite', () => {
  const files = testFiles().filter((f) => !f.endsWith('self-contained.test.ts'));

  it('reads nothing beside the repository (a user clone has only the repository)', () => {
    const outside = files.filter((f) => /\.\.\/shared|'\.\.',\s*'shared'/.test(readFileSync(f, 'utf8')));
    expect(outside.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('asserts no wall-clock time: budgets belong in npm run bench', () => {
    const timed = files.filter((f) => /performance\.now\(\)|\.ms\)\.toBeLessThan|\bms\b\)\.toBeLessThan/.test(readFileSync(f, 'utf8')));
    expect(timed.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
