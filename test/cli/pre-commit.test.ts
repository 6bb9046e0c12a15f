import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

// pre-commit itself (a Python tool) is not installed here; the hook definition is checked for what
// pre-commit reads from it: the language, the files it selects and the command it runs on them.

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
}

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'socialplan-check')!;

describe('.pre-commit-hooks.yaml', () => {
  it('defines a node hook running socialplan check', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'socialplan check', types: ['yaml'] });
    // pre-commit installs the repository as an npm package: the hook's command is its bin.
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin).toHaveProperty('socialplan');
  });

  it('selects strategy files and nothing else (files is a Python regular expression, searched in the path)', () => {
    const files = new RegExp(hook.files);
    for (const path of ['strategy.yaml', 'strategy.yml', 'plans/acme.strategy.yaml', 'acme-strategy.yml', 'strategies/2027.yaml', 'group/strategies/eu.yml']) {
      expect(files.test(path), path).toBe(true);
    }
    for (const path of ['package.yaml', 'docs/strategyguide.yaml', 'strategy.yaml.bak', '.github/workflows/socialplan.yml', 'mystrategy.yaml', 'strategies/old/x.txt']) {
      expect(files.test(path), path).toBe(false);
    }
  });

  it('its command passes clean strategy files and fails one with open errors, as pre-commit would run it', () => {
    const [, ...args] = hook.entry.split(' ');
    expect(runCli([...args, 'examples/portfolio.yaml', 'examples/bank-customer-engagement.yaml', '--as-of', '2026-12-06']).status).toBe(0);
    expect(runCli([...args, 'examples/first-draft-with-gaps.yaml', '--as-of', '2026-12-06']).status).toBe(1);
  });
});
