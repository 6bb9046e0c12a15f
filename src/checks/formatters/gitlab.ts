import { createHash } from 'node:crypto';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { artifactPath } from './artifact-path.js';
import type { Formatter } from './types.js';
import { visibleJson } from '../../text/visible.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * What the finding is, not where: rule, file, strategy path and message, so moving a block in the
 * file keeps its fingerprint and GitLab does not report it as fixed and new again. Identical
 * findings are numbered in order so each fingerprint stays unique.
 */
function fingerprint(d: Diagnostic, file: string, occurrence: number): string {
  const parts = [d.ruleId, file, d.path, d.message];
  if (occurrence > 0) parts.push(String(occurrence));
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * GitLab Code Quality (a Code Climate subset) for the merge-request widget. Waived findings are
 * left out: the widget lists what is still to fix, and an accepted waiver means the finding has
 * been decided (SARIF, JUnit and Markdown still report them). Info findings are `info`; a
 * file-level (line 0) finding points at line 1, as GitLab needs a line.
 */
export const gitlab: Formatter = (reports) => {
  const seen = new Map<string, number>();
  const issues = reports.flatMap((report) =>
    report.diagnostics
      .filter((d) => !d.waived)
      .map((d) => {
        const path = artifactPath(d.file || report.file);
        const key = [d.ruleId, path, d.path, d.message].join('\0');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return {
          description: d.message,
          check_name: d.ruleId,
          fingerprint: fingerprint(d, path, occurrence),
          severity: SEVERITY[d.severity],
          location: { path, lines: { begin: Math.max(1, d.line) } },
        };
      }),
  );
  return visibleJson(issues);
};
