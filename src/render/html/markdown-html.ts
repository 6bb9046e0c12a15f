import { chartForMermaid, withoutComments } from '../board-pack.js';
import { markdownParser, readMarkdown } from '../markdown-parser.js';
import { HtmlRenderer } from '../markdown/render-html.js';
import { MarkdownToken, type Token } from '../markdown/token.js';
import { escapeHtml } from './escape-html.js';

/**
 * A rendered Markdown briefing as HTML: the same text, tables and numbers, read as markdown-it reads it, with raw
 * HTML off (a `<` anywhere in a strategy stays a `<` on the page) and no autolinking. What Markdown shows
 * as a Mermaid diagram the HTML shows as the board pack's SVG chart of the same thing (`figures`); a
 * diagram with no such chart is left out, its content being in the tables around it.
 */

export interface HtmlBriefingOptions {
  /** A chart's figure by chart id, its ids prefixed with `idPrefix` (empty when the strategy has no such chart). */
  figure: (chartId: string, idPrefix: string) => string;
  /** Where a link to another briefing goes: `privacy.md` becomes `privacy.html`, or `#privacy` in one file. */
  linkFor: (file: string) => string | undefined;
  /** Prefix of heading ids, so two briefings in one file do not share ids. */
  idPrefix: string;
  /** Charts placed after the first table of the section whose heading matches, such as the stakeholders' standing. */
  sectionFigures?: readonly { heading: RegExp; chart: string }[];
}

/** The HTML of a briefing's tokens, with the board pack's own rules for diagrams, addresses and tables. */
function renderer(figure: (chartId: string) => string, unescapeAll?: (text: string) => string): HtmlRenderer {
  const html = new HtmlRenderer(unescapeAll);
  const rules = html.rules;
  const fence = rules.fence!;
  rules.fence = (tokens, index, self) => {
    const token = tokens[index]!;
    if (token.info.trim() !== 'mermaid') return fence(tokens, index, self);
    const chart = chartForMermaid(token.content);
    return chart ? figure(chart) : '';
  };
  // An address in the strategy (a notice URL, a name that holds one) is Markdown's <autolink>, so that it is not
  // bare; in the board pack it is text: nothing a strategy says becomes a link.
  rules.link_open = (tokens, index, self) => (tokens[index]!.markup === 'autolink' ? '' : self.token(tokens, index));
  rules.link_close = (tokens, index, self) => (tokens[index]!.markup === 'autolink' ? '' : self.token(tokens, index));
  // Tables scroll sideways on a phone rather than squeezing their columns.
  rules.table_open = () => '<div class="table" tabindex="0"><table>\n';
  rules.table_close = () => '</table></div>\n';
  return html;
}

/** A heading's id: lower-case words joined by hyphens, made unique within the page. */
function slug(text: string, taken: Set<string>, prefix: string): string {
  const base = `${prefix}${text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface HtmlBriefing {
  html: string;
  /** The page's headings, for a table of contents. */
  headings: { level: number; text: string; id: string }[];
}

/**
 * Give each heading its id and each link to another briefing its address in the HTML; the page's headings. Kept out
 * of the async briefingHtml: a loop this hot inside an async function has V8 compile the whole of it, which a short
 * run waits for as it exits.
 */
function identify(tokens: readonly Token[], options: HtmlBriefingOptions): HtmlBriefing['headings'] {
  const taken = new Set<string>();
  const headings: HtmlBriefing['headings'] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') {
      const text = tokens[i + 1]?.children?.map((c) => c.content).join('') ?? '';
      const id = slug(text, taken, options.idPrefix);
      token.attrSet('id', id);
      headings.push({ level: Number(token.tag.slice(1)), text, id });
    }
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      const href = String(child.attrGet('href') ?? '');
      const target = options.linkFor(href);
      if (target !== undefined) child.attrSet('href', target);
    }
  }
  return headings;
}

export async function briefingHtml(markdown: string, options: HtmlBriefingOptions): Promise<HtmlBriefing> {
  const tokens = await readMarkdown(withoutComments(markdown));
  const headings = identify(tokens, options);
  for (const { heading, chart } of options.sectionFigures ?? []) {
    const at = headings.find((h) => h.level === 2 && heading.test(h.text));
    const figure = at ? options.figure(chart, options.idPrefix) : '';
    if (!at || !figure) continue;
    const start = tokens.findIndex((tk) => tk.type === 'heading_open' && tk.attrGet('id') === at.id);
    const next = tokens.findIndex((tk, k) => k > start && tk.type === 'heading_open' && Number(tk.tag.slice(1)) <= 2);
    const end = next === -1 ? tokens.length : next;
    // After the section's first table (the same facts in rows), else at the section's end.
    const table = tokens.findIndex((tk, k) => k > start && k < end && tk.type === 'table_close');
    const block = new MarkdownToken('html_block', '', 0);
    block.content = figure;
    tokens.splice(table === -1 ? end : table + 1, 0, block);
  }
  // Only markdown-it's tokens can have a fence whose info string holds an escape or an entity.
  const unescapeAll = tokens.some((t) => t.type === 'fence' && /[\\&]/.test(t.info)) ? (await markdownParser()).utils.unescapeAll : undefined;
  return { html: renderer((chart) => options.figure(chart, options.idPrefix), unescapeAll).render(tokens), headings };
}

/** A figure: the chart's SVG, its title and description as the caption, and its data as a table for screen readers. */
export function figureHtml(chart: { id: string; title: string; description: string; table: { columns: string[]; rows: string[][] } }, svg: string, idPrefix = ''): string {
  const id = `${idPrefix}chart-${chart.id}`;
  const head = chart.table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = chart.table.rows.map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n');
  return [
    `<figure class="chart" id="${id}" aria-labelledby="${id}-title" aria-describedby="${id}-description">`,
    `<div class="chart-image" aria-hidden="true">${svg}</div>`,
    `<figcaption><span class="chart-title" id="${id}-title">${escapeHtml(chart.title)}</span> <span class="chart-description" id="${id}-description">${escapeHtml(chart.description)}</span></figcaption>`,
    `<table class="visually-hidden"><caption>Data of the chart: ${escapeHtml(chart.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`,
    '</figure>\n',
  ].join('\n');
}
