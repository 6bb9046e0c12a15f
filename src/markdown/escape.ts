import { ESCAPED_CHARACTERS, visible } from '../text/visible.js';

/**
 * Markdown escaping, in one place, for everything socialplan writes as Markdown: values from a
 * user's YAML render as the text they are and never as markup, HTML or a broken table.
 */

// Square brackets end a URL: `(a)[b]` inside an autolink still reads as a reversed link to markdownlint (MD011).
const URL = /https?:\/\/[^\s<>|`\\[\]]*[^\s<>|`\\.,;:!?)[\]'"]/g;

/**
 * Text on one line: line breaks and tabs become spaces, as a reader would see them, and every other
 * control is shown as visible() shows it (`\u202e`), not as a raw character or an HTML entity that a
 * browser would turn back into the control.
 */
function oneLine(s: string): string {
  return visible(s.replace(/\s*(\r\n?|\n|\u2028|\u2029)\s*/g, ' ').replace(/[\t\v\f]/g, ' '));
}

/** Backslash-escape whatever Markdown or HTML could read as markup. */
function plain(s: string): string {
  return (
    s
      .replace(/[\\`*_[\]<>|~&#]/g, '\\$&')
      // GFM links a bare www.example.com and ada@example.com by itself; a handle such as @alderbrook is left alone.
      .replace(/(www)\./gi, '$1\\.')
      .replace(/([\w.%+-])@/g, '$1\\@')
  );
}

/** Escaped text with bare URLs as autolinks (markdownlint MD034), left unescaped since escapes do not work inside one. */
function escapeText(raw: string): string {
  const s = oneLine(raw);
  let out = '';
  let last = 0;
  for (const match of s.matchAll(URL)) {
    out += `${plain(s.slice(last, match.index))}<${match[0]}>`;
    last = match.index + match[0].length;
  }
  return out + plain(s.slice(last));
}

/**
 * No leading space to be eaten; a leading +, - or = could start a list, a thematic break (---) or a
 * heading underline, and "1." or "1)" an ordered list.
 */
function startOfLine(escaped: string): string {
  return escaped.trim().replace(/^([-+=])(?=\s|$|\1)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Words that inline() leaves as they are, as most names and descriptions are: no character it
 * escapes or shows as an escape, words apart by one space, nothing at the start that begins a
 * list, a break or a heading underline, and no address to link. Tested against the full escaping.
 */
const WORD = String.raw`[^\\\`*_[\]<>|~&#@\s${ESCAPED_CHARACTERS}]+`;
const WORDS = new RegExp(`^${WORD}(?: ${WORD})*$`);
const LINE_START = /^(?:[-+=]|\d+[.)])/;
const ADDRESS = /www\.|:\/\//i;

/**
 * Inline text for a heading, paragraph, list item or table cell: `|` is escaped, so the same text is
 * safe in a table; a newline becomes a space, so it never ends a table row.
 */
export function inline(s: string): string {
  return WORDS.test(s) && !LINE_START.test(s) && !ADDRESS.test(s) ? s : escapedInline(s);
}

/** inline() without its shortcut for plain words: exported for the test that holds the two to the same text. */
export function escapedInline(s: string): string {
  return startOfLine(escapeText(s));
}

/**
 * A code span around any text: the fence is one backtick longer than the longest run inside it.
 * Text with a `|` is escaped text instead, since a code span cannot hold a `|` both in a table and
 * out of one.
 */
export function code(s: string): string {
  const text = visible(s.replace(/\s+/g, ' ').trim());
  if (text === '') return '';
  if (text.includes('|')) return inline(text);
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Heading text: inline text without the trailing punctuation markdownlint refuses in a heading (MD026, full-width forms too). */
export function heading(s: string): string {
  return inline(s.replace(/[\s.,;:!\u3002\uff0c\uff1b\uff1a\uff01]+$/u, '')) || '-';
}

/** A table: a header row, the separator (right-aligned columns where `right` says so) and the rows, cells escaped. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => inline(c) || ' ').join(' | ')} |`;
  const rule = `| ${head.map((_, i) => (right[i] ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/**
 * Inline text that may hold `code spans`, as checklist fixes do (`personalData.lawfulBasis`): the
 * spans stay code (where nothing is markup) and everything else is escaped as by inline().
 */
export function inlineWithCode(s: string): string {
  let out = '';
  let last = 0;
  for (const match of s.matchAll(/`([^`\n]+)`/g)) {
    out += escapeText(s.slice(last, match.index)) + code(match[1]!);
    last = match.index + match[0].length;
  }
  return startOfLine(out + escapeText(s.slice(last)));
}
