import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * The PDF file format's bottom layer (ISO 32000-1, section 7): numbered objects, streams compressed with
 * Flate, the cross-reference table and the trailer. Values are written here and only here, so a string from a
 * strategy is always a PDF string (escaped or hex) and a name always a name: nothing in a strategy can
 * close a dictionary or start an operator.
 */

/** A reference to object `n`, as written inside another object. */
export const ref = (n: number): string => `${n} 0 R`;

/** A number as PDF writes it: at most three decimals, no exponent, no trailing zeros, never "-0". */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`a PDF number must be finite, not ${value}`);
  const rounded = Math.round(value * 1000) / 1000;
  return rounded === 0 ? '0' : String(rounded);
}

/** A name object (`/DejaVuSans`): every character outside the regular ones written as #xx, as section 7.3.5 allows. */
export function name(text: string): string {
  let out = '/';
  for (const byte of Buffer.from(text, 'utf8')) {
    const regular = byte > 0x20 && byte < 0x7f && !'#()<>[]{}/%'.includes(String.fromCharCode(byte));
    out += regular ? String.fromCharCode(byte) : `#${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/**
 * A text string (section 7.9.2): letters, digits, spaces and a few marks as a literal string, anything else as
 * UTF-16BE with a byte-order mark, in hex, so no byte of it can end the string, and no text from a strategy
 * (a title saying "/JavaScript", say) appears in the file as it is.
 */
export function text(value: string): string {
  if (/^[A-Za-z0-9 .,:;_+=@-]*$/.test(value)) return `(${value})`;
  const units = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${units.toString('hex').toUpperCase()}>`;
}

/** A date as PDF writes it (section 7.9.4), in UTC: `D:20261125000000Z`. */
export function date(day: string): string {
  return `(D:${day.replace(/-/g, '')}000000Z)`;
}

interface Stored {
  head: string;
  data?: Uint8Array;
}

/** The objects of one PDF file, by number; numbers are handed out first, bodies set when known. */
export class PdfObjects {
  private readonly objects: (Stored | undefined)[] = [];

  /** A new object number, its body to be set later. */
  reserve(): number {
    this.objects.push(undefined);
    return this.objects.length;
  }

  /** A new object with this body (a dictionary, an array or a value, written as PDF). */
  add(body: string): number {
    const n = this.reserve();
    this.set(n, body);
    return n;
  }

  set(n: number, body: string): void {
    this.objects[n - 1] = { head: body };
  }

  /** A stream object: `dictionary` holds its entries without /Length and /Filter, which are added here. */
  stream(n: number, dictionary: string, data: Uint8Array, compress = true): void {
    // Level 3 of 9: some 3% larger than zlib's default for a board pack, in about 60% of the time.
    const bytes = compress ? deflateSync(data, { level: 3 }) : data;
    const entries = `${dictionary.slice(2, -2).trim()}${compress ? ' /Filter /FlateDecode' : ''} /Length ${bytes.length}`;
    this.objects[n - 1] = { head: `<< ${entries.trim()} >>`, data: bytes };
  }

  addStream(dictionary: string, data: Uint8Array, compress = true): number {
    const n = this.reserve();
    this.stream(n, dictionary, data, compress);
    return n;
  }

  /**
   * The whole file: header, objects, cross-reference table and trailer. The file's /ID is a digest of its
   * body, so the same content gives the same bytes (the as-of date is the only date in it).
   */
  serialize(version: string, root: number, info: number): Uint8Array {
    // Every object but a stream's data is ASCII (strings are escaped or hex, names #-escaped), so its length in
    // characters is its length in bytes: runs of objects are joined as text, and written as bytes once.
    const parts: Buffer[] = [];
    const offsets: number[] = [];
    let text = `%PDF-${version}\n%\xe2\xe3\xcf\xd3\n`;
    let length = 0;
    this.objects.forEach((object, i) => {
      if (!object) throw new Error(`PDF object ${i + 1} was reserved and never written`);
      offsets.push(length + text.length);
      if (!object.data) {
        text += `${i + 1} 0 obj\n${object.head}\nendobj\n`;
        return;
      }
      text += `${i + 1} 0 obj\n${object.head}\nstream\n`;
      parts.push(Buffer.from(text, 'latin1'), Buffer.from(object.data.buffer, object.data.byteOffset, object.data.byteLength));
      length += text.length + object.data.length;
      text = '\nendstream\nendobj\n';
    });
    parts.push(Buffer.from(text, 'latin1'));
    length += text.length;
    const id = createHash('md5');
    for (const part of parts) id.update(part);
    const digest = id.digest('hex').toUpperCase();
    const xref = [`xref\n0 ${offsets.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    const trailer = `trailer\n<< /Size ${offsets.length + 1} /Root ${ref(root)} /Info ${ref(info)} /ID [<${digest}> <${digest}>] >>\nstartxref\n${length}\n%%EOF\n`;
    parts.push(Buffer.from(xref + trailer, 'latin1'));
    return Buffer.concat(parts);
  }
}
