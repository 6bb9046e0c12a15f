import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { ruleDocs } from '../../src/docs/rules-doc.js';
import { ROOT, runCli } from '../helpers.js';

/**
 * Markdown other tools render must pass markdownlint's default rules. The reports socialplan writes
 * pass them all, line length included; the project's own documents set line length aside.
 */
function problems(name: string, text: string, lineLength = true): string[] {
  const result = lint({ strings: { [name]: text }, config: lineLength ? { default: true } : { default: true, MD013: false } });
  return (result[name] ?? []).map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

describe('Markdown that people read', () => {
  it.each(examples)('check --format markdown on examples/%s passes markdownlint', (name) => {
    const run = runCli(['check', `examples/${name}`, '--format', 'markdown', '--as-of', '2026-11-25']);
    expect(run.stderr).toBe('');
    expect(problems(name, run.stdout)).toEqual([]);
  });

  it.each(['README.md', 'docs/commands.md', 'docs/checklists.md', 'docs/answers.md', 'templates/README.md'])('%s passes markdownlint', (path) => {
    expect(problems(path, readFileSync(join(ROOT, path), 'utf8'), false)).toEqual([]);
  });

  it('every generated rule page passes markdownlint', () => {
    const all = [...ruleDocs()].flatMap(([path, text]) => problems(path, text, false));
    expect(all).toEqual([]);
  });
});
