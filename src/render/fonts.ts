import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Measure } from './charts/scene.js';
import { readTrueType, type TrueTypeFont } from './pdf/truetype.js';

/**
 * The board pack's fonts: DejaVu Sans, Sans Bold and Sans Mono (Bitstream Vera licence; Latin, Greek and
 * Cyrillic), from the dejavu-fonts-ttf package. The PDF embeds them; the charts are laid out with their
 * widths, so a label measured for the SVG is the label drawn in the PDF. Each is read on first use (the HTML
 * needs only the two its charts are drawn in).
 */

export interface BoardPackFonts {
  readonly body: TrueTypeFont;
  readonly bold: TrueTypeFont;
  readonly mono: TrueTypeFont;
}

const FILES: Record<keyof BoardPackFonts, string> = { body: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', mono: 'DejaVuSansMono.ttf' };
const requireHere = createRequire(import.meta.url);
const read = new Map<keyof BoardPackFonts, TrueTypeFont>();

function font(key: keyof BoardPackFonts): TrueTypeFont {
  let loaded = read.get(key);
  if (!loaded) {
    const folder = join(requireHere.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
    loaded = readTrueType(readFileSync(join(folder, FILES[key])));
    read.set(key, loaded);
  }
  return loaded;
}

export function boardPackFonts(): BoardPackFonts {
  return {
    get body() {
      return font('body');
    },
    get bold() {
      return font('bold');
    },
    get mono() {
      return font('mono');
    },
  };
}

/** Text widths in DejaVu Sans, for laying out the charts. */
export const chartMeasure: Measure = (text, size, bold) => font(bold ? 'bold' : 'body').widthOf(text, size);
