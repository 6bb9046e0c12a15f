import { createRequire } from 'node:module';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import type { Chart } from '../charts/chart.js';
import { chartForMermaid, runningHeader, SECTION_CHARTS, withoutComments } from '../board-pack.js';
import type { BriefingInputs } from '../inputs.js';
import type { RenderedFile } from '../render.js';
import { visible } from '../../text/visible.js';

type MarkdownIt = ReturnType<typeof import('markdown-it').default>;
type Token = ReturnType<MarkdownIt['parse']>[number];

/**
 * The board pack as one PDF: every briefing from its rendered Markdown (the same text, tables and numbers),
 * each on a new page, a contents page with bookmarks, the charts drawn from their SVG, the running header
 * (strategy, version, status, as-of date) and page numbers on every page. DejaVu Sans is embedded (a subset),
 * the document carries its title and language, and its dates are the as-of date, so the same strategy and
 * as-of date give the same bytes. Text is only ever drawn as text: nothing in a strategy becomes a link,
 * an action or an annotation.
 */

export type Paper = 'a4' | 'letter';

export interface PdfPackOptions {
  paper: Paper;
  charts: readonly Chart[];
  svgs: ReadonlyMap<string, string>;
}

type Doc = PDFKit.PDFDocument;

const COLOURS = { text: '#1b1b1b', heading: '#1f4e79', muted: '#333333', rule: '#999999', quote: '#a4262c', head: '#eef2f7' };
const MARGIN = { top: 62, bottom: 58, left: 50, right: 50 };

const requireHere = createRequire(import.meta.url);

