import type { Diagnostic } from '../../model/diagnostic.js';
import { countBySeverity } from '../report.js';
import type { Formatter } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The offending line and a caret under the column, as compilers print it. */
function frame(lines: readonly string[], d: Diagnostic, dim: (s: string) => string): string {
  const line = lines[d.line - 1];
  if (line === undefined || d.line < 1) return '';
  const shown = line.replace(/\t/g, ' ');
  if (shown.trim() === '') return '';
  const gutter = String(d.line);
  const width = d.endLine === d.line && d.endColumn && d.endColumn > d.column ? d.endColumn - d.column : 1;
  const caret = ' '.repeat(Math.max(0, d.column - 1)) + '^'.repeat(Math.min(width, Math.max(1, shown.length - d.column + 1)));
  return `${dim(`  ${gutter} | `)}${shown}\n${dim(`  ${' '.repeat(gutter.length)} | `)}${caret}\n`;
}

/**
 * For people: `file:line:col: severity: message [rule]`, which terminals and editors turn into
 * links, then the line itself. One summary line at the end.
 */
export const stylish: Formatter = (reports, { paint: c }) => {
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  let out = '';
  for (const report of reports) {
    const lines = report.text?.split(/\r?\n/) ?? [];
    for (const d of report.diagnostics) {
      const where = d.line ? `${d.file}:${d.line}:${d.column}` : d.file;
      const label = d.waived ? c.dim(`waived ${d.severity}`) : paint[d.severity](d.severity);
      out += `${c.bold(where)}: ${label}: ${d.message} ${c.dim(`[${d.ruleId}]`)}\n`;
      if (d.waived) {
        out += `  ${c.dim('waived:')} ${d.waived.reason} (${d.waived.approvedBy}, until ${d.waived.expires})\n`;
        continue;
      }
      out += frame(lines, d, c.dim);
      if (d.fix) out += `  ${c.dim('fix:')} ${d.fix}\n`;
    }
  }
  const { errors, warnings, infos, waived } = countBySeverity(reports);
  const invalid = reports.filter((r) => !r.valid).length;
  const files = plural(reports.length, 'file');
  if (errors + warnings + infos + waived === 0) {
    out += c.green(`${files} checked: ${reports.length === 1 ? 'a valid strategy' : 'all valid strategies'}\n`);
    return out;
  }
  const counts = [
    errors ? paint.error(plural(errors, 'error')) : '',
    warnings ? paint.warning(plural(warnings, 'warning')) : '',
    infos ? paint.info(`${infos} info`) : '',
    waived ? c.dim(`${waived} waived`) : '',
  ]
    .filter(Boolean)
    .join(', ');
  out += invalid
    ? `${files} checked, ${invalid} not a valid strategy: ${counts}\n`
    : `${files} checked: ${counts}\n`;
  return out;
};
