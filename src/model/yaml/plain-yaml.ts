import { blockEnd, CORE_FORMS, Kind, lineEnd, MAX_KEY_LENGTH, type FastDocument, type Span } from './yaml-span.js';

/**
 * The quickest way to read a strategy: a reader for the plain block YAML that strategies are written
 * in, and nothing else: a mapping at the top; block mappings and lists below it, each at its own
 * indentation; plain scalars on one line; quoted scalars without escapes; literal and folded block
 * scalars; flow lists and mappings, over lines too; comments and blank lines. It reads those several
 * times faster than js-yaml does in a short-lived process, where every parser runs as cold code.
 *
 * Anything else returns undefined, and js-yaml reads the file (src/model/yaml/fast-yaml.ts): tabs, CRLF,
 * multi-line plain scalars, escapes, anchors, tags, quoted or non-text keys, lists in lists, block
 * scalars with + or an indentation digit. What it accepts it reads exactly as the js-yaml path does,
 * the same data and the same spans (test/model/plain-yaml.test.ts compares them).
 */
export function readPlainYaml(text: string): FastDocument | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  const reader = new Reader(text);
  try {
    return reader.document();
  } catch (error) {
    if (error === ASIDE) return undefined;
    throw error;
  }
}

const ASIDE = new Error('not plain YAML');
const aside = (): never => {
  throw ASIDE;
};

/** Far deeper than a strategy nests; a file nested past it is read by js-yaml, which has its own limit. */
const MAX_DEPTH = 100;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

/** A key the reader takes: a plain word that the core schema reads as text. */
const KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const NOT_TEXT_KEY = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL|__proto__)$/;

/** A plain scalar's value under the core schema: null, a boolean, a number, or the text itself. */
function resolve(raw: string): unknown {
  const c = raw.charCodeAt(0);
  // Only text that starts with a digit, a sign, a dot, ~ or the first letter of null, true or false can be other than text.
  const maybe = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e || c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46;
  if (!maybe) return raw;
  for (const { forms } of CORE_FORMS) for (const [test, make] of forms) if (test.test(raw)) return make(raw);
  return raw;
}

/** The end of the line `at` is on (the position of its line break, or the end of the text). */
function endOfLine(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i === -1 ? text.length : i;
}

class Reader {
  /** Where the reader is: always inside the line it is reading, or at the start of a line. */
  private pos = 0;
  /** How many collections the reader is inside: deeper than a strategy goes is js-yaml's (and then yaml's) to judge. */
  private depth = 0;

  private enter(): void {
    if (++this.depth > MAX_DEPTH) aside();
  }

  constructor(private readonly text: string) {}

  document(): FastDocument {
    const indent = this.nextLine();
    if (indent !== 0) aside();
    const root = this.mapping(0);
    if (this.nextLine() !== -1) aside();
    return { data: root.data, root: root.span };
  }

  /**
   * Moves to the start of the next line that holds content, past blank and comment lines, and returns
   * its indentation, or -1 at the end of the text.
   */
  private nextLine(): number {
    const { text } = this;
    for (;;) {
      if (this.pos >= text.length) return -1;
      let i = this.pos;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (i < text.length && c !== NEWLINE && c !== HASH) return i - this.pos;
      const end = endOfLine(text, i);
      this.pos = end + 1;
    }
  }

  /** The indentation of the next line that is not blank (a comment line counts), or -1 at the end; the reader does not move. */
  private nextIndent(from: number): number {
    const { text } = this;
    let at = from;
    for (;;) {
      if (at >= text.length) return -1;
      let i = at;
      while (text.charCodeAt(i) === SPACE) i++;
      if (i < text.length && text.charCodeAt(i) !== NEWLINE) return i - at;
      at = i + 1;
    }
  }

