import { embedFont } from './embed-font.js';
import { date, name, num, PdfObjects, ref, text } from './pdf-objects.js';
import type { TrueTypeFont } from './truetype.js';
import { xmp } from './xmp.js';

/**
 * A tagged PDF being drawn (ISO 32000-1 sections 8-14, the parts a board pack uses): pages of text and simple
 * graphics in embedded TrueType fonts (subsets, Identity-H, with a ToUnicode map so the text can be copied and
 * searched), a structure tree of the standard types (H1, P, Table, Figure with its alternative text...) whose
 * content is marked page by page, artefacts for what is not content, named destinations, links between them,
 * an outline, and the document's title, language and dates. Coordinates are points from the top left of the
 * page; this layer turns them upside down for PDF. Nothing here can point outside the document: the only
 * actions are GoTo a named destination in it.
 */

export interface Paper {
  width: number;
  height: number;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  creator: string;
  producer: string;
  /** The as-of date, YYYY-MM-DD: the creation and modification date, so the same input gives the same bytes. */
  date: string;
  lang: string;
}

export type FontKey = 'body' | 'bold' | 'mono';

/** A structure element: its type, its alternative text (figures) and attributes, its kids in order. */
export interface StructElem {
  readonly type: string;
  readonly alt?: string;
  /** Attribute dictionary entries, as PDF (`/O /Table /Scope /Column`). */
  readonly attributes?: string;
  readonly kids: (StructElem | MarkedRef | LinkRef)[];
  parent?: StructElem;
  /** The object number, given when the tree is written. */
  n?: number;
}

interface MarkedRef {
  page: number;
  mcid: number;
}

interface LinkRef {
  page: number;
  annotation: number;
}

interface Page {
  ops: string[];
  /**
   * The page's content streams written so far: its body when the next page begins (compressed then, so that
   * thousands of small strings do not outlive it), then what is drawn on it later (the running header).
   */
  streams: number[];
  state: GraphicsState;
  /** Structure elements by marked-content id. */
  marked: StructElem[];
  annotations: { n: number; body: string }[];
  n: number;
}

interface FontUse {
  /** The font, read when first asked for (through the getter the caller gave). */
  readonly font: TrueTypeFont;
  resource: string;
  /** Glyph id to the text it stands for, for the ToUnicode map. */
  glyphs: Map<number, string>;
}

const COLOUR = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

const COMPONENTS = new Map<string, string>();

/** `#1f4e79` as the three components PDF's colour operators take. */
function rgb(colour: string): string {
  let components = COMPONENTS.get(colour);
  if (components === undefined) {
    const m = COLOUR.exec(colour);
    if (!m) throw new Error(`not a colour: ${colour}`);
    components = [m[1], m[2], m[3]].map((h) => num(parseInt(h!, 16) / 255)).join(' ');
    COMPONENTS.set(colour, components);
  }
  return components;
}

/**
 * What the graphics state already holds on a page, so an operator is written only when it changes: a table's
 * every cell would otherwise repeat its colour, font and line width (and the file would be twice the size).
 */
interface GraphicsState {
  fill?: string;
  stroke?: string;
  font?: string;
  lineWidth?: string;
  dash?: string;
}

const STRUCTURE_TYPE = /^[A-Z][A-Za-z0-9]*$/;

const isStruct = (kid: StructElem | MarkedRef | LinkRef): kid is StructElem => 'type' in kid;

export class PdfDocument {
  private readonly objects = new PdfObjects();
  private readonly pages: Page[] = [];
  private readonly fonts: Record<FontKey, FontUse>;
  private readonly destinations = new Map<string, string>();
  private readonly outline: { title: string; page: number; y: number }[] = [];
  /** The root of the structure tree: a Document element. */
  readonly root: StructElem = { type: 'Document', kids: [] };
  /** The element whose content is being drawn, if any, and on which page its content was opened. */
  private open: { elem: StructElem; page: number } | undefined;
  private current = -1;
  private readonly metricsCache = new Map<string, { ascent: number; descent: number }>();
  private scratch = new Uint8Array(512);

