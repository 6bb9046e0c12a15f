import { InputError } from '../../errors.js';
import type { Chart } from '../charts/chart.js';
import { chartForMermaid, runningHeader, SECTION_CHARTS, withoutComments } from '../board-pack.js';
import { boardPackFonts } from '../fonts.js';
import { readInlineMarkdown, readMarkdown } from '../markdown-parser.js';
import type { Token } from '../markdown/token.js';
import type { BriefingInputs } from '../inputs.js';
import type { RenderedFile } from '../render.js';
import { visible } from '../../text/visible.js';
import { drawScene } from './draw-scene.js';
import { PdfDocument, type FontKey, type StructElem } from './pdf-document.js';
import { wrapRuns, type Line, type Run } from './text-layout.js';

/**
 * The board pack as one PDF: every briefing from its rendered Markdown (the same text, tables and numbers),
 * each on a new page, a contents page with links and bookmarks, the charts drawn from the same scenes as the
 * HTML's SVG, the running header (strategy, version, status, as-of date) and page numbers on every page.
 * DejaVu Sans is embedded (subsets), the document is tagged (headings, paragraphs, tables, figures with their
 * alternative text) and carries its title and language, and its dates are the as-of date, so the same strategy
 * and as-of date give the same bytes. Text is only ever drawn as text: nothing in a strategy becomes a link,
 * an action or an annotation; the only links are the contents page's, to the briefings in the file.
 */

export type Paper = 'a4' | 'letter';

export interface PdfPackOptions {
  paper: Paper;
  charts: readonly Chart[];
}

const PAPER = { a4: { width: 595.28, height: 841.89 }, letter: { width: 612, height: 792 } } as const;
const COLOURS = { text: '#1b1b1b', heading: '#1f4e79', muted: '#333333', rule: '#999999', head: '#eef2f7' };
const MARGIN = { top: 62, bottom: 58, left: 50, right: 50 };

