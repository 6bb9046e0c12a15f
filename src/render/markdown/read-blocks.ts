import { MarkdownToken } from './token.js';

/**
 * socialplan's own reader of the Markdown its templates write, block by block: headings, paragraphs, tables,
 * tight lists of one-line items, block quotes of paragraphs, fenced code and `---`. It gives exactly the tokens
 * markdown-it gives (CommonMark with GitHub's tables, as src/render/markdown-parser.ts configures it), map and
 * level included, with each inline token's children left for read-inline.ts; and it gives up (undefined) on any
 * text in which it could differ: indented or lazy lines, loose lists, setext headings, tabs, and whatever else
 * the templates never write. markdown-it then reads the text, so a briefing reads the same either way;
 * test/render/markdown-reader.test.ts holds the two to the same tokens.
 *
 * Why: markdown-it, general and run cold, took 30 to 50 ms of a board pack's 200; this reader takes a few.
 */

/** Thrown, and caught in readBlocks, where the text leaves what this reader knows it reads as markdown-it does. */
const OUTSIDE = Symbol('outside the templates\' Markdown');

/** Block quotes nest at most this deep here (the templates write one level). */
const MAX_QUOTE_DEPTH = 4;
/** As markdown-it: a table stops filling short rows with empty cells after this many. */
const MAX_AUTOCOMPLETED_CELLS = 65536;

export function readBlocks(text: string): MarkdownToken[] | undefined {
  // markdown-it turns \r and NUL into \n and U+FFFD first, and works tabs into columns: none is in a briefing.
  if (/[\r\0\t]/.test(text)) return undefined;
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  const reader = new BlockReader();
  try {
    reader.read(lines, 0, 0);
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
  return reader.tokens;
}

function outside(): never {
  throw OUTSIDE;
}

const isHeading = (line: string) => /^#{1,6}(?: |$)/.test(line);
const isBullet = (line: string) => /^[-+*](?: |$)/.test(line);
const isOrdered = (line: string) => /^\d{1,9}[.)](?: |$)/.test(line);
/** A thematic break as markdown-it sees one: three or more of one of `*-_`, spaces between. */
const isBreak = (line: string) => /^([-*_])(?: *\1){2,} *$/.test(line);
const isFence = (line: string) => /^(?:`{3,}[^`]*|~{3,}.*)$/.test(line);

/** markdown-it's escapedSplit: cells at each `|` that no backslash escapes (the backslash stays). */
function escapedSplit(str: string): string[] {
  const result: string[] = [];
  let current = '';
  let last = 0;
  let escaped = false;
  for (let pos = 0; pos < str.length; pos++) {
    const ch = str.charCodeAt(pos);
    if (ch === 0x7c) {
      if (!escaped) {
        result.push(current + str.substring(last, pos));
        current = '';
        last = pos + 1;
      } else {
        current += str.substring(last, pos - 1);
        last = pos;
      }
    }
    escaped = ch === 0x5c;
  }
  result.push(current + str.substring(last));
  return result;
}

function rowCells(line: string): string[] {
  const text = line.trim();
  const cells = text.includes('\\') ? escapedSplit(text) : text.split('|');
  if (cells.length && cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** The column alignments when `header` and `delimiter` begin a table as markdown-it's table rule decides, else undefined. */
function tableAligns(header: string, delimiter: string | undefined): string[] | undefined {
  if (delimiter === undefined || delimiter.length < 2 || !header.includes('|')) return undefined;
  if (delimiter.startsWith(' ')) outside();
  const [first, second] = [delimiter[0]!, delimiter[1]!];
  if (!'|-:'.includes(first) || !'|-: '.includes(second) || (first === '-' && second === ' ')) return undefined;
  if (!/^[-|: ]*$/.test(delimiter)) return undefined;
  const columns = delimiter.split('|');
  const aligns: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i]!.trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      return undefined;
    }
    if (!/^:?-+:?$/.test(t)) return undefined;
    aligns.push(t.endsWith(':') ? (t.startsWith(':') ? 'center' : 'right') : t.startsWith(':') ? 'left' : '');
  }
  const head = header.trim();
  if (!head.includes('|')) return undefined;
  const cells = rowCells(head);
  return cells.length === 0 || cells.length !== aligns.length ? undefined : aligns;
}

class BlockReader {
  readonly tokens: MarkdownToken[] = [];
  private level = 0;

  private push(type: string, tag: string, nesting: -1 | 0 | 1, map: [number, number] | null = null): MarkdownToken {
    const token = new MarkdownToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    token.map = map;
    this.tokens.push(token);
    return token;
  }

  private inline(content: string, map: [number, number] | null): void {
    const token = this.push('inline', '', 0, map);
    token.content = content;
    token.children = [];
  }

