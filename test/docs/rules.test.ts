import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLISTS } from '../../src/checks/ruleset/checklists/index.js';
import { ChecklistSchema } from '../../src/checks/engine/rule.js';
import { ruleDocs } from '../../src/docs/rules-doc.js';
import { CODE_RULES } from '../../src/model/rules.js';
import { ROOT } from '../helpers.js';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

describe('the rule reference', () => {
  it('every generated page is on disk as generated, and no stale page remains (npm run docs:write)', () => {
    const generated = ruleDocs();
    for (const [path, content] of generated) expect(readFileSync(join(ROOT, 'docs', path), 'utf8'), path).toBe(content);
    const onDisk = files(join(ROOT, 'docs', 'rules'), '.md').map((f) => relative(join(ROOT, 'docs'), f));
    expect(onDisk.filter((p) => !generated.has(p))).toEqual([]);
  });

  it('raises every rule of the code catalogue somewhere: no documented rule is dead (the compiler refuses an undocumented one)', () => {
    const raised = new Set<string>();
    for (const file of files(join(ROOT, 'src'), '.ts')) {
      if (file.endsWith(join('model', 'rules.ts'))) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/'([a-z]+\/[a-z-]+)'/g)) raised.add(match[1]!);
    }
    expect(CODE_RULES.map((r) => r.id).filter((id) => !raised.has(id))).toEqual([]);
  });
});

describe('the built-in checklists', () => {
  it.each(BUILT_IN_CHECKLISTS.map((c) => [c.id, c] as const))('%s is valid checklist data, as an organisation would write it', (_, checklist) => {
    const parsed = ChecklistSchema.safeParse(checklist);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('every built-in rule has a title, rationale, reference and fix, and a unique id', () => {
    for (const checklist of BUILT_IN_CHECKLISTS) {
      for (const rule of checklist.rules) {
        expect(rule, rule.id).toMatchObject({ title: expect.any(String), rationale: expect.any(String), reference: expect.any(String), fix: expect.any(String) });
      }
    }
    const ids = BUILT_IN_CHECKLISTS.flatMap((c) => c.rules.map((r) => r.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the checklist authoring guide', () => {
  it('documents every function of the vocabulary', async () => {
    const { FUNCTIONS, QUANTIFIERS } = await import('../../src/checks/engine/functions/index.js');
    const guide = readFileSync(join(ROOT, 'docs', 'checklists.md'), 'utf8');
    const missing = [...Object.keys(FUNCTIONS), ...QUANTIFIERS].filter((name) => !guide.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});

describe('the questionnaire reference', () => {
  it('docs/answers.md is generated from the questions (npm run docs:write)', async () => {
    const { answersDoc } = await import('../../src/docs/answers-doc.js');
    expect(readFileSync(join(ROOT, 'docs', 'answers.md'), 'utf8')).toBe(answersDoc());
  });
});
