/**
 * Mermaid diagrams for briefings, as ```mermaid fenced blocks that GitHub and GitLab render as they are.
 *
 * Every label comes from user YAML, so none is written as it stands: `mermaidText` keeps letters, digits and a
 * little plain punctuation, and writes everything else as a Mermaid entity code (`#58;`). Mermaid swaps entity
 * codes for placeholders before any diagram's parser runs and turns them back into HTML character references
 * only when it draws, so an escaped character can neither end a label nor start a comment, a directive or a
 * keyword, and reads back as itself. Node and task ids are generated here, never taken from the user.
 */

import { visible } from '../text/visible.js';

const FENCE_OPEN = '```mermaid';
const FENCE_CLOSE = '```';
const INDENT = '    ';

/** Every character but letters and the ASCII kept as it is, which means nothing inside a label in any diagram kind. */
const NOT_PLAIN = /[^\p{L}0-9 .,'()/+_-]/gu;

/** Text safe inside any Mermaid label (see the module comment). Empty text becomes `-`. */
export function mermaidText(text: string): string {
  // A control is shown as visible() shows it: as an entity code, Mermaid would draw the control itself.
  const flat = visible(text.replace(/\s+/g, ' ').trim());
  if (flat === '') return '-';
  return flat.replace(NOT_PLAIN, (ch) => (ch === '<' ? '‹' : ch === '>' ? '›' : `#${ch.codePointAt(0)!};`));
}

function fenced(lines: readonly string[]): string {
  return [FENCE_OPEN, ...lines, FENCE_CLOSE].join('\n');
}

// --- Gantt -------------------------------------------------------------------------------------------------

export interface GanttTask {
  label: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD, not before start */
  end: string;
  state?: 'active' | 'done' | 'crit';
}

export interface GanttMilestone {
  label: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface GanttSection {
  label: string;
  tasks: GanttTask[];
  milestones?: GanttMilestone[];
}

const STATES: ReadonlySet<string> = new Set(['active', 'done', 'crit']);

/**
 * The Gantt lexer tries its keyword rules before the task-text rule at the start of every line, case-insensitively:
 * a task called "Title review" becomes the chart's title and vanishes, "Section 2 rollout" a section, "Excludes
 * weekends" a setting, "inclusiveEndDates" changes every end date, "2026-01-01 launch" or "Click here" is a
 * syntax error. A task label starting with such a word (or a date) has its first character written as an entity
 * code, which reads the same and matches no rule. "Titles" or "Clicks" are left alone.
 */
const GANTT_LINE_KEYWORD =
  /^(?:(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|href|call|vert)(?![a-z])|\d{4}-\d\d-\d\d)/i;

function ganttTaskText(label: string): string {
  const text = mermaidText(label);
  if (!GANTT_LINE_KEYWORD.test(text)) return text;
  return `#${text.codePointAt(0)!};${text.slice(1)}`;
}

function isoDate(value: string, what: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const valid = match !== null && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().startsWith(value);
  if (!valid) throw new RangeError(`${what} must be a real date written YYYY-MM-DD, not ${JSON.stringify(value)}`);
  return value;
}

/**
 * A label column wide enough for a section label of about 28 characters at 12 px, so labels do not run over
 * the bars. Braces spaced so that no `}}` reads as a template's.
 */
const GANTT_THEME = '%%{init: {"gantt": {"leftPadding": 210, "sectionFontSize": 12, "fontSize": 12, "barHeight": 22} } }%%';

/**
 * A Gantt chart: one `section` per section, its tasks and then its milestones, in the order given. Sections with
 * nothing in them are left out. Task ids are t1, t2 ... in order. With inclusiveEndDates, a task's end date is its last day, as in the strategy.
 */
export function gantt(title: string, sections: readonly GanttSection[]): string {
  const lines = [GANTT_THEME, 'gantt', `${INDENT}title ${mermaidText(title)}`, `${INDENT}dateFormat YYYY-MM-DD`, `${INDENT}axisFormat %b %Y`, `${INDENT}inclusiveEndDates`, `${INDENT}todayMarker off`];
  let taskNumber = 0;
  for (const section of sections) {
    const milestones = section.milestones ?? [];
    if (section.tasks.length === 0 && milestones.length === 0) continue;
    lines.push(`${INDENT}section ${mermaidText(section.label)}`);
    for (const task of section.tasks) {
      const start = isoDate(task.start, 'A task start');
      const end = isoDate(task.end, 'A task end');
      if (end < start) throw new RangeError(`A task cannot end (${end}) before it starts (${start})`);
      if (task.state !== undefined && !STATES.has(task.state)) throw new RangeError(`Unknown task state ${JSON.stringify(task.state)}`);
      taskNumber += 1;
      const tags = task.state === undefined ? '' : `${task.state}, `;
      lines.push(`${INDENT}${ganttTaskText(task.label)} :${tags}t${taskNumber}, ${start}, ${end}`);
    }
    for (const milestone of milestones) {
      lines.push(`${INDENT}${ganttTaskText(milestone.label)} :milestone, ${isoDate(milestone.date, 'A milestone date')}, 0d`);
    }
  }
  return fenced(lines);
}

// --- Traceability flowchart --------------------------------------------------------------------------------

export interface TraceNode {
  id: string;
  label: string;
}

export interface Traceability {
  goals: readonly TraceNode[];
  /** `goals`: ids of the goals it supports */
  objectives: readonly (TraceNode & { goals: readonly string[] })[];
  /** `objectives`: ids of the objectives it supports */
  initiatives: readonly (TraceNode & { objectives: readonly string[] })[];
}

/** Generated node ids for one level, by the user's id; with a repeated user id, the first node keeps it. */
function nodeIds(nodes: readonly TraceNode[], prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  nodes.forEach((node, index) => {
    if (!ids.has(node.id)) ids.set(node.id, `${prefix}${index + 1}`);
  });
  return ids;
}

/**
 * `flowchart LR` from business goals through IT objectives to initiatives, each level in its own subgraph, an
 * edge from each goal to the objectives serving it and from each objective to the initiatives serving it.
 * References to unknown ids are skipped; the same edge is drawn once.
 */
export function traceability(t: Traceability): string {
  const goalIds = nodeIds(t.goals, 'g');
  const objectiveIds = nodeIds(t.objectives, 'o');
  const lines = ['flowchart LR'];
  const levels: readonly [string, string, string, readonly TraceNode[]][] = [
    ['goals', 'Business goals', 'g', t.goals],
    ['objectives', 'IT objectives', 'o', t.objectives],
    ['initiatives', 'Initiatives', 'i', t.initiatives],
  ];
  for (const [subgraph, title, prefix, nodes] of levels) {
    lines.push(`${INDENT}subgraph ${subgraph}["${mermaidText(title)}"]`);
    nodes.forEach((node, index) => {
      // Goals and objectives carry the short codes the tables use (BG1, IT2); an initiative is known by its name.
      const text = prefix === 'i' ? mermaidText(node.label) : `${mermaidText(node.id)}: ${mermaidText(node.label)}`;
      lines.push(`${INDENT}${INDENT}${prefix}${index + 1}["${text}"]`);
    });
    lines.push(`${INDENT}end`);
  }
  const edges = new Set<string>();
  const link = (from: string | undefined, to: string): void => {
    if (from !== undefined) edges.add(`${INDENT}${from} --> ${to}`);
  };
  t.objectives.forEach((objective, index) => {
    for (const goal of objective.goals) link(goalIds.get(goal), `o${index + 1}`);
  });
  t.initiatives.forEach((initiative, index) => {
    for (const objective of initiative.objectives) link(objectiveIds.get(objective), `i${index + 1}`);
  });
  return fenced([...lines, ...edges]);
}

// --- Pie ---------------------------------------------------------------------------------------------------

export interface Slice {
  label: string;
  value: number;
}

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, not ${String(value)}`);
  return value;
}

/** Plain decimal digits, no exponent and no grouping, for any finite number. */
function plainNumber(value: number, decimals: 0 | 2): string {
  const fixed = Math.abs(value) < 1e21 ? value.toFixed(decimals) : BigInt(value).toString();
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * `pie title ...` with one line per slice of positive value (at most 2 decimals; a slice that rounds to 0 is
 * left out with the rest), or null when no slice is left.
 */
/**
 * The pie's own colours: Mermaid's default palette starts with near-white slices, so the largest share could
 * vanish on a white page. Dark slices, each with white percentages (4.5:1 or better against white), on the `base`
 * theme, where theme variables take effect.
 */
const PIE_THEME =
  '%%{init: {"theme": "base", "themeVariables": {"pie1": "#1f4e79", "pie2": "#2d6a4f", "pie3": "#a4262c", "pie4": "#7a4a12", "pie5": "#555555", "pie6": "#5b2c6f", "pie7": "#0e6655", "pie8": "#7b241c", "pie9": "#1a5276", "pie10": "#6e2c00", "pie11": "#4d5656", "pie12": "#512e5f", "pieSectionTextColor": "#ffffff", "pieTitleTextColor": "#222222", "pieLegendTextColor": "#222222", "pieStrokeColor": "#ffffff", "pieOuterStrokeColor": "#222222", "pieOpacity": "1"} } }%%';

export function pie(title: string, slices: readonly Slice[]): string | null {
  const lines: string[] = [];
  for (const slice of slices) {
    const value = finite(slice.value, 'A slice value');
    if (value <= 0) continue;
    const shown = plainNumber(value, 2);
    if (shown === '0') continue;
    lines.push(`${INDENT}"${mermaidText(slice.label)}" : ${shown}`);
  }
  return lines.length === 0 ? null : fenced([PIE_THEME, `pie title ${mermaidText(title)}`, ...lines]);
}

// --- Line chart --------------------------------------------------------------------------------------------

/** The scale a chart's values are shown in: the largest magnitude decides, so 2,500,000 reads 2.5 (millions). */
export interface ChartScale {
  divisor: number;
  /** Words for the axis title: "millions", "thousands", or "" for units. */
  words: string;
}

export function chartScale(values: readonly number[]): ChartScale {
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  if (largest >= 1e9) return { divisor: 1e9, words: 'billions' };
  if (largest >= 1e6) return { divisor: 1e6, words: 'millions' };
  if (largest >= 1e4) return { divisor: 1e3, words: 'thousands' };
  return { divisor: 1, words: '' };
}

/**
 * The line chart's own colours and size: Mermaid's default palette draws a first series in a near-white that all
 * but vanishes on a white page, and theme variables take effect only on the `base` theme. A dark blue line on
 * white, wide enough for a label per quarter, the same in every renderer that reads the init directive (GitHub,
 * GitLab, mermaid-cli). Its braces are spaced so that no `}}` reads as a template's.
 */
const LINE_CHART_THEME =
  '%%{init: {"theme": "base", "themeVariables": {"xyChart": {"backgroundColor": "#ffffff", "plotColorPalette": "#1f4e79", "titleColor": "#222222", "xAxisLabelColor": "#222222", "yAxisLabelColor": "#222222", "xAxisTitleColor": "#222222", "yAxisTitleColor": "#222222", "xAxisLineColor": "#555555", "yAxisLineColor": "#555555", "xAxisTickColor": "#555555", "yAxisTickColor": "#555555"} }, "xyChart": {"width": 1000, "height": 420} } }%%';

/**
 * `xychart-beta` with one line series. The values are shown in a scale that keeps them short (2.5 for
 * 2,500,000, the axis titled "USD millions"), to at most two decimals; needs one value per x label, at least one.
 */
export function lineChart(title: string, xLabels: readonly string[], yLabel: string, values: readonly number[]): string {
  if (xLabels.length === 0 || xLabels.length !== values.length) {
    throw new RangeError(`A line chart needs one value per x label and at least one (${xLabels.length} labels, ${values.length} values)`);
  }
  const checked = values.map((value) => finite(value, 'A chart value'));
  const scale = chartScale(checked);
  const labels = xLabels.map((label) => `"${mermaidText(label)}"`).join(', ');
  const numbers = checked.map((value) => plainNumber(value / scale.divisor, scale.divisor === 1 ? 0 : 2)).join(', ');
  const axis = scale.words ? `${yLabel} ${scale.words}` : yLabel;
  return fenced([
    LINE_CHART_THEME,
    'xychart-beta',
    `${INDENT}title "${mermaidText(title)}"`,
    `${INDENT}x-axis [${labels}]`,
    `${INDENT}y-axis "${mermaidText(axis)}"`,
    `${INDENT}line [${numbers}]`,
  ]);
}
