import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import markdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRules } from '../../src/checks/ruleset/prepare.js';
import { code, heading, inline, table } from '../../src/markdown/escape.js';
import { loadStrategy } from '../../src/model/load.js';
import { withoutComments } from '../../src/render/board-pack.js';
import { briefingInputs } from '../../src/render/inputs.js';
import { readMarkdown } from '../../src/render/markdown-parser.js';
import { readBlocks } from '../../src/render/markdown/read-blocks.js';
import { readInline } from '../../src/render/markdown/read-inline.js';
import { HtmlRenderer } from '../../src/render/markdown/render-html.js';
import { renderBriefings } from '../../src/render/render.js';
import { loadTemplates } from '../../src/render/templates.js';
import { ROOT } from '../helpers.js';

/**
 * socialplan's own reader of the Markdown its templates write (src/render/markdown/) must give exactly the tokens
 * markdown-it gives, and its renderer exactly markdown-it's HTML, on every briefing and on anything a strategy could
 * put into one; where it cannot be sure it must give up, and markdown-it reads the text. And it must read the
 * briefings of the examples itself, else it would make no board pack quicker.
 */

const stock = markdownIt({ html: false, linkify: false, typographer: false });
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** What markdown-it makes of the text, and what the board pack's reader makes of it: the same tokens, the same HTML. */
async function expectSame(text: string, name = 'text') {
  const expected = stock.parse(text, {});
  const ours = await readMarkdown(text);
  expect(json(ours), name).toEqual(json(expected));
  const html = new HtmlRenderer(stock.utils.unescapeAll);
  expect(html.render(ours), name).toBe(stock.renderer.render(expected, stock.options, {}));
}

const GOLDEN = join(ROOT, 'test', 'render', 'golden');
const golden = readdirSync(GOLDEN).flatMap((example) =>
  readdirSync(join(GOLDEN, example))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: `${example}/${f}`, text: readFileSync(join(GOLDEN, example, f), 'utf8') })),
);

/** Every briefing of every example as the board pack reads it: unwrapped, its comment lines gone. */
let boardPackMarkdown: { name: string; text: string }[] = [];
beforeAll(async () => {
  const { ruleSet } = await prepareRules({ cwd: ROOT, env: {} });
  const templates = await loadTemplates();
  for (const example of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'))) {
    const loaded = await loadStrategy(join(ROOT, 'examples', example));
    if (!loaded.loaded) throw new Error(`${example} does not load`);
    const files = renderBriefings(briefingInputs(loaded.loaded, example, ruleSet, '2026-11-25'), templates, { wrap: false });
    boardPackMarkdown.push(...files.map((f) => ({ name: `${example} ${f.file}`, text: withoutComments(f.content) })));
  }
});

