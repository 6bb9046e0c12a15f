/**
 * Text broken into lines that fit a width, for the PDF, which (unlike a browser) leaves every line break to
 * its writer: runs of text in their fonts are cut at spaces, a word longer than the width is cut where it must
 * be, and a newline always starts a line. Adjacent pieces in the same font are joined, so a line is drawn in
 * as few pieces as its fonts allow.
 */

export interface Run<Font extends string> {
  text: string;
  font: Font;
  size: number;
}

export interface Segment<Font extends string> extends Run<Font> {
  /** From the start of the line. */
  x: number;
}

export interface Line<Font extends string> {
  segments: Segment<Font>[];
  width: number;
}

export type MeasureRun<Font extends string> = (text: string, font: Font, size: number) => number;

interface Piece<Font extends string> extends Run<Font> {
  kind: 'word' | 'space' | 'newline';
  width: number;
}

function pieces<Font extends string>(runs: readonly Run<Font>[], measure: MeasureRun<Font>): Piece<Font>[] {
  const out: Piece<Font>[] = [];
  for (const run of runs) {
    for (const part of run.text.split(/(\n| +)/)) {
      if (!part) continue;
      const kind = part === '\n' ? 'newline' : part.startsWith(' ') ? 'space' : 'word';
      // Written out, not spread from the run: V8 copies a spread object slowly, and this runs for every word.
      out.push({ text: part, font: run.font, size: run.size, kind, width: kind === 'newline' ? 0 : measure(part, run.font, run.size) });
    }
  }
  return out;
}

/** A word wider than `width` cut into pieces that fit, character by character (at least one per piece). */
function cut<Font extends string>(word: Piece<Font>, width: number, measure: MeasureRun<Font>): Piece<Font>[] {
  const out: Piece<Font>[] = [];
  let current = '';
  let currentWidth = 0;
  for (const ch of word.text) {
    const w = measure(ch, word.font, word.size);
    if (current && currentWidth + w > width) {
      out.push({ text: current, font: word.font, size: word.size, kind: 'word', width: currentWidth });
      current = '';
      currentWidth = 0;
    }
    current += ch;
    currentWidth += w;
  }
  if (current) out.push({ text: current, font: word.font, size: word.size, kind: 'word', width: currentWidth });
  return out;
}

/** The runs as lines no wider than `width` (but for a single character wider than it). */
export function wrapRuns<Font extends string>(runs: readonly Run<Font>[], width: number, measure: MeasureRun<Font>): Line<Font>[] {
  const lines: Line<Font>[] = [];
  let line: Piece<Font>[] = [];
  let lineWidth = 0;
  let spaces: Piece<Font>[] = [];
  let gap = 0;
  /** A line ends; `atSpace` when it breaks where a space was, which is kept (drawn, not measured) so that its text still reads as two words. */
  const end = (atSpace = false) => {
    const done = joined(line);
    const last = done.segments[done.segments.length - 1];
    if (atSpace && last) last.text += ' ';
    lines.push(done);
    line = [];
    lineWidth = 0;
    spaces = [];
    gap = 0;
  };
  for (const piece of pieces(runs, measure)) {
    if (piece.kind === 'newline') {
      end();
      continue;
    }
    if (piece.kind === 'space') {
      // Spaces count only between words on one line: none at the start of a line or at its end.
      if (line.length) {
        spaces.push(piece);
        gap += piece.width;
      }
      continue;
    }
    if (line.length && lineWidth + gap + piece.width > width) end(spaces.length > 0);
    const words = piece.width > width ? cut(piece, width, measure) : [piece];
    for (const [i, word] of words.entries()) {
      if (i > 0) end();
      if (line.length) {
        for (const space of spaces) line.push(space);
        lineWidth += gap;
      }
      spaces = [];
      gap = 0;
      line.push(word);
      lineWidth += word.width;
    }
  }
  if (line.length || !lines.length) end();
  return lines;
}

function joined<Font extends string>(pieces: readonly Piece<Font>[]): Line<Font> {
  const segments: Segment<Font>[] = [];
  let x = 0;
  for (const p of pieces) {
    const last = segments[segments.length - 1];
    if (last && last.font === p.font && last.size === p.size) last.text += p.text;
    else segments.push({ text: p.text, font: p.font, size: p.size, x });
    x += p.width;
  }
  return { segments, width: x };
}
