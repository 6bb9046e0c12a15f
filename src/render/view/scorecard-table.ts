import { table } from '../../markdown/escape.js';
import { columnWidths } from './column-widths.js';
import { roundTo } from '../../measure/money.js';
import { STATUS_RULES, type KpiScore } from '../../measure/scorecard.js';
import { visible, visibleJson } from '../../text/visible.js';
import { fitLines } from '../../text/markdown-width.js';

/** The KPI scorecard as people and other tools read it: rounded once, here, with the rules stated. */

/** One formatter for every figure: toLocaleString with options builds a new one per call. */
let twoPlaces: Intl.NumberFormat | undefined;

function value(v: number | undefined, unit: string | undefined): string {
  if (v === undefined) return '-';
  const shown = (twoPlaces ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(roundTo(v, 2));
  return unit ? `${shown} ${unit}` : shown;
}

function cells(s: KpiScore): string[] {
  return [
    `${s.initiative} / ${s.kpi}`,
    value(s.baseline, s.unit),
    value(s.target, s.unit),
    s.latest ? `${value(s.latest.value, s.unit)} (${s.latest.date})` : 'no data',
    s.progressPct === null ? '-' : `${roundTo(s.progressPct, 0)}%`,
    s.trend,
    s.status,
    s.staleDays !== undefined
      ? `stale: no value for ${s.staleDays} days (${s.cadence})`
      : s.latest
        ? ''
        : s.notStarted
          ? 'not started'
          : `stale: never measured${s.cadence ? ` (${s.cadence})` : ''}`,
  ];
}

const HEAD = ['KPI', 'Baseline', 'Target', 'Latest', 'Progress', 'Trend', 'Status', 'Freshness'];

function legend(): string[] {
  return [
    'Progress: how far the latest value has moved from the baseline toward the target.',
    `on-track: ${STATUS_RULES['on-track'].join('; or ')}.`,
    `off-track: ${STATUS_RULES['off-track'].join('; or ')}.`,
    `at-risk: ${STATUS_RULES['at-risk'].join('')}.`,
    'Stale: no value for longer than the KPI’s cadence (daily 1, weekly 7, monthly 31, quarterly 92, yearly 366 days).',
  ];
}

export function scorecardTable(scores: readonly KpiScore[], asOf: string): string {
  // Made visible() before the widths are measured, so the columns line up with what is shown.
  const table = [HEAD, ...scores.map((s) => cells(s).map(visible))];
  const widths = columnWidths(table);
  const body = table.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n');
  return `KPI scorecard as of ${asOf}\n\n${body}\n\n${legend().join('\n')}\n`;
}

/** scorecardMarkdown, its lines fitted to markdownlint's line length (src/text/markdown-width.ts). */
export function scorecardMarkdown(scores: readonly KpiScore[], asOf: string): string {
  return fitLines(scorecardMarkdownLines(scores, asOf));
}

function scorecardMarkdownLines(scores: readonly KpiScore[], asOf: string): string {
  return [
    `# KPI scorecard as of ${asOf}`,
    '',
    table(HEAD, scores.map((s) => cells(s).map((c) => c || '-'))),
    '',
    ...legend().map((l) => `- ${l}`),
    '',
  ].join('\n');
}

export function scorecardJson(scores: readonly KpiScore[], asOf: string): string {
  const rounded = scores.map((s) => ({ ...s, progressPct: s.progressPct === null ? null : roundTo(s.progressPct, 1) }));
  return visibleJson({ asOf, rules: STATUS_RULES, kpis: rounded });
}
