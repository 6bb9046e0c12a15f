import { inline, table } from '../../markdown/escape.js';
import { money, month, percent } from '../../measure/money.js';
import type { Change } from '../../governance/changes.js';
import type { Figures, StrategyDiff } from '../../versions/diff.js';
import { visible, visibleJson } from '../../text/visible.js';
import { fitLines } from '../../text/markdown-width.js';

/** The semantic diff as people and other tools read it: text for a terminal, JSON, and a Markdown memo. */

function value(v: unknown): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 77)}...` : v;
  const json = JSON.stringify(v);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function describe(c: Change, base = ''): string {
  const path = base && c.path.startsWith(base) ? c.path.slice(base.length).replace(/^\./, '') : c.path;
  if (c.kind === 'added') return `${path} added: ${value(c.after)}`;
  if (c.kind === 'removed') return `${path} removed (was ${value(c.before)})`;
  return `${path}: ${value(c.before)} -> ${value(c.after)}`;
}

function roiLine(f: Figures | null, currency: string | undefined): string {
  return f ? `NPV ${money(f.npv, currency)}, ROI ${percent(f.roiPct)}, payback ${month(f.paybackMonth, f.horizonMonths, f.hasCosts)}` : 'no ROI model';
}

function nothing(d: StrategyDiff): boolean {
  return d.initiatives.added.length + d.initiatives.removed.length + d.initiatives.changed.length + d.elsewhere.length === 0;
}

export function diffText(d: StrategyDiff): string {
  const lines = [`Version ${d.before.version} (${d.before.status}) -> ${d.after.version} (${d.after.status})`];
  if (nothing(d)) return `${visible(lines[0]!)}\nNo change to the strategy's content.\n`;
  const { added, removed, changed } = d.initiatives;
  // One push per line: a list of 150,000 changes spread into one push() would overflow the stack.
  const section = <T>(heading: string, items: readonly T[], line: (item: T) => string): void => {
    if (items.length === 0) return;
    lines.push('', heading);
    for (const item of items) lines.push(line(item));
  };
  section('Initiatives added:', added, (i) => `  + ${i.name} (${i.id})`);
  section('Initiatives removed:', removed, (i) => `  - ${i.name} (${i.id})`);
  for (const i of changed) section(`Initiative changed: ${i.name} (${i.id})`, i.changes, (c) => `  ~ ${describe(c, `initiatives[${i.id}]`)}`);
  section('KPI targets moved:', d.kpiTargets, (k) => `  ${k.initiative} / ${k.kpi}: ${value(k.before)} -> ${value(k.after)}${k.unit ? ` ${k.unit}` : ''}`);
  section('ROI changed:', d.roi, (r) => `  ${r.name}: ${roiLine(r.before, d.currency)} -> ${roiLine(r.after, d.currency)}`);
  section('Elsewhere:', d.elsewhere, (c) => `  ~ ${describe(c)}`);
  const touched = d.stakeholders.filter((s) => s.fields.length || s.signoffAffected);
  lines.push('', 'Stakeholders:');
  if (touched.length === 0) lines.push('  none of the changes is read by a stakeholder checklist');
  for (const s of touched) {
    lines.push(`  ${s.label}: ${s.signoffAffected ? 'must review again' : 'reads no signed field that changed'}${s.signedBy ? `; signed by ${s.signedBy}` : ''}`);
    for (const f of s.fields) lines.push(`    ${f}`);
  }
  // Each entry is one line: made visible() whole, no text from the files can start a line of its own.
  return `${lines.map(visible).join('\n')}\n`;
}

export function diffJson(d: StrategyDiff): string {
  return visibleJson(d);
}

/** "What changed since the last review": a memo for the stakeholders, lint-clean Markdown. */
/** diffMarkdown, its lines fitted to markdownlint's line length (src/text/markdown-width.ts). */
export function diffMarkdown(d: StrategyDiff): string {
  return fitLines(diffMarkdownLines(d));
}

function diffMarkdownLines(d: StrategyDiff): string {
  const out = [`# What changed: version ${inline(d.before.version)} to ${inline(d.after.version)}`, ''];
  out.push(`Status ${inline(d.before.status)} before, ${inline(d.after.status)} now.`, '');
  if (nothing(d)) return `${[...out, 'No change to the strategy’s content.'].join('\n')}\n`;
  const touched = d.stakeholders.filter((s) => s.fields.length || s.signoffAffected);
  out.push('## Who must look again', '');
  out.push(
    touched.length
      ? table(
          ['Stakeholder', 'Sign-off', 'Changed fields their checklist reads'],
          touched.map((s) => [s.label, s.signoffAffected ? `affected${s.signedBy ? ` (signed by ${s.signedBy})` : ''}` : 'not affected', s.fields.join(', ') || 'none']),
        )
      : 'No stakeholder checklist reads a changed field.',
    '',
  );
  const { added, removed, changed } = d.initiatives;
  if (added.length || removed.length || changed.length) {
    out.push('## Initiatives', '');
    for (const i of added) out.push(`- Added: ${inline(i.name)} (${inline(i.id)})`);
    for (const i of removed) out.push(`- Removed: ${inline(i.name)} (${inline(i.id)})`);
    if (added.length || removed.length) out.push('');
    for (const i of changed) {
      out.push(`### ${inline(i.name)} (${inline(i.id)})`, '', table(['Field', 'Before', 'After'], i.changes.map((c) => [c.path.slice(`initiatives[${i.id}]`.length).replace(/^\./, '') || c.path, value(c.before), value(c.after)])), '');
    }
  }
  if (d.kpiTargets.length) out.push('## KPI targets moved', '', table(['Initiative', 'KPI', 'Before', 'After'], d.kpiTargets.map((k) => [k.initiative, k.metric, value(k.before), `${value(k.after)}${k.unit ? ` ${k.unit}` : ''}`])), '');
  if (d.roi.length) out.push('## Return on investment', '', table(['Initiative', 'Before', 'After'], d.roi.map((r) => [r.name, roiLine(r.before, d.currency), roiLine(r.after, d.currency)])), '');
  if (d.elsewhere.length) out.push('## Elsewhere in the strategy', '', table(['Field', 'Before', 'After'], d.elsewhere.map((c) => [c.path, value(c.before), value(c.after)])), '');
  return `${out.join('\n').trimEnd()}\n`;
}
