import { visible } from '../../text/visible.js';
import type { Chart } from './chart.js';

/**
 * A chart drawn as SVG in Node: Vega-Lite compiles the specification and Vega's headless renderer
 * draws it, with no browser and no canvas. Both are loaded on the first chart only, so a Markdown
 * render never pays for them. The loader refuses every file and address: a chart's data is inline,
 * and nothing a strategy says can make the render read a file or reach the network.
 */

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');

let libraries: Promise<[Vega, VegaLite]> | undefined;

function load(): Promise<[Vega, VegaLite]> {
  return (libraries ??= Promise.all([import('vega'), import('vega-lite')]));
}

const refuse = (what: string) => (): Promise<never> => Promise.reject(new Error(`a chart may not load ${what}`));

/** The SVG of one chart; the same chart always gives the same text. */
export async function chartSvg(chart: Chart): Promise<string> {
  const [vega, vegaLite] = await load();
  const compiled = vegaLite.compile(chart.spec as unknown as Parameters<VegaLite['compile']>[0]).spec;
  const loader = { load: refuse('data'), sanitize: refuse('an address'), http: refuse('an address'), file: refuse('a file') };
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: loader as unknown as ReturnType<Vega['loader']> });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  // The drawing's own accessible name and title, for the SVG wherever it goes (the HTML also captions it).
  const name = xmlText(`${chart.title}. ${chart.description}`);
  return svg.replace(/^<svg ([^>]*)>/, `<svg role="img" aria-label="${name}" $1><title>${xmlText(chart.title)}</title>`);
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as XML text or an attribute value; controls made visible, since XML 1.0 forbids most of them. */
function xmlText(text: string): string {
  return visible(text).replace(/[&<>"']/g, (ch) => XML[ch]!);
}

/** Every chart's SVG, by chart id. */
export async function chartSvgs(charts: readonly Chart[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // One after another: Vega's views share scenegraph ids, so the order decides them and the output stays the same.
  for (const chart of charts) out.set(chart.id, await chartSvg(chart));
  return out;
}
