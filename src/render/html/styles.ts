/**
 * Text as a CSS string's content: every character but letters, digits and spaces as an escape
 * (`\3c `), so a strategy's name can neither end the string nor the style element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /^[A-Za-z0-9 ]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}

/**
 * The board pack's one stylesheet, inline in every page: readable on a phone, printed on A4 or US
 * Letter (whichever the printer takes; the margins suit both) with each briefing on a new page, the
 * running header (`running`: strategy, version, status, as-of date) at the top of every page and the
 * page number at the foot. Colours keep 4.5:1 contrast or more.
 */
export function stylesheet(running: string): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: "DejaVu Sans", "Segoe UI", Verdana, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b; background: #ffffff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
.running { background: #1f4e79; color: #ffffff; padding: 0.5rem 1rem; font-size: 0.875rem; }
.running p { margin: 0; max-width: 52rem; margin-inline: auto; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1.5rem 0 0.75rem; color: #1f4e79; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; color: #1f4e79; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: #1a4f8b; }
blockquote { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 4px solid #a4262c; background: #fbf3f3; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9em; background: #f1f1f1; padding: 0 0.2em; }
.table { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; font-size: 0.875rem; min-width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
figure.chart { margin: 1.5rem 0; }
.chart-image svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.875rem; color: #333333; margin-top: 0.25rem; }
.chart-title { font-weight: bold; }
.visually-hidden { position: absolute; width: 1px; height: 1px; min-width: 0; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
nav.contents ol { padding-left: 1.25rem; }
nav.contents li { margin: 0.15rem 0; }
section.briefing + section.briefing { border-top: 2px solid #1f4e79; margin-top: 2rem; }
@media (max-width: 40rem) { body { font-size: 15px; } h1 { font-size: 1.4rem; } main { padding: 0.75rem; } }
@page {
  margin: 20mm 15mm 18mm;
  @top-left { content: ${cssString(running)}; font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 8.5pt; color: #333333; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 9pt; color: #333333; }
}
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .running { display: none; }
  section.briefing { break-before: page; border-top: none; margin-top: 0; }
  section.briefing:first-of-type, nav.contents + section.briefing { break-before: auto; }
  nav.contents { break-after: page; }
  h1, h2, h3 { break-after: avoid; }
  figure, tr, blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
}
