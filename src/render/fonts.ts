import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Measure } from './charts/scene.js';
import { readTrueType, type TrueTypeFont } from './pdf/truetype.js';

/**
 * The board pack's fonts: DejaVu Sans, Sans Bold and Sans Mono (Bitstream Vera licence; Latin, Greek and
 * Cyrillic), from the dejavu-fonts-ttf package. The PDF embeds them; the charts are laid out with their
 * widths, so a label measured for the SVG is the label drawn in the PDF. Each is read once, on first use.
 */

export interface BoardPackFonts {
  body: TrueTypeFont;
  bold: TrueTypeFont;
  mono: TrueTypeFont;
}

const requireHere = createRequire(import.meta.url);
let fonts: BoardPackFonts | undefined;

export function boardPackFonts(): BoardPackFonts {
  if (fonts) return fonts;
  const folder = join(requireHere.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
  const read = (file: string) => readTrueType(readFileSync(join(folder, file)));
  fonts = { body: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf'), mono: read('DejaVuSansMono.ttf') };
  return fonts;
}

/** Text widths in DejaVu Sans, for laying out the charts. */
export const chartMeasure: Measure = (text, size, bold) => (bold ? boardPackFonts().bold : boardPackFonts().body).widthOf(text, size);
