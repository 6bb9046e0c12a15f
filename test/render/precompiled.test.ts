import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRules } from '../../src/checks/ruleset/prepare.js';
import { money, roundTo } from '../../src/measure/money.js';
import { loadStrategy } from '../../src/model/load.js';
import { briefingInputs, type BriefingInputs } from '../../src/render/inputs.js';
import { precompiledModule } from '../../src/render/precompile.js';
import { renderBriefings } from '../../src/render/render.js';
import { BUILT_IN_TEMPLATES, loadTemplates, TemplateError } from '../../src/render/templates.js';
import { BIN, ROOT, tempFolders } from '../helpers.js';

/**
 * A render without --templates uses the built-in templates as the build precompiled them
 * (generated/precompiled-templates.js, which npm run build writes with scripts/generate.mjs) and loads only
 * Handlebars' runtime. The tests run the generated module from the sources too: they
 * fail when it no longer matches templates/, when it renders anything other than what the compiler makes
 * of the same files, and when the built command loads the compiler without being asked to.
 */

const folder = tempFolders();
const AS_OF = '2026-11-25';
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));
const inputs = new Map<string, BriefingInputs>();

beforeAll(async () => {
  const { ruleSet } = await prepareRules({ cwd: ROOT, env: {} });
  for (const example of examples) {
    const file = `examples/${example}`;
    const loaded = await loadStrategy(file);
    if (!loaded.loaded) throw new Error(`${example} does not load`);
    inputs.set(example, briefingInputs(loaded.loaded, file, ruleSet, AS_OF));
  }
});

describe('the precompiled built-in templates', () => {
  it('match templates/ (after changing a template, run npm run build or node scripts/generate.mjs)', async () => {
    const wanted = await precompiledModule();
    const generated = (name: string) => readFileSync(join(ROOT, 'generated', name), 'utf8');
    expect(generated('precompiled-templates.js')).toBe(wanted.js);
    expect(generated('precompiled-templates.d.ts')).toBe(wanted.dts);
  });

  it.each(examples)('render %s exactly as the compiler does from the same files', async (example) => {
    // The built-in templates given as a --templates folder take the compiler's path, every one replaced by itself.
    const compiled = renderBriefings(inputs.get(example)!, await loadTemplates(BUILT_IN_TEMPLATES));
    const precompiled = renderBriefings(inputs.get(example)!, await loadTemplates());
    expect(precompiled.map((f) => f.file)).toEqual(compiled.map((f) => f.file));
    for (const [i, f] of precompiled.entries()) expect(f.content, f.file).toBe(compiled[i]!.content);
  });

  it('name the built-in file, line and mustache when a view lacks a field', async () => {
    const portfolio = inputs.get('portfolio.yaml')!;
    const templates = await loadTemplates();
    let error: unknown;
    try {
      templates.render('index', { ...(renderViewOf(portfolio) as object), header: undefined });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as Error).message).toMatch(/^templates\/partials\/header\.md\.hbs:1:3: \{\{md header\.briefing\}\}: md: no such field/);
  });

  it('are generated with the renderer checks: a built-in template that breaks a rule fails the build with its file and line', async () => {
    const { dir } = folder();
    mkdirSync(join(dir, 'partials'));
    for (const name of readdirSync(join(BUILT_IN_TEMPLATES, 'partials'))) writeFileSync(join(dir, 'partials', name), readFileSync(join(BUILT_IN_TEMPLATES, 'partials', name)));
    writeFileSync(join(dir, 'index.md.hbs'), '{{> header}}\n\nTitle: {{header.title}}\n');
    await expect(precompiledModule(dir)).rejects.toThrow(/index\.md\.hbs:3:8: \{\{header\.title\}\}: prints a value without escaping it/);
    writeFileSync(join(dir, 'index.md.hbs'), '{{> header}}\n\n{{#each x}}\n{{/if}}\n');
    await expect(precompiledModule(dir)).rejects.toThrow(/index\.md\.hbs:3:\d+: each doesn't match if/);
  });
});

/** The index view, as renderBriefings builds it, taken from the template it is given. */
function renderViewOf(portfolio: BriefingInputs): unknown {
  let view: unknown;
  renderBriefings(portfolio, { names: ['index'], render: (_name, v) => ((view = v), '# x\n') }, { only: ['index'] });
  return view;
}

describe('the built command', () => {
  const bundle = join(ROOT, 'dist', 'socialplan-render.cjs');
  /** The files a `render` run requires besides its bundle, which a --require hook notes as Node resolves each one. */
  function loaded(args: string[]): string[] {
    const { dir } = folder();
    const log = join(dir, 'loaded.txt');
    const hook = join(dir, 'hook.cjs');
    writeFileSync(
      hook,
      `const Module = require('node:module'); const { appendFileSync } = require('node:fs'); const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { appendFileSync(${JSON.stringify(log)}, Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return load.apply(this, arguments);
};`,
    );
    const run = spawnSync(process.execPath, ['--require', hook, BIN, 'render', join(ROOT, 'examples', 'portfolio.yaml'), '--out', join(dir, 'out'), '--as-of', AS_OF, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return readFileSync(log, 'utf8').split('\n').filter((f) => f.startsWith('/') || /^[A-Z]:/.test(f));
  }
  /** Whether any of these files holds Handlebars' parser (its error message is in no other code). */
  const compilerIn = (files: string[]) => files.some((f) => readFileSync(f, 'utf8').includes('Parse error on line'));

  it.skipIf(!existsSync(bundle))('loads no Handlebars compiler without --templates, and does with it', () => {
    expect(compilerIn([bundle])).toBe(false);
    expect(compilerIn(loaded([]))).toBe(false);
    const asked = loaded(['--templates', BUILT_IN_TEMPLATES]);
    expect(asked).toContain(join(ROOT, 'dist', 'handlebars.cjs'));
    expect(compilerIn(asked)).toBe(true);
  });
});

describe('money', () => {
  it('formats as toLocaleString("en-US", { maximumFractionDigits: 0 }) did, without making a formatter for each figure', () => {
    // money() as it was, with a formatter made by toLocaleString for each figure.
    const before = (value: number, currency: string | undefined) => {
      const rounded = roundTo(value, 0);
      return `${rounded < 0 ? '-' : ''}${currency ? `${currency} ` : ''}${Math.abs(rounded).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
    };
    const edges = [0, -0, 1, 999, 1000, -1000, 999_999, 1_000_000, 123_456_789, 2 ** 53 - 1, 2 ** 53, 2 ** 70, 1e21, -1e21, 1.7e308, Infinity, -Infinity, NaN];
    for (const v of edges) expect(money(v, 'EUR'), String(v)).toBe(before(v, 'EUR'));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e15, max: 1e15 }), fc.maxSafeInteger(), fc.double(), fc.double({ min: -1e7, max: 1e7 })), fc.option(fc.constantFrom('EUR', 'USD')), (v, c) => {
        expect(money(v, c ?? undefined)).toBe(before(v, c ?? undefined));
      }),
      { numRuns: 2000 },
    );
  });
});
