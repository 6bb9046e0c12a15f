/**
 * A number as people type it: 40000, 40,000, 40 000, 40_000, 1,234.56, -3. Groups of three after the first
 * (commas, spaces, underscores or apostrophes, one kind at a time); a point for decimals. Undefined for anything
 * else, "1,5" included: a decimal comma is refused rather than read as fifteen.
 */
export function readNumber(text: string): number | undefined {
  const t = text.trim();
  const match = /^([+-]?)(\d{1,3}(?:([,\s_'\u2009\u202f])\d{3})(?:\3\d{3})*|\d+)(\.\d+)?$/.exec(t);
  if (!match) return undefined;
  const value = Number(`${match[1]}${match[2]!.replace(/[,\s_'\u2009\u202f]/g, '')}${match[4] ?? ''}`);
  return Number.isFinite(value) ? value : undefined;
}
