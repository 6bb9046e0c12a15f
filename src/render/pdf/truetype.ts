/**
 * A reader for TrueType (glyf-based) font files: just enough to embed a font in a PDF as a CIDFontType2 with
 * Identity-H encoding and CIDToGIDMap /Identity, to measure text and to subset the font. It replaces pdfkit's
 * fontkit, whose start-up cost was most of a small PDF's render time, so it does as little as it can up front:
 * the table directory and the small header tables are read at once, everything else (cmap lookups, widths,
 * outlines) only when asked, by binary search straight over the file's bytes.
 *
 * The fonts it reads are ours, shipped in node_modules, so its errors are a guard against bugs, not messages
 * for users.
 */

export interface TrueTypeFont {
  /** The PostScript name (name table, name id 6; platform 3 UTF-16BE preferred, else platform 1), e.g. "DejaVuSans-Bold". */
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  /** In font units: hhea ascender, descender (negative), OS/2 sCapHeight (OS/2 version >= 2; else the ascender), head's xMin,yMin,xMax,yMax. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
  /** post table's italicAngle (16.16 fixed, as a number) and isFixedPitch; bold from OS/2 usWeightClass >= 600 or head.macStyle bit 0. */
  readonly italicAngle: number;
  readonly fixedPitch: boolean;
  readonly bold: boolean;
  readonly glyphCount: number;
  /** The glyph for a Unicode code point, 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number;
  /** Advance width of a glyph in font units (hmtx; glyphs past numberOfHMetrics take the last advance); 0 for an id the font lacks. */
  advance(glyphId: number): number;
  /** Width of `text` at `size` points, code point by code point at the glyphs' advances: no kerning, no shaping. */
  widthOf(text: string, size: number): number;
  /**
   * A TrueType font program with the outlines of only `glyphs`, glyph 0 and the components of the composites among
   * them, every glyph id unchanged (the others are empty). Tables: head, hhea, maxp, hmtx, loca, glyf, and cvt ,
   * fpgm, prep when the font has them. The same glyph set gives the same bytes.
   */
  subset(glyphs: Iterable<number>): Uint8Array;
}

interface Table {
  readonly offset: number;
  readonly length: number;
}

type Tables = ReadonlyMap<string, Table>;

/** A cmap subtable that can be searched: format 4 (BMP) or format 12 (all planes), at an absolute offset. */
interface CharacterMap {
  readonly format: 4 | 12;
  readonly offset: number;
}

const TRUETYPE_VERSION = 0x00010000;
const APPLE_TRUE = 0x74727565; // 'true'
const CFF_OPENTYPE = 0x4f54544f; // 'OTTO'
const COLLECTION = 0x74746366; // 'ttcf'

/**
 * The tables every font must have. cmap is checked when a code point is first looked up instead, so that a subset
 * (which has none) can be read back.
 */
const REQUIRED = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf'] as const;
/** The hinting tables: the glyphs' instructions call into them, so a subset keeps them whole. */
const HINTING = ['cvt ', 'fpgm', 'prep'] as const;
/** Smallest lengths that hold every field read from a table. */
const MIN_LENGTH: Readonly<Record<string, number>> = { head: 54, hhea: 36, maxp: 6, post: 16, 'OS/2': 6 };

const MAX_CODE_POINT = 0x10ffff;
/** widthOf keeps the widths of code points below this in an array. */
const COMMON_CODE_POINTS = 0x800;
/** head.checkSumAdjustment is this minus the checksum of the whole file. */
const CHECKSUM_MAGIC = 0xb1b0afba;

/** The fields read up front, from the small header tables. */
type Header = Omit<TrueTypeFont, 'glyphId' | 'advance' | 'widthOf' | 'subset'>;

/** Where the glyph data lies: what glyphId, advance and subset read from. */
interface Layout {
  readonly view: DataView;
  readonly tables: Tables;
  readonly horizontalMetrics: number;
  readonly hmtx: number;
  readonly loca: number;
  readonly longLoca: boolean;
  readonly glyf: Table;
  readonly cmap: CharacterMap | undefined;
}

/**
 * The font in `bytes`, which it keeps and reads from as it is asked (so they must not change). Throws when they are
 * not a TrueType font, lack a table it needs, or point past their own end.
 */
