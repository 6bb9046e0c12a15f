import { relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import { BUILT_IN_TEMPLATES, checkTemplate, COMPILE_OPTIONS, listTemplates } from './templates.js';

/**
 * The build step behind generated/precompiled-templates.js (scripts/generate.mjs): the built-in templates checked as a
 * --templates folder is (checkTemplate) and compiled to JavaScript once, at build time, so that a
 * render without --templates loads Handlebars' small runtime instead of its parser and compiler.
 * Never imported by the command itself.
 */

const HEAD = `// Generated from templates/ by npm run build (scripts/generate.mjs): do not edit.
// test/render/precompiled.test.ts fails when it no longer matches templates/.`;

/** The generated module's text, and its types: the same for the same templates, byte for byte. */
export async function precompiledModule(dir: string = BUILT_IN_TEMPLATES): Promise<{ js: string; dts: string }> {
  const sources = await listTemplates(dir);
  const partials = sources.filter((s) => s.partial).map((s) => s.name);
  const entries: string[] = [];
  for (const source of sources) {
    checkTemplate(Handlebars, source, partials);
    const spec = Handlebars.precompile(source.text, { ...COMPILE_OPTIONS }) as string;
    const path = relative(dir, source.file).split(sep).join('/');
    entries.push(
      [
        '  {',
        `    name: ${JSON.stringify(source.name)},`,
        `    partial: ${source.partial},`,
        `    path: ${JSON.stringify(path)},`,
        `    text: ${JSON.stringify(source.text)},`,
        `    spec: ${spec},`,
        '  },',
      ].join('\n'),
    );
  }
  const js = `${HEAD}\n/** @type {readonly import('../src/render/templates.js').PrecompiledTemplate[]} */\nexport const PRECOMPILED = [\n${entries.join('\n')}\n];\n`;
  const dts = `${HEAD}\nimport type { PrecompiledTemplate } from '../src/render/templates.js';\n\nexport declare const PRECOMPILED: readonly PrecompiledTemplate[];\n`;
  return { js, dts };
}