describe("the board pack's Markdown reader", () => {
  it('reads every briefing of every example itself, each inline content too', () => {
    expect(boardPackMarkdown.length).toBeGreaterThan(30);
    for (const b of boardPackMarkdown) {
      const blocks = readBlocks(b.text);
      expect(blocks, b.name).toBeDefined();
      for (const t of blocks!.filter((t) => t.type === 'inline')) expect(readInline(t.content), `${b.name}: ${t.content}`).toBeDefined();
    }
  });

  it('gives the tokens and HTML of markdown-it for every briefing as the board pack reads it', async () => {
    for (const b of boardPackMarkdown) await expectSame(b.text, b.name);
  });

  it('gives the tokens and HTML of markdown-it for every golden briefing, wrapped and with its comments', async () => {
    expect(golden.length).toBeGreaterThan(20);
    for (const b of golden) {
      await expectSame(b.text, b.name);
      await expectSame(withoutComments(b.text), b.name);
    }
  });

  it('gives up where markdown-it could read the text otherwise', () => {
    for (const text of [
      'a\n===', // a setext heading
      'a\n---',
      'text\n  indented',
      '- a\n\n- b', // a loose list
      '- a\nlazy',
      '> quote\nlazy',
      '    code',
      'a\tb',
      '```\nunclosed',
      '* star item',
      '1) item',
      '[ref]: https://example.com',
      '***',
      'line  \nbreak',
    ]) {
      expect(readBlocks(text), JSON.stringify(text)).toBeUndefined();
    }
    for (const text of ['*em*', '_em_', '![image](x.png)', '&amp;', '~~struck~~', '<https://x.example/%41>', '<https://xn--bcher-kva.example>', '**unclosed', '[a](javascript:alert)']) {
      expect(readInline(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Documents shaped as the templates shape them, holding what a strategy could hold: escaped as the templates escape
// it, and raw, as a template that forgot would write it.

const FRAGMENTS = ['*', '**', '_', '`', '``', '~~', '[a](b.md)', '[x]', '![i](j)', '<https://x.example/a>', '<https://X.example>', '<https://x.example/%41>', '&amp;', '&#60;', '&', '\\', '\\*', '|', '\\|', '<', '>', '#', '- ', '1. ', '---', 'é', '\u00a0', '\u2028', '😀', '\ud800', ':', '!', ']', '(', ')', 'www.x.example', 'a@b.example', '  ', ' ', '\n'];
const raw = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) }, { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(''));
/** Inline text as a template writes it: escaped, in bold, as code, or linked; or raw. */
const span = fc.oneof(
  { weight: 4, arbitrary: raw.map(inline) },
  { weight: 1, arbitrary: raw.map((s) => `**${inline(s)}**`) },
  { weight: 1, arbitrary: raw.map((s) => code(s)) },
  { weight: 1, arbitrary: fc.constantFrom('[Privacy](privacy.md)', '[the roadmap](roadmap.md#when)', '**In review, not approved.**', '<https://www.alderbrook.example/community-guidelines>') },
  { weight: 1, arbitrary: raw },
);
const line = fc.array(span, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
/** Inline text as the templates write it, escaped. */
const escapedLine = fc
  .array(fc.oneof({ weight: 4, arbitrary: raw.map(inline) }, { weight: 1, arbitrary: raw.map((s) => `**${inline(s)}**:`) }, { weight: 1, arbitrary: raw.map((s) => code(s)) }), { minLength: 1, maxLength: 4 })
  .map((s) => s.join(' '));
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 3 }), raw).map(([level, s]) => `${'#'.repeat(level)} ${heading(s)}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(line, { minLength: 1, maxLength: 4 })).map(([start, items]) => items.map((i) => `${start}. ${i}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.map((l) => `> ${l}`).join('\n')),
  fc.tuple(fc.array(raw, { minLength: 1, maxLength: 3 }), fc.array(fc.array(raw, { minLength: 1, maxLength: 3 }), { maxLength: 3 }), fc.array(fc.boolean(), { maxLength: 3 })).map(([head, rows, right]) => table(head, rows, right)),
  fc.array(fc.array(span, { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => ['| A | B |', '| --- | ---: |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')),
  raw.map((s) => ['```mermaid', ...s.split('\n').map((l) => `    ${l}`), '```'].join('\n')),
  fc.constant('---'),
  raw,
);
const document = fc.tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n\n', '\n')).map(([blocks, sep]) => `${blocks.join(sep)}\n`);

describe("the board pack's Markdown reader on anything a strategy could hold", () => {
  it('gives the tokens and HTML of markdown-it', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        await expectSame(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads most such documents itself, and most escaped inline text (else the property above tests only markdown-it)', () => {
    const documents = fc.sample(document, { numRuns: 1000, seed: 7 });
    expect(documents.filter((text) => readBlocks(text)).length / documents.length).toBeGreaterThan(0.25);
    const lines = fc.sample(escapedLine, { numRuns: 1000, seed: 7 });
    expect(lines.filter((text) => readInline(text)).length / lines.length).toBeGreaterThan(0.8);
  });
});
