import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRules } from '../../src/checks/ruleset/prepare.js';
import { loadStrategy } from '../../src/model/load.js';
import { briefingInputs } from '../../src/render/inputs.js';
import { renderBriefings } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { ROOT } from '../helpers.js';

/**
 * What people read, pinned: every briefing of every example, as of a fixed day. A change to a view,
 * a template or an example shows here as a diff to review; UPDATE_GOLDEN=1 rewrites them.
 */
const GOLDEN = join(ROOT, 'test', 'render', 'golden');
const AS_OF = '2026-11-25';
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

async function render(example: string) {
  const file = `examples/${example}`;
  // Relative, as a user types it: vitest runs in the repository root.
  const loaded = await loadStrategy(file);
  if (!loaded.loaded) throw new Error(`${example} does not load`);
  const { ruleSet } = await prepareRules({ cwd: ROOT, env: {} });
  return renderBriefings(briefingInputs(loaded.loaded, file, ruleSet, AS_OF), await loadTemplates());
}

describe('briefing golden files', () => {
  it.each(examples)('%s renders as its golden files', async (example) => {
    const dir = join(GOLDEN, example.replace(/\.yaml$/, ''));
    const files = await render(example);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(join(dir, f.file), f.content);
    }
    expect(existsSync(dir), `${dir} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
    expect(files.map((f) => f.file).sort()).toEqual(readdirSync(dir).sort());
    for (const f of files) expect(f.content, f.file).toBe(readFileSync(join(dir, f.file), 'utf8'));
  });
});