/** The fonts embedded: DejaVu Sans (Bitstream Vera licence), which covers Latin, Greek and Cyrillic. */
function fontFile(name: string): string {
  return join(requireHere.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf', name);
}

/**
 * Each font by its file, always: pdfkit caches a font under the name it was first asked for, and opens and
 * parses it again (some 30 ms) whenever it is asked for under another (a registered name, say).
 */
let fonts: { body: string; bold: string; mono: string } | undefined;
const font = () => (fonts ??= { body: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf'), mono: fontFile('DejaVuSansMono.ttf') });

/** Text in scripts that need no shaping: Latin, Greek, Cyrillic and common punctuation, without combining marks. */
const UNSHAPED = /^[\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/;

interface FontkitGlyph {
  advanceWidth: number;
}
interface FontkitFont {
  layout(text: string, ...rest: unknown[]): unknown;
  glyphsForString(text: string): FontkitGlyph[];
}

/**
 * Text in those scripts laid out glyph by glyph at the font's own advance widths, without OpenType's
 * substitutions and kerning: shaping took half the time of a board pack, and business prose in those
 * scripts reads the same without it. Text in any other script is shaped as usual.
 */
function layoutWithoutShaping(fontkit: FontkitFont): void {
  const shaped = fontkit.layout.bind(fontkit);
  fontkit.layout = (text: string, ...rest: unknown[]) => {
    if (typeof text !== 'string' || rest[0] !== undefined || !UNSHAPED.test(text)) return shaped(text, ...rest);
    const glyphs = fontkit.glyphsForString(text);
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
}

/** Markdown inline content as text: what a reader sees, without the markup. */
function plain(tokens: readonly Token[] | null): string {
  return (tokens ?? []).map((t) => (t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join('');
}

class Writer {
  constructor(
    private readonly doc: Doc,
    private readonly options: PdfPackOptions,
  ) {}

  private get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  /** A new page unless `height` points still fit on this one. */
  private room(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN.bottom) this.doc.addPage();
  }

  private tagged(tag: string, draw: () => void, alt?: string): void {
    this.doc.addStructure(this.doc.struct(tag, alt ? { alt } : {}, draw));
  }

  /** Inline Markdown as text runs: bold and code kept, links as their text. */
  private inline(tokens: readonly Token[] | null, size: number, options: PDFKit.Mixins.TextOptions = {}): void {
    const runs: { text: string; bold: boolean; mono: boolean }[] = [];
    let bold = false;
    for (const t of tokens ?? []) {
      if (t.type === 'strong_open') bold = true;
      else if (t.type === 'strong_close') bold = false;
      else if (t.type === 'text') runs.push({ text: t.content, bold, mono: false });
      else if (t.type === 'code_inline') runs.push({ text: t.content, bold, mono: true });
      else if (t.type === 'softbreak' || t.type === 'hardbreak') runs.push({ text: ' ', bold, mono: false });
    }
    if (!runs.length) return;
    const doc = this.doc.fillColor(COLOURS.text);
    runs.forEach((r, i) => {
      doc.font(r.mono ? font().mono : r.bold ? font().bold : font().body).fontSize(r.mono ? size - 1 : size);
      doc.text(visible(r.text), { ...options, continued: i < runs.length - 1 });
    });
  }

  heading(level: number, text: string, id: string | undefined): void {
    const size = level === 1 ? 18 : level === 2 ? 13.5 : 11.5;
    this.room(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    if (id) this.doc.addNamedDestination(id);
    this.tagged(`H${Math.min(level, 6)}`, () => {
      this.doc.font(font().bold).fontSize(size).fillColor(level <= 2 ? COLOURS.heading : COLOURS.text).text(visible(text), MARGIN.left, this.doc.y, { width: this.width });
    });
    this.doc.moveDown(0.3);
  }

  paragraph(inline: Token, indent = 0, prefix = ''): void {
    this.room(24);
    this.tagged('P', () => {
      if (prefix) {
        this.doc.font(font().body).fontSize(10).fillColor(COLOURS.text).text(prefix, MARGIN.left + indent - 12, this.doc.y, { width: 12, continued: false, lineBreak: false });
        this.doc.moveUp();
      }
      this.doc.x = MARGIN.left + indent;
      this.inline(inline.children, 10, { width: this.width - indent, lineGap: 1.5 });
    });
    this.doc.x = MARGIN.left;
    this.doc.moveDown(0.4);
  }

  /**
   * A table: columns as wide as their longest text allows (each at least a little), rows as tall as their
   * tallest cell, the header rows again at the top of a new page. Tagged Table, TR, TH and TD; the lines and
   * the header's shading are layout artefacts.
   */
  table(rows: string[][], headerRows: number): void {
    if (!rows.length) return;
    const doc = this.doc;
    const pad = 3;
    const size = 8;
    const columns = Math.max(...rows.map((r) => r.length));
    // An amount keeps its currency on its line: "USD 1,176,572" never breaks after "USD".
    const cells = rows.map((r) => Array.from({ length: columns }, (_, c) => visible(r[c] ?? '').replace(/\b([A-Z]{3}) (?=-?\d)/g, '$1\u00a0')));
    doc.font(font().body).fontSize(size);
    // Each column at least as wide as its longest word (a figure never breaks), then what is left shared by how
    // much more each would take to fit its longest text on one line.
    const wordWidth = (text: string) => Math.max(0, ...text.split(/[ \t\n]+/).map((w) => doc.widthOfString(w)));
    const least = Array.from({ length: columns }, (_, c) => Math.min(this.width / 2, Math.max(24, ...cells.map((r) => wordWidth(r[c]!))) + 2 * pad));
    const want = Array.from({ length: columns }, (_, c) => Math.max(least[c]!, Math.min(260, Math.max(...cells.map((r) => doc.widthOfString(r[c]!))) + 2 * pad)));
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
    const spare = this.width - sum(least);
    const growth = sum(want.map((w, c) => w - least[c]!));
    const widths =
      spare <= 0
        ? least.map((w) => (w * this.width) / sum(least))
        : least.map((w, c) => w + (growth > 0 ? (spare * (want[c]! - w)) / growth : spare / columns));
    const table = doc.struct('Table');
    doc.addStructure(table);
    const draw = (row: string[], header: boolean): void => {
      doc.font(header ? font().bold : font().body).fontSize(size);
      const height = Math.max(...row.map((text, c) => doc.heightOfString(text, { width: widths[c]! - 2 * pad }))) + 2 * pad;
      if (doc.y + height > doc.page.height - MARGIN.bottom) {
        doc.addPage();
        if (!header) for (const h of cells.slice(0, headerRows)) draw(h, true);
        doc.font(header ? font().bold : font().body).fontSize(size);
      }
      const top = doc.y;
      doc.markContent('Artifact', { type: 'Layout' });
      if (header) doc.rect(MARGIN.left, top, this.width, height).fill(COLOURS.head);
      let x = MARGIN.left;
      doc.lineWidth(0.5).strokeColor(COLOURS.rule);
      for (const w of widths) {
        doc.rect(x, top, w, height).stroke();
        x += w;
      }
      doc.endMarkedContent();
      const tr = doc.struct('TR');
      table.add(tr);
      x = MARGIN.left;
      row.forEach((text, c) => {
        const left = x;
        tr.add(doc.struct(header ? 'TH' : 'TD', {}, () => doc.fillColor(COLOURS.text).text(text, left + pad, top + pad, { width: widths[c]! - 2 * pad })));
        x += widths[c]!;
      });
      tr.end();
      doc.x = MARGIN.left;
      doc.y = top + height;
    };
    this.room(40);
    cells.forEach((row, i) => draw(row, i < headerRows));
    table.end();
    doc.x = MARGIN.left;
    doc.moveDown(0.6);
  }

  rule(): void {
    this.room(12);
    const y = this.doc.y + 4;
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc.moveTo(MARGIN.left, y).lineTo(MARGIN.left + this.width, y).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
    this.doc.endMarkedContent();
    this.doc.y = y + 8;
  }

  /** A chart: its title, the drawing from its SVG, and its description, tagged as a figure with the description as its alternative text. */
  figure(chartId: string): void {
    const chart = this.options.charts.find((c) => c.id === chartId);
    const svg = this.options.svgs.get(chartId);
    if (!chart || !svg) return;
    const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    const [w, h] = box ? [Number(box[1]), Number(box[2])] : [600, 300];
    const width = Math.min(this.width, w * 0.8);
    const height = (width * h) / w;
    this.room(height + 60);
    this.doc.moveDown(0.4);
    const top = this.doc.y;
    // Without its own width and height, the drawing scales to the box: its viewBox fits the width available.
    const scalable = svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1');
    this.tagged(
      'Figure',
      () => {
        svgToPdf()(this.doc, scalable, MARGIN.left, top, { width, height, fontCallback: (_family: string, bold: boolean) => (bold ? font().bold : font().body) });
      },
      `${chart.title}. ${chart.description}`,
    );
    this.doc.y = top + height + 4;
    this.doc.x = MARGIN.left;
    this.tagged('Caption', () => {
      this.doc.font(font().body).fontSize(8.5).fillColor(COLOURS.muted).text(visible(chart.description), MARGIN.left, this.doc.y, { width: this.width });
    });
    this.doc.moveDown(0.8);
  }

  /** One briefing's Markdown, block by block. */
  briefing(tokens: readonly Token[], sectionFigures: readonly { heading: RegExp; chart: string }[], anchor: string): void {
    let headingLevel = 0;
    let pendingFigure: string | undefined;
    const listStack: { ordered: boolean; n: number }[] = [];
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      switch (t.type) {
        case 'heading_open': {
          if (pendingFigure) {
            this.figure(pendingFigure);
            pendingFigure = undefined;
          }
          headingLevel = Number(t.tag.slice(1));
          const text = plain(tokens[i + 1]!.children);
          this.heading(headingLevel, text, first ? anchor : undefined);
          first = false;
          pendingFigure = headingLevel === 2 ? sectionFigures.find((s) => s.heading.test(text))?.chart : undefined;
          i += 2;
          break;
        }
        case 'paragraph_open': {
          const list = listStack[listStack.length - 1];
          const inline = tokens[i + 1]!;
          if (list && tokens[i - 1]?.type === 'list_item_open') {
            list.n++;
            this.paragraph(inline, 14 * listStack.length, list.ordered ? `${list.n}.` : '•');
          } else {
            this.paragraph(inline, 14 * listStack.length);
          }
          i += 2;
          break;
        }
        case 'bullet_list_open':
          listStack.push({ ordered: false, n: 0 });
          break;
        case 'ordered_list_open':
          listStack.push({ ordered: true, n: Number(t.attrGet('start') ?? 1) - 1 });
          break;
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
            this.room(20);
            this.doc.font(font().mono).fontSize(8).fillColor(COLOURS.text).text(visible(t.content), MARGIN.left, this.doc.y, { width: this.width });
            this.doc.moveDown(0.5);
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
    this.tagged('P', () => {
      this.doc.font(font().body).fontSize(10).fillColor(COLOURS.text).text(visible(`Version ${m.version}, status ${m.status}, as of ${inputs.asOf}.`), MARGIN.left, this.doc.y, { width: this.width });
    });
    this.doc.moveDown(0.6);
    this.heading(2, 'Contents', undefined);
    for (const [n, e] of entries.entries()) {
      this.tagged('P', () => {
        this.doc.font(font().body).fontSize(10.5).fillColor(COLOURS.heading).text(visible(`${n + 1}. ${e.title}`), MARGIN.left + 8, this.doc.y, { width: this.width - 8, goTo: e.anchor, underline: false });
      });
      this.doc.moveDown(0.2);
    }
  }

  /** The running header and the page number on every page, marked as pagination artefacts. */
  furniture(running: string): void {
    const range = this.doc.bufferedPageRange();
    for (let p = range.start; p < range.start + range.count; p++) {
      this.doc.switchToPage(p);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc
        .font(font().body)
        .fontSize(8)
        .fillColor(COLOURS.muted)
        .text(visible(running), MARGIN.left, 28, { width: this.width, lineBreak: false, ellipsis: true });
      this.doc.moveTo(MARGIN.left, 42).lineTo(MARGIN.left + this.width, 42).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
      this.doc.text(`Page ${p + 1} of ${range.count}`, MARGIN.left, this.doc.page.height - 36, { width: this.width, align: 'right', lineBreak: false });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottom;
    }
  }
}

type SvgToPdf = (doc: Doc, svg: string, x: number, y: number, options: object) => void;
let svgToPdfModule: SvgToPdf | undefined;
/** svg-to-pdfkit, loaded with pdfkit by pdfPack. */
function svgToPdf(): SvgToPdf {
  return svgToPdfModule!;
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
  const [{ default: PDFDocument }, { default: markdownIt }, svgToPdfkit] = await Promise.all([import('pdfkit'), import('markdown-it'), import('svg-to-pdfkit')]);
  svgToPdfModule = ((svgToPdfkit as { default?: SvgToPdf }).default ?? svgToPdfkit) as unknown as SvgToPdf;
  const md: MarkdownIt = markdownIt({ html: false, linkify: false, typographer: false });
  const m = inputs.strategy.metadata;
  const date = new Date(`${inputs.asOf}T00:00:00Z`);
  const doc = new PDFDocument({
    size: options.paper === 'letter' ? 'LETTER' : 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en',
    displayTitle: true,
    // Never the standard Helvetica, which is not embedded (and which pdfkit reads from files of its own).
    font: font().body,
    info: {
      Title: visible(`Board pack: ${m.title}`),
      Subject: visible(`Version ${m.version}, status ${m.status}, as of ${inputs.asOf}`),
      Author: visible(m.owner.name),
      Creator: 'socialplan render',
      Producer: 'socialplan',
      CreationDate: date,
      ModDate: date,
    },
  } as PDFKit.PDFDocumentOptions);
  for (const file of Object.values(font())) {
    doc.font(file);
    layoutWithoutShaping((doc as unknown as { _font: { font: FontkitFont } })._font.font);
  }
  doc.font(font().body);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const writer = new Writer(doc, options);
  const parsed = briefings.map((b) => {
    const tokens = md.parse(withoutComments(b.content), {});
    const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
    return { tokens, title: h1 === -1 ? b.file : plain(tokens[h1 + 1]!.children), anchor: `briefing-${b.file.replace(/\.md$/, '')}` };
  });
  doc.addPage();
  writer.contents(inputs, parsed);
  for (const b of parsed) {
    doc.addPage();
    doc.outline.addItem(visible(b.title));
    writer.briefing(b.tokens, SECTION_CHARTS, b.anchor);
  }
  writer.furniture(runningHeader(inputs));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
