import { createHash } from 'node:crypto';
import { name, num, type PdfObjects, ref } from './pdf-objects.js';
import type { TrueTypeFont } from './truetype.js';

/**
 * One font as a Type 0 font over a CIDFontType2 (ISO 32000-1, section 9.7): the glyphs used, with their widths
 * and a ToUnicode map (so the text can be searched, copied and read aloud), and the font program cut down to
 * them. Glyph ids are the font's own (CIDToGIDMap /Identity). The subset's tag comes from its glyphs, so it is
 * the same for the same text. Returns the font dictionary's object number.
 */
export function embedFont(objects: PdfObjects, font: TrueTypeFont, used: ReadonlyMap<number, string>): number {
  const scale = 1000 / font.unitsPerEm;
  const glyphs = [...used.keys()].sort((a, b) => a - b);
  const program = font.subset(glyphs);
  const tag = createHash('sha256')
    .update(`${font.postScriptName}:${glyphs.join(',')}`)
    .digest()
    .subarray(0, 6)
    .reduce((s, b) => s + String.fromCharCode(65 + (b % 26)), '');
  const baseFont = name(`${tag}+${font.postScriptName}`);
  const file = objects.addStream(`<< /Length1 ${program.length} >>`, program);
  const flags = (font.fixedPitch ? 1 : 0) | 32;
  const bbox = font.bbox.map((v) => num(v * scale)).join(' ');
  const descriptor = objects.add(
    `<< /Type /FontDescriptor /FontName ${baseFont} /Flags ${flags} /FontBBox [${bbox}] /ItalicAngle ${num(font.italicAngle)} /Ascent ${num(font.ascent * scale)} /Descent ${num(font.descent * scale)} /CapHeight ${num(font.capHeight * scale)} /StemV ${font.bold ? 120 : 80} /FontFile2 ${ref(file)} >>`,
  );
  const widths = glyphs.map((g) => `${g} [${num(font.advance(g) * scale)}]`).join(' ');
  const cid = objects.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${ref(descriptor)} /DW ${num(font.advance(0) * scale)} /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const toUnicode = objects.addStream('<< >>', Buffer.from(toUnicodeMap(used), 'latin1'));
  return objects.add(`<< /Type /Font /Subtype /Type0 /BaseFont ${baseFont} /Encoding /Identity-H /DescendantFonts [${ref(cid)}] /ToUnicode ${ref(toUnicode)} >>`);
}


/** The ToUnicode CMap (section 9.10.3): each glyph used to the text it was drawn for, as UTF-16BE. */
function toUnicodeMap(glyphs: ReadonlyMap<number, string>): string {
  const entries = [...glyphs].sort(([a], [b]) => a - b);
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [glyph, ch] of chunk) lines.push(`<${glyph.toString(16).padStart(4, '0')}> <${Buffer.from(ch, 'utf16le').swap16().toString('hex')}>`);
    lines.push('endbfchar');
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...lines,
    'endcmap',
    'CMapName currentdict /CIDInit /ProcSet findresource pop end',
    'end',
  ].join('\n');
}
