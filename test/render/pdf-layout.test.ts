import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { name, num, text } from '../../src/render/pdf/pdf-objects.js';
import { wrapRuns, type Run } from '../../src/render/pdf/text-layout.js';

/**
 * The PDF's own line breaking and value writing: every word kept and in order, no line past its width but for
 * one character wider than it, and a string or name from a strategy never able to end itself early.
 */

type F = 'a' | 'b';
// A stand-in font: every character 5 units wide at size 10 in `a`, 6 in `b`.
const measure = (t: string, font: F, size: number) => [...t].length * (font === 'a' ? 0.5 : 0.6) * size;

describe('wrapRuns', () => {
  it('breaks at spaces, keeps every word in order, and keeps one space at a break without measuring it', () => {
    const lines = wrapRuns<F>([{ text: 'one two three four five', font: 'a', size: 10 }], 40, measure);
    // A copied or read-aloud line ends with its space, so the last word of a line and the first of the next stay two.
    expect(lines.map((l) => l.segments.map((s) => s.text).join(''))).toEqual(['one two ', 'three ', 'four ', 'five']);
    expect(lines.map((l) => l.width)).toEqual([35, 25, 20, 20]);
  });

  it('joins runs in one font, places runs in another after them, and starts a line at a newline', () => {
    const lines = wrapRuns<F>(
      [
        { text: 'ab ', font: 'a', size: 10 },
        { text: 'cd', font: 'a', size: 10 },
        { text: ' ef\ngh', font: 'b', size: 10 },
      ],
      100,
      measure,
    );
    expect(lines).toEqual([
      {
        segments: [
          { text: 'ab cd', font: 'a', size: 10, x: 0 },
          { text: ' ef', font: 'b', size: 10, x: 25 },
        ],
        width: 43,
      },
      { segments: [{ text: 'gh', font: 'b', size: 10, x: 0 }], width: 12 },
    ]);
  });

  it('cuts a word longer than the width where it must, and a character wider than the width stands alone', () => {
    const lines = wrapRuns<F>([{ text: 'abcdefghij', font: 'a', size: 10 }], 22, measure);
    expect(lines.map((l) => l.segments[0]!.text)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapRuns<F>([{ text: 'xy', font: 'a', size: 10 }], 2, measure).map((l) => l.width)).toEqual([5, 5]);
  });

  it('an empty text is one empty line', () => {
    expect(wrapRuns<F>([], 50, measure)).toEqual([{ segments: [], width: 0 }]);
  });

  it('for any text and width: the words in order, no line too wide unless one character is', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ maxLength: 30 }), font: fc.constantFrom<F>('a', 'b'), size: fc.constantFrom(8, 10) }), { maxLength: 6 }), fc.integer({ min: 1, max: 200 }), (runs: Run<F>[], width) => {
        const lines = wrapRuns(runs, width, measure);
        const all = runs.map((r) => r.text).join('');
        expect(lines.flatMap((l) => l.segments.map((s) => s.text)).join('').replace(/[ \n]/g, '')).toBe(all.replace(/[ \n]/g, ''));
        for (const l of lines) if (l.width > width) expect([...l.segments.map((s) => s.text).join('').trimEnd()].length).toBe(1);
      }),
    );
  });
});

describe('PDF values', () => {
  it('numbers: three decimals at most, no exponent, no negative zero', () => {
    expect([num(595.2756), num(1e-9), num(-0.0001), num(12), num(1234567.5)]).toEqual(['595.276', '0', '0', '12', '1234567.5']);
    expect(() => num(Number.NaN)).toThrow();
  });

  it('strings: plain words as they are, anything else as UTF-16 in hex, so no text is in the file as it is', () => {
    expect(text('Board pack: Plan 2.3.1')).toBe('(Board pack: Plan 2.3.1)');
    expect(text('Plan (a)')).toBe('<FEFF0050006C0061006E0020002800610029>');
    expect(text(') /S /JavaScript')).not.toMatch(/JavaScript|\)/);
    expect(text('Caf\u00e9')).toBe('<FEFF00430061006600E9>');
    expect(text('a\nb')).toBe('<FEFF0061000A0062>');
  });

  it('names: delimiters and spaces as #xx, so a name never ends early', () => {
    expect(name('briefing-board')).toBe('/briefing-board');
    expect(name('a b/c>>(')).toBe('/a#20b#2fc#3e#3e#28');
  });
});
