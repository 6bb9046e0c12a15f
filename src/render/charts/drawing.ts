import type { Colour, Mark, MarkGroup, Measure, Scene, TextMark } from './scene.js';

/**
 * A scene in the making: marks added by role in any order, written out in one fixed order (grid lines at the
 * back, titles last) with every coordinate rounded to two decimals, so the same chart gives the same bytes.
 */

export type Role = MarkGroup['role'];

/** Back to front. */
const ORDER: readonly Role[] = ['grid', 'mark', 'axis', 'annotation', 'axis-label', 'axis-title', 'legend', 'title'];

/** To two decimals, never `-0`. */
export function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

export interface TextOptions {
  bold?: boolean;
  fill?: Colour;
  anchor?: TextMark['anchor'];
  rotate?: -90;
}

export class Drawing {
  private readonly groups = new Map<Role, Mark[]>();

  constructor(
    readonly measure: Measure,
    private readonly ink: Colour,
  ) {}

  add(role: Role, mark: Mark): void {
    const marks = this.groups.get(role);
    if (marks) marks.push(mark);
    else this.groups.set(role, [mark]);
  }

  rect(role: Role, x: number, y: number, width: number, height: number, fill: Colour): void {
    this.add(role, { kind: 'rect', x, y, width, height, fill });
  }

  line(role: Role, points: readonly (readonly [number, number])[], stroke: Colour, width: number, dash?: readonly [number, number]): void {
    this.add(role, { kind: 'line', points, stroke, width, ...(dash ? { dash } : {}) });
  }

  text(role: Role, x: number, y: number, text: string, size: number, options: TextOptions = {}): void {
    this.add(role, {
      kind: 'text',
      x,
      y,
      text,
      size,
      ...(options.bold ? { bold: true } : {}),
      fill: options.fill ?? this.ink,
      anchor: options.anchor ?? 'start',
      ...(options.rotate ? { rotate: options.rotate } : {}),
    });
  }

  /** The width of a text as drawn. */
  width(text: string, size: number, bold = false): number {
    return this.measure(text, size, bold);
  }

  scene(width: number, height: number): Scene {
    const groups: MarkGroup[] = [];
    for (const role of ORDER) {
      const marks = this.groups.get(role);
      if (marks?.length) groups.push({ role, marks: marks.map(rounded) });
    }
    return { width: round2(Math.ceil(width)), height: round2(Math.ceil(height)), groups };
  }
}

function rounded(mark: Mark): Mark {
  switch (mark.kind) {
    case 'rect':
      return { ...mark, x: round2(mark.x), y: round2(mark.y), width: round2(mark.width), height: round2(mark.height) };
    case 'line':
      return { ...mark, points: mark.points.map(([x, y]) => [round2(x), round2(y)] as const) };
    case 'text':
      return { ...mark, x: round2(mark.x), y: round2(mark.y) };
  }
}

/**
 * Text cut into lines no wider than `max`, at spaces; a word wider than a line is cut with an ellipsis.
 * For a chart's title, whose length the strategy's currency and dates decide.
 */
export function wrapText(text: string, size: number, bold: boolean, max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried, size, bold) <= max) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = measure(word, size, bold) <= max ? word : fitText(word, size, bold, max, measure);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Text cut with an ellipsis (by characters, a whole code point at a time) until it is no wider than `max`. */
export function fitText(text: string, size: number, bold: boolean, max: number, measure: Measure): string {
  if (measure(text, size, bold) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits with its ellipsis; widths grow with length, so halving finds it.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, size, bold) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