export function readTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkSfntVersion(view);
  const tables = tableDirectory(view);
  for (const tag of REQUIRED) if (!tables.has(tag)) throw new Error(`TrueType font has no '${tag}' table`);
  const header = readHeader(view, tables);
  const horizontalMetrics = view.getUint16(table(tables, 'hhea').offset + 34);
  const longLoca = view.getInt16(table(tables, 'head').offset + 50) === 1;
  checkMetricsAndLoca(tables, header.glyphCount, horizontalMetrics, longLoca);
  const cmapTable = tables.get('cmap');
  const cmap = cmapTable && characterMap(view, cmapTable);
  const hmtx = table(tables, 'hmtx').offset;
  const loca = table(tables, 'loca').offset;
  return new Font(header, { view, tables, horizontalMetrics, hmtx, loca, longLoca, glyf: table(tables, 'glyf'), cmap });
}

function readHeader(view: DataView, tables: Tables): Header {
  const head = table(tables, 'head').offset;
  const hhea = table(tables, 'hhea').offset;
  const post = tables.get('post');
  const os2 = tables.get('OS/2');
  const unitsPerEm = view.getUint16(head + 18);
  if (unitsPerEm === 0) throw new Error('TrueType font has unitsPerEm 0 in its head table');
  const ascent = view.getInt16(hhea + 4);
  const weight = os2 ? view.getUint16(os2.offset + 4) : 400;
  return {
    postScriptName: postScriptName(view, tables.get('name')),
    unitsPerEm,
    ascent,
    descent: view.getInt16(hhea + 6),
    capHeight: capHeight(view, os2) ?? ascent,
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    italicAngle: post ? view.getInt32(post.offset + 4) / 65536 : 0,
    fixedPitch: post ? view.getUint32(post.offset + 12) !== 0 : false,
    bold: weight >= 600 || (view.getUint16(head + 44) & 1) === 1,
    glyphCount: view.getUint16(table(tables, 'maxp').offset + 4),
  };
}

/** The header fields, and the methods that read the rest of the font as they are called. */
class Font implements TrueTypeFont {
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: readonly [number, number, number, number];
  readonly italicAngle: number;
  readonly fixedPitch: boolean;
  readonly bold: boolean;
  readonly glyphCount: number;
  /**
   * Advances in font units by code point, as widthOf finds them: text repeats the same few letters. Those below
   * U+0800 (Latin, Greek, Cyrillic and more) in a small array, -1 until known, which is quicker than a Map.
   */
  private readonly commonWidths = new Int32Array(COMMON_CODE_POINTS).fill(-1);
  private readonly otherWidths = new Map<number, number>();
  /** Glyph ids of the code points below U+0800 as glyphId finds them, -1 until known: the PDF looks up every character it draws. */
  private readonly commonGlyphs = new Int32Array(COMMON_CODE_POINTS).fill(-1);
  private readonly view: DataView;
  private readonly tables: Tables;

  constructor(
    header: Header,
    private readonly layout: Layout,
  ) {
    this.postScriptName = header.postScriptName;
    this.unitsPerEm = header.unitsPerEm;
    this.ascent = header.ascent;
    this.descent = header.descent;
    this.capHeight = header.capHeight;
    this.bbox = header.bbox;
    this.italicAngle = header.italicAngle;
    this.fixedPitch = header.fixedPitch;
    this.bold = header.bold;
    this.glyphCount = header.glyphCount;
    this.view = layout.view;
    this.tables = layout.tables;
  }

  glyphId(codePoint: number): number {
    if (codePoint >= 0 && codePoint < COMMON_CODE_POINTS) {
      const known = this.commonGlyphs[codePoint]!;
      if (known >= 0) return known;
      return (this.commonGlyphs[codePoint] = this.lookUp(codePoint));
    }
    return this.lookUp(codePoint);
  }