  constructor(
    readonly paper: Paper,
    private readonly info: DocumentInfo,
    fonts: { readonly [key in FontKey]: TrueTypeFont },
  ) {
    const use = (key: FontKey, resource: string): FontUse => {
      let loaded: TrueTypeFont | undefined;
      return {
        get font() {
          return (loaded ??= fonts[key]);
        },
        resource,
        glyphs: new Map(),
      };
    };
    this.fonts = { body: use('body', 'F1'), bold: use('bold', 'F2'), mono: use('mono', 'F3') };
  }

  get pageCount(): number {
    return this.pages.length;
  }

  get pageIndex(): number {
    return this.current;
  }

  /** A new page at the end; content being marked goes on on it, under a new marked-content id. */
  addPage(): void {
    const open = this.open;
    if (open) this.endMarked();
    if (this.current >= 0) this.flush(this.page);
    this.pages.push({ ops: [], streams: [], state: {}, marked: [], annotations: [], n: this.objects.reserve() });
    this.current = this.pages.length - 1;
    if (open) this.beginMarked(open.elem);
  }

  /** Draw on an earlier page (the running header and page numbers, once the count is known). */
  switchToPage(index: number): void {
    if (this.open) throw new Error('cannot change page inside marked content');
    this.flush(this.page);
    this.current = index;
    this.page.state = {};
  }

  /** What is drawn on the page so far, as a content stream of its own. */
  private flush(page: Page): void {
    if (!page.ops.length) return;
    page.streams.push(this.objects.addStream('<< >>', Buffer.from(page.ops.join('\n'), 'latin1')));
    page.ops = [];
  }

  private get page(): Page {
    const page = this.pages[this.current];
    if (!page) throw new Error('no page to draw on');
    return page;
  }

  private y(top: number): number {
    return this.paper.height - top;
  }

  /** The width of `value` in the font at `size` points. */
  widthOf(value: string, font: FontKey, size: number): number {
    return this.fonts[font].font.widthOf(value, size);
  }

  /** The font's ascent and descent at `size`, in points (descent positive, below the baseline). */
  metrics(font: FontKey, size: number): { ascent: number; descent: number } {
    const key = `${font} ${size}`;
    let metrics = this.metricsCache.get(key);
    if (!metrics) {
      const f = this.fonts[font].font;
      metrics = { ascent: (f.ascent * size) / f.unitsPerEm, descent: (-f.descent * size) / f.unitsPerEm };
      this.metricsCache.set(key, metrics);
    }
    return metrics;
  }

  /** One line of text, its baseline at `baseline` points from the top of the page. */
  text(value: string, x: number, baseline: number, font: FontKey, size: number, colour: string): void {
    if (!value) return;
    const use = this.fonts[font];
    // The glyph ids, two bytes each, high byte first, as hex: written into one reused buffer, not a string per character.
    if (this.scratch.length < value.length * 2) this.scratch = new Uint8Array(value.length * 4);
    const bytes = this.scratch;
    const typeface = use.font;
    let count = 0;
    for (let i = 0; i < value.length; i++) {
      const codePoint = value.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      const glyph = typeface.glyphId(codePoint);
      if (!use.glyphs.has(glyph)) use.glyphs.set(glyph, glyph === 0 ? '\ufffd' : String.fromCodePoint(codePoint));
      bytes[count++] = glyph >> 8;
      bytes[count++] = glyph & 0xff;
    }
    const hex = Buffer.from(bytes.buffer, 0, count).toString('hex');
    const state = this.page.state;
    const fill = this.fill(colour);
    const fontOp = `/${use.resource} ${num(size)} Tf `;
    const setFont = state.font === fontOp ? '' : fontOp;
    state.font = fontOp;
    this.page.ops.push(`BT ${fill}${setFont}1 0 0 1 ${num(x)} ${num(this.y(baseline))} Tm <${hex}> Tj ET`);
  }

