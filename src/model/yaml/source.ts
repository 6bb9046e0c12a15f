import { isUtf8 } from 'node:buffer';
import { readRegularFile, UnreadableFileError } from '../../fs/read-file.js';
import { fileDiagnostic, type Diagnostic, type Location } from '../diagnostic.js';
import type { Source, SourceResult } from './located.js';
import { locateFast, parseFast } from './fast-yaml.js';
import { lineIndex } from './lines.js';
import { parseWithYaml } from './yaml-source.js';

/** Line and column of a byte offset in a buffer whose prefix is ASCII-compatible. */
function positionOfByte(bytes: Uint8Array, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Whether the first code units (up to 8) are each one ASCII character in that width and byte order: the NULs text in UTF-16 or UTF-32 shows. */
function asciiIn(bytes: Uint8Array, width: 2 | 4, bigEndian: boolean): boolean {
  const units = Math.min(8, Math.floor(bytes.length / width));
  if (units < 2) return false;
  for (let u = 0; u < units; u++) {
    for (let b = 0; b < width; b++) {
      const byte = bytes[u * width + b]!;
      const low = bigEndian ? b === width - 1 : b === 0;
      if (low ? byte === 0 || byte > 0x7f : byte !== 0) return false;
    }
  }
  return true;
}

/**
 * UTF-16 or UTF-32, told as YAML 1.2 (5.2) tells an encoding: by the byte-order mark, or by the NULs
 * around the ASCII characters a YAML or CSV file starts with. Undefined for anything else.
 */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'UTF-32';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'UTF-32';
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe)) return 'UTF-16';
  if (asciiIn(bytes, 4, true) || asciiIn(bytes, 4, false)) return 'UTF-32';
  if (asciiIn(bytes, 2, true) || asciiIn(bytes, 2, false)) return 'UTF-16';
  return undefined;
}

/** Text, or a diagnostic saying why these bytes are not a text file. */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  // Only a file that is not UTF-8 is looked at closely: ASCII in UTF-16 or UTF-32 holds NULs, and a byte-order mark is not UTF-8.
  const nul = bytes.indexOf(0);
  const wide = (nul !== -1 || bytes[0] === 0xfe || bytes[0] === 0xff) && wideEncoding(bytes);
  if (wide) return { diagnostic: fileDiagnostic(file, 'file/not-text', `is ${wide} text; save it as UTF-8`) };
  if (nul !== -1) {
    return { diagnostic: fileDiagnostic(file, 'file/not-text', 'is binary data, not a YAML text file', positionOfByte(bytes, nul)) };
  }
  // isUtf8 and toString (simdutf) rather than a fatal TextDecoder (ICU): the same answer, several ms sooner.
  if (!isUtf8(bytes)) return { diagnostic: fileDiagnostic(file, 'file/not-text', 'is not UTF-8 text; save it as UTF-8') };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // TextDecoder drops a leading byte-order mark; so do we.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A file's bytes, or the file/unreadable diagnostic that says why not (line 0: the file as a whole, which has no position). */
export function readBytes(file: string): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  try {
    return { bytes: readRegularFile(file) };
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return { diagnostic: fileDiagnostic(file, 'file/unreadable', error.reason, { line: 0, column: 0 }) };
  }
}

export async function readSource(file: string): Promise<SourceResult> {
  const read = readBytes(file);
  if ('diagnostic' in read) return { diagnostics: [read.diagnostic] };
  const decoded = decodeText(file, read.bytes);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };
  return parseSource(file, decoded.text);
}

/**
 * A line that ends in a carriage return alone (classic Mac OS). YAML 1.2 counts it as a line break,
 * but the `yaml` package reads such a file as one line and so do the tools that quote its lines, so
 * socialplan could not place a finding where an editor shows it: it is refused, at the first one.
 */
function loneCarriageReturn(file: string, text: string): Diagnostic | undefined {
  const at = text.search(/\r(?!\n)/);
  if (at === -1) return undefined;
  return fileDiagnostic(file, 'file/line-endings', 'ends a line with a carriage return alone (classic Mac OS line endings); save it with LF or CRLF line endings', lineIndex(text)(at));
}

/** Text of a YAML file -> its data and positions, or the located syntax errors that say why not. */
export function parseSource(file: string, text: string): SourceResult {
  const lineEndings = loneCarriageReturn(file, text);
  if (lineEndings) return { text, diagnostics: [lineEndings] };
  const fast = parseFast(text);
  if (!fast) return parseWithYaml(file, text);
  const position = lineIndex(text);
  const source: Source = {
    file,
    text,
    data: fast.data ?? null,
    locate(path, at = 'value') {
      const found = locateFast(fast.root, path, at);
      if (!found) return { line: 1, column: 1 };
      const start = position(found.start);
      const end = position(found.end);
      return { ...start, endLine: end.line, endColumn: end.column };
    },
  };
  return { text, source, diagnostics: [] };
}