  private lookUp(codePoint: number): number {
    if (!this.layout.cmap) throw new Error("TrueType font has no 'cmap' table, so no glyph for any character");
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > MAX_CODE_POINT) return 0;
    const { format, offset } = this.layout.cmap;
    const glyph = format === 12 ? lookUpFormat12(this.view, offset, codePoint) : lookUpFormat4(this.view, offset, codePoint);
    return glyph < this.glyphCount ? glyph : 0;
  }

  advance(glyphId: number): number {
    if (!Number.isInteger(glyphId) || glyphId < 0 || glyphId >= this.glyphCount) return 0;
    const metric = Math.min(glyphId, this.layout.horizontalMetrics - 1);
    return this.view.getUint16(this.layout.hmtx + metric * 4);
  }

  /**
   * Code point by code point as for...of would go (a surrogate pair is one, a lone surrogate is one), but by index:
   * this runs for every word of a document, mostly before V8 has compiled it, where an iterator costs.
   */
  widthOf(text: string, size: number): number {
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      units += this.widthInUnits(codePoint);
    }
    return (units * size) / this.unitsPerEm;
  }

  private widthInUnits(codePoint: number): number {
    if (codePoint < COMMON_CODE_POINTS) {
      const known = this.commonWidths[codePoint]!;
      if (known >= 0) return known;
      return (this.commonWidths[codePoint] = this.advance(this.glyphId(codePoint)));
    }
    let width = this.otherWidths.get(codePoint);
    if (width === undefined) {
      width = this.advance(this.glyphId(codePoint));
      this.otherWidths.set(codePoint, width);
    }
    return width;
  }

  subset(glyphs: Iterable<number>): Uint8Array {
    const kept = this.glyphsToKeep(glyphs);
    const { glyf, loca, longLoca } = this.subsetOutlines(kept);
    const head = this.copyOf('head');
    // The checksum adjustment is zero while checksums are computed.
    new DataView(head.buffer).setInt16(50, longLoca ? 1 : 0);
    new DataView(head.buffer).setUint32(8, 0);
    const written = new Map<string, Uint8Array>([
      ['head', head],
      ['hhea', this.copyOf('hhea')],
      ['maxp', this.copyOf('maxp')],
      ['hmtx', this.copyOf('hmtx')],
      ['loca', loca],
      ['glyf', glyf],
    ]);
    for (const tag of HINTING) if (this.tables.has(tag)) written.set(tag, this.copyOf(tag));
    return fontFile(written);
  }

  /** The valid ids asked for, glyph 0, and every component of a composite among them, however deep. */
  private glyphsToKeep(glyphs: Iterable<number>): ReadonlySet<number> {
    const kept = new Set<number>();
    const pending = [0];
    for (const glyph of glyphs) if (Number.isInteger(glyph) && glyph >= 0 && glyph < this.glyphCount) pending.push(glyph);
    for (let glyph = pending.pop(); glyph !== undefined; glyph = pending.pop()) {
      if (kept.has(glyph)) continue;
      kept.add(glyph);
      for (const component of compositeComponents(this.outline(glyph), glyph)) {
        if (component >= this.glyphCount) throw new Error(`TrueType glyph ${glyph} refers to glyph ${component}, past the font's ${this.glyphCount}`);
        if (!kept.has(component)) pending.push(component);
      }
    }
    return kept;
  }

  /**
   * glyf holding only the kept glyphs, each padded to 4 bytes, and loca over it: the short format (offsets / 2 in
   * 16 bits) whenever glyf is small enough, as it is for the few hundred glyphs of a document, since loca has an
   * entry for every glyph of the font.
   */
  private subsetOutlines(kept: ReadonlySet<number>): { glyf: Uint8Array; loca: Uint8Array; longLoca: boolean } {
    const order = [...kept].sort((a, b) => a - b);
    const outlines = order.map((glyph) => this.outline(glyph));
    const size = outlines.reduce((total, outline) => total + padded(outline.length), 0);
    const longLoca = size > 0x1fffe;
    const glyf = new Uint8Array(size);
    // Filled a run at a time, as most glyphs are empty: a loop over every glyph is slow while V8 interprets it.
    const entries = longLoca ? new Uint32Array(this.glyphCount + 1) : new Uint16Array(this.glyphCount + 1);
    const entry = (offset: number) => (longLoca ? nativeForBigEndian32(offset) : nativeForBigEndian16(offset / 2));
    let at = 0;
    let next = 0;
    order.forEach((glyph, i) => {
      // The empty glyphs since the last one kept start and end where this one starts.
      entries.fill(entry(at), next, glyph + 1);
      glyf.set(outlines[i]!, at);
      at += padded(outlines[i]!.length);
      next = glyph + 1;
    });
    entries.fill(entry(at), next);
    return { glyf, loca: new Uint8Array(entries.buffer), longLoca };
  }

  /** A glyph's bytes in glyf, as loca gives them (empty for a glyph with no outline, such as the space). */
  private outline(glyph: number): Uint8Array {
    const { loca, glyf } = this.layout;
    const start = this.layout.longLoca ? this.view.getUint32(loca + glyph * 4) : this.view.getUint16(loca + glyph * 2) * 2;
    const end = this.layout.longLoca ? this.view.getUint32(loca + glyph * 4 + 4) : this.view.getUint16(loca + glyph * 2 + 2) * 2;
    if (start > end || end > glyf.length) throw new Error(`TrueType loca puts glyph ${glyph} at ${start}..${end}, outside glyf's ${glyf.length} bytes`);
    return new Uint8Array(this.view.buffer, this.view.byteOffset + glyf.offset + start, end - start);
  }

  /** A copy of a whole table, so the original bytes are never written to. */
  private copyOf(tag: string): Uint8Array {
    const { offset, length } = table(this.tables, tag);
    return new Uint8Array(this.view.buffer, this.view.byteOffset + offset, length).slice();
  }
}

