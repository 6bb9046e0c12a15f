import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type HandlebarsNamespace from 'handlebars';
import { InputError } from '../errors.js';
import { readRegularFile } from '../fs/read-file.js';
import { isInside, realPath } from '../fs/inside.js';
import { packageRoot } from '../package-root.js';
import { code, heading, inline, inlineWithCode } from '../markdown/escape.js';
import { closest } from '../model/suggest.js';
import { excerpt } from '../text/excerpt.js';
import { visible } from '../text/visible.js';
import { MarkdownBlock } from './block.js';
import { templateProblems } from './template-rules.js';
import { plural } from './values.js';

type Handlebars = typeof HandlebarsNamespace;
type Template = (context: unknown, options?: unknown) => string;

/** The templates that ship with socialplan: templates/ at the package root. */
export const BUILT_IN_TEMPLATES = join(packageRoot(), 'templates');

const SUFFIX = '.md.hbs';

/**
 * How every template is compiled, at run time (--templates) and at build time (the built-in ones):
 * no HTML escaping (it would write &amp; into Markdown), and Handlebars' strict option off (why: in loadTemplates).
 */
export const COMPILE_OPTIONS = { noEscape: true, strict: false } as const;

/**
 * A built-in template compiled at build time by scripts/generate.mjs into
 * generated/precompiled-templates.js: its place inside templates/ ("partials/header.md.hbs"), its
 * text (to quote in an error) and the spec Handlebars.precompile made of it.
 */
export interface PrecompiledTemplate {
  name: string;
  partial: boolean;
  path: string;
  text: string;
  spec: object;
}

/** A template that cannot be compiled or rendered, named with its file and line. */
export class TemplateError extends InputError {}

export interface TemplateSource {
  name: string;
  file: string;
  text: string;
  partial: boolean;
}

/** A template, or the partials folder, must be in the templates folder once links are followed: a link out would print another file into a briefing. */
function confine(path: string, root: string, dir: string): void {
  if (!isInside(realPath(path), root)) throw new InputError(`${visible(path)}: leads outside the templates folder ${visible(dir)}; templates must be files inside it`);
}

/**
 * The templates in `dir` (briefings at its top level, partials in dir/partials), each sorted by name.
 * Each is read as every file a user names is (src/fs/read-file.ts): a regular file, up to the size limit.
 */
