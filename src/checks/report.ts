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

export function countBySeverity(reports: readonly FileReport[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos };
}
