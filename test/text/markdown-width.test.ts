import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { fitLines, LINE_WIDTH } from '../../src/text/markdown-width.js';

// html: true, as GitHub and GitLab read it: a comment is a comment, not text.
const md = new MarkdownIt({ html: true });

/** What a reader sees: the HTML, with socialplan's own lint comments and the whitespace between words set aside. */
function seen(markdown: string): string {
  return md
    .render(markdown)
    .replace(/ ?<!-- markdownlint-[a-z-]+ MD013 -->\n?/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?(<[^>]+>) ?/g, '$1')
    .trim();
}

const lengthProblems = (markdown: string) => (lint({ strings: { m: markdown }, config: { default: false, MD013: true } }).m ?? []).map((e) => `${e.lineNumber}: ${e.errorDetail}`);

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('fitLines', () => {
  it('wraps prose, list items and quotes between words, with the continuation each needs', () => {
    const text = [`A paragraph ${words(20)}.`, '', `- An item ${words(20)}.`, `10. A numbered item ${words(20)}.`, '', `> A quote ${words(20)}.`, ''].join('\n');
    const fitted = fitLines(text);
    expect(lengthProblems(fitted)).toEqual([]);
    expect(fitted.split('\n').every((l) => l.length <= LINE_WIDTH)).toBe(true);
    expect(fitted).toMatch(/^- An item word0 .*\n {2}word/m);
    expect(fitted).toMatch(/^10\. A numbered item .*\n {4}word/m);
    expect(fitted).toMatch(/^> A quote .*\n> word/m);
    expect(seen(fitted)).toBe(seen(text));
  });

  it('never starts a line with what would open a block: a list marker, a heading, a quote, a rule, a table, HTML', () => {
    for (const opener of ['-', '+', '*', '#', '##', '>', '1.', '2)', '---', '===', '|', '<b>', '```']) {
      const text = `${'x'.repeat(70)} ${opener} and more words after it to wrap the line well past the limit.\n`;
      const fitted = fitLines(text);
      expect(fitted.split('\n').some((l) => l.startsWith(`${opener} `) || l === opener), opener).toBe(false);
      expect(seen(fitted), opener).toBe(seen(text));
    }
  });

  it('turns line length off around a table only when one of its rows is too long, and leaves short tables alone', () => {
    const short = '| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    expect(fitLines(short)).toBe(short);
    const long = `# Title\n\nIntro.\n\n| a | b |\n| --- | --- |\n| ${words(20)} | 2 |\n\nAfter.\n`;
    const fitted = fitLines(long);
    expect(fitted).toContain('<!-- markdownlint-disable MD013 -->\n\n| a | b |');
    expect(fitted).toContain('| 2 |\n\n<!-- markdownlint-enable MD013 -->');
    expect(lint({ strings: { m: fitted }, config: { default: true } }).m).toEqual([]);
    expect(seen(fitted)).toBe(seen(long));
  });

  it('leaves code blocks and headings as written, with line length off only for them', () => {
    const text = `# A heading ${words(20)}\n\n\`\`\`mermaid\n${words(30)}\n\`\`\`\n\nShort.\n`;
    const fitted = fitLines(text);
    expect(fitted).toContain(`<!-- markdownlint-disable-next-line MD013 -->\n# A heading ${words(20)}\n`);
    expect(fitted).toContain(`<!-- markdownlint-disable MD013 -->\n\n\`\`\`mermaid\n${words(30)}\n\`\`\`\n\n<!-- markdownlint-enable MD013 -->`);
    expect(lengthProblems(fitted)).toEqual([]);
  });

  it('turns it off for one line where a word is longer than the line, without splitting its paragraph', () => {
    const url = `https://example.com/${'a'.repeat(90)}`;
    const fitted = fitLines(`See <${url}> for more.\n`);
    expect(fitted).toContain('<!-- markdownlint-disable-line MD013 -->');
    expect(lengthProblems(fitted)).toEqual([]);
    expect(md.parse(fitted, {}).filter((t) => t.type === 'paragraph_open')).toHaveLength(1);
  });

  it('changes nothing a reader sees, on text shaped as the briefings are: paragraphs, lists, quotes and headings of escaped text', () => {
    // What the templates write: user text escaped (\\# \\- \\> \\| \\` and the like), code spans and links on one line,
    // block structure only from the line's own prefix.
    const piece = fc.constantFrom('word', 'a', '-', '--', '\\-', '\\#', '\\>', '\\|', '\\`', '1.5', '2026-01-01.', '(a)', '**bold**', '`code span`', '`x`', '[link](x.md)', '<https://example.com/a>', 'word\u00a0', '\u3000word', 'x'.repeat(85));
    const prefix = fc.constantFrom('', '', '', '- ', '1. ', '10. ', '> ', '> - ', '  - ', '## ');
    // A line of hyphens alone (a setext underline or a table's delimiter row) is not something the templates write
    // under prose; fitLines leaves the text above one unwrapped, so line length is not judged there.
    const line = fc
      .tuple(prefix, fc.array(piece, { minLength: 1, maxLength: 40 }))
      .filter(([, words]) => !/^[-:| ]+$/.test(words.join(' ')))
      .map(([p, words]) => p + words.join(' '));
    const block = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const text = `${blocks.join('\n\n')}\n`;
        const fitted = fitLines(text);
        expect(seen(fitted)).toBe(seen(text));
        expect(lengthProblems(fitted)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
