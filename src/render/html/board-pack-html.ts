import { runningHeader, SECTION_CHARTS } from '../board-pack.js';
import type { BriefingInputs } from '../inputs.js';
import type { RenderedFile } from '../render.js';
import { GENERATED } from '../render.js';
import { escapeHtml } from './escape-html.js';
import { briefingHtml, type HtmlBriefing } from './markdown-html.js';
import { stylesheet } from './styles.js';

/**
 * The briefings as self-contained HTML: styles inline, charts as inline SVG, no script, no request to
 * anywhere. One file per briefing (`privacy.md` becomes `privacy.html`, links between them follow), or
 * with `single` one board pack with a table of contents. Every page starts with the generated line, so
 * a later render knows it may replace it.
 */

export interface HtmlPackOptions {
  single: boolean;
  /** A chart's figure by chart id, its ids prefixed (src/render/html/markdown-html.ts figureHtml); empty for no such chart. */
  figure: (chartId: string, idPrefix: string) => string;
}

const htmlName = (file: string): string => file.replace(/\.md$/, '.html');
const anchorOf = (file: string): string => `briefing-${file.replace(/\.md$/, '')}`;

function page(title: string, running: string, body: string): string {
  return [
    GENERATED,
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="socialplan render">',
    // Nothing may be fetched: no script, style, image, font or frame from anywhere, not even this file's folder.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${stylesheet(running)}</style>`,
    '</head>',
    '<body>',
    `<header class="running"><p>${escapeHtml(running)}</p></header>`,
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The briefings (Markdown as rendered) as HTML pages, or as one board pack. */
export async function htmlPack(inputs: BriefingInputs, briefings: readonly RenderedFile[], options: HtmlPackOptions): Promise<RenderedFile[]> {
  const running = runningHeader(inputs);
  const known = new Set(briefings.map((b) => b.file));
  const converted: (HtmlBriefing & { file: string })[] = [];
  for (const b of briefings) {
    const html = await briefingHtml(b.content, {
      figure: options.figure,
      sectionFigures: SECTION_CHARTS,
      idPrefix: options.single ? `${anchorOf(b.file)}-` : '',
      linkFor: (href) => (known.has(href) ? (options.single ? `#${anchorOf(href)}` : htmlName(href)) : undefined),
    });
    converted.push({ ...html, file: b.file });
  }
  const titleOf = (c: (typeof converted)[number]) => c.headings.find((h) => h.level === 1)?.text ?? c.file;
  if (!options.single) {
    return converted.map((c) => ({ file: htmlName(c.file), content: page(titleOf(c), running, c.html) }));
  }
  const contents = [
    '<nav class="contents" aria-labelledby="contents-title">',
    `<h1 id="contents-title">Board pack: ${escapeHtml(inputs.strategy.metadata.title)}</h1>`,
    `<p>${escapeHtml(`Version ${inputs.strategy.metadata.version}, status ${inputs.strategy.metadata.status}, as of ${inputs.asOf}.`)}</p>`,
    '<h2>Contents</h2>',
    '<ol>',
    ...converted.map((c) => {
      const sections = c.headings.filter((h) => h.level === 2);
      const inner = sections.length ? `\n<ol>\n${sections.map((h) => `<li><a href="#${h.id}">${escapeHtml(h.text)}</a></li>`).join('\n')}\n</ol>\n` : '';
      return `<li><a href="#${anchorOf(c.file)}">${escapeHtml(titleOf(c))}</a>${inner}</li>`;
    }),
    '</ol>',
    '</nav>',
  ].join('\n');
  const sections = converted.map((c) => `<section class="briefing" id="${anchorOf(c.file)}" aria-label="${escapeHtml(titleOf(c))}">\n${c.html}</section>`);
  return [{ file: 'board-pack.html', content: page(`Board pack: ${inputs.strategy.metadata.title}`, running, [contents, ...sections].join('\n')) }];
}
