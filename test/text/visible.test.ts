import { describe, expect, it } from 'vitest';
import { visible, visibleJson, visibleLines } from '../../src/text/visible.js';

/** Every character the convention escapes: C0, DEL, C1, the line separators and the bidirectional controls. */
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x061c,
  0x200e,
  0x200f,
  0x2028,
  0x2029,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
].map((code) => String.fromCharCode(code));

const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('visible', () => {
  it('writes newline, CR and tab by name and every other control as \\u with four lower-case hex digits', () => {
    expect(visible('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(visible('\u0000\u001b[2J\u007f\u009b\u202e\u2066\u2028')).toBe('\\u0000\\u001b[2J\\u007f\\u009b\\u202e\\u2066\\u2028');
    expect(visible('\u001b]0;title\u0007')).toBe('\\u001b]0;title\\u0007');
  });

  it('leaves no control raw, one escape per control', () => {
    for (const ch of CONTROLS) {
      const shown = visible(`x${ch}y`);
      expect(shown).not.toMatch(RAW);
      expect(shown).toMatch(/^x\\(n|r|t|u[0-9a-f]{4})y$/);
    }
  });

  it('keeps ordinary text exactly, backslashes, quotes and letters of every script included', () => {
    const ordinary = 'Ünïcode “quotes” – C:\\temp\\new.yaml "a\\nb" 日本語 עברית عربى 🚀 👨‍👩‍👧 a\u00a0b';
    expect(visible(ordinary)).toBe(ordinary);
  });
});

describe('visibleLines', () => {
  it('keeps the newlines and tabs socialplan writes and escapes every other control', () => {
    expect(visibleLines('one\ttwo\nthree\r\n\u001b[31mred\u001b[39m\u202e')).toBe('one\ttwo\nthree\\r\n\\u001b[31mred\\u001b[39m\\u202e');
  });

  it('lets through only the sequences it is told to keep', () => {
    const own = /\x1b\[(?:1|2|22|31|32|33|34|39)m/;
    expect(visibleLines('\u001b[31mred\u001b[39m \u001b[2J \u001b[8mhidden\u001b[0m', own)).toBe('\u001b[31mred\u001b[39m \\u001b[2J \\u001b[8mhidden\\u001b[0m');
  });
});

describe('visibleJson', () => {
  it('is the same data once parsed, with no control raw in the text', () => {
    const value = { name: CONTROLS.join(''), nested: [`a${CONTROLS.join('b')}`] };
    const text = visibleJson(value);
    // Only the newlines of the indentation are left.
    expect(text.replace(/\n/g, '')).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('\\u202e');
    expect(text).toContain('\\u2028');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
