import { MarkdownToken } from './token.js';

/**
 * socialplan's own reader of inline Markdown as its templates and src/markdown/escape.ts write it: text,
 * backslash escapes, line breaks, code spans, `**strong**`, links to a briefing (`[Privacy](privacy.md)`) and
 * web addresses as autolinks (`<https://…>`). It gives exactly the children markdown-it's inline parser gives
 * (text runs joined as its text_join joins them), or undefined for anything else (single `*` or `_` emphasis,
 * images, entities, strikethrough, addresses it would encode), which markdown-it then reads.
 */

const ESCAPABLE = new Set('\\!"#$%&\'()*+,./:;<=>?@[]^_`{|}~-');
/** Where plain text stops: a character one of the reader's rules looks at. */
const SPECIAL = /[\\\n`*_[!<&~]/g;
/** A web address markdown-it leaves as it is (no percent-encoding, no punycode), as src/markdown/escape.ts writes most. */
const PLAIN_ADDRESS = /^https?:\/\/(?!.*xn--)[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?:[/?#][A-Za-z0-9\-._~/?#=&+,;:@!$'()*]*)?$/;
/** A link's target that markdown-it leaves as it is: a briefing's file name or an anchor. */
const PLAIN_TARGET = /^(?!\/\/)[A-Za-z0-9._~/#-]+$/;
const ENTITY = /^&(?:#x[a-f0-9]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/i;

/** Thrown, and caught in readInline, where the content leaves what this reader knows. */
const OUTSIDE = Symbol('outside the templates\' inline Markdown');
function outside(): never {
  throw OUTSIDE;
}

export function readInline(src: string): MarkdownToken[] | undefined {
  try {
    return new InlineReader(src).read();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/** What markdown-it's scanDelims asks of the character beside a `**`, or outside() where this reader cannot say. */
function kindOf(code: number): 'space' | 'punct' | 'other' {
  if (code < 0x80) {
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return 'space';
    return ESCAPABLE.has(String.fromCharCode(code)) ? 'punct' : 'other';
  }
  // A letter, digit or mark is neither Unicode punctuation, symbol nor space in any Unicode version.
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(code)) ? 'other' : outside();
}

/** The code point that ends before `i`; a lone surrogate is left to markdown-it, which reads it as U+FFFD. */
function codePointBefore(src: string, i: number): number {
  const unit = src.charCodeAt(i - 1);
  if (unit < 0xd800 || unit > 0xdfff) return unit;
  const high = src.charCodeAt(i - 2);
  if (unit >= 0xdc00 && high >= 0xd800 && high <= 0xdbff) return src.codePointAt(i - 2)!;
  return outside();
}

class InlineReader {
  private readonly out: MarkdownToken[] = [];
  private level = 0;
  /** The text token being filled: markdown-it joins adjacent text into the last of them, keeping its markup and info. */
  private run: MarkdownToken | undefined;
  private strong = false;

  constructor(private readonly src: string) {}

  private text(content: string, markup = '', info = ''): void {
    if (!this.run) {
      this.run = new MarkdownToken('text', '', 0);
      this.run.level = this.level;
      this.out.push(this.run);
      this.run.content = content;
    } else this.run.content += content;
    this.run.markup = markup;
    this.run.info = info;
  }

  private push(type: string, tag: string, nesting: -1 | 0 | 1): MarkdownToken {
    this.run = undefined;
    const token = new MarkdownToken(type, tag, nesting);
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.out.push(token);
    return token;
  }

  read(): MarkdownToken[] {
    this.span(0, this.src.length, false);
    if (this.strong) outside();
    return this.out;
  }

  /** The content from `from` to `to`; in a link's label (`label`), only text and escapes. */
  private span(from: number, to: number, label: boolean): void {
    const src = this.src;
    let i = from;
    while (i < to) {
      SPECIAL.lastIndex = i;
      const found = SPECIAL.exec(src);
      const stop = found && found.index < to ? found.index : to;
      if (stop > i) this.text(src.slice(i, stop));
      i = stop;
      if (i >= to) break;
      const c = src[i]!;
      if (c === '\\') i = this.escape(i, to);
      else if (label) outside();
      else if (c === '\n') i = this.newline(i, to);
      else if (c === '`') i = this.code(i, to);
      else if (c === '*') i = this.delimiter(i, to);
      else if (c === '[') i = this.link(i, to);
      else if (c === '<') i = this.autolink(i, to);
      else if (c === '!' || c === '~') {
        if (src[i + 1] === (c === '!' ? '[' : '~')) outside();
        this.text(c);
        i++;
      } else if (c === '&') {
        if (ENTITY.test(src.slice(i, i + 40))) outside();
        this.text('&');
        i++;
      } else outside(); // _
    }
  }

  private escape(i: number, to: number): number {
    const src = this.src;
    if (i + 1 >= to) {
      this.text('\\');
      return i + 1;
    }
    const next = src.charCodeAt(i + 1);
    if (next === 0x0a) {
      this.push('hardbreak', 'br', 0);
      let j = i + 2;
      while (j < to && (src[j] === ' ' || src[j] === '\t')) j++;
      return j;
    }
    if (next === 0x20) {
      this.text('\\', '\\', 'escape');
      return i + 1;
    }
    let escaped = src[i + 1]!;
    if (next >= 0xd800 && next <= 0xdbff && i + 2 < to) {
      const low = src.charCodeAt(i + 2);
      if (low >= 0xdc00 && low <= 0xdfff) escaped += src[i + 2];
    }
    this.text(next < 256 && ESCAPABLE.has(escaped) ? escaped : `\\${escaped}`, `\\${escaped}`, 'escape');
    return i + 1 + escaped.length;
  }

  private newline(i: number, to: number): number {
    // Spaces before a newline make a hard break or vanish; the block reader leaves such lines to markdown-it.
    if (i > 0 && this.src[i - 1] === ' ') outside();
    this.push('softbreak', 'br', 0);
    let j = i + 1;
    while (j < to && (this.src[j] === ' ' || this.src[j] === '\t')) j++;
    return j;
  }

  private code(i: number, to: number): number {
    const src = this.src;
    let open = i;
    while (open < to && src[open] === '`') open++;
    const marker = src.slice(i, open);
    let at = open;
    for (;;) {
      const start = src.indexOf('`', at);
      if (start === -1 || start >= to) break;
      let end = start + 1;
      while (end < to && src[end] === '`') end++;
      if (end - start === marker.length) {
        const token = this.push('code_inline', 'code', 0);
        token.markup = marker;
        let content = src.slice(open, start).replace(/\n/g, ' ');
        if (content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content)) content = content.slice(1, -1);
        token.content = content;
        return end;
      }
      at = end;
    }
    this.text(marker);
    return open;
  }

  /** A `**` as markdown-it's emphasis rule pairs it, in text where every ** is paired in turn; anything else is left to markdown-it. */
  private delimiter(i: number, to: number): number {
    const src = this.src;
    if (src[i + 1] !== '*' || src[i + 2] === '*') outside();
    const before = i === 0 ? 0x20 : codePointBefore(src, i);
    const after = i + 2 >= to ? 0x20 : src.codePointAt(i + 2)!;
    const [last, next] = [kindOf(before), kindOf(after)];
    const leftFlanking = next !== 'space' && (next !== 'punct' || last === 'space' || last === 'punct');
    const rightFlanking = last !== 'space' && (last !== 'punct' || next === 'space' || next === 'punct');
    // One that may open or close closes the open **, else opens one (which must then be closed, or markdown-it decides).
    const opens = !this.strong;
    if (opens ? !leftFlanking : !rightFlanking) outside();
    if (opens) {
      this.text('');
      this.push('strong_open', 'strong', 1).markup = '**';
    } else {
      this.push('strong_close', 'strong', -1).markup = '**';
      this.text('');
    }
    this.strong = opens;
    return i + 2;
  }

  /** `[text](target)` with a plain label and target; markdown-it reads any other bracket. */
  private link(i: number, to: number): number {
    const src = this.src;
    if (this.strong) outside();
    let close = i + 1;
    while (close < to && src[close] !== ']') close += src[close] === '\\' ? 2 : 1;
    if (close >= to || close === i + 1 || src[close + 1] !== '(') outside();
    const end = src.indexOf(')', close + 2);
    if (end === -1 || end >= to) outside();
    const target = src.slice(close + 2, end);
    if (!PLAIN_TARGET.test(target)) outside();
    this.push('link_open', 'a', 1).attrs = [['href', target]];
    this.span(i + 1, close, true);
    this.push('link_close', 'a', -1);
    return end + 1;
  }

  private autolink(i: number, to: number): number {
    const end = this.src.indexOf('>', i + 1);
    if (end === -1 || end >= to) outside();
    const address = this.src.slice(i + 1, end);
    if (!PLAIN_ADDRESS.test(address)) outside();
    const open = this.push('link_open', 'a', 1);
    open.attrs = [['href', address]];
    open.markup = 'autolink';
    open.info = 'auto';
    this.push('text', '', 0).content = address;
    const close = this.push('link_close', 'a', -1);
    close.markup = 'autolink';
    close.info = 'auto';
    return end + 1;
  }
}
