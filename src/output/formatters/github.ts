import type { Diagnostic } from '../../model/diagnostic.js';
import { visible } from '../../text/visible.js';
import { repositoryPath, type Workspace } from './artifact-path.js';
import type { Formatter } from './types.js';

/** The runner splits a command at newlines, so they (and the escape character itself) are encoded. */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * User text with every control made visible() but its line breaks, which data() then encodes as the
 * runner reads them: neither can start a line of the log, and no ESC or bidirectional control
 * reaches it.
 */
function shown(s: string): string {
  return s.replace(/[^\r\n]+/g, visible);
}

/** Properties are also split at `,` and end at `::`. */
function property(s: string | number): string {
  return data(String(s)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(d: Diagnostic, workspace: Workspace): string {
  const name = d.waived || d.severity === 'info' ? 'notice' : d.severity;
  const props: [string, string | number][] = [['file', shown(repositoryPath(d.file, workspace).path)]];
  if (d.line > 0) {
    props.push(['line', d.line], ['col', Math.max(1, d.column)]);
    if (d.endLine && d.endLine >= d.line) {
      props.push(['endLine', d.endLine]);
      if (d.endColumn) props.push(['endColumn', d.endColumn]);
    }
  }
  const rule = shown(d.ruleId);
  props.push(['title', d.waived ? `${rule} (waived)` : rule]);
  let message = shown(d.message);
  if (d.fix) message += `\nFix: ${shown(d.fix)}`;
  if (d.waived) message += `\nWaived: ${shown(d.waived.reason)} (approved by ${shown(d.waived.approvedBy)}, expires ${shown(d.waived.expires)})`;
  return `::${name} ${props.map(([key, value]) => `${key}=${property(value)}`).join(',')}::${data(message)}`;
}

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * error and warning as such; info and waived findings (reported, but not failing) as notices, a
 * waiver's reason, approver and expiry in the message; a file-level (line 0) finding annotates
 * the file without line or column. Files are named from the repository root, as the runner matches them. One line per finding, nothing else: no text from a file can start
 * a line of the log or carry a control character into it.
 */
export const github: Formatter = (reports, { workspace }) =>
  reports
    .flatMap((report) => report.diagnostics.map((d) => `${command({ ...d, file: d.file || report.file }, workspace)}\n`))
    .join('');
