/**
 * A chart as a drawing: marks in a box of `width` by `height` units, y downward, grouped by what they are
 * (a role: `axis-title`, `axis-label`, `grid`, `mark`, `legend`, `annotation`, `title`). The board pack draws
 * the same scene twice: as SVG for the HTML (./svg.ts) and as PDF drawing operators for the PDF
 * (../pdf/draw-scene.ts), so both show the same picture. Text in a scene is data, never markup.
 */

export type Colour = `#${string}`;

export interface RectMark {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Colour;
}

export interface LineMark {
  kind: 'line';
  /** Two or more points joined by straight lines, in order. */
  points: readonly (readonly [number, number])[];
  stroke: Colour;
  width: number;
  /** Dash and gap lengths; solid when absent. */
  dash?: readonly [number, number];
}

export interface TextMark {
  kind: 'text';
  /** `x` is where `anchor` says; `y` is the baseline. */
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  fill: Colour;
  anchor: 'start' | 'middle' | 'end';
  /** Turned about (x, y), in degrees counter-clockwise: -90 for a vertical axis title read bottom to top. */
  rotate?: -90;
}

export type Mark = RectMark | LineMark | TextMark;

export interface MarkGroup {
  role: 'title' | 'axis-title' | 'axis-label' | 'axis' | 'grid' | 'mark' | 'legend' | 'annotation';
  marks: Mark[];
}

export interface Scene {
  width: number;
  height: number;
  groups: MarkGroup[];
}

/** The width of `text` drawn at `size` units, bold or not, as the fonts the board pack embeds measure it. */
export type Measure = (text: string, size: number, bold?: boolean) => number;
