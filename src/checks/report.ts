import type { Diagnostic } from '../model/diagnostic.js';

/** What `check` found in one file: what every formatter reads. */
export interface FileReport {
  file: string;
  /** The file's text when it could be read, so the human format can quote the offending line. */
  text?: string;
  /** True when the file is a well-formed strategy. */
  valid: boolean;
  diagnostics: Diagnostic[];
}

/** Findings by severity; a waived finding counts only as waived, whatever its severity. */
export function countBySeverity(reports: readonly FileReport[]): { errors: number; warnings: number; infos: number; waived: number } {
  const counts = { errors: 0, warnings: 0, infos: 0, waived: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.waived) counts.waived++;
      else if (d.severity === 'error') counts.errors++;
      else if (d.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}
