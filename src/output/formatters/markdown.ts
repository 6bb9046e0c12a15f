import { stakeholderLabel } from '../../checks/engine/stakeholders.js';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { FileReport } from '../../checks/report.js';
import { repositoryPath } from './artifact-path.js';
import { inline } from '../../markdown/escape.js';
import type { Formatter, RuleInfo } from './types.js';
import { fitLines } from '../../text/markdown-width.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function where(d: Diagnostic): string {
  return inline(d.line > 0 ? `${d.file}:${d.line}` : d.file);
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;
  return line(header) + line(header.map(() => '---')) + rows.map(line).join('');
}

const WELL_FORMEDNESS = 'Well-formedness';
const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A pull-request comment: one H1, a summary line, a table per stakeholder (the findings that still
 * count, with their fix), then the waived findings with reason, approver and expiry, and a legend
 * of the rules that were hit. Info findings sit in the tables with severity info; a file-level
 * (line 0) finding's location is the file alone. Kept clean for markdownlint's default rules.
 */
export const markdown: Formatter = (reports, options) => fitLines(report(reports, options));

const report: Formatter = (reports, { rules, workspace }) => {
  const ruleById = new Map(rules.map((r) => [r.id, r] as const));
  const all = reports.flatMap((report: FileReport) =>
    report.diagnostics.map((d) => ({ ...d, file: repositoryPath(d.file || report.file, workspace).path })),
  );
  const open = all.filter((d) => !d.waived);
  const waived = all.filter((d) => d.waived);
  const stakeholderOf = (d: Diagnostic): string => d.stakeholder ?? ruleById.get(d.ruleId)?.stakeholder ?? WELL_FORMEDNESS;

  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of open) counts[d.severity]++;

  let out = '# socialplan check\n\n';
  const checked = `${plural(reports.length, 'file')} checked`;
  if (all.length === 0) {
    out += `${checked}: no findings.\n`;
    return out;
  }
  out += `${checked}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info, ${waived.length} waived.\n`;

  const groups = new Map<string, Diagnostic[]>();
  for (const d of open) {
    const name = stakeholderOf(d);
    // Pushed, not copied: copying the group for each finding took minutes on 400,000 findings.
    const group = groups.get(name);
    if (group) group.push(d);
    else groups.set(name, [d]);
  }
  // Well-formedness first: until the file is a strategy, the stakeholder findings are incomplete.
  const names = [...groups.keys()].sort((a, b) => Number(b === WELL_FORMEDNESS) - Number(a === WELL_FORMEDNESS) || a.localeCompare(b, 'en'));
  for (const name of names) {
    const rows = (groups.get(name) ?? [])
      .slice()
      .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
      .map((d) => [where(d), d.severity, inline(d.ruleId), d.fix ? `${inline(d.message)} **Fix:** ${inline(d.fix)}` : inline(d.message)]);
    const heading = name === WELL_FORMEDNESS ? name : stakeholderLabel(name);
    out += `\n## ${inline(heading)}\n\n${table(['Location', 'Severity', 'Rule', 'Finding'], rows)}`;
  }

  if (waived.length) {
    const rows = waived.map((d) => [
      where(d),
      inline(d.ruleId),
      inline(d.message),
      inline(d.waived!.reason),
      inline(d.waived!.approvedBy),
      inline(d.waived!.expires),
    ]);
    out += `\n## Waived findings\n\n${table(['Location', 'Rule', 'Finding', 'Reason', 'Approved by', 'Expires'], rows)}`;
  }

  const firstOf = new Map<string, Diagnostic>();
  for (const d of all) if (!firstOf.has(d.ruleId)) firstOf.set(d.ruleId, d);
  const legend = [...firstOf.keys()]
    .sort()
    .map((id) => {
      const rule: RuleInfo | undefined = ruleById.get(id);
      const first = firstOf.get(id);
      const title = rule?.title;
      const reference = rule?.reference ?? first?.reference;
      return `- ${inline(id)}${title ? `: ${inline(title)}` : ''}${reference ? ` (${inline(reference)})` : ''}\n`;
    });
  out += `\n## Rules\n\n${legend.join('')}`;
  return out;
};