  /** After a value on a line: nothing but spaces and a comment to the line's end; moves to the next line. */
  private endLine(): void {
    const { text } = this;
    let i = this.pos;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
      if (text.charCodeAt(i) !== HASH || text.charCodeAt(i - 1) !== SPACE) aside();
    }
    this.pos = endOfLine(text, i) + 1;
  }

  /** A block mapping whose keys stand at `indent`; the reader is at the first key (at a line's start, or after "- "). */
  private mapping(indent: number): { data: Record<string, unknown>; span: Span } {
    const { text } = this;
    this.enter();
    const data: Record<string, unknown> = {};
    const children: Span[] = [];
    for (;;) {
      if (children.length > 0) {
        const next = this.nextLine();
        if (next < indent) break;
        if (next > indent) aside();
        this.pos += next;
      }
      const key = this.keyAt(this.pos) ?? aside();
      const keyEnd = this.pos + key.length;
      // YAML 1.2 lets the ":" of an implicit key stand at most 1024 characters past the key's start.
      if (NOT_TEXT_KEY.test(key) || Object.hasOwn(data, key) || key.length > MAX_KEY_LENGTH) aside();
      children.push({ kind: Kind.Scalar, start: this.pos, end: keyEnd, value: key });
      this.pos = keyEnd + 1;
      const value = this.valueAfterColon(indent);
      data[key] = value.data;
      children.push(value.span);
    }
    this.depth--;
    return { data, span: { kind: Kind.BlockMap, start: children[0]!.start, end: blockEnd(text, children), children } };
  }

  /** A block list whose dashes stand at `indent`; the reader is at the first dash. */
  private list(indent: number): { data: unknown[]; span: Span } {
    const { text } = this;
    this.enter();
    const data: unknown[] = [];
    const children: Span[] = [];
    const start = this.pos;
    for (;;) {
      if (children.length > 0) {
        const next = this.nextLine();
        if (next < indent) break;
        if (next > indent) aside();
        if (text.charCodeAt(this.pos + next) !== DASH || !this.isDash(this.pos + next)) break;
        this.pos += next;
      }
      // At "-": the item follows on this line (an empty item, or one on the next line, is left to js-yaml).
      this.pos++;
      let i = this.pos;
      while (text.charCodeAt(i) === SPACE) i++;
      if (i >= text.length || text.charCodeAt(i) === NEWLINE || text.charCodeAt(i) === HASH) aside();
      this.pos = i;
      const column = i - (text.lastIndexOf('\n', i - 1) + 1);
      let item: { data: unknown; span: Span };
      if (this.keyAt(i) !== undefined) item = this.mapping(column);
      // A list in a list, or a block scalar as an item (which the js-yaml path leaves to yaml), is js-yaml's to read.
      else if ((text.charCodeAt(i) === DASH && this.isDash(i)) || text.charCodeAt(i) === 0x7c || text.charCodeAt(i) === 0x3e) item = aside();
      else item = this.inline(indent);
      data.push(item.data);
      children.push(item.span);
    }
    this.depth--;
    return { data, span: { kind: Kind.BlockSeq, start, end: blockEnd(text, children), children } };
  }

  /** Whether the "-" at `at` starts a list item: followed by a space, a line break or the end. */
  private isDash(at: number): boolean {
    const c = this.text.charCodeAt(at + 1);
    return c === SPACE || c === NEWLINE || at + 1 >= this.text.length;
  }

  /** The key at `at` when a key and its ": " (or ":" at the end of a line) start there. */
  private keyAt(at: number): string | undefined {
    const { text } = this;
    KEY.lastIndex = at;
    const match = KEY.exec(text);
    if (!match) return undefined;
    const end = at + match[0].length;
    const after = text.charCodeAt(end + 1);
    return text.charCodeAt(end) === COLON && (after === SPACE || after === NEWLINE || end + 1 >= text.length) ? match[0] : undefined;
  }

  /**
   * A mapping's value, just after its ":": on the same line, or a block collection on the lines below
   * (a list may stand at the key's own indentation), or nothing: null, placed after the spaces that
   * follow the ":", as the js-yaml path places it.
   */
  private valueAfterColon(indent: number): { data: unknown; span: Span } {
    const { text } = this;
    let i = this.pos;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i < text.length && text.charCodeAt(i) !== NEWLINE && text.charCodeAt(i) !== HASH) {
      this.pos = i;
      return this.inline(indent);
    }
    this.endLine();
    const next = this.nextLine();
    const at = this.pos + next;
    const dash = next >= 0 && text.charCodeAt(at) === DASH && this.isDash(at);
    if (next > indent || (next === indent && dash)) {
      this.pos = at;
      if (dash) return this.list(next);
      if (this.keyAt(at) !== undefined) return this.mapping(next);
      // A scalar or flow collection on the next line (a block scalar there is js-yaml's to read).
      if (text.charCodeAt(at) === 0x7c || text.charCodeAt(at) === 0x3e) aside();
      return this.inline(indent);
    }
    return { data: null, span: { kind: Kind.Empty, start: i, end: i, value: null } };
  }

  /** A value that starts at the reader's position: a scalar, a block scalar or a flow collection. */
  private inline(indent: number): { data: unknown; span: Span } {
    const { text } = this;
    const start = this.pos;
    const c = text.charCodeAt(start);
    let value: { data: unknown; span: Span };
    if (c === 0x7c /* | */ || c === 0x3e /* > */) return this.blockScalar(indent);
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) value = this.flow(indent);
    else if (c === 0x27 /* ' */ || c === 0x22 /* " */) value = this.quoted(indent);
    else value = this.plain();
    this.endLine();
    // A more indented line next would continue the scalar over lines (or be a mistake): js-yaml's to read.
    if (this.nextIndent(this.pos) > indent) aside();
    return value;
  }

  /** A plain scalar to the end of its line or the " #" of a comment. */
  private plain(): { data: unknown; span: Span } {
    const { text } = this;
    const start = this.pos;
    const c = text.charCodeAt(start);
    // Indicators that start something else: anchors, aliases, tags, directives, reserved, flow ends, ? and :, "- " (and "-" at the end).
    if ('&*!%@`,]}#?:'.includes(text[start]!) || (c === DASH && (text.charCodeAt(start + 1) === SPACE || text.charCodeAt(start + 1) === NEWLINE || start + 1 >= text.length))) aside();
    let end = start;
    let i = start;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === NEWLINE || (ch === HASH && text.charCodeAt(i - 1) === SPACE)) break;
      if (ch === COLON && (text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === NEWLINE || i + 1 >= text.length)) aside();
      i++;
      if (ch !== SPACE) end = i;
    }
    return this.plainEnding(start, end);
  }

  /** The plain scalar from `start` to `end`, resolved by the core schema; the reader moves past it. */
  private plainEnding(start: number, end: number): { data: unknown; span: Span } {
    this.pos = end;
    const data = resolve(this.text.slice(start, end));
    return { data, span: { kind: Kind.Scalar, start, end, value: data } };
  }

  /**
   * A single- or double-quoted scalar, over one line or more: a line break folds to a space, blank lines
   * to line breaks, and the spaces around a break go. A backslash escape is js-yaml's to read.
   */
  private quoted(indent: number): { data: unknown; span: Span } {
    const { text } = this;
    const start = this.pos;
    const quote = text.charCodeAt(start);
    let j = start + 1;
    for (;;) {
      if (j >= text.length) aside();
      const ch = text.charCodeAt(j);
      if (ch === quote) {
        if (quote === 0x27 && text.charCodeAt(j + 1) === 0x27) {
          j += 2;
          continue;
        }
        break;
      }
      if (ch === 0x5c && quote === 0x22) aside();
      j++;
    }
    const raw = text.slice(start + 1, j);
    let content = raw;
    if (raw.includes('\n')) {
      const lines = raw.split('\n');
      const last = lines.length - 1;
      content = lines[0]!.trimEnd();
      let blanks = 0;
      for (let k = 1; k <= last; k++) {
        const line = lines[k]!;
        const segment = k === last ? line.trimStart() : line.trim();
        if (segment === '') {
          // The closing quote alone on its line is js-yaml's to read.
          if (k === last) aside();
          blanks++;
          continue;
        }
        // Each line goes on past the block's indentation.
        if (line.length - line.trimStart().length <= indent) aside();
        content += blanks === 0 ? ' ' : '\n'.repeat(blanks);
        content += segment;
        blanks = 0;
      }
    }
    const value = quote === 0x27 ? content.replaceAll("''", "'") : content;
    this.pos = j + 1;
    return { data: value, span: { kind: Kind.Scalar, start, end: this.pos, value } };
  }

  /**
   * A flow list or mapping, over one line or more, holding plain or quoted scalars and flow
   * collections; `indent` is the block indentation it stands in, which its lines must go past.
   */
  private flow(indent: number): { data: unknown; span: Span } {
    const { text } = this;
    this.enter();
    const start = this.pos;
    const isMap = text.charCodeAt(start) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    this.pos++;
    const children: Span[] = [];
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    this.flowSpace(indent);
    if (text.charCodeAt(this.pos) !== close) {
      for (;;) {
        if (isMap) {
          const keyStart = this.pos;
          const key = this.keyAt(keyStart) ?? aside();
          const keyEnd = keyStart + key.length;
          if (NOT_TEXT_KEY.test(key) || Object.hasOwn(map, key)) aside();
          this.pos = keyEnd + 1;
          this.flowSpace(indent);
          const value = this.flowNode(indent);
          map[key] = value.data;
          children.push({ kind: Kind.Scalar, start: keyStart, end: keyEnd, value: key }, value.span);
        } else {
          const item = this.flowNode(indent);
          list.push(item.data);
          children.push(item.span);
        }
        this.flowSpace(indent);
        const c = text.charCodeAt(this.pos);
        if (c === close) break;
        if (c !== 0x2c /* , */) aside();
        this.pos++;
        this.flowSpace(indent);
        // A comma before the end, or a second one, is js-yaml's to read.
        if (text.charCodeAt(this.pos) === close || text.charCodeAt(this.pos) === 0x2c) aside();
      }
    }
    // A flow end that starts its line is left to yaml, which judges its indentation.
    let back = this.pos - 1;
    while (text.charCodeAt(back) === SPACE) back--;
    if (text.charCodeAt(back) === NEWLINE) aside();
    this.pos++;
    this.depth--;
    const span: Span = { kind: isMap ? Kind.FlowMap : Kind.FlowSeq, start, end: this.pos, children };
    return { data: isMap ? map : list, span };
  }

  /** Spaces, line breaks and comments inside a flow collection; a line not indented past the block is js-yaml's to read. */
  private flowSpace(indent: number): void {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === SPACE) this.pos++;
      else if (c === NEWLINE) {
        this.pos++;
        let n = 0;
        while (text.charCodeAt(this.pos + n) === SPACE) n++;
        if (n <= indent) aside();
      } else if (c === HASH && (text.charCodeAt(this.pos - 1) === SPACE || text.charCodeAt(this.pos - 1) === NEWLINE)) {
        this.pos = endOfLine(text, this.pos);
      } else if (c === HASH || this.pos >= text.length) aside();
      else return;
    }
  }

  /** A node inside a flow collection. */
  private flowNode(indent: number): { data: unknown; span: Span } {
    const { text } = this;
    const c = text.charCodeAt(this.pos);
    if (c === 0x5b || c === 0x7b) return this.flow(indent);
    if (c === 0x27 || c === 0x22) return this.quoted(indent);
    const start = this.pos;
    // Indicators that start something else, and a "-" that no text follows ("- ", "-,", "-]"), are js-yaml's to read.
    if ('&*!|>%@`?:,]}#'.includes(text[start]!) || (c === DASH && (start + 1 >= text.length || ' \n,[]{}'.includes(text[start + 1]!)))) aside();
    let i = start;
    let end = start;
    for (;;) {
      const ch = text.charCodeAt(i);
      if (i >= text.length || ch === NEWLINE || ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d) break;
      // A ":" that ends a key (before a space, a line break or a flow indicator) and a comment are js-yaml's to read;
      // one inside the text, as in a URL, is text.
      if (ch === COLON && (i + 1 >= text.length || ' \n,[]{}'.includes(text[i + 1]!))) aside();
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) aside();
      i++;
      if (ch !== SPACE) end = i;
    }
    // A plain scalar that goes on over the next line is js-yaml's to read.
    if (text.charCodeAt(i) === NEWLINE || (i >= text.length)) {
      let j = i;
      while (j < text.length && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === NEWLINE)) j++;
      const next = text.charCodeAt(j);
      if (next !== 0x2c && next !== 0x5d && next !== 0x7d) aside();
    }
    return this.plainEnding(start, end);
  }

  /** A literal (|) or folded (>) block scalar, clipped or stripped (-), its indentation found from its first line. */
  private blockScalar(indent: number): { data: unknown; span: Span } {
    const { text } = this;
    const start = this.pos;
    const folded = text.charCodeAt(start) === 0x3e;
    let i = start + 1;
    const strip = text.charCodeAt(i) === DASH;
    if (strip) i++;
    this.pos = i;
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== NEWLINE && i < text.length) aside();
    this.endLine();
    // The first line decides the block's indentation; leading blank lines are js-yaml's to read.
    const first = this.pos;
    let n = 0;
    while (text.charCodeAt(first + n) === SPACE) n++;
    if (n <= indent || first + n >= text.length || text.charCodeAt(first + n) === NEWLINE) aside();
    const lines: string[] = [];
    let lastContentEnd = first;
    let at = first;
    while (at < text.length) {
      const lineEnd = endOfLine(text, at);
      let s = 0;
      while (at + s < lineEnd && text.charCodeAt(at + s) === SPACE) s++;
      if (at + s === lineEnd) {
        // A blank line: more spaces than the indentation would be content.
        if (s > n) aside();
        lines.push('');
      } else if (s >= n) {
        if (folded && s > n) aside();
        lines.push(text.slice(at + n, lineEnd));
        lastContentEnd = lineEnd;
      } else {
        if (s > indent) aside();
        break;
      }
      at = lineEnd + 1;
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    let value: string;
    if (folded) {
      value = lines[0]!;
      let blanks = 0;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === '') blanks++;
        else {
          value += blanks === 0 ? ' ' : '\n'.repeat(blanks);
          value += lines[k];
          blanks = 0;
        }
      }
    } else {
      value = lines.join('\n');
    }
    if (!strip) value += '\n';
    // Where a block scalar ends is found from its last character; a space or none is js-yaml's to read.
    if (/^\s*$|[ ]\n*$/.test(value)) aside();
    // It ends with the line break of its last line of content, as the js-yaml path places it.
    const end = lineEnd(text, lastContentEnd);
    this.pos = end;
    if (this.nextIndent(this.pos) > indent) aside();
    return { data: value, span: { kind: Kind.Scalar, start, end, value } };
  }
}