function checkSfntVersion(view: DataView): void {
  if (view.byteLength < 12) throw new Error(`not a TrueType font: ${view.byteLength} bytes, too short for a font header`);
  const version = view.getUint32(0);
  if (version === TRUETYPE_VERSION || version === APPLE_TRUE) return;
  if (version === CFF_OPENTYPE) throw new Error("not a TrueType font: 'OTTO' is an OpenType font with CFF outlines, which this reader does not read");
  if (version === COLLECTION) throw new Error("not a TrueType font: 'ttcf' is a font collection; give one font of it");
  throw new Error(`not a TrueType font: sfnt version 0x${version.toString(16).padStart(8, '0')}`);
}

/** Each table's place in the file, checked to lie inside it. */
function tableDirectory(view: DataView): Tables {
  const count = view.getUint16(4);
  if (12 + count * 16 > view.byteLength) throw new Error(`TrueType table directory of ${count} tables runs past the end of the file (${view.byteLength} bytes)`);
  const tables = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > view.byteLength) throw new Error(`TrueType table '${tag}' at ${offset}+${length} runs past the end of the file (${view.byteLength} bytes)`);
    if (length < (MIN_LENGTH[tag] ?? 0)) throw new Error(`TrueType table '${tag}' is ${length} bytes, too short`);
    tables.set(tag, { offset, length });
  }
  return tables;
}

function table(tables: Tables, tag: string): Table {
  const found = tables.get(tag);
  if (!found) throw new Error(`TrueType font has no '${tag}' table`);
  return found;
}

/** hmtx and loca are read without further checks later, so their sizes are checked here, once. */
function checkMetricsAndLoca(tables: Tables, glyphCount: number, horizontalMetrics: number, longLoca: boolean): void {
  if (horizontalMetrics === 0 || horizontalMetrics > glyphCount) throw new Error(`TrueType hhea has ${horizontalMetrics} horizontal metrics for ${glyphCount} glyphs`);
  if (table(tables, 'hmtx').length < horizontalMetrics * 4) throw new Error(`TrueType hmtx is too short for ${horizontalMetrics} metrics`);
  if (table(tables, 'loca').length < (glyphCount + 1) * (longLoca ? 4 : 2)) throw new Error(`TrueType loca is too short for ${glyphCount} glyphs`);
}

/** OS/2's sCapHeight, which only version 2 and later have. */
function capHeight(view: DataView, os2: Table | undefined): number | undefined {
  if (!os2 || os2.length < 90 || view.getUint16(os2.offset) < 2) return undefined;
  return view.getInt16(os2.offset + 88);
}

/** Name id 6 from the Windows platform (UTF-16BE), else from the Macintosh one (ASCII); '' when there is none. */
function postScriptName(view: DataView, name: Table | undefined): string {
  if (!name || name.length < 6) return '';
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  let mac: string | undefined;
  for (let i = 0; i < count && 6 + (i + 1) * 12 <= name.length; i++) {
    const record = name.offset + 6 + i * 12;
    const platform = view.getUint16(record);
    if (view.getUint16(record + 6) !== 6 || (platform !== 3 && platform !== 1)) continue;
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    if (start + length > name.offset + name.length) throw new Error('TrueType name record runs past the end of the name table');
    if (platform === 3) return decodeUtf16(view, start, length);
    mac ??= decodeLatin1(view, start, length);
  }
  return mac ?? '';
}