/** Markdown inline content as text: what a reader sees, without the markup. */
function plain(tokens: readonly Token[] | null): string {
  return (tokens ?? []).map((t) => (t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('');
}

/** Inline Markdown as runs of text: bold and code kept, links as their text. */
function runs(tokens: readonly Token[] | null, size: number): Run<FontKey>[] {
  const out: Run<FontKey>[] = [];
  let bold = false;
  for (const t of tokens ?? []) {
    if (t.type === 'strong_open') bold = true;
    else if (t.type === 'strong_close') bold = false;
    else if (t.type === 'text') out.push({ text: visible(t.content), font: bold ? 'bold' : 'body', size });
    else if (t.type === 'code_inline') out.push({ text: visible(t.content), font: 'mono', size: size - 1 });
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out.push({ text: ' ', font: bold ? 'bold' : 'body', size });
  }
  return out;
}

class Writer {
  /** The top of what is drawn next, in points from the top of the page. */
  y = MARGIN.top;
  private readonly measure = (text: string, font: FontKey, size: number) => this.doc.widthOf(text, font, size);

  constructor(
    private readonly doc: PdfDocument,
    private readonly charts: readonly Chart[],
  ) {}

  private get width(): number {
    return this.doc.paper.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.paper.height - MARGIN.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** A new page unless `height` points still fit on this one. */
  private room(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  private lineHeight(line: Line<FontKey>, gap: number): { height: number; ascent: number } {
    let ascent = 0;
    let descent = 0;
    for (const s of line.segments) {
      const m = this.doc.metrics(s.font, s.size);
      ascent = Math.max(ascent, m.ascent);
      descent = Math.max(descent, m.descent);
    }
    if (!line.segments.length) {
      const m = this.doc.metrics('body', 10);
      ({ ascent, descent } = m);
    }
    return { height: ascent + descent + gap, ascent };
  }

  /** Lines of text from `x`, a new page whenever the next line does not fit; each line's segments in their fonts. */
  private lines(lines: readonly Line<FontKey>[], x: number, colour: string, gap = 0): void {
    for (const line of lines) {
      const { height, ascent } = this.lineHeight(line, gap);
      if (this.y + height > this.bottom) this.newPage();
      for (const s of line.segments) this.doc.text(s.text, x + s.x, this.y + ascent, s.font, s.size, colour);
      this.y += height;
    }
  }

  /** Text in one font, wrapped to `width`, as an element of type `type`. */
  private block(type: string, text: string, font: FontKey, size: number, colour: string, x = MARGIN.left, width = this.width, parent?: StructElem): StructElem {
    const elem = this.doc.struct(type, parent);
    this.doc.marked(elem, () => this.lines(wrapRuns([{ text, font, size }], width, this.measure), x, colour));
    return elem;
  }

  heading(level: number, text: string, id: string | undefined, bookmark = false): void {
    const size = level === 1 ? 18 : level === 2 ? 13.5 : 11.5;
    if (level > 1) this.y += 6;
    this.room(size * 3);
    if (id) this.doc.destination(id, this.y);
    if (bookmark) this.doc.bookmark(visible(text), this.y);
    this.block(`H${Math.min(level, 6)}`, visible(text), 'bold', size, level <= 2 ? COLOURS.heading : COLOURS.text);
    this.y += 4;
  }

  /** A paragraph, under `parent` (the document, or a list item's body). */
  paragraph(inline: Token, indent = 0, parent?: StructElem): void {
    this.room(24);
    this.doc.marked(this.doc.struct('P', parent), () => {
      this.lines(wrapRuns(runs(inline.children, 10), this.width - indent, this.measure), MARGIN.left + indent, COLOURS.text, 1.5);
    });
    this.y += 5;
  }

  /** A list item's first paragraph: an LI of the list, its label (the bullet or number) and its body; the body, for what else the item holds. */
  listItem(list: StructElem, inline: Token, indent: number, label: string): StructElem {
    this.room(24);
    const item = this.doc.struct('LI', list);
    const { ascent } = this.doc.metrics('body', 10);
    this.doc.marked(this.doc.struct('Lbl', item), () => this.doc.text(`${label} `, MARGIN.left + indent - 12, this.y + ascent, 'body', 10, COLOURS.text));
    const body = this.doc.struct('LBody', item);
    this.doc.marked(body, () => this.lines(wrapRuns(runs(inline.children, 10), this.width - indent, this.measure), MARGIN.left + indent, COLOURS.text, 1.5));
    this.y += 5;
    return body;
  }

  /**
   * A table: columns as wide as their longest text allows (each at least a little), rows as tall as their
   * tallest cell, the header rows again at the top of a new page; a row taller than what is left of a page goes
   * on over the next. Tagged Table, TR, TH and TD; the lines and the header's shading are layout artefacts.
   */
  table(rows: string[][], headerRows: number): void {
    if (!rows.length) return;
    const doc = this.doc;
    const pad = 3;
    const size = 8;
    const columns = Math.max(...rows.map((r) => r.length));
    // An amount keeps its currency on its line: "USD 1,176,572" never breaks after "USD".
    const cells = rows.map((r) => Array.from({ length: columns }, (_, c) => visible(r[c] ?? '').replace(/\b([A-Z]{3}) (?=-?\d)/g, '$1\u00a0')));
    const width = (text: string, header: boolean) => doc.widthOf(text, header ? 'bold' : 'body', size);
    // Each column at least as wide as its longest word (a figure never breaks), then what is left shared by how
    // much more each would take to fit its longest text on one line.
    const wordWidth = (text: string, header: boolean) => Math.max(0, ...text.split(/[ \t\n]+/).map((w) => width(w, header)));
    const least = Array.from({ length: columns }, (_, c) => Math.min(this.width / 2, Math.max(24, ...cells.map((r, i) => wordWidth(r[c]!, i < headerRows))) + 2 * pad));
    const want = Array.from({ length: columns }, (_, c) => Math.max(least[c]!, Math.min(260, Math.max(...cells.map((r, i) => width(r[c]!, i < headerRows))) + 2 * pad)));
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
    const spare = this.width - sum(least);
    const growth = sum(want.map((w, c) => w - least[c]!));
    const widths =
      spare <= 0 ? least.map((w) => (w * this.width) / sum(least)) : least.map((w, c) => w + (growth > 0 ? (spare * (want[c]! - w)) / growth : spare / columns));
    const table = doc.struct('Table');
    const { ascent, descent } = doc.metrics('body', size);
    const lineHeight = ascent + descent + 1;
    const draw = (row: string[], header: boolean): void => {
      const font: FontKey = header ? 'bold' : 'body';
      let left = row.map((text, c) => this.cellLines(text, font, size, widths[c]! - 2 * pad));
      const tr = doc.struct('TR', table);
      const cellsOf = row.map(() => doc.struct(header ? 'TH' : 'TD', tr, header ? { attributes: '/O /Table /Scope /Column' } : {}));
      while (left.some((lines) => lines.length)) {
        // What fits on this page; a new page (with the header rows again) when not even one line does.
        if (this.y + lineHeight + 2 * pad > this.bottom) {
          this.newPage();
          if (!header) for (const h of cells.slice(0, headerRows)) this.headerAgain(h, widths, pad, size, lineHeight);
        }
        const fit = Math.max(1, Math.floor((this.bottom - this.y - 2 * pad) / lineHeight));
        const now = left.map((lines) => lines.slice(0, fit));
        left = left.map((lines) => lines.slice(fit));
        const height = Math.max(...now.map((lines) => lines.length)) * lineHeight + 2 * pad;
        this.rowFrame(widths, height, header);
        let x = MARGIN.left;
        now.forEach((lines, c) => {
          const top = this.y + pad;
          if (lines.length) {
            doc.marked(cellsOf[c]!, () => lines.forEach((line, k) => line.segments.forEach((s) => doc.text(s.text, x + pad + s.x, top + k * lineHeight + ascent, s.font, s.size, COLOURS.text))));
          }
          x += widths[c]!;
        });
        this.y += height;
      }
    };
    this.room(40);
    cells.forEach((row, i) => draw(row, i < headerRows));
    this.y += 8;
  }

  /** A cell's text as lines: most cells fit on one, which needs no breaking. */
  private cellLines(text: string, font: FontKey, size: number, width: number): Line<FontKey>[] {
    if (!text.includes('\n')) {
      const w = this.doc.widthOf(text, font, size);
      if (w <= width) return text ? [{ segments: [{ text, font, size, x: 0 }], width: w }] : [];
    }
    return wrapRuns([{ text, font, size }], width, this.measure);
  }

  /** The header rows repeated at the top of a page a table goes on to: layout, not content, since the first ones are tagged. */
  private headerAgain(row: string[], widths: number[], pad: number, size: number, lineHeight: number): void {
    const { ascent } = this.doc.metrics('bold', size);
    const lines = row.map((text, c) => this.cellLines(text, 'bold', size, widths[c]! - 2 * pad));
    const height = Math.max(...lines.map((l) => l.length)) * lineHeight + 2 * pad;
    this.rowFrame(widths, height, true);
    this.doc.artifact('Pagination', () => {
      let x = MARGIN.left;
      lines.forEach((cell, c) => {
        cell.forEach((line, k) => line.segments.forEach((s) => this.doc.text(s.text, x + pad + s.x, this.y + pad + k * lineHeight + ascent, s.font, s.size, COLOURS.text)));
        x += widths[c]!;
      });
    });
    this.y += height;
  }

  /** A row's shading (a header's) and its cells' borders, as one path. */
  private rowFrame(widths: number[], height: number, header: boolean): void {
    this.doc.artifact('Layout', () => {
      if (header) this.doc.rect(MARGIN.left, this.y, this.width, height, COLOURS.head);
      const boxes: [number, number, number, number][] = [];
      let x = MARGIN.left;
      for (const w of widths) {
        boxes.push([x, this.y, w, height]);
        x += w;
      }
      this.doc.strokeRects(boxes, COLOURS.rule, 0.5);
    });
  }

  rule(): void {
    this.room(12);
    const y = this.y + 4;
    this.doc.artifact('Layout', () => this.doc.line([[MARGIN.left, y], [MARGIN.left + this.width, y]], COLOURS.rule, 0.5));
    this.y = y + 8;
  }

  /** A chart: the drawing from its scene, tagged as a figure with its title and description as the alternative text, and the description as its caption. */
  figure(chartId: string): void {
    const chart = this.charts.find((c) => c.id === chartId);
    if (!chart) return;
    const { scene } = chart;
    const width = Math.min(this.width, scene.width * 0.8);
    const scale = width / scene.width;
    const height = scene.height * scale;
    this.room(height + 60);
    this.y += 6;
    const top = this.y;
    const figure = this.doc.struct('Figure', this.doc.root, {
      alt: visible(`${chart.title}. ${chart.description}`),
      attributes: `/O /Layout /BBox [${[MARGIN.left, this.doc.paper.height - top - height, MARGIN.left + width, this.doc.paper.height - top].map((v) => Math.round(v * 100) / 100).join(' ')}]`,
    });
    this.doc.marked(figure, () => drawScene(this.doc, scene, MARGIN.left, top, scale));
    this.y = top + height + 4;
    this.block('Caption', visible(chart.description), 'body', 8.5, COLOURS.muted, MARGIN.left, this.width, figure);
    this.y += 10;
  }

  /** Preformatted text (a fenced block that is not a diagram), line for line. */
  code(text: string): void {
    this.room(20);
    this.block('P', text.split('\n').map(visible).join('\n'), 'mono', 8, COLOURS.text);
    this.y += 6;
  }

  /** One briefing's Markdown, block by block. */
  briefing(tokens: readonly Token[], sectionFigures: readonly { heading: RegExp; chart: string }[], anchor: string): void {
    let pendingFigure: string | undefined;
    const listStack: { ordered: boolean; n: number; elem: StructElem; body?: StructElem }[] = [];
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      switch (t.type) {
        case 'heading_open': {
          if (pendingFigure) {
            this.figure(pendingFigure);
            pendingFigure = undefined;
          }
          const level = Number(t.tag.slice(1));
          const text = plain(tokens[i + 1]!.children);
          this.heading(level, text, first ? anchor : undefined, first);
          first = false;
          pendingFigure = level === 2 ? sectionFigures.find((s) => s.heading.test(text))?.chart : undefined;
          i += 2;
          break;
        }
        case 'paragraph_open': {
          const list = listStack[listStack.length - 1];
          const inline = tokens[i + 1]!;
          if (list && tokens[i - 1]?.type === 'list_item_open') {
            list.n++;
            list.body = this.listItem(list.elem, inline, 14 * listStack.length, list.ordered ? `${list.n}.` : '\u2022');
          } else {
            this.paragraph(inline, 14 * listStack.length, list?.body);
          }
          i += 2;
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          // A list inside a list item belongs to that item's body.
          const elem = this.doc.struct('L', listStack[listStack.length - 1]?.body);
          listStack.push({ ordered: t.type === 'ordered_list_open', n: Number(t.attrGet('start') ?? 1) - 1, elem });
          break;
        }
        case 'bullet_list_close':
        case 'ordered_list_close':
          listStack.pop();
          break;
        case 'table_open': {
          const rows: string[][] = [];
          let head = 0;
          let inHead = false;
          let row: string[] = [];
          for (i++; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
            const c = tokens[i]!;
            if (c.type === 'thead_open') inHead = true;
            else if (c.type === 'thead_close') inHead = false;
            else if (c.type === 'tr_open') row = [];
            else if (c.type === 'tr_close') {
              rows.push(row);
              if (inHead) head++;
            } else if (c.type === 'inline') row.push(plain(c.children));
          }
          this.table(rows, head);
          if (pendingFigure) {
            this.figure(pendingFigure);
            pendingFigure = undefined;
          }
          break;
        }
        case 'fence':
          if (t.info.trim() === 'mermaid') {
            const chart = chartForMermaid(t.content);
            if (chart) this.figure(chart);
          } else {
            this.code(t.content);
          }
          break;
        case 'hr':
          this.rule();
          break;
        default:
          break;
      }
    }
    if (pendingFigure) this.figure(pendingFigure);
  }

  contents(inputs: BriefingInputs, entries: readonly { title: string; anchor: string }[]): void {
    const m = inputs.strategy.metadata;
    this.heading(1, `Board pack: ${m.title}`, 'contents');
    this.block('P', visible(`Version ${m.version}, status ${m.status}, as of ${inputs.asOf}.`), 'body', 10, COLOURS.text);
    this.y += 8;
    this.heading(2, 'Contents', undefined);
    const list = this.doc.struct('L');
    for (const [n, e] of entries.entries()) {
      const item = this.doc.struct('LI', list);
      const link = this.doc.struct('Link', item);
      const lines = wrapRuns([{ text: visible(`${n + 1}. ${e.title}`), font: 'body', size: 10.5 }], this.width - 8, this.measure);
      // An entry is kept on one page, so its link covers it.
      this.room(lines.length * this.lineHeight(lines[0]!, 0).height);
      const top = this.y;
      this.doc.marked(link, () => this.lines(lines, MARGIN.left + 8, COLOURS.heading));
      this.doc.link(link, MARGIN.left + 8, top, Math.max(...lines.map((l) => l.width)), this.y - top, e.anchor);
      this.y += 3;
    }
  }

  /** The running header and the page number on every page, marked as pagination artefacts. */
  furniture(running: string): void {
    const count = this.doc.pageCount;
    const size = 8;
    const header = ellipsis(visible(running), this.width, (t) => this.doc.widthOf(t, 'body', size));
    const { ascent } = this.doc.metrics('body', size);
    for (let p = 0; p < count; p++) {
      this.doc.switchToPage(p);
      this.doc.artifact('Pagination', () => {
        this.doc.text(header, MARGIN.left, 28 + ascent, 'body', size, COLOURS.muted);
        this.doc.line([[MARGIN.left, 42], [MARGIN.left + this.width, 42]], COLOURS.rule, 0.5);
        const number = `Page ${p + 1} of ${count}`;
        const w = this.doc.widthOf(number, 'body', size);
        this.doc.text(number, MARGIN.left + this.width - w, this.doc.paper.height - 36 + ascent, 'body', size, COLOURS.muted);
      });
    }
  }
}

/** `text` cut with an ellipsis to fit `width`. */
function ellipsis(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}\u2026`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}\u2026`;
}

/**
 * The most Markdown a PDF board pack is made from: about 600 pages, which take some 10 seconds and 600 MB (every
 * page is held until the page numbers are written). A strategy past it, such as one with thousands of
 * initiatives arriving in a pull request, is refused rather than left to run the machine out of memory.
 */
export const PDF_MARKDOWN_LIMIT = 1_500_000;

/** Refuses briefings too long for one PDF (see PDF_MARKDOWN_LIMIT), before anything is drawn. */
export function refuseOversizedPdf(briefings: readonly RenderedFile[]): void {
  const size = briefings.reduce((sum, b) => sum + b.content.length, 0);
  if (size > PDF_MARKDOWN_LIMIT) {
    throw new InputError(
      `the board pack would run to about ${Math.round(size / 2500)} pages, more than a PDF is made for here (about ${Math.round(PDF_MARKDOWN_LIMIT / 2500)}); choose briefings with --only, or use --format html`,
    );
  }
}

/** The board pack as PDF bytes. */
export async function pdfPack(inputs: BriefingInputs, briefings: readonly RenderedFile[], options: PdfPackOptions): Promise<Uint8Array> {
  refuseOversizedPdf(briefings);
  const m = inputs.strategy.metadata;
  const doc = new PdfDocument(
    PAPER[options.paper],
    {
      title: visible(`Board pack: ${m.title}`),
      subject: visible(`Version ${m.version}, status ${m.status}, as of ${inputs.asOf}`),
      author: visible(m.owner.name),
      creator: 'socialplan render',
      producer: 'socialplan',
      date: inputs.asOf,
      lang: 'en',
    },
    boardPackFonts(),
  );
  const writer = new Writer(doc, options.charts);
  // Each briefing is parsed when it is drawn, so that one briefing's tokens are held at a time; the contents page
  // needs only their titles, each its first level-1 heading.
  const entries = await Promise.all(
    briefings.map(async (b) => {
      const h1 = /^# (.*)$/m.exec(b.content);
      return { content: b.content, title: h1 ? plain(await readInlineMarkdown(h1[1]!)) : b.file, anchor: `briefing-${b.file.replace(/\.md$/, '')}` };
    }),
  );
  writer.newPage();
  writer.contents(inputs, entries);
  for (const b of entries) {
    writer.newPage();
    writer.briefing(await readMarkdown(withoutComments(b.content)), SECTION_CHARTS, b.anchor);
  }
  writer.furniture(runningHeader(inputs));
  return doc.finish();
}
