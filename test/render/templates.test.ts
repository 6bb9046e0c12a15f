import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type HandlebarsNamespace from 'handlebars';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRules } from '../../src/checks/ruleset/prepare.js';
import { loadStrategy } from '../../src/model/load.js';
import { briefingsFor } from '../../src/render/briefings.js';
import { briefingInputs, type BriefingInputs } from '../../src/render/inputs.js';
import { GENERATED, renderBriefings } from '../../src/render/render.js';
import { templateProblems } from '../../src/render/template-rules.js';
import { BUILT_IN_TEMPLATES, loadTemplates, TemplateError } from '../../src/render/templates.js';
import { ROOT, tempFolders, unwrapped } from '../helpers.js';

/**
 * The shipped templates are read with Handlebars' own parser and held to three rules: every printed value
 * goes through a Markdown helper (so nothing user-written is printed raw), every block is one of the four
 * built-ins, and only the three shipped partials are used. Then each template is rendered for real, and a
 * misspelt field in a copy of each one must fail with its file and line.
 */

/** A folder of its own for each test, all removed after the file. */
const folder = tempFolders();

let hb: typeof HandlebarsNamespace;

const PARTIALS = ['header', 'footer', 'decisions'];

const SUFFIX = '.md.hbs';
interface Shipped {
  /** templates/x.md.hbs or templates/partials/x.md.hbs */
  path: string;
  /** The path inside a --templates folder: x.md.hbs or partials/x.md.hbs */
  inside: string;
  partial: boolean;
  text: string;
}
const shipped: Shipped[] = [
  ...readdirSync(BUILT_IN_TEMPLATES)
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => ({ path: `templates/${f}`, inside: f, partial: false, text: readFileSync(join(BUILT_IN_TEMPLATES, f), 'utf8') })),
  ...readdirSync(join(BUILT_IN_TEMPLATES, 'partials'))
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => ({ path: `templates/partials/${f}`, inside: `partials/${f}`, partial: true, text: readFileSync(join(BUILT_IN_TEMPLATES, 'partials', f), 'utf8') })),
];

/** What the renderer's own check (run whenever templates load) objects to in one template, as "line:col: reason". */
function lintTemplate(source: string): string[] {
  return templateProblems(hb.parse(source), source, PARTIALS).map((p) => `${p.line}:${p.column + 1}: ${p.message}`);
}

let portfolio: BriefingInputs;

beforeAll(async () => {
  hb = (await import('handlebars')).default;
  const file = join(ROOT, 'examples', 'portfolio.yaml');
  const loaded = await loadStrategy(file);
  if (!loaded.loaded) throw new Error(`examples/portfolio.yaml does not load: ${JSON.stringify(loaded.diagnostics)}`);
  const { ruleSet } = await prepareRules({ cwd: ROOT, env: {} });
  portfolio = briefingInputs(loaded.loaded, file, ruleSet, '2026-11-25');
});

