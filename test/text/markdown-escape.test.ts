import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapedInline, inline } from '../../src/markdown/escape.js';

/**
 * inline() returns plain words as they are, without running the full escaping: the shortcut must give
 * exactly what the full escaping gives, for any text, and must not be the only path that works.
 */

const pieces = [
  'Customer', 'care', 'pilot', 'Ünïcödé', 'naïve', '東京', '12,000', '1', '2024', 'x', 'A.', 'B)', 'a@b', '@alderbrook', 'www.', 'WWW.', 'http://', 'https://x.y/z',
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', '\u202e', '\u200f', '\u0000', '\u001b', '\u007f', '\u0085',
  '-', '+', '=', '--', '.', ')', ',', ':', ';', '!', '?', '"', "'", '(', '/', '%', '$', '€', '—', '’',
  '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '😀', '\ud800',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

describe('inline(): the shortcut for plain words', () => {
  it('gives what the full escaping gives, for 20,000 texts built from the characters that matter', () => {
    fc.assert(
      fc.property(text, (s) => inline(s) === escapedInline(s)),
      { numRuns: 20_000 },
    );
  });

  it('and for any string at all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => inline(s) === escapedInline(s)), { numRuns: 5_000 });
  });

  it.each([
    ['Customer care pilot', 'Customer care pilot'],
    ['Ünïcödé wörds, 12,000 of them', 'Ünïcödé wörds, 12,000 of them'],
    ['- a list?', '\\- a list?'],
    ['1. first', '1\\. first'],
    ['a*b_c', 'a\\*b\\_c'],
    ['www.example.com', 'www\\.example.com'],
    ['ada@example.com', 'ada\\@example.com'],
    ['see https://example.com now', 'see <https://example.com> now'],
    [' padded ', 'padded'],
    ['two  spaces', 'two  spaces'],
    ['bidi \u202e text', 'bidi \\\\u202e text'],
  ])('%j -> %j', (given, expected) => {
    expect(inline(given)).toBe(expected);
    expect(escapedInline(given)).toBe(expected);
  });
});
