import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRules } from '../../src/checks/ruleset/prepare.js';
import type { RuleSet } from '../../src/checks/ruleset/rule-set.js';
import { checkActuals, readActuals } from '../../src/measure/actuals.js';
import { toNumber } from '../../src/measure/exact.js';
import { scorecard, type KpiScore } from '../../src/measure/scorecard.js';
import { loadStrategy } from '../../src/model/load.js';
import { parseStrategy } from '../../src/model/parse.js';
import { boardCharts, cashFlowChart, kpiChart, roadmapChart, stakeholderChart } from '../../src/render/charts/board-charts.js';
import { PALETTE, type Chart } from '../../src/render/charts/chart.js';
import type { LineMark, Mark, MarkGroup, Measure, RectMark, Scene, TextMark } from '../../src/render/charts/scene.js';
import { chartSvg, chartSvgs } from '../../src/render/charts/svg.js';
import { briefingInputs, type BriefingInputs } from '../../src/render/inputs.js';
import { MINIMAL, ROOT } from '../helpers.js';

/**
 * The board pack's charts as scenes and as SVG, read back: the SVG by an XML parser (well-formed, its text
 * text and nothing else), the scene by geometry worked out here from the inputs, not from the layout code: the
 * cash-flow line through the y axis's own labelled ticks, the payback and as-of rules at their dates, every bar
 * in its plot and every text in its box. Widths come from a stand-in for the fonts' measure, the same the
 * layout is given.
 */

const AS_OF = '2026-11-25';
const measure: Measure = (text, size, bold) => [...text].length * size * (bold ? 0.66 : 0.6);

let ruleSet: RuleSet;
let portfolio: BriefingInputs;
let scores: KpiScore[];
let charts: Chart[];

beforeAll(async () => {
  const file = join(ROOT, 'examples', 'portfolio.yaml');
  const loaded = await loadStrategy(file);
  if (!loaded.loaded) throw new Error(`examples/portfolio.yaml does not load: ${JSON.stringify(loaded.diagnostics)}`);
  ({ ruleSet } = await prepareRules({ cwd: ROOT, env: {} }));
  portfolio = briefingInputs(loaded.loaded, file, ruleSet, AS_OF);
  const actualsFile = join(ROOT, 'examples', 'actuals', 'portfolio.csv');
  const { actuals, problems } = await readActuals(actualsFile);
  expect([...problems, ...checkActuals(actualsFile, actuals, portfolio.strategy, AS_OF)]).toEqual([]);
  scores = scorecard(portfolio.strategy, actuals, AS_OF);
  charts = boardCharts(portfolio, scores, measure);
});

/** A strategy's inputs from YAML text, as `render` makes them. */
function inputsOf(yaml: string, asOf = AS_OF): BriefingInputs {
  const result = parseStrategy('strategy.yaml', yaml);
  if (!result.loaded) throw new Error(`does not load:\n${result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n')}`);
  return briefingInputs(result.loaded, 'strategy.yaml', ruleSet, asOf);
}

/** The minimal strategy with lines added to its one initiative, after its stage. */
function minimalWith(lines: string): string {
  expect(MINIMAL).toContain('    stage: pilot\n');
  return MINIMAL.replace('    stage: pilot\n', `    stage: pilot\n${lines}`);
}

