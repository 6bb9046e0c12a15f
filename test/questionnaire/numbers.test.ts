import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readNumber } from '../../src/questionnaire/numbers.js';
import { MAX_SLUG, slugify } from '../../src/questionnaire/slug.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

describe('numbers as people type them', () => {
  it.each([
    ['40000', 40000],
    ['40,000', 40000],
    ['40 000', 40000],
    ['40_000', 40000],
    ["1'234'567", 1234567],
    ['1,234.56', 1234.56],
    ['-3', -3],
    ['+7.5', 7.5],
    [' 12 ', 12],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each(['1,5', '40,00', '4,0000', '1,234 567', 'forty', '', '1e3', '12.', '1.2.3', '0x10'])('refuses %j rather than guess', (text) => {
    expect(readNumber(text)).toBeUndefined();
  });
});

describe('machine names', () => {
  it('cuts a long name at the last whole word, never inside one', () => {
    const slug = slugify('Northwind Securities and Wealth Partners Social Strategy 2027');
    expect(slug).toBe('northwind-securities-and-wealth-partners-social');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
  });

  it('keeps a word that ends exactly at the limit, and cuts a single long word where it must', () => {
    const exact = `${'a'.repeat(40)} bbbbbbb`; // 40 + 1 + 7 = 48
    expect(slugify(exact)).toBe(`${'a'.repeat(40)}-bbbbbbb`);
    expect(slugify('x'.repeat(60))).toBe('x'.repeat(48));
  });
});

describe('init --answers with grouped numbers', () => {
  it('reads "40,000" in an answers file as forty thousand', () => {
    const tmp = tempDir();
    const answers = readFileSync(join(ROOT, 'examples/answers/regulated-external.yaml'), 'utf8').replace('amount: 30000, recurrence: once', 'amount: "40,000", recurrence: once');
    const file = tmp.write('answers.yaml', answers);
    const out = join(tmp.dir, 'strategy.yaml');
    const run = runCli(['init', '--answers', file, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const strategy = parse(readFileSync(out, 'utf8')) as { initiatives: { roi?: { costs?: { amount: number; recurrence: string }[] } }[] };
    expect(strategy.initiatives[0]!.roi!.costs).toEqual(expect.arrayContaining([expect.objectContaining({ amount: 40000, recurrence: 'once' })]));
  });

  it('refuses "1,5" in an answers file with a located message, exit 2', () => {
    const tmp = tempDir();
    const answers = readFileSync(join(ROOT, 'examples/answers/regulated-external.yaml'), 'utf8').replace('amount: 30000, recurrence: once', 'amount: "1,5", recurrence: once');
    const run = runCli(['init', '--answers', tmp.write('answers.yaml', answers), '--out', join(tmp.dir, 'strategy.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/answers\.yaml:\d+:\d+: .*costs\[2\]\.amount/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
