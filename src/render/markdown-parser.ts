import { readBlocks } from './markdown/read-blocks.js';
import { readInline } from './markdown/read-inline.js';
import type { Token } from './markdown/token.js';

type MarkdownIt = ReturnType<typeof import('markdown-it').default>;

/**
 * The Markdown reader of the HTML and PDF board packs (readMarkdown below): socialplan's own for the Markdown its
 * templates write, else markdown-it as CommonMark with GitHub's tables, raw HTML off (a `<` anywhere in a strategy
 * stays a `<`), no autolinking and no typographer, loaded on first use. Both give the same tokens.
 *
 * In markdown-it, one change of speed, not of meaning: inline content in which no inline rule can act (no newline, backslash,
 * backtick, tilde, asterisk, underscore, bracket, exclamation mark, `<` or `&`) is given its single text token
 * at once, as markdown-it's own inline parser would give it, instead of running that parser over it. Most table
 * cells are such text, and the parser's state per cell was a third of a board pack's time.
 * test/render/markdown-parser.test.ts holds the two to the same tokens.
 */

/** A character some enabled inline rule acts on; without one, the content is one text token. */
export const INLINE_SYNTAX = /[\n\\`~*_[!<&]/;

let parser: MarkdownIt | undefined;

export async function markdownParser(): Promise<MarkdownIt> {
  if (parser) return parser;
  const { default: create } = await import('markdown-it');
  const md = create({ html: false, linkify: false, typographer: false });
  md.core.ruler.at('inline', (state) => {
    const Token = state.Token;
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue;
      if (INLINE_SYNTAX.test(token.content)) {
        state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
      } else if (token.content) {
        const text = new Token('text', '', 0);
        text.content = token.content;
        (token.children ??= []).push(text);
      }
    }
  });
  return (parser = md);
}

/**
 * A briefing's tokens: socialplan's own reader (src/render/markdown/) where the text is the Markdown its templates
 * write, as nearly every briefing is; markdown-it for the whole text where a block is anything else, or for one
 * inline content where that is. The tokens are the same either way.
 */
export async function readMarkdown(text: string): Promise<Token[]> {
  const blocks = readBlocks(text);
  if (!blocks) return (await markdownParser()).parse(text, {});
  const unread = readInlines(blocks);
  if (unread.length) {
    const md = await markdownParser();
    for (const token of unread) token.children = md.parseInline(token.content, {})[0]!.children;
  }
  return blocks;
}

/**
 * The inline contents read by socialplan's own reader; those it gives up on are returned, for markdown-it. Kept out of
 * readMarkdown: a loop this hot inside an async function has V8 compile the whole of it, which a short run waits for as
 * it exits.
 */
function readInlines(blocks: readonly Token[]): Token[] {
  const unread: Token[] = [];
  for (const token of blocks) {
    if (token.type !== 'inline') continue;
    const children = readInline(token.content);
    if (children) token.children = children;
    else unread.push(token);
  }
  return unread;
}

/** One line of inline Markdown's tokens, such as a briefing's title. */
export async function readInlineMarkdown(text: string): Promise<Token[]> {
  return readInline(text) ?? (await markdownParser()).parseInline(text, {})[0]?.children ?? [];
}