const chart = (id: string, from: readonly Chart[] = charts): Chart => {
  const found = from.find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id} among ${from.map((c) => c.id).join(', ')}`);
  return found;
};

// ---------------------------------------------------------------------------------------------------------------------
// Reading a scene back.

function marksOf(scene: Scene, role: MarkGroup['role']): Mark[] {
  return scene.groups.filter((g) => g.role === role).flatMap((g) => g.marks);
}
const rects = (scene: Scene, role: MarkGroup['role']) => marksOf(scene, role).filter((m): m is RectMark => m.kind === 'rect');
const lines = (scene: Scene, role: MarkGroup['role']) => marksOf(scene, role).filter((m): m is LineMark => m.kind === 'line');
const texts = (scene: Scene, role?: MarkGroup['role']) =>
  (role ? marksOf(scene, role) : scene.groups.flatMap((g) => g.marks)).filter((m): m is TextMark => m.kind === 'text');

/** The plot's box, from its axis lines: the longest vertical one, and the lowest of the longest horizontal ones. */
function plotOf(scene: Scene): { left: number; right: number; top: number; bottom: number } {
  const axis = lines(scene, 'axis').filter((l) => l.points.length === 2);
  const length = (l: LineMark) => Math.hypot(l.points[1]![0] - l.points[0]![0], l.points[1]![1] - l.points[0]![1]);
  const horizontal = axis.filter((l) => l.points[0]![1] === l.points[1]![1]);
  const vertical = axis.filter((l) => l.points[0]![0] === l.points[1]![0]);
  const longest = Math.max(...horizontal.map(length));
  const foot = horizontal.filter((l) => length(l) === longest).sort((a, b) => b.points[0]![1] - a.points[0]![1])[0]!;
  const side = vertical.sort((a, b) => length(b) - length(a))[0]!;
  return {
    left: Math.min(foot.points[0]![0], foot.points[1]![0]),
    right: Math.max(foot.points[0]![0], foot.points[1]![0]),
    top: Math.min(side.points[0]![1], side.points[1]![1]),
    bottom: foot.points[0]![1],
  };
}

/** A text's box: across by its anchor and measured width; up by its size (a descender below the baseline). */
function box(t: TextMark): { x0: number; x1: number; y0: number; y1: number } {
  const w = measure(t.text, t.size, t.bold);
  const shift = t.anchor === 'middle' ? w / 2 : t.anchor === 'end' ? w : 0;
  if (t.rotate === -90) return { x0: t.x - t.size, x1: t.x + 0.3 * t.size, y0: t.y - w + shift, y1: t.y + shift };
  return { x0: t.x - shift, x1: t.x - shift + w, y0: t.y - 0.8 * t.size, y1: t.y + 0.25 * t.size };
}

/** The value a tick label says: "-1,500,000" is -1500000. */
const valueOf = (label: string) => Number(label.replace(/,/g, ''));

/** The SVG as an XML document, after a strict well-formedness check. */
function xml(svg: string): Document {
  expect(XMLValidator.validate(svg)).toBe(true);
  return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

/** The contrast ratio of a colour with white (WCAG 2.2). */
function contrastWithWhite(hex: string): number {
  const channel = (k: number) => {
    const c = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

/** Every bar and point inside the plot, every text inside the picture, no two texts overlapping. */
function expectTidy(c: Chart): void {
  const plot = plotOf(c.scene);
  for (const r of rects(c.scene, 'mark')) {
    expect(r.x, c.id).toBeGreaterThanOrEqual(plot.left - 0.01);
    expect(r.x + r.width, c.id).toBeLessThanOrEqual(plot.right + 0.01);
    expect(r.y, c.id).toBeGreaterThanOrEqual(plot.top - 0.01);
    expect(r.y + r.height, c.id).toBeLessThanOrEqual(plot.bottom + 0.01);
    expect(r.width, c.id).toBeGreaterThanOrEqual(0);
  }
  for (const l of lines(c.scene, 'mark')) {
    for (const [x, y] of l.points) {
      expect(x, c.id).toBeGreaterThanOrEqual(plot.left - 0.01);
      expect(x, c.id).toBeLessThanOrEqual(plot.right + 0.01);
      expect(y, c.id).toBeGreaterThanOrEqual(plot.top - 0.01);
      expect(y, c.id).toBeLessThanOrEqual(plot.bottom + 0.01);
    }
  }
  const boxes = texts(c.scene).map((t) => ({ t, b: box(t) }));
  for (const { t, b } of boxes) {
    expect(b.x0, `${c.id}: ${t.text}`).toBeGreaterThanOrEqual(0);
    expect(b.x1, `${c.id}: ${t.text}`).toBeLessThanOrEqual(c.scene.width);
    expect(b.y0, `${c.id}: ${t.text}`).toBeGreaterThanOrEqual(0);
    expect(b.y1, `${c.id}: ${t.text}`).toBeLessThanOrEqual(c.scene.height);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [p, q] = [boxes[i]!.b, boxes[j]!.b];
      const overlap = p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
      expect(overlap, `${c.id}: "${boxes[i]!.t.text}" and "${boxes[j]!.t.text}"`).toBe(false);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------

describe('the portfolio charts', () => {
  it('are the five charts, in order, each an SVG an XML parser accepts with its title, accessible name and axis titles', () => {
    expect(charts.map((c) => c.id)).toEqual(['cash-flow', 'cost-benefit', 'roadmap', 'stakeholders', 'kpis']);
    for (const c of charts) {
      const svg = chartSvg(c);
      const doc = xml(svg);
      const root = doc.documentElement;
      expect(root.localName, c.id).toBe('svg');
      expect(root.namespaceURI, c.id).toBe('http://www.w3.org/2000/svg');
      expect(root.getAttribute('role'), c.id).toBe('img');
      expect(root.getAttribute('aria-label'), c.id).toBe(`${c.title}. ${c.description}`);
      expect(root.getAttribute('aria-label'), c.id).toMatch(/\. \S/);
      expect(root.getAttribute('viewBox'), c.id).toBe(`0 0 ${c.scene.width} ${c.scene.height}`);
      expect(root.querySelector('title')?.textContent, c.id).toBe(c.title);
      // Both axes say what they measure, and the chart says what it is.
      expect(root.querySelectorAll('.role-axis-title text').length, c.id).toBeGreaterThanOrEqual(2);
      expect(root.querySelectorAll('.role-title text').length, c.id).toBeGreaterThan(0);
      expect(root.querySelectorAll('.role-axis-label text').length, c.id).toBeGreaterThan(1);
      expect(root.querySelectorAll('.role-legend text').length, c.id).toBeGreaterThan(0);
      // The SVG draws the scene: as many of each element, group by group.
      for (const group of c.scene.groups) {
        const g = root.querySelector(`.role-${group.role}`)!;
        expect(g.querySelectorAll('rect').length, `${c.id} ${group.role}`).toBe(group.marks.filter((m) => m.kind === 'rect').length);
        expect(g.querySelectorAll('polyline').length, `${c.id} ${group.role}`).toBe(group.marks.filter((m) => m.kind === 'line').length);
        expect(g.querySelectorAll('text').length, `${c.id} ${group.role}`).toBe(group.marks.filter((m) => m.kind === 'text').length);
      }
    }
  });

  it('keeps the width of the plot and grows in height with the rows', () => {
    for (const c of charts) {
      const plot = plotOf(c.scene);
      expect(plot.right - plot.left, c.id).toBeCloseTo(560, 1);
      expect(c.scene.width, c.id).toBeGreaterThan(560);
    }
    const more = roadmapChart({ ...portfolio, strategy: { ...portfolio.strategy, initiatives: [...portfolio.strategy.initiatives, ...portfolio.strategy.initiatives] } }, measure)!;
    expect(more.scene.height).toBeGreaterThan(chart('roadmap').scene.height + 5 * 20);
  });

  it('draws one mark per datum: a line for the cash flow, two bars per initiative, a bar per roadmap row, a segment per non-zero count, a bar per scored KPI', () => {
    expect(lines(chart('cash-flow').scene, 'mark')).toHaveLength(1);
    expect(lines(chart('cash-flow').scene, 'mark')[0]!.points).toHaveLength(portfolio.roi.total!.costs.length);
    expect(rects(chart('cost-benefit').scene, 'mark')).toHaveLength(2 * portfolio.roi.initiatives.length);
    expect(rects(chart('roadmap').scene, 'mark')).toHaveLength(chart('roadmap').table.rows.length);
    const segments = chart('stakeholders').table.rows.flatMap((r) => r.slice(2).map(Number)).filter((n) => n > 0);
    expect(segments.length).toBeGreaterThan(0);
    expect(rects(chart('stakeholders').scene, 'mark')).toHaveLength(segments.length);
    expect(rects(chart('kpis').scene, 'mark')).toHaveLength(scores.filter((s) => s.progressPct !== null).length);
    // The KPIs without a figure say so where their bar would be.
    expect(texts(chart('kpis').scene, 'annotation').filter((t) => t.text === 'No data')).toHaveLength(scores.filter((s) => s.progressPct === null).length);
  });

  it('draws the cumulative net through the y axis as its labelled ticks place it, from the first month to the last', () => {
    const total = portfolio.roi.total!;
    const expected: number[] = [];
    let running = 0n;
    total.costs.forEach((cost, k) => expected.push(toNumber((running += total.benefits[k]! - cost))));
    expect(Math.min(...expected)).toBeLessThan(0); // the costs come first: negative values are drawn

    const { scene } = chart('cash-flow');
    const plot = plotOf(scene);
    // The y axis's ticks (short lines left of the plot) and labels (right-aligned left of the plot), top to bottom.
    const ticks = lines(scene, 'axis')
      .filter((l) => l.points[0]![1] === l.points[1]![1] && Math.max(l.points[0]![0], l.points[1]![0]) === plot.left && Math.abs(l.points[0]![0] - l.points[1]![0]) < 10)
      .map((l) => l.points[0]![1])
      .sort((a, b) => a - b);
    const labels = texts(scene, 'axis-label')
      .filter((t) => t.anchor === 'end' && t.x < plot.left)
      .sort((a, b) => a.y - b.y)
      .map((t) => valueOf(t.text));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(labels).toHaveLength(ticks.length);
    expect(labels.every(Number.isFinite)).toBe(true);
    // The axis reads upward and its ends are ticks: the plot's top and bottom.
    expect(labels).toEqual([...labels].sort((a, b) => b - a));
    expect(ticks[0]).toBeCloseTo(plot.top, 2);
    expect(ticks[ticks.length - 1]).toBeCloseTo(plot.bottom, 2);
    const y = (v: number) => ticks[0]! + ((v - labels[0]!) / (labels[labels.length - 1]! - labels[0]!)) * (ticks[ticks.length - 1]! - ticks[0]!);
    labels.forEach((v, k) => expect(y(v)).toBeCloseTo(ticks[k]!, 1));
    expect(labels[labels.length - 1]!).toBeLessThanOrEqual(Math.min(...expected));
    expect(labels[0]!).toBeGreaterThanOrEqual(Math.max(...expected));

    const line = lines(scene, 'mark')[0]!.points;
    expect(line[0]![0]).toBeCloseTo(plot.left, 2);
    expect(line[line.length - 1]![0]).toBeCloseTo(plot.right, 2);
    expect(Math.abs(line[0]![1] - y(expected[0]!))).toBeLessThan(0.02);
    expect(Math.abs(line[line.length - 1]![1] - y(expected[expected.length - 1]!))).toBeLessThan(0.02);
    line.forEach(([, py], k) => expect(Math.abs(py - y(expected[k]!)), `month ${k}`).toBeLessThan(0.02));

    // The zero line where the axis puts zero.
    const zero = lines(scene, 'axis').filter((l) => l.points[0]![1] === l.points[1]![1] && l.points[1]![0] - l.points[0]![0] > 500 && l.points[0]![1] < plot.bottom);
    expect(zero).toHaveLength(1);
    expect(Math.abs(zero[0]!.points[0]![1] - y(0))).toBeLessThan(0.02);
  });

  it('marks the payback month with a dashed rule at its date, labelled where there is room', () => {
    const total = portfolio.roi.total!;
    expect(total.startDate).toBe('2026-01-05');
    expect(total.paybackMonth).toBe(30);
    const { scene } = chart('cash-flow');
    const plot = plotOf(scene);
    // Month k of a start on the 5th of January 2026 is the 5th of month k, by the UTC calendar.
    const day = (k: number) => Date.UTC(2026, k, 5);
    const x = (k: number) => plot.left + ((day(k) - day(0)) / (day(total.costs.length - 1) - day(0))) * (plot.right - plot.left);
    const rules = lines(scene, 'annotation');
    expect(rules).toHaveLength(1);
    expect(rules[0]!.dash).toBeDefined();
    expect(rules[0]!.stroke).toBe(PALETTE[2]);
    expect(Math.abs(rules[0]!.points[0]![0] - x(30))).toBeLessThan(0.02);
    expect(rules[0]!.points.map((p) => p[1]).sort((a, b) => a - b)).toEqual([plot.top, plot.bottom]);
    const label = texts(scene, 'annotation');
    expect(label.map((t) => t.text)).toEqual(['Payback: month 30']);
    expect(label[0]!.bold).toBe(true);
    // Past mid-horizon: to the left of the rule, inside the plot.
    const b = box(label[0]!);
    expect(b.x1).toBeLessThanOrEqual(x(30));
    expect(b.x0).toBeGreaterThanOrEqual(plot.left);
    // Each month label on the x axis stands at its month's point.
    const line = lines(scene, 'mark')[0]!.points;
    const ticks = texts(scene, 'axis-label').filter((t) => t.anchor === 'middle');
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) {
      const k = line.findIndex(([px]) => Math.abs(px - t.x) < 0.02);
      expect(k, t.text).toBeGreaterThanOrEqual(0);
      expect(t.text).toBe(new Date(day(k)).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }));
    }
  });

  it('places every roadmap bar from its start to its end on one calendar, and the as-of rule at its date between them', () => {
    const c = chart('roadmap');
    const bars = rects(c.scene, 'mark');
    const rows = c.table.rows.map(([, , starts, ends]) => ({ start: Date.parse(`${starts}T00:00:00Z`), end: Date.parse(`${ends}T00:00:00Z`) }));
    // The calendar from the two bars furthest apart: x = a + b t.
    const first = rows.reduce((best, r, k) => (r.start < rows[best]!.start ? k : best), 0);
    const last = rows.reduce((best, r, k) => (r.end > rows[best]!.end ? k : best), 0);
    const b = (bars[last]!.x + bars[last]!.width - bars[first]!.x) / (rows[last]!.end - rows[first]!.start);
    const a = bars[first]!.x - b * rows[first]!.start;
    rows.forEach((r, k) => {
      expect(Math.abs(bars[k]!.x - (a + b * r.start)), c.table.rows[k]![0]).toBeLessThan(0.03);
      expect(Math.abs(bars[k]!.x + bars[k]!.width - (a + b * r.end)), c.table.rows[k]![0]).toBeLessThan(0.03);
    });
    // Rows in table order, top to bottom.
    bars.slice(1).forEach((bar, k) => expect(bar.y).toBeGreaterThan(bars[k]!.y));
    const asOf = Date.parse(`${AS_OF}T00:00:00Z`);
    expect(asOf).toBeGreaterThan(Math.min(...rows.map((r) => r.start)));
    expect(asOf).toBeLessThan(Math.max(...rows.map((r) => r.end)));
    const rule = lines(c.scene, 'annotation');
    expect(rule).toHaveLength(1);
    expect(rule[0]!.dash).toBeDefined();
    expect(Math.abs(rule[0]!.points[0]![0] - (a + b * asOf))).toBeLessThan(0.03);
    expect(texts(c.scene, 'annotation').map((t) => t.text)).toEqual([`As of ${AS_OF}`]);
    // The kinds in the legend, each in its bars' colour.
    const legend = new Map(rects(c.scene, 'legend').map((r, k) => [texts(c.scene, 'legend')[k]!.text, r.fill]));
    c.table.rows.forEach(([, kind], k) => expect(bars[k]!.fill, kind).toBe(legend.get(kind!)));
  });

  it('keeps every bar inside its plot, every text inside the picture and no two texts on top of each other', () => {
    for (const c of charts) expectTidy(c);
  });

  it('draws in the palette and the greys only, its text with 4.5:1 contrast on white', () => {
    const allowed = new Set<string>([...PALETTE, '#222222', '#555555', '#dddddd']);
    for (const c of charts) {
      for (const m of c.scene.groups.flatMap((g) => g.marks)) {
        const colour = m.kind === 'line' ? m.stroke : m.fill;
        expect(allowed.has(colour), `${c.id}: ${colour}`).toBe(true);
        if (m.kind === 'text') expect(contrastWithWhite(colour), `${c.id}: ${m.text}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    for (const colour of PALETTE) expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('rounds every coordinate to two decimals', () => {
    const twoDecimals = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;
    for (const c of charts) {
      for (const m of c.scene.groups.flatMap((g) => g.marks)) {
        const numbers = m.kind === 'rect' ? [m.x, m.y, m.width, m.height] : m.kind === 'line' ? m.points.flat() : [m.x, m.y];
        for (const v of numbers) expect(twoDecimals(v) && Number.isFinite(v), `${c.id}: ${v}`).toBe(true);
      }
    }
  });

  it('labels the stakeholders axis with whole numbers only, and the KPI axis across -50 .. 150 with the target at 100', () => {
    const stakeholders = chart('stakeholders').scene;
    const counts = texts(stakeholders, 'axis-label').filter((t) => t.anchor === 'middle').map((t) => t.text);
    expect(counts.length).toBeGreaterThan(1);
    for (const n of counts) expect(n).toMatch(/^\d+$/);
    const kpis = chart('kpis').scene;
    const plot = plotOf(kpis);
    const ticks = texts(kpis, 'axis-label').filter((t) => t.anchor === 'middle');
    expect(valueOf(ticks[0]!.text)).toBe(-50);
    expect(valueOf(ticks[ticks.length - 1]!.text)).toBe(150);
    const target = lines(kpis, 'annotation')[0]!;
    expect(Math.abs(target.points[0]![0] - (plot.left + (150 / 200) * (plot.right - plot.left)))).toBeLessThan(0.02);
    expect(texts(kpis, 'annotation').some((t) => t.text === 'Target')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('names from the strategy', () => {
  const HOSTILE = '<script>alert(1)</script> ]]> <![CDATA[ & "quoted"';
  const ELEMENTS = new Set(['svg', 'title', 'g', 'rect', 'polyline', 'text']);
  const ATTRIBUTES = new Set(['xmlns', 'role', 'aria-label', 'viewBox', 'width', 'height', 'font-family', 'class', 'x', 'y', 'fill', 'points', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'text-anchor', 'transform']);

  function hostilePortfolio(name: string): BriefingInputs {
    const text = readFileSync(join(ROOT, 'examples', 'portfolio.yaml'), 'utf8');
    expect(text).toContain('name: Ask Alderbrook expertise network');
    return inputsOf(text.replace('name: Ask Alderbrook expertise network', `name: ${JSON.stringify(name)}`));
  }

  it('are text in <text> elements: no element, attribute or script from them, the name itself in the drawn text', () => {
    const inputs = hostilePortfolio(HOSTILE);
    const charts = boardCharts(inputs, scores, measure);
    const svgs = chartSvgs(charts);
    expect([...svgs.keys()]).toEqual(['cash-flow', 'cost-benefit', 'roadmap', 'stakeholders', 'kpis']);
    for (const [id, svg] of svgs) {
      expect(svg, id).not.toContain('<script');
      expect(svg, id).not.toContain('<![CDATA[');
      expect(svg, id).not.toContain(']]>');
      const doc = xml(svg);
      expect(doc.getElementsByTagName('script').length, id).toBe(0);
      for (const el of doc.getElementsByTagName('*')) {
        expect(ELEMENTS.has(el.localName), `${id}: <${el.localName}>`).toBe(true);
        for (const attribute of el.attributes) expect(ATTRIBUTES.has(attribute.name), `${id}: ${attribute.name}`).toBe(true);
      }
      expectTidy(chart(id, charts));
      const drawn = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
      if (id === 'cost-benefit') expect(drawn).toContain(HOSTILE);
      if (id !== 'cash-flow' && id !== 'stakeholders') expect(drawn.some((t) => t.startsWith('<script>alert(1)</script> ]]>')), id).toBe(true);
      // The accessible name says it too, as an attribute's value.
      if (id !== 'cash-flow' && id !== 'stakeholders') expect(doc.documentElement.getAttribute('aria-label'), id).toContain('<script>alert(1)</script>');
    }
  });

  it('show control and bidirectional characters as escapes, and XML never sees them raw', () => {
    const name = 'Bell\u0007 and\u202e override \ufffe';
    const svg = chartSvg(chart('cost-benefit', boardCharts(hostilePortfolio(name), scores, measure)));
    const drawn = [...xml(svg).getElementsByTagName('text')].map((t) => t.textContent);
    expect(drawn).toContain('Bell\\u0007 and\\u202e override \\ufffe');
    expect(svg).not.toMatch(/[\u0007\u202e\ufffe]/);
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('the same input', () => {
  it('gives the same bytes, call after call', () => {
    const once = chartSvgs(boardCharts(portfolio, scores, measure));
    const again = chartSvgs(boardCharts(portfolio, scores, measure));
    expect([...again]).toEqual([...once]);
    expect(JSON.stringify(boardCharts(portfolio, scores, measure).map((c) => c.scene))).toBe(JSON.stringify(charts.map((c) => c.scene)));
  });

  it('gives the same bytes in every time zone, a month starting at midnight UTC labelled as that month', () => {
    // A roadmap whose as-of date and first bar fall at midnight UTC on the first of a month, where a local
    // calendar west of Greenwich is still in the month before, and east of it long past midnight.
    const inputs = inputsOf(minimalWith('    starts: 2026-04-01\n    ends: 2026-12-31\n'), '2026-04-01');
    const saved = process.env.TZ;
    const outputs = new Map<string, string>();
    try {
      for (const zone of ['Pacific/Pago_Pago', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        // The zone has taken effect in this process: midnight UTC on 1 April is 31 March in Pago Pago.
        expect(new Date(Date.UTC(2026, 3, 1)).getDate(), zone).toBe(zone === 'Pacific/Pago_Pago' ? 31 : 1);
        const road = roadmapChart(inputs, measure)!;
        const rule = lines(road.scene, 'annotation')[0]!.points[0]![0];
        const tick = texts(road.scene, 'axis-label').find((t) => Math.abs(t.x - rule) < 0.01);
        expect(tick?.text, zone).toBe('Apr 2026');
        outputs.set(zone, [...chartSvgs([road, ...boardCharts(portfolio, scores, measure)]).values()].join('\n'));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(outputs.get('Pacific/Pago_Pago')).toBe(outputs.get('UTC'));
    expect(outputs.get('Pacific/Kiritimati')).toBe(outputs.get('UTC'));
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('edge cases', () => {
  it('leaves out the cash-flow, cost-benefit, roadmap and KPI charts of a strategy with no ROI, dates or scores', () => {
    const inputs = inputsOf(MINIMAL);
    expect(inputs.roi.total).toBeNull();
    expect(boardCharts(inputs, [], measure).map((c) => c.id)).toEqual(['stakeholders']);
  });

  it('draws an all-zero stakeholder chart on a 0 .. 1 axis, no bar, saying there is nothing', () => {
    const c = stakeholderChart({ ...portfolio, diagnostics: [] }, measure);
    expect(c.table.rows.every((r) => r.slice(2).every((n) => n === '0'))).toBe(true);
    expect(rects(c.scene, 'mark')).toHaveLength(0);
    expect(texts(c.scene, 'axis-label').filter((t) => t.anchor === 'middle').map((t) => t.text)).toEqual(['0', '1']);
    expect(texts(c.scene, 'annotation').map((t) => t.text)).toEqual(['No open or waived findings']);
    const svg = chartSvg(c);
    xml(svg);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('says of a KPI with no value yet that it has none, and of one holding a level where it stands, never "n/a of the way"', () => {
    const withValue = scores.find((s) => s.latest && s.progressPct !== null)!;
    const noValue = scores.find((s) => !s.latest)!;
    expect(withValue && noValue).toBeTruthy();
    const holding: KpiScore = { ...withValue, baseline: 5, target: 5, latest: { date: AS_OF, value: 5.5 }, progressPct: null, status: 'at-risk' };
    const c = kpiChart(portfolio, [withValue, noValue, holding], measure)!;
    expect(c.description).toMatch(/ of the way from baseline to target, (on track|at risk|off track); .* no value yet; .* at 5\.5, at risk\.$/);
    expect(c.description).not.toContain('n/a');
    expect(texts(c.scene, 'annotation').map((t) => t.text)).toEqual(expect.arrayContaining(['No data', 'At risk (holds a level)']));
  });

  it('draws a single-month horizon, dated and not, and an all-zero cash flow', () => {
    const roi = (amounts: [number, number]) =>
      `    roi:\n      horizonMonths: 1\n      costs:\n        - { item: Setup, amount: ${amounts[0]}, recurrence: once }\n      benefits:\n        - { item: Saved, amount: ${amounts[1]}, recurrence: once, startMonth: 1 }\n`;
    const dated = cashFlowChart(inputsOf(minimalWith(`    starts: 2026-03-01\n    ends: 2026-12-31\n${roi([1000, 3000])}`)), measure)!;
    const undated = cashFlowChart(inputsOf(minimalWith(roi([1000, 3000]))), measure)!;
    const zero = cashFlowChart(inputsOf(minimalWith(roi([0, 0]))), measure)!;
    for (const c of [dated, undated, zero]) {
      expectTidy(c);
      const line = lines(c.scene, 'mark')[0]!.points;
      expect(line).toHaveLength(2);
      const plot = plotOf(c.scene);
      expect(line[0]![0]).toBeCloseTo(plot.left, 2);
      expect(line[1]![0]).toBeCloseTo(plot.right, 2);
      const svg = chartSvg(c);
      xml(svg);
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
    expect(texts(dated.scene, 'axis-label').filter((t) => t.anchor === 'middle').map((t) => t.text)).toEqual(['Mar 2026', 'Apr 2026']);
    expect(texts(undated.scene, 'axis-title').map((t) => t.text)).toContain('Month after the start');
    expect(texts(undated.scene, 'axis-label').filter((t) => t.anchor === 'middle').map((t) => t.text)).toEqual(['0', '1']);
    // Payback in month 1: the cumulative is -1,000 then 2,000.
    expect(texts(dated.scene, 'annotation').map((t) => t.text)).toEqual(['Payback: month 1']);
    // All zero: the axis runs 0 .. 1, the line along its foot, no payback to mark.
    const zeroTicks = texts(zero.scene, 'axis-label').filter((t) => t.anchor === 'end').map((t) => valueOf(t.text));
    expect(Math.min(...zeroTicks)).toBe(0);
    expect(Math.max(...zeroTicks)).toBe(1);
    const zeroPlot = plotOf(zero.scene);
    expect(lines(zero.scene, 'mark')[0]!.points.every(([, y]) => Math.abs(y - zeroPlot.bottom) < 0.01)).toBe(true);
  });

  it('lays out fifty years in trillions, a day-long bar and long names without a label overlapping or leaving the picture', () => {
    const long = `${'Averyveryverylongwordwithoutanyspaces'.repeat(3)} and ${'many words '.repeat(20)}`;
    const yaml = minimalWith(
      [
        '    starts: 2026-01-01',
        '    ends: 2075-12-31',
        '    experiments:',
        '      - { id: blink, starts: 2026-06-15, ends: 2026-06-15 }',
        '    roi:',
        '      horizonMonths: 600',
        '      costs:',
        '        - { item: Everything, amount: 10000000000000, recurrence: monthly }',
        '      benefits:',
        '        - { item: Some, amount: 9000000000000, recurrence: monthly }',
        '',
      ].join('\n'),
    ).replace('name: Customer care', `name: ${JSON.stringify(long)}`);
    const inputs = inputsOf(yaml, '2075-12-31');
    const all = boardCharts(inputs, [], measure);
    expect(all.map((c) => c.id)).toEqual(['cash-flow', 'cost-benefit', 'roadmap', 'stakeholders']);
    for (const c of all) {
      expectTidy(c);
      expect(chartSvg(c)).not.toMatch(/NaN|Infinity|e\+/);
    }
    const flow = chart('cash-flow', all).scene;
    expect(lines(flow, 'mark')[0]!.points).toHaveLength(601);
    // Fifty years of months: labelled every few years, not every month.
    const months = texts(flow, 'axis-label').filter((t) => t.anchor === 'middle');
    expect(months.length).toBeGreaterThan(3);
    expect(months.length).toBeLessThan(15);
    // The day-long experiment is still drawn, inside the plot.
    const road = chart('roadmap', all).scene;
    expect(rects(road, 'mark')).toHaveLength(2);
    expect(rects(road, 'mark')[1]!.width).toBeGreaterThanOrEqual(2);
  });
});
