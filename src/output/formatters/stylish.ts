import type { Diagnostic } from '../../model/diagnostic.js';
import { excerpt } from '../../text/excerpt.js';
import { visible } from '../../text/visible.js';
import { countBySeverity } from '../../checks/report.js';
import type { Formatter } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The offending line and a caret under the column, as compilers print it; a long line is cut around the column. */
function frame(lines: readonly string[], d: Diagnostic, dim: (s: string) => string): string {
  const line = lines[d.line - 1];
  if (line === undefined || d.line < 1 || line.trim() === '') return '';
  const gutter = String(d.line);
  const length = d.endLine === d.line && d.endColumn && d.endColumn > d.column ? d.endColumn - d.column : 1;
  const { text, caret } = excerpt(line, d.column, length);
  return `${dim(`  ${gutter} | `)}${text}\n${dim(`  ${' '.repeat(gutter.length)} | `)}${caret}\n`;
}

/**
 * For people: `file:line:col: severity: message [rule]`, which terminals and editors turn into
 * links, then the line itself. One summary line at the end. Every text from a file or the command
 * line is made visible() before it is painted, so the only escape sequences are the paint's own.
 */
export const stylish: Formatter = (reports, { paint: c }) => {
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  let out = '';
  for (const report of reports) {
    const lines = report.text?.split(/\r?\n/) ?? [];
    for (const d of report.diagnostics) {
      const file = visible(d.file);
      const where = d.line ? `${file}:${d.line}:${d.column}` : file;
      const label = d.waived ? c.dim(`waived ${d.severity}`) : paint[d.severity](d.severity);
      out += `${c.bold(where)}: ${label}: ${visible(d.message)} ${c.dim(`[${visible(d.ruleId)}]`)}\n`;
      if (d.waived) {
        const { reason, approvedBy, expires } = d.waived;
        out += `  ${c.dim('waived:')} ${visible(reason)} (${visible(approvedBy)}, until ${visible(expires)})\n`;
        continue;
      }
      out += frame(lines, d, c.dim);
      if (d.fix) out += `  ${c.dim('fix:')} ${visible(d.fix)}\n`;
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
