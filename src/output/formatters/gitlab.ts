import type { Severity } from '../../model/diagnostic.js';
import { repositoryPath } from './artifact-path.js';
import { Fingerprints } from './fingerprint.js';
import type { Formatter } from './types.js';
import { visibleJson } from '../../text/visible.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality (a Code Climate subset) for the merge-request widget. Paths are relative to
 * the repository root and fingerprints depend only on the finding (fingerprint.ts), so the widget
 * matches findings across runs from any folder. Waived findings are left out: the widget lists what
 * is still to fix, and an accepted waiver means the finding has been decided (SARIF, JUnit and
 * Markdown still report them). Info findings are `info`; a file-level (line 0) finding points at
 * line 1, as GitLab needs a line.
 */
export const gitlab: Formatter = (reports, { workspace }) => {
  const fingerprints = new Fingerprints();
  const issues = reports.flatMap((report) =>
    report.diagnostics
      .filter((d) => !d.waived)
      .map((d) => {
        const { path } = repositoryPath(d.file || report.file, workspace);
        return {
          description: d.message,
          check_name: d.ruleId,
          fingerprint: fingerprints.next(d, path),
          severity: SEVERITY[d.severity],
          location: { path, lines: { begin: Math.max(1, d.line) } },
        };
      }),
  );
  return visibleJson(issues);
};
