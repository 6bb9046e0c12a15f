/**
 * Markdown escaping, in one place, for everything socialplan writes as Markdown: values from a
 * user's YAML render as the text they are and never as markup, HTML or a broken table.
 */

const URL = /https?:\/\/[^\s<>|`\\]*[^\s<>|`\\.,;:!?)\]'"]/g;

/** Backslash-escape whatever Markdown or HTML could read as markup; newlines become spaces. */
function plain(s: string): string {
  return s.replace(/\s*(\r\n?|\n)\s*/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
}

/**
 * Inline text for a heading, paragraph, list item or table cell: `|` is escaped, so the same text is
 * safe in a table; a newline becomes a space, so it never ends a table row. Bare URLs become
 * autolinks (markdownlint MD034), left unescaped since escapes do not work inside an autolink.
 */
export function inline(s: string): string {
  let out = '';
  let last = 0;
  for (const match of s.matchAll(URL)) {
    out += `${plain(s.slice(last, match.index))}<${match[0]}>`;
    last = match.index + match[0].length;
  }
  out += plain(s.slice(last));
  // A leading +, - or = with a space, or "1." could start a list or a heading underline where the
  // text begins a line; a leading space would be eaten.
  return out.trim().replace(/^([-+=]|\d+[.)])(?=\s|$)/, (m) => (m.length === 1 ? `\\${m}` : m.replace(/([.)])$/, '\\$1')));
}

/** A code span around any text: the fence is one backtick longer than the longest run inside it. */
export function code(s: string): string {
  const text = s.replace(/\s*(\r\n?|\n)\s*/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table: a header row, the separator (right-aligned columns where `right` says so) and the rows, cells escaped. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => inline(c) || ' ').join(' | ')} |`;
  const rule = `| ${head.map((_, i) => (right[i] ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