  /** The operator that sets the fill colour, or nothing when it is set already. */
  private fill(colour: string): string {
    const state = this.page.state;
    if (state.fill === colour) return '';
    state.fill = colour;
    return `${rgb(colour)} rg `;
  }

  /** The operators that set the stroke's colour, width and dash, those not set already. */
  private stroke(colour: string, lineWidth: number, dash?: readonly [number, number]): string {
    const state = this.page.state;
    const width = num(lineWidth);
    const pattern = dash ? `[${num(dash[0])} ${num(dash[1])}] 0 d ` : '[] 0 d ';
    let ops = '';
    if (state.stroke !== colour) ops += `${rgb(colour)} RG `;
    if (state.lineWidth !== width) ops += `${width} w `;
    if (state.dash !== pattern) ops += pattern;
    Object.assign(state, { stroke: colour, lineWidth: width, dash: pattern });
    return ops;
  }

  /** Text turned a quarter counter-clockwise about (x, baseline): a vertical axis title. */
  textUp(value: string, x: number, baseline: number, font: FontKey, size: number, colour: string): void {
    const before = this.page.ops.length;
    this.text(value, x, baseline, font, size, colour);
    const op = this.page.ops[before];
    if (op) this.page.ops[before] = op.replace(/ 1 0 0 1 (\S+ \S+) Tm/, ' 0 1 -1 0 $1 Tm');
  }

  rect(x: number, top: number, width: number, height: number, fill: string): void {
    this.page.ops.push(`${this.fill(fill)}${num(x)} ${num(this.y(top + height))} ${num(width)} ${num(height)} re f`);
  }

  /** The outlines of boxes (x, top, width, height), stroked as one path. */
  strokeRects(boxes: readonly (readonly [number, number, number, number])[], colour: string, lineWidth: number): void {
    if (!boxes.length) return;
    const path = boxes.map(([x, top, width, height]) => `${num(x)} ${num(this.y(top + height))} ${num(width)} ${num(height)} re`).join(' ');
    this.page.ops.push(`${this.stroke(colour, lineWidth)}${path} S`);
  }

  /** A line through the points, in order. */
  line(points: readonly (readonly [number, number])[], colour: string, lineWidth: number, dash?: readonly [number, number]): void {
    if (points.length < 2) return;
    const path = points.map(([x, y], i) => `${num(x)} ${num(this.y(y))} ${i ? 'l' : 'm'}`).join(' ');
    this.page.ops.push(`${this.stroke(colour, lineWidth, dash)}${path} S`);
  }

  /**
   * Drawing in units of its own, scaled by `scale` with its (0, 0) at (x, top): the drawing calls the same
   * methods with its own coordinates (y down, as here), and the transformation puts them in the box.
   */
  transformed(x: number, top: number, scale: number, draw: () => void): void {
    // Inside, a point (u, v) is written as (u, H - v); PDF then maps it to (x + s u, H - top - s v).
    const page = this.page;
    const saved = { ...page.state };
    page.ops.push(`q ${num(scale)} 0 0 ${num(scale)} ${num(x)} ${num(this.paper.height * (1 - scale) - top)} cm 1 j`);
    try {
      draw();
    } finally {
      page.ops.push('Q');
      // Q restores what q saved; the line width changed under the scale, so it is set again after.
      page.state = { ...saved, lineWidth: undefined };
    }
  }

  /** A structure element under `parent` (the document's root by default). */
  struct(type: string, parent: StructElem = this.root, extra: { alt?: string; attributes?: string } = {}): StructElem {
    // A standard structure type, written as a name as it is: the board pack's own words, never a strategy's.
    if (!STRUCTURE_TYPE.test(type)) throw new Error(`not a structure type: ${type}`);
    const elem: StructElem = { type, kids: [], parent, alt: extra.alt, attributes: extra.attributes };
    parent.kids.push(elem);
    return elem;
  }

