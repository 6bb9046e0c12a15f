import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/model/yaml/source.js';
import { MINIMAL } from '../helpers.js';

/** A strategy saved as UTF-16 or UTF-32 (as Windows editors offer) is named as such, not called binary data. */

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

function utf32(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const points = [...((bom ? '\ufeff' : '') + text)].map((c) => c.codePointAt(0)!);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (bigEndian ? bytes.writeUInt32BE(p, i * 4) : bytes.writeUInt32LE(p, i * 4)));
  return bytes;
}

function message(bytes: Uint8Array): string {
  const decoded = decodeText('s.yaml', bytes);
  if (!('diagnostic' in decoded)) throw new Error('decoded as text');
  expect(decoded.diagnostic.ruleId).toBe('file/not-text');
  return decoded.diagnostic.message;
}

describe('decodeText', () => {
  it.each([
    ['UTF-16LE with a byte-order mark', utf16(MINIMAL, false, true), 'UTF-16'],
    ['UTF-16LE without one', utf16(MINIMAL, false, false), 'UTF-16'],
    ['UTF-16BE with a byte-order mark', utf16(MINIMAL, true, true), 'UTF-16'],
    ['UTF-16BE without one', utf16(MINIMAL, true, false), 'UTF-16'],
    ['UTF-32LE with a byte-order mark', utf32(MINIMAL, false, true), 'UTF-32'],
    ['UTF-32LE without one', utf32(MINIMAL, false, false), 'UTF-32'],
    ['UTF-32BE with a byte-order mark', utf32(MINIMAL, true, true), 'UTF-32'],
    ['UTF-32BE without one', utf32(MINIMAL, true, false), 'UTF-32'],
    ['a CSV file in UTF-16LE', utf16('initiative,kpi,date,value\n', false, false), 'UTF-16'],
  ])('%s: says so and to save it as UTF-8', (_, bytes, encoding) => {
    expect(message(bytes)).toBe(`is ${encoding} text; save it as UTF-8`);
  });

  it('still calls binary data binary data', () => {
    expect(message(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('is binary data, not a YAML text file');
    expect(message(Uint8Array.from([0x61, 0x3a, 0x20, 0x31, 0x0a, 0x00]))).toBe('is binary data, not a YAML text file');
  });

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText('s.yaml', Buffer.from(MINIMAL))).toEqual({ text: MINIMAL });
    expect(decodeText('s.yaml', Buffer.from(`\ufeff${MINIMAL}`))).toEqual({ text: MINIMAL });
  });
});
