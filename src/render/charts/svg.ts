import { escapeCharacter, visible } from '../../text/visible.js';
import { FONT_FAMILY, type Chart } from './chart.js';
import type { Mark } from './scene.js';

/**
 * A chart's scene (./scene.ts) written as SVG, for the HTML board pack: one group a role, each mark an
 * element. Every piece of text goes through xmlText, so a name from the strategy is the text of a <text>
 * element or an attribute's value, never markup. Nothing is loaded and nothing runs: the same chart always
 * gives the same bytes.
 */

/** The SVG of one chart. */
export function chartSvg(chart: Chart): string {
  const { width, height, groups } = chart.scene;
  const out: string[] = [
    // The drawing's own accessible name and title, for the SVG wherever it goes (the HTML also captions it).
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${xmlText(`${chart.title}. ${chart.description}`)}" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" font-family="${xmlText(FONT_FAMILY)}">`,
    `<title>${xmlText(chart.title)}</title>`,
  ];
  for (const group of groups) {
    out.push(`<g class="role-${group.role}">`);
    for (const mark of group.marks) out.push(element(mark));
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}

function element(mark: Mark): string {
  switch (mark.kind) {
    case 'rect':
      return `<rect x="${num(mark.x)}" y="${num(mark.y)}" width="${num(mark.width)}" height="${num(mark.height)}" fill="${colour(mark.fill)}"/>`;
    case 'line': {
      const points = mark.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
      const dash = mark.dash ? ` stroke-dasharray="${num(mark.dash[0])} ${num(mark.dash[1])}"` : '';
      return `<polyline points="${points}" fill="none" stroke="${colour(mark.stroke)}" stroke-width="${num(mark.width)}"${dash}/>`;
    }
    case 'text': {
      const x = num(mark.x);
      const y = num(mark.y);
      const bold = mark.bold ? ' font-weight="bold"' : '';
      const rotate = mark.rotate ? ` transform="rotate(${mark.rotate} ${x} ${y})"` : '';
      return `<text x="${x}" y="${y}" font-size="${num(mark.size)}"${bold} fill="${colour(mark.fill)}" text-anchor="${mark.anchor}"${rotate}>${xmlText(mark.text)}</text>`;
    }
  }
}

/** A coordinate as SVG reads it: rounded to two decimals, no `-0`. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`a chart has a coordinate that is not a number: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

/** A colour as the scene has it, checked: six hex digits, so nothing else can reach an attribute. */
function colour(value: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(value)) throw new Error(`a chart has a colour that is not #rrggbb: ${visible(value)}`);
  return value;
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** What XML 1.0 forbids that visible() leaves: the noncharacters U+FFFE and U+FFFF, and halves of a surrogate pair. */
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML text or an attribute value; controls made visible, since XML 1.0 forbids most of them. */
function xmlText(text: string): string {
  return visible(text)
    .replace(NOT_XML, escapeCharacter)
    .replace(/[&<>"']/g, (ch) => XML[ch]!);
}

/** Every chart's SVG, by chart id. */
export function chartSvgs(charts: readonly Chart[]): Map<string, string> {
  return new Map(charts.map((chart) => [chart.id, chartSvg(chart)]));
}
