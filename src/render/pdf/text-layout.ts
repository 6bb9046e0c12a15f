/**
 * Text broken into lines that fit a width, for the PDF, which (unlike a browser) leaves every line break to
 * its writer: runs of text in their fonts are cut at spaces, a word longer than the width is cut where it must
 * be, and a newline always starts a line. Adjacent pieces in the same font are joined, so a line is drawn in
 * as few pieces as its fonts allow. A line broken at a space keeps that space at its end (drawn, not counted
 * in its width), so its text, copied or read aloud, still has the two words apart.
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

/** The runs as lines no wider than `width` (but for a single character wider than it). */
export function wrapRuns<Font extends string>(runs: readonly Run<Font>[], width: number, measure: MeasureRun<Font>): Line<Font>[] {
  const lines: Line<Font>[] = [];
  let segments: Segment<Font>[] = [];
  let lineWidth = 0;
  // Spaces seen after the last word of the line, placed only if another word follows on it.
  let spaces = '';
  let spacesWidth = 0;
  let spacesRun: Run<Font> | undefined;

  /** Text placed at the end of the line, joined to the last segment when the font is the same. */
  const place = (text: string, textWidth: number, run: Run<Font>) => {
    const last = segments[segments.length - 1];
    if (last && last.font === run.font && last.size === run.size) last.text += text;
    else segments.push({ text, font: run.font, size: run.size, x: lineWidth });
    lineWidth += textWidth;
  };
  const end = (atSpace: boolean) => {
    const last = segments[segments.length - 1];
    if (atSpace && last) last.text += ' ';
    lines.push({ segments, width: lineWidth });
    segments = [];
    lineWidth = 0;
    spaces = '';
    spacesWidth = 0;
  };
  const word = (text: string, textWidth: number, run: Run<Font>) => {
    if (segments.length && lineWidth + spacesWidth + textWidth > width) end(spaces.length > 0);
    if (segments.length && spaces) place(spaces, spacesWidth, spacesRun!);
    spaces = '';
    spacesWidth = 0;
    place(text, textWidth, run);
  };

  for (const run of runs) {
    for (const part of run.text.split(/(\n| +)/)) {
      if (!part) continue;
      if (part === '\n') {
        end(false);
      } else if (part.charCodeAt(0) === 32) {
        // Spaces count only between words on one line: none at the start of a line.
        if (segments.length) {
          spaces += part;
          spacesWidth += measure(part, run.font, run.size);
          spacesRun = run;
        }
      } else {
        const partWidth = measure(part, run.font, run.size);
        if (partWidth <= width) word(part, partWidth, run);
        else cut(part, run, width, measure, (piece, pieceWidth, first) => {
          if (!first) end(false);
          word(piece, pieceWidth, run);
        });
      }
    }
  }
  if (segments.length || !lines.length) end(false);
  return lines;
}

/** A word wider than `width` in pieces that fit, character by character (at least one character a piece). */
function cut<Font extends string>(text: string, run: Run<Font>, width: number, measure: MeasureRun<Font>, emit: (piece: string, pieceWidth: number, first: boolean) => void): void {
  let current = '';
  let currentWidth = 0;
  let first = true;
  for (const ch of text) {
    const w = measure(ch, run.font, run.size);
    if (current && currentWidth + w > width) {
      emit(current, currentWidth, first);
      first = false;
      current = '';
      currentWidth = 0;
    }
    current += ch;
    currentWidth += w;
  }
  if (current) emit(current, currentWidth, first);
}
