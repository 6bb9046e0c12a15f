import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTrueType } from '../../src/render/pdf/truetype.js';

/**
 * The TrueType reader on the DejaVu fonts we ship, checked against the files read here independently: a few
 * lines of DataView over the table directory, hmtx, loca, glyf and the checksums, written from the OpenType spec
 * rather than shared with the reader.
 */

const FONTS = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontBytes = (name: string) => new Uint8Array(readFileSync(join(FONTS, name)));
const SANS = fontBytes('DejaVuSans.ttf');
const BOLD = fontBytes('DejaVuSans-Bold.ttf');
const MONO = fontBytes('DejaVuSansMono.ttf');

interface Record {
  offset: number;
  length: number;
  checksum: number;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function directory(bytes: Uint8Array): Map<string, Record> {
  const view = viewOf(bytes);
  const tables = new Map<string, Record>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, { checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

function tableOf(bytes: Uint8Array, tag: string): Record {
  const found = directory(bytes).get(tag);
  if (!found) throw new Error(`test font has no ${tag}`);
  return found;
}

const tableBytes = (bytes: Uint8Array, tag: string) => {
  const { offset, length } = tableOf(bytes, tag);
  return bytes.subarray(offset, offset + length);
};

/** The plain sfnt checksum: big-endian 32-bit words, the last padded with zeros, summed modulo 2^32. */
function sfntChecksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = viewOf(padded);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) % 2 ** 32;
  return sum;
}

function advanceOf(bytes: Uint8Array, glyph: number): number {
  const view = viewOf(bytes);
  const metrics = view.getUint16(tableOf(bytes, 'hhea').offset + 34);
  return view.getUint16(tableOf(bytes, 'hmtx').offset + Math.min(glyph, metrics - 1) * 4);
}

const glyphCountOf = (bytes: Uint8Array) => viewOf(bytes).getUint16(tableOf(bytes, 'maxp').offset + 4);

/** Where each glyph starts in glyf, from loca in whichever format head says. */
function locaOf(bytes: Uint8Array): number[] {
  const view = viewOf(bytes);
  const long = view.getInt16(tableOf(bytes, 'head').offset + 50) === 1;
  const loca = tableOf(bytes, 'loca').offset;
  return Array.from({ length: glyphCountOf(bytes) + 1 }, (_, g) => (long ? view.getUint32(loca + g * 4) : view.getUint16(loca + g * 2) * 2));
}

function glyphOf(bytes: Uint8Array, glyph: number, loca = locaOf(bytes)): Uint8Array {
  const glyf = tableOf(bytes, 'glyf').offset;
  return bytes.subarray(glyf + loca[glyph]!, glyf + loca[glyph + 1]!);
}

/** A composite glyph's components, read by the spec's flags; [] for a simple or empty glyph. */
function componentsOf(bytes: Uint8Array, glyph: number): number[] {
  const outline = glyphOf(bytes, glyph);
  if (outline.length === 0 || viewOf(outline).getInt16(0) >= 0) return [];
  const view = viewOf(outline);
  const components: number[] = [];
  let at = 10;
  for (let more = true; more; ) {
    const flags = view.getUint16(at);
    components.push(view.getUint16(at + 2));
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    more = (flags & 0x20) !== 0;
  }
  return components;
}

/**
 * Byte arrays compared as Buffers: vitest's deep equality walks a typed array element by element, seconds for a
 * whole font. A difference is reported as its first index.
 */
function expectSameBytes(actual: Uint8Array, expected: Uint8Array, label = 'bytes'): void {
  if (Buffer.from(actual.buffer, actual.byteOffset, actual.length).equals(Buffer.from(expected.buffer, expected.byteOffset, expected.length))) return;
  const first = actual.findIndex((byte, i) => byte !== expected[i]);
  expect({ label, length: actual.length, firstDifference: first }).toEqual({ label, length: expected.length, firstDifference: -1 });
}

/** A copy of the font with some bytes overwritten. */
function patched(bytes: Uint8Array, at: number, replacement: number[]): Uint8Array {
  const copy = bytes.slice();
  copy.set(replacement, at);
  return copy;
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('readTrueType: the header fields', () => {
  it.each([
    ['DejaVuSans.ttf', 'DejaVuSans', false, false, 6253, [-2090, -948, 3673, 2524]],
    ['DejaVuSans-Bold.ttf', 'DejaVuSans-Bold', true, false, 6196, [-2190, -850, 4045, 2405]],
    ['DejaVuSansMono.ttf', 'DejaVuSansMono', false, true, 3377, [-1142, -767, 1470, 2105]],
  ])('%s is %s', (file, name, bold, fixedPitch, glyphs, bbox) => {
    const font = readTrueType(fontBytes(file));
    expect(font.postScriptName).toBe(name);
    expect(font.unitsPerEm).toBe(2048);
    expect(font.bold).toBe(bold);
    expect(font.fixedPitch).toBe(fixedPitch);
    expect(font.glyphCount).toBe(glyphs);
    expect(font.glyphCount).toBe(glyphCountOf(fontBytes(file)));
    expect(font.bbox).toEqual(bbox);
    expect(font.ascent).toBe(1901);
    expect(font.descent).toBe(-483);
    expect(font.italicAngle).toBe(0);
  });

  it('takes the cap height from OS/2 version 2 and later, else the ascent', () => {
    // DejaVu Sans has OS/2 version 1, without sCapHeight; DejaVu Math TeX Gyre has a later one.
    expect(readTrueType(SANS).capHeight).toBe(1901);
    const math = readTrueType(fontBytes('DejaVuMathTeXGyre.ttf'));
    expect(math.unitsPerEm).toBe(1000);
    expect(math.capHeight).toBe(729);
    expect(math.ascent).toBe(792);
  });

  it('reads the italic angle of an oblique face, and bold from its weight', () => {
    const oblique = readTrueType(fontBytes('DejaVuSans-BoldOblique.ttf'));
    expect(oblique.postScriptName).toBe('DejaVuSans-BoldOblique');
    expect(oblique.italicAngle).toBe(-11);
    expect(oblique.bold).toBe(true);
    expect(readTrueType(fontBytes('DejaVuSans-ExtraLight.ttf')).bold).toBe(false);
  });

  it('calls a font bold from a weight of 600 or more, or from head.macStyle', () => {
    const weight = tableOf(SANS, 'OS/2').offset + 4;
    expect(readTrueType(patched(SANS, weight, [0x02, 0x58])).bold).toBe(true); // 600
    expect(readTrueType(patched(SANS, weight, [0x02, 0x57])).bold).toBe(false); // 599
    expect(readTrueType(patched(SANS, tableOf(SANS, 'head').offset + 45, [1])).bold).toBe(true);
  });

  it('reads a font that does not start at the beginning of its buffer', () => {
    const shifted = new Uint8Array(SANS.length + 7);
    shifted.set(SANS, 3);
    const font = readTrueType(shifted.subarray(3, 3 + SANS.length));
    expect(font.postScriptName).toBe('DejaVuSans');
    expect(font.glyphId(0x41)).toBe(36);
    expect(font.advance(36)).toBe(advanceOf(SANS, 36));
    expectSameBytes(font.subset([36]), readTrueType(SANS).subset([36]));
  });
});

describe('glyphId', () => {
  const sans = readTrueType(SANS);

  it('finds the glyphs of letters, and 0 for characters DejaVu lacks', () => {
    expect(sans.glyphId(0x41)).toBe(36); // 'A': after .notdef, .null, CR, space and ASCII '!'..'@'
    expect(sans.glyphId(0x20)).toBe(3);
    expect(sans.glyphId(0x61)).toBe(68);
    expect(new Set(ascii('Hello, world').map((c) => sans.glyphId(c))).size).toBe(new Set('Hello, world').size);
    expect(sans.glyphId(0x4e00)).toBe(0); // a CJK ideograph
    expect(sans.glyphId(0x1d400)).toBe(0); // MATHEMATICAL BOLD CAPITAL A: not in Sans
  });

  it('finds characters past the BMP through the format 12 subtable', () => {
    expect(sans.glyphId(0x1f600)).toBe(5857); // GRINNING FACE
    expect(sans.glyphId(0x10300)).toBe(5373); // OLD ITALIC LETTER A
    expect(readTrueType(fontBytes('DejaVuMathTeXGyre.ttf')).glyphId(0x1d400)).not.toBe(0);
  });

  it('gives 0 for what is not a code point', () => {
    for (const bad of [-1, 0x110000, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(sans.glyphId(bad)).toBe(0);
  });

  it.each(['DejaVuSans.ttf', 'DejaVuMathTeXGyre.ttf'])('%s: the format 4 subtable gives every BMP glyph the format 12 one does', (file) => {
    // Hide the format 12 subtables (as platform 2, which the reader ignores) so lookups go through format 4. The
    // Math font's format 4 uses idRangeOffset for some segments, Sans's only idDelta.
    const bytes = fontBytes(file);
    const view = viewOf(bytes);
    const cmap = tableOf(bytes, 'cmap').offset;
    let hidden: Uint8Array = bytes;
    for (let i = 0; i < view.getUint16(cmap + 2); i++) {
      const record = cmap + 4 + i * 8;
      if (view.getUint16(cmap + view.getUint32(record + 4)) === 12) hidden = patched(hidden, record, [0, 2]);
    }
    expect(Buffer.from(hidden).equals(Buffer.from(bytes))).toBe(false);
    const full = readTrueType(bytes);
    const bmp = readTrueType(hidden);
    let found = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const glyph = full.glyphId(cp);
      if (glyph !== 0) found++;
      if (bmp.glyphId(cp) !== glyph) expect(`U+${cp.toString(16)} -> ${bmp.glyphId(cp)}`).toBe(`U+${cp.toString(16)} -> ${glyph}`);
    }
    expect(found).toBeGreaterThan(1000);
    expect(bmp.glyphId(0x1f600)).toBe(0);
    expect(full.glyphId(0xffff)).toBe(0);
  });

  it('throws on a font without a cmap only when asked for a glyph', () => {
    const subset = readTrueType(readTrueType(SANS).subset([36]));
    expect(subset.advance(36)).toBe(advanceOf(SANS, 36));
    expect(() => subset.glyphId(0x41)).toThrow(/cmap/);
    expect(() => subset.widthOf('A', 10)).toThrow(/cmap/);
  });
});

describe('advance and widthOf', () => {
  const sans = readTrueType(SANS);
  const mono = readTrueType(MONO);

  it("gives hmtx's advance for every glyph, the last one for glyphs past numberOfHMetrics", () => {
    for (const [bytes, font] of [
      [SANS, sans],
      [BOLD, readTrueType(BOLD)],
    ] as const) {
      const metrics = viewOf(bytes).getUint16(tableOf(bytes, 'hhea').offset + 34);
      expect(metrics).toBeLessThan(font.glyphCount); // so the last-advance rule is exercised
      for (let g = 0; g < font.glyphCount; g++) if (font.advance(g) !== advanceOf(bytes, g)) expect([g, font.advance(g)]).toEqual([g, advanceOf(bytes, g)]);
    }
    expect(sans.advance(sans.glyphId(0x41))).toBe(1401);
  });

  it('gives every glyph of Mono the same advance, 1233, but .null', () => {
    // Mono lists 4 metrics; the other 3,373 glyphs take the last one.
    expect(viewOf(MONO).getUint16(tableOf(MONO, 'hhea').offset + 34)).toBe(4);
    expect(mono.advance(1)).toBe(0);
    for (let g = 0; g < mono.glyphCount; g++) if (g !== 1 && mono.advance(g) !== 1233) expect([g, mono.advance(g)]).toEqual([g, 1233]);
  });

  it('gives 0 for a glyph the font does not have', () => {
    expect(sans.advance(-1)).toBe(0);
    expect(sans.advance(sans.glyphCount)).toBe(0);
    expect(sans.advance(2.5)).toBe(0);
  });

  it('measures text as the sum of its glyphs advances', () => {
    const advances = ascii('Hello').reduce((sum, c) => sum + advanceOf(SANS, sans.glyphId(c)), 0);
    expect(sans.widthOf('Hello', 10)).toBeCloseTo((advances * 10) / 2048, 10);
    expect(sans.widthOf('Hello', 10)).toBeCloseTo(sans.widthOf('Hello', 20) / 2, 10);
    expect(mono.widthOf('Hello, world', 12)).toBeCloseTo((12 * 1233 * 12) / 2048, 10);
    expect(sans.widthOf('', 12)).toBe(0);
    // The cache gives the same answer the second time, and letters past U+0800 are measured too.
    expect(sans.widthOf('Hello', 10)).toBe(sans.widthOf('Hello', 10));
    expect(sans.widthOf('€—€', 10)).toBeCloseTo(((2 * sans.advance(sans.glyphId(0x20ac)) + sans.advance(sans.glyphId(0x2014))) * 10) / 2048, 10);
  });

  it('counts a surrogate pair as one character, and a lone surrogate as one', () => {
    const grin = sans.advance(5857);
    expect(grin).not.toBe(sans.advance(0));
    expect(sans.widthOf('a\u{1f600}b', 2048)).toBe(sans.advance(68) + grin + sans.advance(69));
    // U+20000, a CJK ideograph DejaVu lacks: one .notdef, not two.
    expect(sans.widthOf('\u{20000}', 2048)).toBe(sans.advance(0));
    expect(sans.widthOf('\ud800', 2048)).toBe(sans.advance(0));
    expect(sans.widthOf('\ud800a', 2048)).toBe(sans.advance(0) + sans.advance(68));
  });
});

describe('subset', () => {
  const sans = readTrueType(SANS);
  const TEXT = 'Board pack Q4: reach grew 12% across LinkedIn — Zürich, Łódź, Αθήνα, Москва; ŉ é ≤ € …';
  const requested = [...new Set([...TEXT].map((c) => sans.glyphId(c.codePointAt(0)!)))];
  const subset = sans.subset(requested);
  const loca = locaOf(SANS);
  const subsetLoca = locaOf(subset);

  /** What must survive: glyph 0, the glyphs asked for, and the components of composites, however deep. */
  function expectedGlyphs(glyphs: readonly number[]): Set<number> {
    const kept = new Set<number>();
    const pending = [0, ...glyphs];
    for (let g = pending.pop(); g !== undefined; g = pending.pop()) {
      if (kept.has(g)) continue;
      kept.add(g);
      pending.push(...componentsOf(SANS, g));
    }
    return kept;
  }

  it('keeps every glyph id, with the same advances', () => {
    const again = readTrueType(subset);
    expect(again.glyphCount).toBe(sans.glyphCount);
    expect(again.unitsPerEm).toBe(2048);
    expect(again.bbox).toEqual(sans.bbox);
    for (let g = 0; g < sans.glyphCount; g++) if (again.advance(g) !== sans.advance(g)) expect([g, again.advance(g)]).toEqual([g, sans.advance(g)]);
    expectSameBytes(tableBytes(subset, 'hmtx'), tableBytes(SANS, 'hmtx'));
    expectSameBytes(tableBytes(subset, 'hhea'), tableBytes(SANS, 'hhea'));
    expectSameBytes(tableBytes(subset, 'maxp'), tableBytes(SANS, 'maxp'));
  });

  it("keeps the outlines asked for byte for byte, and empties the others", () => {
    const kept = expectedGlyphs(requested);
    expect(kept.size).toBeGreaterThan(requested.length); // composites brought in components nobody asked for
    for (let g = 0; g < sans.glyphCount; g++) {
      const original = glyphOf(SANS, g, loca);
      const written = glyphOf(subset, g, subsetLoca);
      if (!kept.has(g)) {
        if (written.length !== 0) expect(`glyph ${g}: ${written.length} bytes`).toBe(`glyph ${g}: 0 bytes`);
        continue;
      }
      // Padded to 4 bytes with zeros, and otherwise the original.
      expect(written.length).toBe(Math.ceil(original.length / 4) * 4);
      expectSameBytes(written.subarray(0, original.length), original, `glyph ${g}`);
      expect([...written.subarray(original.length)].every((b) => b === 0)).toBe(true);
    }
    for (const g of subsetLoca) expect(g % 4).toBe(0);
  });

  it('keeps the components of composite glyphs, and theirs', () => {
    const eAcute = sans.glyphId(0xe9);
    expect(componentsOf(SANS, eAcute)).toContain(sans.glyphId(0x65)); // é is e and an accent in DejaVu
    // ŉ (U+0149) is built of a composite apostrophe, itself built of another glyph.
    const napostrophe = sans.glyphId(0x149);
    const [, apostrophe] = componentsOf(SANS, napostrophe);
    const [inner] = componentsOf(SANS, apostrophe!);
    expect(inner).toBeDefined();
    const small = sans.subset([eAcute, napostrophe]);
    const smallLoca = locaOf(small);
    for (const g of [0, eAcute, ...componentsOf(SANS, eAcute), napostrophe, ...componentsOf(SANS, napostrophe), inner!]) {
      expect(glyphOf(small, g, smallLoca).length, `glyph ${g}`).toBeGreaterThan(0);
      expectSameBytes(glyphOf(small, g, smallLoca).subarray(0, glyphOf(SANS, g).length), glyphOf(SANS, g), `glyph ${g}`);
    }
    expect(glyphOf(small, sans.glyphId(0x41), smallLoca).length).toBe(0);
  });

  it('follows components whatever the size of their arguments and scale', () => {
    // W rewritten as a composite of B (word arguments, a 2 by 2 matrix), e (one scale), A (x and y scales) and C.
    // prettier-ignore
    const composite = [
      0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, // numberOfContours -1, a bounding box
      0x00, 0xa1, 0, 37, 0, 1, 0, 2, 0x40, 0, 0, 0, 0, 0, 0x40, 0, // MORE | TWO_BY_TWO | ARGS_ARE_WORDS, glyph 37
      0x00, 0x28, 0, 72, 1, 2, 0x40, 0, // MORE_COMPONENTS | WE_HAVE_A_SCALE, glyph 72, byte arguments, scale
      0x00, 0x60, 0, 36, 1, 2, 0x40, 0, 0x40, 0, // MORE_COMPONENTS | WE_HAVE_AN_X_AND_Y_SCALE, glyph 36
      0x00, 0x00, 0, 38, 1, 2, // glyph 38, byte arguments, the last
    ];
    const w = sans.glyphId(0x57);
    expect(loca[w + 1]! - loca[w]!).toBeGreaterThanOrEqual(composite.length);
    const bytes = patched(SANS, tableOf(SANS, 'glyf').offset + loca[w]!, composite);
    expect(componentsOf(bytes, w)).toEqual([37, 72, 36, 38]);
    const small = readTrueType(bytes).subset([w]);
    const smallLoca = locaOf(small);
    const kept = Array.from({ length: sans.glyphCount }, (_, g) => g).filter((g) => glyphOf(small, g, smallLoca).length > 0);
    expect(kept).toEqual([0, 36, 37, 38, w, 72]);
  });

  it('pads an outline whose length is not a multiple of 4', () => {
    // Glyph 36 made to end 2 bytes sooner.
    const end = tableOf(SANS, 'loca').offset + 37 * 4;
    const shorter = loca[37]! - 2;
    const bytes = patched(SANS, end, [shorter >>> 24, (shorter >>> 16) & 0xff, (shorter >>> 8) & 0xff, shorter & 0xff]);
    const original = glyphOf(bytes, 36);
    expect(original.length % 4).toBe(2);
    const small = readTrueType(bytes).subset([36, 37]);
    const smallLoca = locaOf(small);
    expectSameBytes(glyphOf(small, 36, smallLoca), Uint8Array.from([...original, 0, 0]));
    expectSameBytes(glyphOf(small, 37, smallLoca).subarray(0, glyphOf(bytes, 37).length), glyphOf(bytes, 37));
    for (const offset of smallLoca) expect(offset % 4).toBe(0);
    expect(sfntChecksum(small)).toBe(0xb1b0afba);
  });

  it('writes the tables a CIDFontType2 needs, sorted, aligned and with right checksums', () => {
    const view = viewOf(subset);
    const tables = directory(subset);
    expect([...tables.keys()]).toEqual(['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
    expect(view.getUint32(0)).toBe(0x00010000);
    expect([view.getUint16(6), view.getUint16(8), view.getUint16(10)]).toEqual([128, 3, 16]); // 9 tables
    let end = 12 + 16 * tables.size;
    for (const [tag, { offset, length, checksum }] of [...tables].sort((a, b) => a[1].offset - b[1].offset)) {
      expect(offset % 4, tag).toBe(0);
      expect(offset, tag).toBeGreaterThanOrEqual(end);
      end = offset + length;
      const bytes = tag === 'head' ? patched(subset.subarray(offset, offset + length), 8, [0, 0, 0, 0]) : subset.subarray(offset, offset + length);
      expect(checksum, tag).toBe(sfntChecksum(bytes));
    }
    expect(end).toBeLessThanOrEqual(subset.length);
    expect(subset.length - end).toBeLessThan(4);
    for (const tag of ['cvt ', 'fpgm', 'prep']) expectSameBytes(tableBytes(subset, tag), tableBytes(SANS, tag));
  });

  it('sets head.checkSumAdjustment so the whole file sums to 0xB1B0AFBA, and leaves the rest of head alone', () => {
    expect(sfntChecksum(subset)).toBe(0xb1b0afba);
    const head = tableBytes(subset, 'head');
    const original = tableBytes(SANS, 'head');
    const format = viewOf(head).getInt16(50);
    expect([0, 1]).toContain(format);
    expectSameBytes(patched(head, 8, [...original.subarray(8, 12)]), patched(original, 50, [0, format]));
  });

  it('gives back the font itself, but for the tables it leaves out, when every glyph is kept', () => {
    // DejaVu's outlines are already padded to 4 bytes, and so many of them need loca's long format.
    const whole = sans.subset(Array.from({ length: sans.glyphCount }, (_, g) => g));
    expect(viewOf(tableBytes(whole, 'head')).getInt16(50)).toBe(1);
    for (const tag of ['glyf', 'loca', 'hmtx', 'cvt ']) expectSameBytes(tableBytes(whole, tag), tableBytes(SANS, tag), tag);
    expect(sfntChecksum(whole)).toBe(0xb1b0afba);
  });

  it('subsets its own subsets to the same bytes', () => {
    // The subset's loca is in the short format, so this reads that format too.
    expect(viewOf(tableBytes(subset, 'head')).getInt16(50)).toBe(0);
    expectSameBytes(readTrueType(subset).subset(requested), subset);
    expectSameBytes(readTrueType(subset).subset([36]), sans.subset([36]));
  });

  it('gives the same bytes for the same glyphs, however they are given', () => {
    expectSameBytes(sans.subset(requested), subset);
    expectSameBytes(sans.subset([...requested].reverse().concat(requested)), subset);
    expectSameBytes(sans.subset(new Set(requested)), subset);
  });

  it('ignores glyph ids the font does not have', () => {
    expectSameBytes(sans.subset([...requested, -1, 2.5, sans.glyphCount, 1e9, Number.NaN]), subset);
  });

  it('is much smaller than the font', () => {
    expect(requested.length).toBeGreaterThan(40);
    const hundred = sans.subset(Array.from({ length: 100 }, (_, i) => 36 + i));
    expect(hundred.length).toBeLessThan(SANS.length / 5);
    expect(subset.length).toBeLessThan(SANS.length / 5);
    const empty = sans.subset([]);
    expect(glyphOf(empty, 0).length).toBeGreaterThan(0); // .notdef is always kept
    expect(tableOf(empty, 'glyf').length).toBe(Math.ceil(glyphOf(SANS, 0).length / 4) * 4);
  });

  it('subsets Mono and Bold too, each readable again', () => {
    for (const bytes of [MONO, BOLD]) {
      const font = readTrueType(bytes);
      const glyphs = ascii('Hello').map((c) => font.glyphId(c));
      const small = font.subset(glyphs);
      expect(sfntChecksum(small)).toBe(0xb1b0afba);
      const again = readTrueType(small);
      expect(again.glyphCount).toBe(font.glyphCount);
      for (const g of glyphs) {
        expect(again.advance(g)).toBe(font.advance(g));
        expectSameBytes(glyphOf(small, g).subarray(0, glyphOf(bytes, g).length), glyphOf(bytes, g), `glyph ${g}`);
      }
    }
  });
});

describe('readTrueType: what is not a TrueType font', () => {
  const tagAt = (tag: string) => [...directory(SANS).keys()].indexOf(tag) * 16 + 12;

  it.each([
    ['empty bytes', new Uint8Array(0), /not a TrueType font/],
    ['text', new TextEncoder().encode('<!DOCTYPE html><html><body>not a font</body></html>'), /not a TrueType font: sfnt version/],
    ['an OpenType CFF font', patched(SANS, 0, ascii('OTTO')), /OTTO.*CFF/],
    ['a font collection', patched(SANS, 0, ascii('ttcf')), /collection/],
    ['a file cut after its header', SANS.subarray(0, 20), /table directory .* past the end/],
    ['a file cut short', SANS.subarray(0, 100_000), /past the end of the file/],
    ['a font without glyf', patched(SANS, tagAt('glyf'), ascii('glyF')), /no 'glyf' table/],
    ['a font without hmtx', patched(SANS, tagAt('hmtx'), ascii('hmtX')), /no 'hmtx' table/],
    ['a table past the end', patched(SANS, tagAt('name') + 8, [0x7f, 0, 0, 0]), /'name' .* past the end/],
  ])('rejects %s', (_, bytes, message) => {
    expect(() => readTrueType(bytes)).toThrow(message);
  });

  it('rejects a font whose loca points past glyf when its outlines are read', () => {
    const glyphA = tableOf(SANS, 'loca').offset + 36 * 4;
    const broken = readTrueType(patched(SANS, glyphA + 4, [0x7f, 0, 0, 0]));
    expect(() => broken.subset([36])).toThrow(/loca puts glyph 36/);
  });

  it('rejects random bytes without hanging', () => {
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 50; i++) {
      const bytes = Uint8Array.from({ length: 64 + Math.floor(random() * 2000) }, () => Math.floor(random() * 256));
      if (i % 2 === 0) bytes.set([0, 1, 0, 0], 0); // a TrueType version, then garbage
      expect(() => readTrueType(bytes)).toThrow(Error);
    }
  });
});
