import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/text/excerpt.js';

const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('excerpt', () => {
  /** The character of the shown text the caret's first ^ stands under. */
  function underCaret(e: { text: string; caret: string }): string {
    return e.text.charAt(e.caret.indexOf('^'));
  }

  it('shows a short line whole, with the caret under the column', () => {
    expect(excerpt('  lawfullBasis: x', 3, 12)).toEqual({ text: '  lawfullBasis: x', caret: '  ^^^^^^^^^^^^' });
    expect(excerpt('abc', 4, 1)).toEqual({ text: 'abc', caret: '   ^' });
  });

  it('shows controls escaped, and the caret moves with the escapes before it', () => {
    const e = excerpt('a\u202eb\tc: x', 5, 1);
    expect(e.text).toBe('a\\u202eb\\tc: x');
    expect(underCaret(e)).toBe('c');
    const span = excerpt('\u001b[2J: value', 1, 2);
    expect(span.text).toBe('\\u001b[2J: value');
    expect(span.caret).toBe('^'.repeat('\\u001b['.length));
  });

  it('cuts a long line to the width around the column, marking each cut, the caret still on its character', () => {
    const line = `${'a'.repeat(100_000)}X${'b'.repeat(100_000)}`;
    const e = excerpt(line, 100_001, 1);
    expect(e.text.length).toBeLessThanOrEqual(120);
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text.endsWith('…')).toBe(true);
    expect(underCaret(e)).toBe('X');
    expect(e.caret).toMatch(/^ *\^$/);
  });

  it('keeps the caret right when escapes fill the line around a far column', () => {
    const line = `${'\u202e'.repeat(5000)}X${'\u0000'.repeat(5000)}`;
    const e = excerpt(line, 5001, 1, 120);
    expect(e.text.length).toBeLessThanOrEqual(120);
    expect(underCaret(e)).toBe('X');
    expect(e.text).not.toMatch(RAW);
    // Escapes are never cut in half: between the marks, only whole \u202e and \u0000 and the X.
    expect(e.text.slice(1, -1)).toMatch(/^(\\u202e)*X(\\u0000)*$/);
  });

  it('cuts only the end when the column is near the start, and only the start near the end', () => {
    const line = 'k'.repeat(500);
    const start = excerpt(line, 3, 1);
    expect(start.text.startsWith('…')).toBe(false);
    expect(start.text.endsWith('…')).toBe(true);
    expect(start.caret).toBe('  ^');
    const end = excerpt(line, 501, 1);
    expect(end.text.startsWith('…')).toBe(true);
    expect(end.text.endsWith('…')).toBe(false);
    expect(end.caret.length).toBe(end.text.length + 1);
  });

  it('never splits a surrogate pair at a cut', () => {
    const line = '🚀'.repeat(400);
    for (const column of [1, 2, 201, 400, 799]) {
      const e = excerpt(line, column, 1);
      expect(e.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});
