/**
 * Markdown kept within markdownlint's default line length (MD013, 80 characters), as a reader of
 * the raw file and every linter expect: prose, list items and block quotes are wrapped between
 * words; what cannot be wrapped without changing what it shows (a table row, a code or Mermaid
 * block, a heading) keeps its lines and has MD013 turned off around it, in a comment of its own, and
 * only where one of its lines is too long.
 */

export const LINE_WIDTH = 80;

const DISABLE = '<!-- markdownlint-disable MD013 -->';
const ENABLE = '<!-- markdownlint-enable MD013 -->';
const DISABLE_NEXT = '<!-- markdownlint-disable-next-line MD013 -->';
/** At the end of a line of prose, so the comment does not split its paragraph. */
const DISABLE_LINE = ' <!-- markdownlint-disable-line MD013 -->';

/** A word that, starting a line, would begin a list, a heading, a quote, a table, a fence or HTML instead of continuing the text. */
function opensBlock(word: string): boolean {
  return /^(?:[-+*]|#{1,6}|>.*|\|.*|<.*|\d{1,9}[.)]|=+|-+|`{3,}.*|~{3,}.*|\[\^?[^\]]*\]:.*)$/.test(word);
}

/** The prefix of a line's text and the prefix its continuation lines take: a list marker's width in spaces, a quote's marker. */
function prefixes(line: string): { first: string; rest: string; text: string } {
  const quote = /^((?: {0,3}> ?)+)(.*)$/.exec(line);
  if (quote) {
    const inner = prefixes(quote[2]!);
    return { first: quote[1]! + inner.first, rest: quote[1]!.replace(/ ?$/, ' ') + inner.rest, text: inner.text };
  }
  const item = /^( *)([-+*]|\d{1,9}[.)])( +)(.*)$/.exec(line);
  if (item) {
    const first = item[1]! + item[2]! + item[3]!;
    return { first, rest: ' '.repeat(first.length), text: item[4]! };
  }
  const indent = /^( *)(.*)$/.exec(line)!;
  return { first: indent[1]!, rest: indent[1]!, text: indent[2]! };
}

/**
 * The backtick run of a code span still open after `text`, given the run of one open before it (0
 * for none): a run of backticks opens a span that only a run of the same length closes; outside a
 * span a backslash escapes the character after it.
 */
export function openCodeSpan(text: string, open: number): number {
  // Only a backtick opens or closes a span (a backslash matters only before one): most lines have none.
  if (!text.includes('`')) return open;
  let run = open;
  for (let i = 0; i < text.length; ) {
    if (run === 0 && text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let length = 0;
    while (text[i] === '`') {
      length++;
      i++;
    }
    if (run === 0) run = length;
    else if (length === run) run = 0;
  }
  return run;
}

/**
 * One line of prose as lines of at most `width`, broken only between words, where the next word
 * cannot open a block and no code span is open (`open`: the backtick run of a span still open from
 * an earlier line of the paragraph).
 */
function wrap(line: string, width: number, open: number): string[] {
  const { first, rest, text } = prefixes(line);
  const words = text.split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = first;
  let hasWord = false;
  let span = open;
  // Whether the line so far has a word that opens no block: a line of markers alone ("---", "- -", "#") would read as a rule, a list or a heading.
  let plain = false;
  for (const word of words) {
    const candidate = hasWord ? `${current} ${word}` : current + word;
    // A break is allowed before a word that cannot open a block, after one that is not a hard break (`\`),
    // nor one that ends in whitespace other than a space (U+00A0, U+3000), which would trail the line.
    const mayBreak = hasWord && plain && span === 0 && !opensBlock(word) && !current.endsWith('\\') && !/\s$/u.test(current);
    if (candidate.length > width && mayBreak) {
      lines.push(current);
      current = rest + word;
      plain = false;
    } else {
      current = candidate;
    }
    plain ||= !opensBlock(word);
    span = openCodeSpan(word, span);
    hasWord = true;
  }
  lines.push(current);
  return lines;
}

/** A table's delimiter row: cells of hyphens, with colons for alignment. */
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function isHeading(line: string): boolean {
  return /^ {0,3}#{1,6}(?: |$)/.test(line);
}

/**
 * Markdown whose lines fit `width`, as described above. Blank lines are kept where they are; a
 * table or fenced block that needs MD013 off gets the comments on lines of their own, with blank
 * lines around them so the table stays a table.
 */
export function fitLines(markdown: string, width = LINE_WIDTH): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  const tooLong = (block: readonly string[]) => block.some((l) => l.length > width);
  // A block that runs to the end of the text (a fence never closed) keeps line length off to the end: a comment after it would be inside it.
  const fenced = (block: string[], closed = true): void => {
    if (!tooLong(block)) {
      out.push(...block);
      return;
    }
    if (out.length && out[out.length - 1] !== '') out.push('');
    out.push(DISABLE, '', ...block);
    if (closed) out.push('', ENABLE);
  };
  let i = 0;
  let inHtmlComment = false;
  // A code span still open at the end of a line of prose (it may run on to the next line of its paragraph).
  let span = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // A fence: three backticks (whose info string holds no backtick) or three tildes.
    const fence = /^ {0,3}(`{3,})[^`]*$|^ {0,3}(~{3,})/.exec(line);
    if (fence && !inHtmlComment) {
      const block = [line];
      let closed = false;
      i++;
      while (i < lines.length && !closed) {
        const l = lines[i]!;
        block.push(l);
        i++;
        closed = l.trim().startsWith(fence[1] ?? fence[2]!) && /^ {0,3}(`{3,}|~{3,})\s*$/.test(l);
      }
      fenced(block, closed);
      continue;
    }
    // A table: a row, then its delimiter row (| --- |, or --- alone, which GFM may read as one; in a quote or a list
    // too). Its rows are never
    // wrapped; after a blank line, MD013 is turned off around it if need be (in a paragraph a comment would split it).
    if (!inHtmlComment && line.trim() !== '' && i + 1 < lines.length && lines[i + 1]!.includes('-') && DELIMITER_ROW.test(prefixes(lines[i + 1]!).text)) {
      const block: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
      if (out.length === 0 || out[out.length - 1]!.trim() === '') fenced(block);
      else out.push(...block);
      continue;
    }
    i++;
    // A code span does not run on past its paragraph: a blank line, or a line that starts another block, ends it.
    if (line.trim() === '' || /^ {0,3}(?:>|[-+*](?: |$)|\d{1,9}[.)](?: |$)|#{1,6}(?: |$))/.test(line)) span = 0;
    // An HTML comment (the generated-by line, a linter's own comment) is left as written.
    if (inHtmlComment) {
      out.push(line);
      inHtmlComment = !line.includes('-->');
      continue;
    }
    if (line.trimStart().startsWith('<!--')) {
      out.push(line);
      inHtmlComment = !line.includes('-->', line.indexOf('<!--') + 4);
      continue;
    }
    if (line.length <= width || /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|[!?])/.test(line)) {
      span = openCodeSpan(line, span);
      out.push(line);
      continue;
    }
    if (isHeading(line)) {
      out.push(DISABLE_NEXT, line);
      continue;
    }
    // A word longer than the line (a long link, say) cannot be broken: MD013 is off for that line
    // alone, by a comment at its end, unless a code span is open there (the comment would be code).
    for (const w of wrap(line, width, span)) {
      span = openCodeSpan(w, span);
      out.push(w.length > width && span === 0 ? w + DISABLE_LINE : w);
    }
  }
  return out.join('\n');
}