describe('the lint of the shipped templates', () => {
  it('finds the templates and partials the renderer needs', () => {
    expect(shipped.filter((s) => !s.partial).map((s) => basename(s.path, SUFFIX)).sort()).toEqual(
      ['board-briefing', 'executive-summary', 'index', 'platforms', 'roadmap', 'stakeholder-brief'],
    );
    expect(shipped.filter((s) => s.partial).map((s) => basename(s.path, SUFFIX)).sort()).toEqual(['decisions', 'footer', 'header']);
  });

  it.each(shipped.map((s) => [s.path, s] as const))('%s prints only through the Markdown helpers, with the built-in blocks and partials', (_path, s) => {
    expect(lintTemplate(s.text)).toEqual([]);
    // Not vacuous: the template prints something.
    expect(s.text).toMatch(/\{\{(md|code|mdcode|block|link|plural) /);
  });

  it.each([
    ['a raw value', 'Hello {{name}}.', /^1:7: \{\{name\}\}: prints a value without escaping it .*; write \{\{md name\}\}$/],
    ['a raw path', '| {{header.title}} |', /^1:3: \{\{header\.title\}\}: prints a value without escaping it/],
    ['a raw value in a triple-stash', '{{{name}}}', /^1:1: \{\{\{name\}\}\}: prints a value without escaping it/],
    ['a raw value inside a block', '{{#each rows}}\n- {{this}}\n{{/each}}', /^2:3: \{\{this\}\}: prints a value without escaping it/],
    ['a raw value in the else branch', '{{#if a}}{{md a}}{{else}}{{b}}{{/if}}', /^1:26: \{\{b\}\}: prints a value without escaping it/],
    ['a lookup instead of a helper', '{{lookup row "name"}}', /prints a value without escaping it/],
    ['an unknown helper in a sub-expression', '{{md (concat a b)}}', /\(concat a b\): calls a helper without escaping it/],
    ['a literal', '{{"text"}}', /prints a value without escaping it/],
    ['a helper with too few values', '{{link title}}', /link takes 2 values, here 1/],
    ['a block that is not a built-in', '{{#raw}}x{{/raw}}', /\{\{#raw\}\} is not a block this renderer knows .*\(blocks: if, unless, each, with\)/],
    ['a block with no value', '{{#if}}x{{/if}}', /\{\{#if\}\} takes one value, here 0/],
    ['an unknown partial', '{{> sidebar}}', /there is no partial "sidebar"/],
    ['a misspelt partial', '{{> heder}}', /there is no partial "heder"; did you mean "header"\?/],
    ['a partial block', '{{#> header}}x{{/header}}', /partial block is not allowed in a briefing template/],
  ])('catches %s', (_what, source, expected) => {
    const problems = lintTemplate(source);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('passes the same sample once it prints through md', () => {
    expect(lintTemplate('Hello {{md name}}.')).toEqual([]);
  });
});

describe('each shipped template rendered from the portfolio', () => {
  it('renders every briefing, and every template is used', async () => {
    const templates = await loadTemplates();
    expect([...templates.names].sort()).toEqual(['board-briefing', 'executive-summary', 'index', 'platforms', 'roadmap', 'stakeholder-brief']);
    const files = renderBriefings(portfolio, templates);
    const used = new Set([...briefingsFor(portfolio).map((b) => b.template), 'index']);
    expect([...used].sort()).toEqual([...templates.names].sort());
    expect(files.map((f) => f.file)).toEqual([
      'board-briefing.md', 'executive-summary.md', 'privacy.md', 'compliance.md', 'legal.md', 'records.md', 'communications.md', 'roadmap.md', 'platforms.md', 'index.md',
    ]);
    for (const f of files) {
      expect(f.content.startsWith(`${GENERATED}\n\n# `), f.file).toBe(true);
      // Header and footer partials, filled in.
      expect(unwrapped(f.content), f.file).toContain('For Alderbrook Health Products, Inc., as of 2026-11-25: version 2.3.1, status **in-review**.');
      expect(unwrapped(f.content), f.file).toContain('Made by socialplan from `portfolio.yaml`, version 2.3.1 (in-review), as of 2026-11-25.');
      expect(f.content, f.file).not.toMatch(/\[object Object\]|undefined|NaN|\{\{|\}\}/);
      expect(f.content.endsWith('\n') && !f.content.endsWith('\n\n'), f.file).toBe(true);
    }
    const byName = new Map(files.map((f) => [f.file, f.content]));
    // Each template's own content, from the portfolio.
    expect(byName.get('board-briefing.md')).toContain('| Initiative | PV costs | PV benefits (risk-adjusted) | NPV | ROI | Payback |');
    expect(byName.get('board-briefing.md')).toMatch(/^1\. Approve the FY2027 social portfolio budget/m); // decisions partial
    expect(byName.get('executive-summary.md')).toContain('## Decisions requested\n\n1. Approve the FY2027 social portfolio budget');
    expect(byName.get('privacy.md')).toContain('# Privacy brief: Alderbrook Social Business Portfolio 2027-2028');
    expect(byName.get('roadmap.md')).toMatch(/```mermaid\n%%\{init: \{"gantt"[^\n]*\ngantt\n/);
    expect(byName.get('platforms.md')).toContain('## Platform evaluation');
    expect(byName.get('index.md')).toContain('| [Platforms](platforms.md) |');
  });

  // A misspelt field one line above the end of a copy of each template (partials at their end): at the top
  // level, so it always runs, and deep enough into the file that the line number means something.
  it.each(shipped.map((s) => [s.path, s] as const))('a copy of %s with {{md header.titel}} fails with its file and line', async (_path, s) => {
    const { dir } = folder();
    mkdirSync(join(dir, 'partials'));
    const lines = s.text.replace(/\n$/, '').split('\n');
    const at = s.partial ? lines.length : lines.length - 1; // 0-based index to insert at
    lines.splice(at, 0, '{{md header.titel}}');
    writeFileSync(join(dir, s.inside), `${lines.join('\n')}\n`);
    const templates = await loadTemplates(dir);
    let error: unknown;
    try {
      renderBriefings(portfolio, templates);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    const message = (error as Error).message;
    expect(message).toContain(`${s.inside}:${at + 1}:1: {{md header.titel}}: md: no such field`);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('the same copy with the field spelt right renders', async () => {
    const { dir } = folder();
    const text = readFileSync(join(BUILT_IN_TEMPLATES, 'index.md.hbs'), 'utf8').replace('{{> footer}}', '{{md header.title}}\n{{> footer}}');
    writeFileSync(join(dir, 'index.md.hbs'), text);
    const files = renderBriefings(portfolio, await loadTemplates(dir), { only: ['index'] });
    expect(files[0]!.content).toContain('\nAlderbrook Social Business Portfolio 2027-2028\n');
  });

  it('names the column of a misspelt field in the middle of a line, and a misspelt list', async () => {
    const { dir } = folder();
    writeFileSync(join(dir, 'index.md.hbs'), '# {{md header.title}}\n\nSee {{md header.titel}} now.\n\n{{#each briefingz}}\n{{md title}}\n{{/each}}\n');
    await expect(async () => renderBriefings(portfolio, await loadTemplates(dir), { only: ['index'] })).rejects.toThrow(/index\.md\.hbs:3:5: \{\{md header\.titel\}\}: md: no such field/);
    writeFileSync(join(dir, 'index.md.hbs'), '# {{md header.title}}\n\n{{#each briefingz}}\n{{md title}}\n{{/each}}\n');
    await expect(async () => renderBriefings(portfolio, await loadTemplates(dir), { only: ['index'] })).rejects.toThrow(/index\.md\.hbs:3:1: \{\{#each briefingz\}\}: #each: no such field/);
  });
});

describe('the Markdown helpers refuse the wrong kind of value', () => {
  /** Renders index.md from a one-file --templates folder and returns the TemplateError's message. */
  async function failure(template: string, name = 'index'): Promise<string> {
    const { dir } = folder();
    writeFileSync(join(dir, `${name}.md.hbs`), template);
    const templates = await loadTemplates(dir);
    const only = name === 'index' ? ['index'] : ['board'];
    try {
      renderBriefings(portfolio, templates, { only });
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      return (error as Error).message;
    }
    throw new Error(`${template} rendered`);
  }

  it('block refuses a plain string: user text never reaches the page unescaped', async () => {
    expect(await failure('# x\n\n{{block header.title}}\n')).toMatch(/index\.md\.hbs:3:1: \{\{block header\.title\}\}: block: expects a Markdown block built by socialplan, got string$/);
    expect(await failure('# x\n\n{{block header.titel}}\n')).toMatch(/block: expects a Markdown block built by socialplan, got no such field$/);
  });

  it('block prints a block socialplan built', async () => {
    const { dir } = folder();
    writeFileSync(join(dir, 'board-briefing.md.hbs'), '# x\n\n{{block roi.table}}\n');
    const [board] = renderBriefings(portfolio, await loadTemplates(dir), { only: ['board'] });
    expect(board!.content).toContain('| Initiative | PV costs | PV benefits (risk-adjusted) | NPV | ROI | Payback |');
  });

  it('md refuses an object, a list and a Markdown block', async () => {
    expect(await failure('# x\n\n{{md header}}\n')).toMatch(/index\.md\.hbs:3:1: \{\{md header\}\}: md: expects text, got an object$/);
    expect(await failure('# x\n\n{{md briefings}}\n')).toMatch(/index\.md\.hbs:3:1: \{\{md briefings\}\}: md: expects text, got a list$/);
    expect(await failure('# x\n\n{{md roi.table}}\n', 'board-briefing')).toMatch(/board-briefing\.md\.hbs:3:1: \{\{md roi\.table\}\}: md: expects text, got a Markdown block \(print it with \{\{block \.\.\.\}\}\)$/);
    expect(await failure('# x\n\n{{code header}}\n')).toMatch(/code: expects text, got an object$/);
  });

  it('link accepts only a briefing file, and plural only a number', async () => {
    expect(await failure('# x\n\n{{link header.title "https://evil.example/"}}\n')).toMatch(/link: only links to a briefing file such as privacy\.md are allowed, not "https:\/\/evil\.example\/"/);
    expect(await failure('# x\n\n{{plural header.title "thing"}}\n')).toMatch(/plural: expects a number first/);
  });
});

describe('bugs found by these tests stay fixed', () => {
  async function message(template: string): Promise<string> {
    const { dir } = folder();
    writeFileSync(join(dir, 'index.md.hbs'), template);
    try {
      renderBriefings(portfolio, await loadTemplates(dir), { only: ['index'] });
    } catch (error) {
      return (error as Error).message;
    }
    return 'rendered';
  }

  it('the check itself: {{md}} with no value at all is named with its line', async () => {
    const text = await message('# x\n\n{{md}}\n');
    expect(text).toMatch(/index\.md\.hbs:3:\d+: /);
    expect(text).not.toContain('Cannot read properties');
  });

  it.each(['{{link header.title}}', '{{plural 3}}'])('%s (a helper missing a value) is named with its line, not "reading \'loc\'"', async (mustache) => {
    const text = await message(`# x\n\n${mustache}\n`);
    expect(text).toMatch(/index\.md\.hbs:3:\d+: /);
    expect(text).not.toContain('Cannot read properties');
  });

  it('{{md header.nope.title}} (a path through a missing object) is named with its line, not a TypeError', async () => {
    const text = await message('# x\n\n{{md header.nope.title}}\n');
    expect(text).toMatch(/index\.md\.hbs:3:\d+: /);
    expect(text).not.toContain('Cannot read properties');
  });
});
