type MarkdownIt = ReturnType<typeof import('markdown-it').default>;

/**
 * The Markdown reader of the HTML and PDF board packs: markdown-it as CommonMark with GitHub's tables, raw HTML
 * off (a `<` anywhere in a strategy stays a `<`), no autolinking and no typographer, loaded on first use.
 *
 * One change of speed, not of meaning: inline content in which no inline rule can act (no newline, backslash,
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
