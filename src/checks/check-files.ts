import { loadStrategy } from '../model/load.js';
import type { FileReport } from './report.js';

/**
 * Check each file in turn. Today that is well-formedness (YAML, schema, references); the stakeholder
 * checklists run on `loaded` strategies here, producing diagnostics of the same shape.
 */
export async function checkFiles(files: readonly string[]): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const result = await loadStrategy(file);
    reports.push({
      file,
      ...(result.text !== undefined ? { text: result.text } : {}),
      valid: result.loaded !== undefined,
      diagnostics: result.diagnostics,
    });
  }
  return reports;
}
