import type { Token } from './token.js';

/**
 * Tokens as HTML, as markdown-it's renderer writes them with socialplan's options (no XHTML, no soft breaks as
 * `<br>`, `language-` classes, no highlighter): the same markup byte for byte, without loading markdown-it when
 * socialplan's own reader read the briefing. A rule may be replaced for a token type, as in markdown-it.
 * test/render/markdown-reader.test.ts holds the two renderers to the same output.
 */

export type Rule = (tokens: readonly Token[], index: number, renderer: HtmlRenderer) => string;

/** markdown-it's escapeHtml: these four only. */
export function escapeMarkdownHtml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;')) : text;
}

export class HtmlRenderer {
  readonly rules: Record<string, Rule> = {
    code_inline: (tokens, i, r) => `<code${r.attrs(tokens[i]!)}>${escapeMarkdownHtml(tokens[i]!.content)}</code>`,
    code_block: (tokens, i, r) => `<pre${r.attrs(tokens[i]!)}><code>${escapeMarkdownHtml(tokens[i]!.content)}</code></pre>\n`,
    fence: (tokens, i, r) => r.fence(tokens[i]!),
    image: (tokens, i, r) => {
      const token = tokens[i]!;
      token.attrs![token.attrIndex('alt')]![1] = r.inlineAsText(token.children ?? []);
      return r.token(tokens, i);
    },
    hardbreak: () => '<br>\n',
    softbreak: () => '\n',
    text: (tokens, i) => escapeMarkdownHtml(tokens[i]!.content),
    html_block: (tokens, i) => tokens[i]!.content,
    html_inline: (tokens, i) => tokens[i]!.content,
  };

  /**
   * @param unescapeAll markdown-it's unescapeAll, for a fence's info string with a backslash or an entity;
   *   socialplan's own reader gives none, so only tokens from markdown-it need it.
   */
  constructor(private readonly unescapeAll: (text: string) => string = (text) => text) {}

  render(tokens: readonly Token[]): string {
    let out = '';
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'inline') out += this.inline(token.children ?? []);
      else out += this.rules[token.type] ? this.rules[token.type]!(tokens, i, this) : this.token(tokens, i);
    }
    return out;
  }

  inline(tokens: readonly Token[]): string {
    let out = '';
    for (let i = 0; i < tokens.length; i++) out += this.rules[tokens[i]!.type] ? this.rules[tokens[i]!.type]!(tokens, i, this) : this.token(tokens, i);
    return out;
  }

  attrs(token: Pick<Token, 'attrs'>): string {
    const attrs = token.attrs;
    if (!attrs) return '';
    let out = '';
    for (let i = 0; i < attrs.length; i++) out += ` ${escapeMarkdownHtml(attrs[i]![0])}="${escapeMarkdownHtml(String(attrs[i]![1]))}"`;
    return out;
  }

  /** markdown-it's renderToken: a tag, with the newlines its block tokens get. */
  token(tokens: readonly Token[], index: number): string {
    const token = tokens[index]!;
    if (token.hidden) return '';
    let out = '';
    let prev = index - 1;
    while (prev >= 0 && tokens[prev]!.hidden && tokens[prev]!.nesting === 0) prev--;
    if (token.block && token.nesting !== -1 && prev >= 0 && tokens[prev]!.hidden && tokens[prev]!.nesting === -1) out += '\n';
    out += (token.nesting === -1 ? '</' : '<') + token.tag + this.attrs(token);
    let newline = false;
    if (token.block) {
      newline = true;
      if (token.nesting === 1) {
        let next = index + 1;
        while (next < tokens.length && tokens[next]!.hidden && tokens[next]!.nesting === 0) next++;
        if (next < tokens.length) {
          const after = tokens[next]!;
          if (after.type === 'inline' || after.hidden) newline = false;
          else if (after.nesting === -1 && after.tag === token.tag) newline = false;
        }
      }
    }
    return out + (newline ? '>\n' : '>');
  }

  /** A fence as code, with its language as a class. */
  fence(token: Token): string {
    const info = token.info ? (/[\\&]/.test(token.info) ? this.unescapeAll(token.info) : token.info).trim() : '';
    const code = escapeMarkdownHtml(token.content);
    if (!info) return `<pre><code${this.attrs(token)}>${code}</code></pre>\n`;
    const parts = info.split(/(\s+)/g);
    const attrs = token.attrs ? token.attrs.map(([name, value]) => [name, value] as [string, string | number]) : [];
    const at = attrs.findIndex(([name]) => name === 'class');
    if (at < 0) attrs.push(['class', `language-${parts[0]}`]);
    else attrs[at]![1] += ` language-${parts[0]}`;
    return `<pre><code${this.attrs({ attrs })}>${code}</code></pre>\n`;
  }

  inlineAsText(tokens: readonly Token[]): string {
    let out = '';
    for (const t of tokens) {
      if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline' || t.type === 'html_block') out += t.content;
      else if (t.type === 'image') out += this.inlineAsText(t.children ?? []);
      else if (t.type === 'softbreak' || t.type === 'hardbreak') out += '\n';
    }
    return out;
  }
}
