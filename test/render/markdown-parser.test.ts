import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { INLINE_SYNTAX, markdownParser } from '../../src/render/markdown-parser.js';
import { ROOT } from '../helpers.js';

/**
 * The board pack's Markdown reader gives plain inline content its text token without running markdown-it's inline
 * parser: it must give exactly the tokens stock markdown-it gives, on every briefing socialplan renders (the golden
 * files of every example) and on any text, so the HTML and PDF say what GitHub shows.
 */

const stock = markdownIt({ html: false, linkify: false, typographer: false });
const tokens = (md: typeof stock, text: string) => JSON.parse(JSON.stringify(md.parse(text, {})));

const GOLDEN = join(ROOT, 'test', 'render', 'golden');
const briefings = readdirSync(GOLDEN).flatMap((example) =>
  readdirSync(join(GOLDEN, example))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: `${example}/${f}`, text: readFileSync(join(GOLDEN, example, f), 'utf8') })),
);

describe('the board pack\'s Markdown reader', () => {
  it('gives the tokens of stock markdown-it for every golden briefing', async () => {
    const md = await markdownParser();
    expect(briefings.length).toBeGreaterThan(20);
    for (const b of briefings) expect(tokens(md, b.text), b.name).toEqual(tokens(stock, b.text));
  });

  it('takes the short way for most inline content of a briefing (else it would be no quicker)', async () => {
    const md = await markdownParser();
    const inline = briefings.flatMap((b) => md.parse(b.text, {}).filter((t) => t.type === 'inline'));
    const plain = inline.filter((t) => !INLINE_SYNTAX.test(t.content));
    expect(plain.length / inline.length).toBeGreaterThan(0.5);
  });

  it('gives the tokens of stock markdown-it for any text, plain or with inline syntax', async () => {
    const md = await markdownParser();
    const pieces = fc.constantFrom('word', ' ', '  ', '\n', '\t', '*', '**', '_', '`', '~~', '[a](b)', '![i](j)', '<https://x.example>', '&amp;', '\\', '|', '- ', '# ', '1. ', '> ', '---', 'é', '\u00a0', ':', '!', ']');
    const text = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));
    const table = fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 4 }).map((rows) => ['| a | b |', '| - | - |', ...rows.map((r) => `| ${r.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`)].join('\n'));
    fc.assert(
      fc.property(fc.oneof(text, table), (markdown) => {
        expect(tokens(md, markdown)).toEqual(tokens(stock, markdown));
      }),
      { numRuns: 2000 },
    );
  });
});
