import type { Diagnostic } from '../../model/diagnostic.js';
import { artifactPath } from './artifact-path.js';
import type { Formatter } from './types.js';

/** The runner splits a command at newlines, so they (and the escape character itself) are encoded. */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties are also split at `,` and end at `::`. */
function property(s: string | number): string {
  return data(String(s)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(d: Diagnostic): string {
  const name = d.waived || d.severity === 'info' ? 'notice' : d.severity;
  const props: [string, string | number][] = [['file', artifactPath(d.file)]];
  if (d.line > 0) {
    props.push(['line', d.line], ['col', Math.max(1, d.column)]);
    if (d.endLine && d.endLine >= d.line) {
      props.push(['endLine', d.endLine]);
      if (d.endColumn) props.push(['endColumn', d.endColumn]);
    }
  }
  props.push(['title', d.waived ? `${d.ruleId} (waived)` : d.ruleId]);
  let message = d.message;
  if (d.fix) message += `\nFix: ${d.fix}`;
  if (d.waived) message += `\nWaived: ${d.waived.reason} (approved by ${d.waived.approvedBy}, expires ${d.waived.expires})`;
  return `::${name} ${props.map(([key, value]) => `${key}=${property(value)}`).join(',')}::${data(message)}`;
}

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * error and warning as such; info and waived findings (reported, but not failing) as notices, a
 * waiver's reason, approver and expiry in the message; a file-level (line 0) finding annotates
 * the file without line or column. One line per finding, nothing else.
 */
export const github: Formatter = (reports) =>
  reports
    .flatMap((report) => report.diagnostics.map((d) => `${command({ ...d, file: d.file || report.file })}\n`))
    .join('');
