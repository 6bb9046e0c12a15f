/**
 * Text from a strategy, checklist, config or actuals file, made safe to show: whoever wrote it may
 * be an attacker, and a raw control character in a terminal or a CI log can act (a newline starting
 * `::error` in GitHub Actions, an ESC sequence clearing the screen) or hide what the text is (a
 * bidirectional override, Trojan Source).
 *
 * The convention, the same in every output: each of these characters is written as an escape that
 * reads as itself, as JSON and JavaScript write it.
 * - C0 controls U+0000-U+001F: `\n`, `\r` and `\t` by name, the others as `\u001b` and the like;
 * - DEL and the C1 controls U+007F-U+009F, the line and paragraph separators U+2028 and U+2029;
 * - the bidirectional controls U+061C, U+200E, U+200F, U+202A-U+202E and U+2066-U+2069.
 * Hex digits are lower-case and always four. A backslash in the user's text is left as it is: no
 * escape can act, so the one ambiguity left (a typed `\n` reads like an escaped newline) hides
 * nothing, and doubling it would misquote Windows paths, YAML's own escapes in a quoted source line
 * and the JSON-quoted keys in socialplan's messages. The JSON outputs keep the exact text.
 */

/** Every character the convention escapes, as the inside of a character class. */
export const ESCAPED_CHARACTERS = String.raw`\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069`;

const ALL = new RegExp(`[${ESCAPED_CHARACTERS}]`, 'g');

/** The same but for newline and tab, which socialplan writes itself between the lines it prints. */
const BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw of them: it escapes C0 itself. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One UTF-16 code unit as its escape: `\n` for a newline, `\u202e` for a right-to-left override. */
export function escapeCharacter(ch: string): string {
  return NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** User text for one line of output: every control and bidirectional control escaped. */
export function visible(text: string): string {
  return text.replace(ALL, escapeCharacter);
}

/**
 * The last line of defence over whole output that socialplan assembled: controls escaped but the
 * newlines and tabs socialplan writes, and the sequences `keep` matches (socialplan's own colours,
 * when it paints). User text must have been made visible() before it was painted, so that an ESC a
 * user wrote never reaches the terminal either way.
 */
export function visibleLines(text: string, keep?: RegExp): string {
  if (!keep) return text.replace(BUT_LINE_BREAKS, escapeCharacter);
  const pattern = new RegExp(`(?:${keep.source})|${BUT_LINE_BREAKS.source}`, 'g');
  return text.replace(pattern, (match) => (match.length === 1 ? escapeCharacter(match) : match));
}

/**
 * JSON for a file or a pipe: the same data once parsed, with the controls JSON.stringify leaves raw
 * (DEL, C1, the bidirectional controls, U+2028 and U+2029) written as `\uXXXX` too, so the raw text
 * shows them. They can only stand inside strings, where the escape means the same character.
 */
export function visibleJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW_IN_JSON, escapeCharacter)}\n`;
}