function decodeUtf16(view: DataView, start: number, length: number): string {
  const units: number[] = [];
  for (let at = start; at + 1 < start + length; at += 2) units.push(view.getUint16(at));
  return String.fromCharCode(...units);
}

function decodeLatin1(view: DataView, start: number, length: number): string {
  const bytes: number[] = [];
  for (let at = start; at < start + length; at++) bytes.push(view.getUint8(at));
  return String.fromCharCode(...bytes);
}

/**
 * The Unicode subtable to search: format 12 (Windows UCS-4, or any Unicode-platform one) for code points past
 * the BMP when there is one, else format 4 (Windows BMP, or Unicode-platform). Only the encoding records and
 * the subtables' headers are read here.
 */
function characterMap(view: DataView, cmap: Table): CharacterMap {
  const count = view.getUint16(cmap.offset + 2);
  if (4 + count * 8 > cmap.length) throw new Error('TrueType cmap encoding records run past the end of the cmap table');
  let format4: CharacterMap | undefined;
  for (let i = 0; i < count; i++) {
    const record = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const offset = cmap.offset + view.getUint32(record + 4);
    if (offset + 2 > cmap.offset + cmap.length) throw new Error('TrueType cmap subtable starts past the end of the cmap table');
    const format = view.getUint16(offset);
    if (format === 12) {
      checkFormat12(view, offset, cmap);
      return { format: 12, offset };
    }
    if (format === 4 && !format4) {
      checkFormat4(view, offset, cmap);
      format4 = { format: 4, offset };
    }
  }
  if (!format4) throw new Error('TrueType cmap has no Unicode subtable of format 4 or 12');
  return format4;
}

function checkFormat4(view: DataView, offset: number, cmap: Table): void {
  const end = cmap.offset + cmap.length;
  if (offset + 14 > end || offset + 16 + 4 * view.getUint16(offset + 6) > end) throw new Error('TrueType cmap format 4 segments run past the end of the cmap table');
}

function checkFormat12(view: DataView, offset: number, cmap: Table): void {
  const end = cmap.offset + cmap.length;
  if (offset + 16 > end || offset + 16 + 12 * view.getUint32(offset + 12) > end) throw new Error('TrueType cmap format 12 groups run past the end of the cmap table');
}

/** Format 4: binary search for the first segment ending at or after the code point. */
function lookUpFormat4(view: DataView, offset: number, codePoint: number): number {
  if (codePoint > 0xffff) return 0;
  const segmentsTimes2 = view.getUint16(offset + 6);
  const ends = offset + 14;
  const starts = ends + segmentsTimes2 + 2;
  const deltas = starts + segmentsTimes2;
  const rangeOffsets = deltas + segmentsTimes2;
  let low = 0;
  let high = segmentsTimes2 / 2 - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (view.getUint16(ends + middle * 2) < codePoint) low = middle + 1;
    else high = middle;
  }
  const segment = low * 2;
  if (high < 0 || view.getUint16(ends + segment) < codePoint || view.getUint16(starts + segment) > codePoint) return 0;
  const delta = view.getUint16(deltas + segment);
  const rangeOffset = view.getUint16(rangeOffsets + segment);
  if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
  // idRangeOffset counts from its own place in the array to the glyph index for the segment's start.
  const at = rangeOffsets + segment + rangeOffset + (codePoint - view.getUint16(starts + segment)) * 2;
  if (at + 2 > view.byteLength) throw new Error(`TrueType cmap format 4 glyph index for U+${codePoint.toString(16)} lies past the end of the file`);
  const glyph = view.getUint16(at);
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
}

/** Format 12: binary search over the sequential groups. */
function lookUpFormat12(view: DataView, offset: number, codePoint: number): number {
  let low = 0;
  let high = view.getUint32(offset + 12) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const group = offset + 16 + middle * 12;
    if (codePoint < view.getUint32(group)) high = middle - 1;
    else if (codePoint > view.getUint32(group + 4)) low = middle + 1;
    else return view.getUint32(group + 8) + (codePoint - view.getUint32(group));
  }
  return 0;
}

