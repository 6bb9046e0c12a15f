import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesDoc } from '../../src/docs/rules-doc.js';
import { WELL_FORMEDNESS_RULES } from '../../src/model/rules.js';
import { ROOT } from '../helpers.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the rule reference', () => {
  it('docs/rules.md is generated from the rule metadata (npm run docs:write)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDoc());
  });

  it('documents every rule id the loader can emit, and only those', () => {
    const catalog = new Set(WELL_FORMEDNESS_RULES.map((r) => r.id));
    const emitted = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src', 'model'))) {
      if (file.endsWith('rules.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/'((?:file|yaml|schema|reference)\/[a-z-]+)'/g)) emitted.add(match[1]!);
    }
    expect([...emitted].filter((id) => !catalog.has(id))).toEqual([]);
    expect([...catalog].filter((id) => !emitted.has(id))).toEqual([]);
  });
});
