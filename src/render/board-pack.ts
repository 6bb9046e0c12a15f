import type { BriefingInputs } from './inputs.js';

/**
 * What the HTML and the PDF board packs share about reading the rendered Markdown: which chart stands for
 * which Mermaid diagram, where the two charts without a diagram go, what is left out, and the running header.
 */

/** The chart id a Mermaid diagram becomes in a board pack, or null to leave it out (the traceability graph: the goals table says the same). */
export function chartForMermaid(mermaid: string): string | null {
  const kind = mermaid.split('\n').find((l) => l.trim() && !l.trim().startsWith('%%'))?.trim() ?? '';
  if (kind.startsWith('gantt')) return 'roadmap';
  if (kind.startsWith('xychart')) return 'cash-flow';
  // The two pies (costs, benefits) become one chart of both, in the place of the first.
  if (kind.startsWith('pie') && /costs/i.test(kind)) return 'cost-benefit';
  return null;
}

/** Charts placed after the first table of the section whose heading matches. */
export const SECTION_CHARTS: readonly { heading: RegExp; chart: string }[] = [
  { heading: /^Where the stakeholders stand$/, chart: 'stakeholders' },
  { heading: /^How success is measured$/, chart: 'kpis' },
];

/** The Markdown without lines that are whole HTML comments (the generated line, markdownlint's switches): they say nothing to a reader. */
export function withoutComments(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => !/^<!--.*-->$/.test(l.trim()))
    .join('\n');
}

/** Strategy, version, status and as-of date: the running header of every page. */
export function runningHeader(inputs: BriefingInputs): string {
  const m = inputs.strategy.metadata;
  return `${m.title} · version ${m.version} · ${m.status} · as of ${inputs.asOf}`;
}