const ARG_1_AND_2_ARE_WORDS = 0x1;
const WE_HAVE_A_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
const WE_HAVE_A_TWO_BY_TWO = 0x80;

/** The glyphs a composite glyph is built from; none for a simple or empty glyph. */
function compositeComponents(outline: Uint8Array, glyph: number): number[] {
  if (outline.length < 10) return [];
  const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
  if (view.getInt16(0) >= 0) return [];
  const components: number[] = [];
  let at = 10;
  let flags: number;
  do {
    if (at + 4 > outline.length) throw new Error(`TrueType composite glyph ${glyph} runs past its end`);
    flags = view.getUint16(at);
    components.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  } while (flags & MORE_COMPONENTS);
  return components;
}

const padded = (length: number) => (length + 3) & ~3;

/** Whether this machine's typed arrays are little-endian, which decides which byte of an element lies where. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The value a Uint16Array element must hold for its two bytes to be `value` big-endian. */
function nativeForBigEndian16(value: number): number {
  return LITTLE_ENDIAN ? ((value & 0xff) << 8) | (value >>> 8) : value;
}

/** The value a Uint32Array element must hold for its four bytes to be `value` big-endian. */
function nativeForBigEndian32(value: number): number {
  return LITTLE_ENDIAN ? (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0 : value;
}

/**
 * The sfnt checksum of `length` bytes (a multiple of 4) of `file` from `start` (4-aligned, as is file's own start
 * in its buffer): the sum of its big-endian 32-bit words, modulo 2^32.
 *
 * Read with a native-endian Uint32Array rather than a DataView, which is slower while V8 still interprets this
 * (as it does for the few subsets a render makes): each word's bytes are added in two 16-bit lanes (bytes 0 and 2
 * in one number, 1 and 3 in another), emptied every 256 words before a lane can overflow into the next, and the
 * four byte sums weighted by their place in a big-endian word at the end.
 */
function checksum(file: Uint8Array, start: number, length: number): number {
  const words = new Uint32Array(file.buffer, file.byteOffset + start, length / 4);
  // The sums of the bytes at bits 0-7, 8-15, 16-23 and 24-31 of each native word.
  let bits0 = 0;
  let bits8 = 0;
  let bits16 = 0;
  let bits24 = 0;
  for (let i = 0; i < words.length; ) {
    const stop = Math.min(words.length, i + 256);
    let even = 0;
    let odd = 0;
    for (; i < stop; i++) {
      const word = words[i]!;
      even += word & 0x00ff00ff;
      odd += (word >>> 8) & 0x00ff00ff;
    }
    bits0 += even & 0xffff;
    bits16 += even >>> 16;
    bits8 += odd & 0xffff;
    bits24 += odd >>> 16;
  }
  // In a little-endian word the lowest bits hold the first byte in the file, which is the highest of a big-endian word.
  const sum = LITTLE_ENDIAN ? bits0 * 2 ** 24 + bits8 * 2 ** 16 + bits16 * 2 ** 8 + bits24 : bits24 * 2 ** 24 + bits16 * 2 ** 16 + bits8 * 2 ** 8 + bits0;
  return sum % 2 ** 32;
}

/**
 * An sfnt file of these tables: the directory sorted by tag, each table 4-byte aligned with its checksum, and
 * head.checkSumAdjustment (zero in the head given) set so that the whole file sums to the magic number. The
 * file's sum is the directory's plus the tables', as every table starts on a word and is padded with zeros.
 */
function fontFile(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const directorySize = 12 + tags.length * 16;
  const size = tags.reduce((total, tag) => total + padded(tables.get(tag)!.length), directorySize);
  const file = new Uint8Array(size);
  const view = new DataView(file.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, TRUETYPE_VERSION);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let at = directorySize;
  let headAt = -1;
  let fileSum = 0;
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag)!;
    const record = 12 + i * 16;
    file.set(bytes, at);
    const sum = checksum(file, at, padded(bytes.length));
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, sum);
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, bytes.length);
    fileSum += sum;
    if (tag === 'head') headAt = at;
    at += padded(bytes.length);
  });
  fileSum += checksum(file, 0, directorySize);
  view.setUint32(headAt + 8, (CHECKSUM_MAGIC - fileSum) >>> 0);
  return file;
}