  /** Content of `elem`, marked as such on the page; a page break inside it continues the marking on the next page. */
  marked(elem: StructElem, draw: () => void): void {
    if (this.open) throw new Error('marked content cannot nest here');
    this.beginMarked(elem);
    try {
      draw();
    } finally {
      this.endMarked();
    }
  }

  private beginMarked(elem: StructElem): void {
    const page = this.page;
    const mcid = page.marked.length;
    page.marked.push(elem);
    elem.kids.push({ page: this.current, mcid });
    page.ops.push(`/${elem.type} << /MCID ${mcid} >> BDC`);
    this.open = { elem, page: this.current };
  }

  private endMarked(): void {
    if (!this.open) return;
    this.pages[this.open.page]!.ops.push('EMC');
    this.open = undefined;
  }

  /** What is not content (page furniture, rules, shading): marked as an artefact, out of the structure. */
  artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.page.ops.push(`/Artifact << /Type /${type} >> BDC`);
    try {
      draw();
    } finally {
      this.page.ops.push('EMC');
    }
  }

  /** A named destination at `top` on the current page. */
  destination(id: string, top: number): void {
    this.destinations.set(id, `[${ref(this.page.n)} /XYZ 0 ${num(this.y(top))} null]`);
  }

  /** An outline entry (a bookmark) at `top` on the current page. */
  bookmark(title: string, top: number): void {
    this.outline.push({ title, page: this.current, y: top });
  }

  /** A link over the box to the named destination `id`, under the structure element `elem` (a Link). */
  link(elem: StructElem, x: number, top: number, width: number, height: number, id: string): void {
    const n = this.objects.reserve();
    const page = this.page;
    page.annotations.push({ n, body: `/Type /Annot /Subtype /Link /Rect [${num(x)} ${num(this.y(top + height))} ${num(x + width)} ${num(this.y(top))}] /Border [0 0 0] /Dest ${name(id)}` });
    elem.kids.push({ page: this.current, annotation: n });
  }

  /** The whole file. */
  finish(): Uint8Array {
    const o = this.objects;
    const catalog = o.reserve();
    const pagesRoot = o.reserve();
    const info = o.add(
      `<< /Title ${text(this.info.title)} /Subject ${text(this.info.subject)} /Author ${text(this.info.author)} /Creator ${text(this.info.creator)} /Producer ${text(this.info.producer)} /CreationDate ${date(this.info.date)} /ModDate ${date(this.info.date)} >>`,
    );
    // Only the fonts some text was drawn in.
    const fonts = Object.fromEntries(
      Object.values(this.fonts)
        .filter((use) => use.glyphs.size > 0)
        .map((use) => [use.resource, embedFont(this.objects, use.font, use.glyphs)]),
    );
    const fontResources = `<< ${Object.entries(fonts)
      .map(([resource, n]) => `/${resource} ${ref(n)}`)
      .join(' ')} >>`;
    const resources = o.add(`<< /Font ${fontResources} /ProcSet [/PDF /Text] >>`);
    // The parent tree: each page's marked content ids to their elements, then each link annotation to its Link element.
    const parentTree: [number, () => string][] = [];
    const structRoot = o.reserve();
    this.writeStruct(this.root, structRoot);
    let key = 0;
    this.pages.forEach((page, index) => {
      const pageKey = key++;
      parentTree.push([pageKey, () => `[${page.marked.map((e) => ref(e.n!)).join(' ')}]`]);
      const annotations = page.annotations.map((a) => {
        const annotationKey = key++;
        const owner = this.linkOwner(a.n);
        parentTree.push([annotationKey, () => ref(owner.n!)]);
        o.set(a.n, `<< ${a.body} /StructParent ${annotationKey} >>`);
        return a.n;
      });
      this.flush(page);
      o.set(
        page.n,
        `<< /Type /Page /Parent ${ref(pagesRoot)} /MediaBox [0 0 ${num(this.paper.width)} ${num(this.paper.height)}] /Resources ${ref(resources)} /Contents [${page.streams.map(ref).join(' ')}] /StructParents ${pageKey} /Tabs /S${annotations.length ? ` /Annots [${annotations.map(ref).join(' ')}]` : ''} >>`,
      );
      void index;
    });
    const tree = o.add(`<< /Nums [${parentTree.map(([k, value]) => `${k} ${value()}`).join(' ')}] >>`);
    o.set(structRoot, `<< /Type /StructTreeRoot /K ${ref(this.root.n!)} /ParentTree ${ref(tree)} /ParentTreeNextKey ${key} >>`);
    o.set(pagesRoot, `<< /Type /Pages /Kids [${this.pages.map((p) => ref(p.n)).join(' ')}] /Count ${this.pages.length} >>`);
    const outlines = this.writeOutline();
    const dests = o.add(
      `<< ${[...this.destinations]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, at]) => `${name(id)} ${at}`)
        .join(' ')} >>`,
    );
    const markInfo = o.add('<< /Marked true >>');
    const metadata = o.addStream('<< /Type /Metadata /Subtype /XML >>', Buffer.from(xmp(this.info), 'utf8'), false);
    o.set(
      catalog,
      `<< /Type /Catalog /Pages ${ref(pagesRoot)} /Outlines ${ref(outlines)} /PageMode /UseOutlines /Dests ${ref(dests)} /StructTreeRoot ${ref(structRoot)} /MarkInfo ${ref(markInfo)} /Lang ${text(this.info.lang)} /ViewerPreferences << /DisplayDocTitle true >> /Metadata ${ref(metadata)} >>`,
    );
    return o.serialize('1.7', catalog, info);
  }

  private linkOwner(annotation: number): StructElem {
    const find = (elem: StructElem): StructElem | undefined => {
      for (const kid of elem.kids) {
        if (isStruct(kid)) {
          const found = find(kid);
          if (found) return found;
        } else if ('annotation' in kid && kid.annotation === annotation) return elem;
      }
      return undefined;
    };
    const owner = find(this.root);
    if (!owner) throw new Error('a link annotation without its structure element');
    return owner;
  }

  /** Every structure element as an object, parents before children; the root's parent is the tree root. */
  private writeStruct(elem: StructElem, parent: number): void {
    elem.n = this.objects.reserve();
    for (const kid of elem.kids) if (isStruct(kid)) this.writeStruct(kid, elem.n);
    const kids = elem.kids.map((kid) => {
      if (isStruct(kid)) return ref(kid.n!);
      if ('mcid' in kid) return `<< /Type /MCR /Pg ${ref(this.pages[kid.page]!.n)} /MCID ${kid.mcid} >>`;
      return `<< /Type /OBJR /Pg ${ref(this.pages[kid.page]!.n)} /Obj ${ref(kid.annotation)} >>`;
    });
    const alt = elem.alt === undefined ? '' : ` /Alt ${text(elem.alt)}`;
    const attributes = elem.attributes ? ` /A << ${elem.attributes} >>` : '';
    this.objects.set(elem.n, `<< /Type /StructElem /S ${name(elem.type)} /P ${ref(parent)} /K [${kids.join(' ')}]${alt}${attributes} >>`);
  }

  private writeOutline(): number {
    const o = this.objects;
    const root = o.reserve();
    const items = this.outline.map(() => o.reserve());
    this.outline.forEach((entry, i) => {
      const links = `${i > 0 ? ` /Prev ${ref(items[i - 1]!)}` : ''}${i < items.length - 1 ? ` /Next ${ref(items[i + 1]!)}` : ''}`;
      o.set(items[i]!, `<< /Title ${text(entry.title)} /Parent ${ref(root)}${links} /Dest [${ref(this.pages[entry.page]!.n)} /XYZ 0 ${num(this.y(entry.y))} null] >>`);
    });
    o.set(root, items.length ? `<< /Type /Outlines /First ${ref(items[0]!)} /Last ${ref(items[items.length - 1]!)} /Count ${items.length} >>` : '<< /Type /Outlines /Count 0 >>');
    return root;
  }
}
