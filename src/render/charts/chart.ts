import type { Colour, Scene } from './scene.js';

/**
 * A chart of the board pack, as data: a drawing (./scene.ts) laid out here, in Node, with no browser, and its
 * text alternative (a sentence and the data as a table) for readers who cannot see it. Written as SVG by
 * ./svg.ts for the HTML and as drawing operators for the PDF; the Markdown briefings keep their Mermaid diagrams.
 */
export interface Chart {
  /** Stable, made here, never from the strategy: `cash-flow`, `cost-benefit`, `roadmap`, `stakeholders`, `kpis`. */
  id: string;
  title: string;
  /** One or two sentences a screen reader says in place of the picture. */
  description: string;
  /** The data the chart draws, as text a reader can scan. */
  table: { columns: string[]; rows: string[][] };
  /** The drawing: marks in a box, text in it as data. */
  scene: Scene;
}

/**
 * Colours that keep 4.5:1 contrast with white (WCAG 2.2 AA for text; graphics need 3:1): dark blue, dark
 * green, dark red, brown and dark grey, told apart by hue and lightness as well as by legend labels.
 */
export const PALETTE = ['#1f4e79', '#2d6a4f', '#a4262c', '#7a4a12', '#555555'] as const satisfies readonly Colour[];

/** The greys every chart draws with on its white ground: text 16:1, axes 7.5:1, grid lines a faint guide only. */
export const INK = { text: '#222222', axis: '#555555', grid: '#dddddd' } as const satisfies Record<string, Colour>;

/** Font sizes in units (the scene's, one CSS pixel or one PDF point). */
export const FONT_SIZE = { title: 14, axisTitle: 12, label: 11, legend: 11, annotation: 12 } as const;

/** What the SVG names as its fonts: the board pack embeds DejaVu Sans, and the layout measures with it. */
export const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';

/** The width of every chart's plot; the margins around it grow with what they must hold. */
export const PLOT_WIDTH = 560;