export async function listTemplates(dir: string): Promise<TemplateSource[]> {
  const found: TemplateSource[] = [];
  const root = realPath(dir);
  for (const [sub, partial] of [['', false], ['partials', true]] as const) {
    if (sub) confine(join(dir, sub), root, dir);
    let names: string[];
    try {
      names = await readdir(join(dir, sub));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && sub) continue;
      throw new InputError(`${visible(dir)}: cannot read the templates folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    for (const name of names.filter((n) => n.endsWith(SUFFIX)).sort()) {
      const file = join(dir, sub, name);
      confine(file, root, dir);
      // A folder, a pipe or a file that cannot be read, under a template's name: one line naming it (UnreadableFileError), not a crash.
      const text = readRegularFile(file).toString('utf8');
      found.push({ name: name.slice(0, -SUFFIX.length), file, text, partial });
    }
  }
  return found;
}

/** "file:line:col" for a position Handlebars reports (line 1-based, column 0-based). */
function at(source: TemplateSource, line: number | undefined, column: number | undefined): string {
  const shown = visible(relative(process.cwd(), source.file) || source.file);
  return line ? `${shown}:${line}:${(column ?? 0) + 1}` : shown;
}

/** Template text quoted in an error: made visible() and cut to a screen's width. */
function quoted(text: string): string {
  return excerpt(text, 1, 1).text;
}

/** The text of the mustache at a location, to quote in an error. */
function mustache(source: TemplateSource, loc: { start: { line: number; column: number }; end: { line: number; column: number } }): string {
  const lines = source.text.split('\n');
  if (loc.start.line !== loc.end.line) return quoted(lines[loc.start.line - 1]?.trim() ?? '');
  return quoted(lines[loc.start.line - 1]?.slice(loc.start.column, loc.end.column) ?? '');
}

interface HelperOptions {
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** Thrown inside a helper; the template wrapper adds the file. */
class HelperProblem extends Error {
  constructor(
    message: string,
    readonly loc: HelperOptions['loc'],
  ) {
    super(message);
  }
}

function problem(options: HelperOptions, message: string): never {
  throw new HelperProblem(message, options.loc);
}

function text(value: unknown, options: HelperOptions, helper: string): string {
  if (value === undefined) problem(options, `${helper}: no such field (misspelt, or not in this briefing's view)`);
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return problem(options, `${helper}: expects text, got ${value instanceof MarkdownBlock ? 'a Markdown block (print it with {{block ...}})' : Array.isArray(value) ? 'a list' : 'an object'}`);
}

/**
 * An isolated Handlebars instance: no HTML escaping (it would write &amp; into Markdown) and
 * explicit Markdown helpers instead; strict, so a misspelt field is an error and not an empty cell.
 */
function instance(hb: Handlebars): Handlebars {
  const env = hb.create();
  env.registerHelper('md', (value: unknown, options: HelperOptions) => inline(text(value, options, 'md')));
  env.registerHelper('heading', (value: unknown, options: HelperOptions) => heading(text(value, options, 'heading')));
  env.registerHelper('mdcode', (value: unknown, options: HelperOptions) => inlineWithCode(text(value, options, 'mdcode')));
  env.registerHelper('code', (value: unknown, options: HelperOptions) => {
    const t = text(value, options, 'code');
    return t ? code(t) : '';
  });
  env.registerHelper('block', (value: unknown, options: HelperOptions) => {
    if (value === null) return '';
    if (value instanceof MarkdownBlock) return value.markdown;
    return problem(options, `block: expects a Markdown block built by socialplan, got ${value === undefined ? 'no such field' : typeof value}`);
  });
  env.registerHelper('link', (label: unknown, target: unknown, options: HelperOptions) => {
    const href = text(target, options, 'link');
    if (!/^[\w.-]+$/.test(href)) problem(options, `link: only links to a briefing file such as privacy.md are allowed, not "${href}"`);
    return `[${inline(text(label, options, 'link'))}](${href})`;
  });
  env.registerHelper('plural', (count: unknown, word: unknown, options: HelperOptions) => {
    if (typeof count !== 'number') problem(options, 'plural: expects a number first');
    return inline(plural(count, text(word, options, 'plural')));
  });
  // The block helpers Handlebars reads leniently: a missing field is an error here too.
  for (const name of ['if', 'unless', 'each', 'with']) {
    const original = env.helpers[name]!;
    env.registerHelper(name, function (this: unknown, value: unknown, options: HelperOptions) {
      if (value === undefined) problem(options, `#${name}: no such field (misspelt, or not in this briefing's view)`);
      return original.call(this, value, options);
    });
  }
  return env;
}

const TOKENS: Record<string, string> = {
  EOF: 'end of file',
  CLOSE: '"}}"',
  CLOSE_SEXPR: '")"',
  OPEN_SEXPR: '"("',
  CLOSE_UNESCAPED: '"}}}"',
  OPEN_ENDBLOCK: '"{{/"',
  OPEN_PARTIAL: '"{{>"',
  OPEN_BLOCK: '"{{#"',
  OPEN: '"{{"',
  ID: 'a name',
  SEP: '"." or "/"',
};

/** "Parse error on line 3: ... got 'CLOSE_SEXPR'" in the user's words: the line, the text near it, what was unexpected. */
function syntaxError(message: string, source: TemplateSource): TemplateError {
  const [first, near = '', caret = '', expecting] = message.split('\n');
  const line = Number(/on line (\d+)/.exec(first ?? '')?.[1]);
  const got = /got '([A-Z_]+)'/.exec(expecting ?? '')?.[1];
  // Handlebars shows the text around the error and a caret under it: the text up to the caret, found
  // on the reported line, gives the column.
  const upTo = near.slice(0, caret.indexOf('^') + 1).replace(/^\.\.\./, '');
  const lineText = source.text.split('\n')[line - 1] ?? '';
  const found = upTo ? lineText.lastIndexOf(upTo) : -1;
  const where = Number.isFinite(line) ? at(source, line, found >= 0 ? found + upTo.length - 1 : undefined) : at(source, undefined, undefined);
  const shown = quoted(found >= 0 ? lineText.trim() : upTo.trim());
  return new TemplateError(
    `${found >= 0 ? where : where.replace(/:1$/, '')}: syntax error${shown ? ` in "${shown}"` : ''}${got ? `: unexpected ${TOKENS[got] ?? got.toLowerCase().replace(/_/g, ' ')}` : ''}`,
  );
}

function describe(error: unknown, source: TemplateSource): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof HelperProblem) {
    return new TemplateError(`${at(source, error.loc?.start.line, error.loc?.start.column)}: ${error.loc ? `${mustache(source, error.loc)}: ` : ''}${visible(error.message)}`);
  }
  const message = String((error as { message?: unknown }).message ?? error);
  if (message.startsWith('Parse error')) return syntaxError(message, source);
  // Handlebars' own errors ("... doesn't match ...", "Invalid path") carry " - line:column".
  const e = error as { lineNumber?: number; column?: number };
  return new TemplateError(`${at(source, e.lineNumber, e.column)}: ${visible(message.split('\n')[0]!.replace(/ - \d+:\d+$/, ''))}`);
}

export interface TemplateSet {
  /** Render a briefing template (not a partial) with its view. */
  render(name: string, view: unknown): string;
  names: string[];
}

/**
 * Parse a template and hold it to the renderer's rules (templateProblems), so a syntax error or a raw
 * value is reported with its file and line before anything is rendered. Run on every --templates set
 * when it loads, and on the built-in templates when the build precompiles them.
 */
export function checkTemplate(env: Handlebars, source: TemplateSource, partials: readonly string[]): void {
  let program: ReturnType<Handlebars['parse']>;
  try {
    program = env.parse(source.text);
  } catch (error) {
    throw describe(error, source);
  }
  const problems = templateProblems(program, source.text, partials);
  if (problems.length) throw new TemplateError(problems.map((p) => `${at(source, p.line, p.column)}: ${visible(p.message)}`).join('\n'));
}

/** Partials registered with `env`, briefing templates returned by name; each names its file and line when it fails. */
function templateSet(env: Handlebars, templates: Iterable<{ source: TemplateSource; fn: Template }>): TemplateSet {
  const compiled = new Map<string, Template>();
  for (const { source, fn } of templates) {
    const wrapped: Template = (context, options) => {
      try {
        return fn(context, options as never);
      } catch (error) {
        throw describe(error, source);
      }
    };
    if (source.partial) env.registerPartial(source.name, wrapped as never);
    else compiled.set(source.name, wrapped);
  }
  return {
    names: [...compiled.keys()],
    render(name, view) {
      const template = compiled.get(name);
      if (!template) throw new TemplateError(`no template named ${visible(name)}${SUFFIX}`);
      return template(view);
    },
  };
}

/**
 * The built-in templates as the build precompiled and checked them: only Handlebars' runtime is
 * loaded, not its parser and compiler, and nothing is read from templates/.
 */
async function builtInTemplates(): Promise<TemplateSet> {
  const [{ default: runtime }, { PRECOMPILED }] = await Promise.all([import('handlebars/runtime.js'), import('../../generated/precompiled-templates.js')]);
  // handlebars/runtime has no types of its own: it is the full package's namespace without the compiler.
  const env = instance(runtime as unknown as Handlebars);
  return templateSet(
    env,
    PRECOMPILED.map((t) => ({
      source: { name: t.name, partial: t.partial, file: join(BUILT_IN_TEMPLATES, t.path), text: t.text },
      fn: env.template(t.spec as never) as Template,
    })),
  );
}

/**
 * The templates a render uses. Without `overrides`, the built-in ones, precompiled at build time.
 * With it, the built-in templates each replaced by a file of the same name in `overrides` (briefings at
 * its top level, partials in overrides/partials), all checked and compiled now with the full Handlebars,
 * so a syntax error is reported, with its file and line, before anything is rendered.
 */
export async function loadTemplates(overrides?: string): Promise<TemplateSet> {
  if (overrides === undefined) return builtInTemplates();
  const { default: hb } = await import('handlebars');
  const env = instance(hb);
  const sources = new Map<string, TemplateSource>();
  for (const s of await listTemplates(BUILT_IN_TEMPLATES)) sources.set(`${s.partial}:${s.name}`, s);
  const info = await stat(overrides).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`${visible(overrides)}: no such templates folder`);
  const own = await listTemplates(overrides);
  if (own.length === 0) throw new InputError(`${visible(overrides)}: no *${SUFFIX} templates in this folder (or in its partials folder)`);
  for (const s of own) {
    const key = `${s.partial}:${s.name}`;
    if (!sources.has(key)) {
      const names = [...sources.values()].filter((x) => x.partial === s.partial).map((x) => x.name);
      const suggestion = closest(s.name, names);
      throw new InputError(`${visible(s.file)}: replaces no ${s.partial ? 'partial' : 'template'}${suggestion ? `; did you mean ${suggestion}${SUFFIX}?` : ''} (${s.partial ? 'partials' : 'templates'}: ${names.join(', ')})`);
    }
    sources.set(key, s);
  }
  const partials = [...sources.values()].filter((s) => s.partial).map((s) => s.name);
  const compiled: { source: TemplateSource; fn: Template }[] = [];
  for (const source of sources.values()) {
    checkTemplate(env, source, partials);
    // Handlebars' strict option checks bare {{field}} only, which no template may use (templateProblems);
    // every value passes through a helper or block that refuses a missing field, with its file and line,
    // and lookups through a missing object give undefined to that check instead of a TypeError.
    compiled.push({ source, fn: env.compile(source.text, { ...COMPILE_OPTIONS }) as Template });
  }
  return templateSet(env, compiled);
}