  /**
   * The blocks of `lines` (a document, or a block quote's lines without their `>`), the first of which is line
   * `base` of the document. A quote holds paragraphs only (`depth` > 0).
   */
  read(lines: readonly string[], base: number, depth: number): void {
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      if (line === '') {
        i++;
        continue;
      }
      if (line.startsWith(' ')) outside();
      const aligns = tableAligns(line, lines[i + 1]);
      if (aligns) {
        if (depth > 0) outside();
        i = this.table(lines, i, base, aligns);
      } else if (line.startsWith('>')) i = this.quote(lines, i, base, depth);
      else if (depth > 0) i = this.paragraph(lines, i, base);
      else if (isFence(line)) i = this.fence(lines, i, base);
      else if (isBreak(line)) {
        if (line !== '---') outside();
        this.push('hr', 'hr', 0, [base + i, base + i + 1]).markup = '---';
        i++;
      } else if (isBullet(line) || isOrdered(line)) i = this.list(lines, i, base);
      else if (line.startsWith('#')) i = this.heading(lines, i, base);
      else i = this.paragraph(lines, i, base);
    }
  }

  private heading(lines: readonly string[], i: number, base: number): number {
    const line = lines[i]!;
    if (!isHeading(line) || line.endsWith(' ')) outside();
    const level = /^#+/.exec(line)![0].length;
    let rest = line.slice(level);
    // A closing run of # goes when a space (or nothing) is before it.
    let end = rest.length;
    while (end > 0 && rest[end - 1] === '#') end--;
    if (end < rest.length && end > 0 && rest[end - 1] === ' ') rest = rest.slice(0, end);
    const markup = '#'.repeat(level);
    const map: [number, number] = [base + i, base + i + 1];
    this.push('heading_open', `h${level}`, 1, map).markup = markup;
    this.inline(rest.replace(/^ +| +$/g, ''), [base + i, base + i + 1]);
    this.push('heading_close', `h${level}`, -1).markup = markup;
    return i + 1;
  }

  /**
   * A paragraph, to the first blank line or the first line that ends one in markdown-it (a heading, a quote, a
   * fence, a list item, a table); any other line that could start something (a setext underline, a break, an
   * indented or lazily continued line) is left to markdown-it.
   */
  private paragraph(lines: readonly string[], i: number, base: number): number {
    const first = lines[i]!;
    if (!startsParagraph(first)) outside();
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line === '') break;
      if (line.startsWith(' ')) outside();
      if (tableAligns(line, lines[j + 1])) break;
      if (isHeading(line) || line.startsWith('>') || /^`{3,}[^`]*$/.test(line)) break;
      if (/^- \S/.test(line) || /^1\. \S/.test(line)) break;
      if (!startsParagraph(line)) outside();
    }
    const own = lines.slice(i, j);
    // Spaces at a line's end make a hard break or vanish, as markdown-it's inline rules decide.
    if (own.some((l) => l.endsWith(' '))) outside();
    const content = own.join('\n');
    // A paragraph that begins with [ may be a link reference definition.
    if (first.startsWith('[') && content.includes(']:')) outside();
    const map: [number, number] = [base + i, base + j];
    this.push('paragraph_open', 'p', 1, map);
    this.inline(content, [base + i, base + j]);
    this.push('paragraph_close', 'p', -1);
    return j;
  }

  /** A fence of backticks at the start of a document line (not in a quote), with a plain info word. */
  private fence(lines: readonly string[], i: number, base: number): number {
    const match = /^(`{3,})([A-Za-z0-9_-]*)$/.exec(lines[i]!) ?? outside();
    const [, markup, info] = match as unknown as [string, string, string];
    let j = i + 1;
    const close = new RegExp(`^ {0,3}\`{${markup.length},} *$`);
    while (j < lines.length && !close.test(lines[j]!)) j++;
    // An unclosed fence runs to the end, where markdown-it's content depends on the text's last newline.
    if (j === lines.length) outside();
    const end = j + 1;
    const token = this.push('fence', 'code', 0, [base + i, base + end]);
    token.info = info;
    token.content = lines
      .slice(i + 1, j)
      .map((l) => `${l}\n`)
      .join('');
    token.markup = markup;
    return end;
  }

  private quote(lines: readonly string[], i: number, base: number, depth: number): number {
    if (depth + 1 > MAX_QUOTE_DEPTH) outside();
    let j = i;
    const inner: string[] = [];
    for (; j < lines.length && lines[j]!.startsWith('>'); j++) inner.push(lines[j]!.replace(/^> ?/, ''));
    // A line right after a quote's last line may continue it lazily or end it: markdown-it decides.
    if (j < lines.length && lines[j] !== '') outside();
    // A quote ending in blank lines of its own gets a map past its end in markdown-it.
    if (inner[inner.length - 1] === '') outside();
    this.push('blockquote_open', 'blockquote', 1, [base + i, base + j]).markup = '>';
    this.read(inner, base + i, depth + 1);
    this.push('blockquote_close', 'blockquote', -1).markup = '>';
    return j;
  }

  /** A tight list of one-line items, all `- ` or all `N. `, ending at a blank line. */
  private list(lines: readonly string[], i: number, base: number): number {
    const ordered = isOrdered(lines[i]!);
    const item = ordered ? /^(\d{1,9})\. (\S.*)$/ : /^- (\S.*)$/;
    const marker = ordered ? '.' : '-';
    const items: { line: number; number: string; content: string }[] = [];
    let j = i;
    for (; j < lines.length && lines[j] !== ''; j++) {
      const match = item.exec(lines[j]!) ?? outside();
      const content = ordered ? match[2]! : match[1]!;
      if (!startsParagraph(content) || content.endsWith(' ') || (content.startsWith('[') && content.includes(']:'))) outside();
      items.push({ line: j, number: ordered ? match[1]! : '', content });
    }
    // Past the blank lines: another item would make the list loose, and markdown-it's maps reach the next text.
    let next = j;
    while (next < lines.length && lines[next] === '') next++;
    if (next < lines.length && (ordered ? isOrdered(lines[next]!) : isBullet(lines[next]!))) outside();
    const end = base + next;
    const open = this.push(ordered ? 'ordered_list_open' : 'bullet_list_open', ordered ? 'ol' : 'ul', 1, [base + i, end]);
    open.markup = marker;
    const start = Number(items[0]!.number);
    if (ordered && start !== 1) open.attrs = [['start', start]];
    items.forEach((it, k) => {
      const map: [number, number] = [base + it.line, k === items.length - 1 ? end : base + it.line + 1];
      const li = this.push('list_item_open', 'li', 1, map);
      li.markup = marker;
      if (ordered) li.info = it.number;
      const p = this.push('paragraph_open', 'p', 1, [base + it.line, base + it.line + 1]);
      p.hidden = true;
      this.inline(it.content, [base + it.line, base + it.line + 1]);
      this.push('paragraph_close', 'p', -1).hidden = true;
      this.push('list_item_close', 'li', -1).markup = marker;
    });
    this.push(ordered ? 'ordered_list_close' : 'bullet_list_close', ordered ? 'ol' : 'ul', -1).markup = marker;
    return j;
  }

  private table(lines: readonly string[], i: number, base: number, aligns: readonly string[]): number {
    const styled = (token: MarkdownToken, column: number) => {
      if (aligns[column]) token.attrs = [['style', `text-align:${aligns[column]}`]];
    };
    const tableMap: [number, number] = [base + i, 0];
    this.push('table_open', 'table', 1, tableMap);
    this.push('thead_open', 'thead', 1, [base + i, base + i + 1]);
    this.push('tr_open', 'tr', 1, [base + i, base + i + 1]);
    rowCells(lines[i]!).forEach((cell, c) => {
      styled(this.push('th_open', 'th', 1), c);
      this.inline(cell.trim(), null);
      this.push('th_close', 'th', -1);
    });
    this.push('tr_close', 'tr', -1);
    this.push('thead_close', 'thead', -1);
    let j = i + 2;
    let bodyMap: [number, number] | undefined;
    let autocompleted = 0;
    for (; j < lines.length && lines[j] !== ''; j++) {
      // A line that is not a row may end the table or be a row without its first pipe: markdown-it decides.
      if (!lines[j]!.startsWith('|')) outside();
      const cells = rowCells(lines[j]!);
      autocompleted += aligns.length - cells.length;
      if (autocompleted > MAX_AUTOCOMPLETED_CELLS) outside();
      if (!bodyMap) this.push('tbody_open', 'tbody', 1, (bodyMap = [base + i + 2, 0]));
      this.push('tr_open', 'tr', 1, [base + j, base + j + 1]);
      for (let c = 0; c < aligns.length; c++) {
        styled(this.push('td_open', 'td', 1), c);
        this.inline(cells[c] ? cells[c]!.trim() : '', null);
        this.push('td_close', 'td', -1);
      }
      this.push('tr_close', 'tr', -1);
    }
    if (bodyMap) {
      this.push('tbody_close', 'tbody', -1);
      bodyMap[1] = base + j;
    }
    this.push('table_close', 'table', -1);
    tableMap[1] = base + j;
    return j;
  }
}

/**
 * Whether a line that begins a block (or continues a paragraph) is, for certain, text of a paragraph to
 * markdown-it: it starts no heading, quote, list, break, fence, setext underline, indented code or table.
 */
function startsParagraph(line: string): boolean {
  const c = line[0];
  if (c === undefined || c === ' ' || '#>-+_=|'.includes(c)) return false;
  if (c === '*') return /^\*\*[^ *]/.test(line);
  if (c === '`' || c === '~') return !isFence(line);
  return !isOrdered(line);
}
